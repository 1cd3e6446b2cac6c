#include "render/documentwriter.h"

#include "io/atomicfile.h"
#include "model/planerror.h"
#include "render/labels.h"
#include "render/templateset.h"

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
    auto templates = TemplateSet::open(options.templateName);
    QByteArray bytes;
    switch (format) {
    case DocumentFormat::Html: bytes = renderHtml(plan, *templates, options.language); break;
    case DocumentFormat::Pdf: bytes = renderPdf(plan, *templates, options.language, options.pdfA, options.progress); break;
    case DocumentFormat::Odt: bytes = renderOdt(plan, *templates, options.language, options.progress); break;
    case DocumentFormat::Docx: bytes = renderDocx(plan, *templates, options.language, options.progress); break;
    }
    writeFileAtomically(outPath, bytes);
}

} // namespace planverk
