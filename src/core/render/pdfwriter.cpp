#include "render/pdfwriter.h"

#include "render/allocatortuning.h"
#include "render/labels.h"
#include "render/pdfstructure.h"
#include "render/printlayout.h"
#include "version.h"

#include <QBuffer>
#include <QPdfWriter>

#include <memory>

namespace planverk {

namespace {

QString languageOf(const Plan &plan, const QString &language) { return language.isEmpty() ? plan.info.language : language; }

// The words a search or an archive would file the plan under: its priority
// themes and the policy areas of its goals, each once, in the plan's order.
QString keywordsOf(const Plan &plan)
{
    QStringList words;
    auto add = [&words](const QString &w) {
        const QString s = w.simplified();
        if (!s.isEmpty() && !words.contains(s, Qt::CaseInsensitive) && words.size() < 40)
            words.append(s);
    };
    for (const Theme &t : plan.themes)
        add(t.title);
    for (const Goal &g : plan.goals) {
        add(g.area);
        for (const Goal &s : g.subgoals)
            add(s.area);
    }
    return words.join(QStringLiteral("; "));
}

PdfMetadata metadataOf(const Plan &plan, const QString &lang, bool pdfA)
{
    PdfMetadata meta;
    meta.title = plan.info.title;
    meta.author = plan.info.author.isEmpty() ? plan.info.organisation : plan.info.author;
    meta.subject = codeLabel(lang, "planType", plan.info.planType);
    if (plan.info.periodStart || plan.info.periodEnd)
        meta.subject += QStringLiteral(" %1–%2").arg(plan.info.periodStart ? QString::number(*plan.info.periodStart) : QString(),
                                                      plan.info.periodEnd ? QString::number(*plan.info.periodEnd) : QString());
    meta.keywords = keywordsOf(plan);
    meta.creator = QStringLiteral("Planverk " PLANVERK_VERSION);
    meta.language = lang;
    meta.pdfA = pdfA;
    return meta;
}

} // namespace

QByteArray renderPdf(const Plan &plan, TemplateSet &templates, const QString &language, bool pdfA, const RenderProgress &progress)
{
    const QString lang = languageOf(plan, language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto layout = std::make_unique<PrintLayout>(plan, templates, language);
    layout->setProgress(progress);
    auto writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(300);
    writer->setTitle(plan.info.title);
    writer->setCreator(QStringLiteral("Planverk " PLANVERK_VERSION));
    if (pdfA)
        writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    // The second half of the pages is painted at the same time, on a
    // second thread, into a PDF of its own: completePdf joins the two.
    const QByteArray rest = layout->paintInTwo(writer.get());
    writer.reset(); // the file is complete
    const PdfNavigation navigation{layout->headings(), layout->anchorPositions()};
    // The laid-out document (some 30 MB in many small pieces) is freed
    // first, and libqpdf completes the file in the memory it leaves: on a
    // thread of its own, with a heap of its own, the synthetic plan's peak
    // was 9 MB higher.
    layout.reset();
    // What the second thread shaped and painted was freed into its own heap,
    // which libqpdf, on this thread, would not use: it goes back to the system.
    if (!rest.isEmpty())
        returnFreeMemory();
    return completePdf(buffer.data(), metadataOf(plan, lang, pdfA), navigation, rest);
}

} // namespace planverk
