#include "render/accessiblepdf.h"

#include "model/planerror.h"
#include "render/odtwriter.h"

namespace planverk {

namespace {

// The share of the progress bar that writing the word-processor document takes;
// LibreOffice takes the rest.
constexpr double kDocumentShare = 0.2;

RenderProgress part(const RenderProgress &progress, double from, double to)
{
    if (!progress)
        return {};
    return [=](double done) { return progress(from + (to - from) * done); };
}

QString documentLanguage(const QString &language)
{
    if (language == QLatin1String("nn"))
        return QStringLiteral("nn-NO");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-GB");
    return QStringLiteral("nb-NO");
}

} // namespace

QByteArray renderAccessiblePdf(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress,
                               LibreOfficeJob job)
{
    job.program = requireLibreOffice(job); // a missing LibreOffice is said before the plan is rendered
    job.documentLanguage = documentLanguage(language.isEmpty() ? plan.info.language : language);
    job.progress = part(progress, kDocumentShare, 1.0);
    // The document LibreOffice converts: its headings, lists, tables and
    // pictures become the PDF's structure tree.
    const QString suffix = QStringLiteral("odt");
    const QByteArray document = renderOdt(plan, templates, language, part(progress, 0.0, kDocumentShare));
    return convertToAccessiblePdf(document, suffix, job);
}

QByteArray renderAccessiblePdfOfDocument(const QByteArray &document, const QString &suffix, const QString &language,
                                         const RenderProgress &progress, LibreOfficeJob job)
{
    job.documentLanguage = documentLanguage(language);
    job.progress = progress;
    return convertToAccessiblePdf(document, suffix, job);
}

} // namespace planverk
