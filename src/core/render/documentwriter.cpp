#include "render/documentwriter.h"

#include "io/atomicfile.h"
#include "model/planerror.h"
#include "render/labels.h"
#include "render/templateset.h"
#include "render/odttemplate.h"
#include "render/wordtemplate.h"

#include <QFileInfo>

namespace planverk {

DocumentFormat documentFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (suffix == QLatin1String("docx"))
        return DocumentFormat::Docx;
    throw PlanError(path, {}, QStringLiteral("unknown document type '.%1': use .pdf, .html, .docx or .odt").arg(suffix));
}

void writeDocument(const Plan &plan, const QString &outPath, const DocumentOptions &options)
{
    const DocumentFormat format = documentFormatFor(outPath);
    if (!options.language.isEmpty() && !codes::languages.contains(options.language))
        throw PlanError(QString(), {}, QStringLiteral("unknown language '%1': use nb, nn or en").arg(options.language));
    if (isWordTemplate(options.templateName) || isOdfTemplate(options.templateName)) {
        const bool word = isWordTemplate(options.templateName);
        // The filled template, or (--accessible) that document as an accessible PDF through LibreOffice.
        const bool accessiblePdf = format == DocumentFormat::Pdf && options.accessible;
        if (word && format != DocumentFormat::Docx && !accessiblePdf)
            throw PlanError(outPath, {}, QStringLiteral("a Word template (%1) makes a Word document: name the output .docx (or .pdf with --accessible)").arg(options.templateName));
        if (!word && format != DocumentFormat::Odt && !accessiblePdf)
            throw PlanError(outPath, {}, QStringLiteral("an OpenDocument template (%1) makes an OpenDocument text: name the output .odt (or .pdf with --accessible)").arg(options.templateName));
        LibreOfficeJob job;
        job.outputName = outPath;
        if (accessiblePdf)
            job.program = requireLibreOffice(job); // said before the template is filled
        const double filling = accessiblePdf ? 0.2 : 1.0;
        const RenderProgress fillProgress = options.progress ? RenderProgress([&](double done) { return options.progress(done * filling); }) : RenderProgress();
        auto standard = TemplateSet::open(QStringLiteral("standard"));
        const FilledTemplate filled = word ? fillWordTemplate(plan, options.templateName, *standard, options.language, fillProgress)
                                           : fillOdfTemplate(plan, options.templateName, *standard, options.language, fillProgress);
        if (fillProgress && !fillProgress(1.0))
            throw RenderCancelled();
        for (const QString &name : filled.unknownPlaceholders)
            if (options.warn)
                options.warn(PlanError::compose(options.templateName, {}, QStringLiteral("warning: unknown placeholder [%1] left as it is").arg(name)));
        if (!accessiblePdf) {
            writeFileAtomically(outPath, filled.document);
            return;
        }
        const RenderProgress convertProgress = options.progress ? RenderProgress([&](double done) { return options.progress(filling + (1 - filling) * done); }) : RenderProgress();
        writeFileAtomically(outPath, renderAccessiblePdfOfDocument(filled.document, word ? QStringLiteral("docx") : QStringLiteral("odt"),
                                                                   options.language.isEmpty() ? plan.info.language : options.language, convertProgress, job));
        return;
    }
    auto templates = TemplateSet::open(options.templateName);
    QByteArray bytes;
    switch (format) {
    case DocumentFormat::Html: bytes = renderHtml(plan, *templates, options.language); break;
    case DocumentFormat::Pdf:
        if (options.accessible) {
            LibreOfficeJob job;
            job.outputName = outPath;
            bytes = renderAccessiblePdf(plan, *templates, options.language, options.progress, job);
        } else {
            bytes = renderPdf(plan, *templates, options.language, options.pdfA, options.progress);
        }
        break;
    case DocumentFormat::Odt: bytes = renderOdt(plan, *templates, options.language, options.progress); break;
    case DocumentFormat::Docx: bytes = renderDocx(plan, *templates, options.language, options.progress); break;
    }
    writeFileAtomically(outPath, bytes);
}

} // namespace planverk
