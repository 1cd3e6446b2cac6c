#include "bench.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/anchorpruning.h"
#include "render/documentwriter.h"
#include "render/pdfstructure.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QPainter>

#include <algorithm>
#include <memory>
#include <functional>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

// Median wall time in milliseconds of `runs` calls.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A PDF writer into memory, set up as the document writer sets up its own.
struct MemoryPdf {
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    MemoryPdf()
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(300);
        writer->setPageSize(QPageSize(QPageSize::A4));
    }
};

void report(const char *what, double ms)
{
    std::cout << "  " << what << ": " << ms << " ms\n";
}

} // namespace

int benchPlan(const QString &planPath, int runs)
{
    try {
        const Plan plan = readPlanJsonFile(planPath);
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << planPath.toStdString() << " (median of " << runs << " runs)\n";

        nlohmann::json vm;
        report("view model", medianMs(runs, [&] { vm = buildViewModel(plan, {QString(), true}); }));
        std::string html;
        report("HTML render (template)", medianMs(runs, [&] { html = templates->renderDocument(vm); }));
        report("HTML document, whole (view model + template)", medianMs(runs, [&] { renderHtml(plan, *templates); }));

        QByteArray pdf;
        report("PDF layout and write, whole (PrintLayout)", medianMs(runs, [&] { pdf = renderPdf(plan, *templates); }));
        std::cout << "  PDF size: " << pdf.size() << " bytes\n";
        {
            MemoryPdf pdfOut;
            PrintLayout layout(plan, *templates, {});
            const QByteArray rest = layout.paintInTwo(pdfOut.writer.get());
            const auto &t = layout.timings();
            // The last phase: libqpdf adds bookmarks, links, language and metadata.
            pdfOut.writer.reset();
            const PdfNavigation navigation{layout.headings(), layout.anchorPositions()};
            PdfMetadata meta;
            meta.title = plan.info.title;
            meta.language = plan.info.language;
            QElapsedTimer clock;
            clock.start();
            const QByteArray completed = completePdf(pdfOut.buffer.data(), meta, navigation, rest);
            const double structure = double(clock.nsecsElapsed()) / 1e6;
            std::cout << "  PDF phases: view model + template " << t.html << " ms, load (parsed on a second thread, laid out as it comes) "
                      << t.load << " ms, rest of the layout " << t.layout
                      << " ms, contents page numbers " << t.contents << " ms, paint " << t.paint << " ms (" << layout.pageCount() << " pages, from page " << layout.secondPartFrom() + 1
                      << " on a second thread, "
                      << layout.movedToNextPage() << " headings, paragraphs and table rows moved to the next page), bookmarks, links and metadata (qpdf) "
                      << structure << " ms (" << navigation.headings.size() << " headings, " << completed.size() << " bytes)\n";
        }

        // The paint phase on one thread and on two (paintInTwo), alternated
        // in this process, so that a busy machine slows both alike.
        {
            std::vector<double> one, two;
            for (int i = 0; i < std::max(runs, 3); ++i) {
                for (const bool split : {false, true}) {
                    MemoryPdf out;
                    PrintLayout layout(plan, *templates, {});
                    if (split)
                        layout.paintInTwo(out.writer.get());
                    else
                        layout.paint(out.writer.get());
                    (split ? two : one).push_back(layout.timings().paint);
                }
            }
            std::sort(one.begin(), one.end());
            std::sort(two.begin(), two.end());
            std::cout << "  PDF paint phase, alternated, median of " << one.size() << ": on one thread " << one[one.size() / 2]
                      << " ms, on two " << two[two.size() / 2] << " ms\n";
        }

        // Baseline: Qt alone laying out and writing the same HTML (the
        // template's output without the anchors no link points to, as
        // PrintLayout loads it), and the template's output as it is.
        const QString printHtml = QString::fromStdString(dropUnlinkedAnchors(html));
        const QString templateHtml = QString::fromStdString(html);
        for (const QString *input : {&printHtml, &templateHtml}) {
            const bool same = input == &printHtml;
            report(same ? "baseline: QTextDocument::setHtml + print to QPdfWriter, same HTML"
                        : "baseline: the same with every id the template writes",
                   medianMs(runs, [&] {
                       MemoryPdf out;
                       QTextDocument doc;
                       doc.setHtml(*input);
                       doc.print(out.writer.get());
                   }));
            MemoryPdf out;
            QPdfWriter &writer = *out.writer;
            QTextDocument doc;
            QElapsedTimer t;
            t.start();
            doc.setHtml(*input);
            std::cout << "    phases: setHtml " << t.restart() << " ms";
            doc.documentLayout()->setPaintDevice(&writer);
            doc.setPageSize(QSizeF(writer.width(), writer.height()));
            const int pages = doc.pageCount();
            std::cout << ", layout " << t.restart() << " ms (" << pages << " pages)";
            QPainter p(&writer);
            for (int i = 0; i < pages; ++i) {
                if (i)
                    writer.newPage();
                p.save();
                p.translate(0, -i * writer.height());
                doc.drawContents(&p, QRectF(0, i * writer.height(), writer.width(), writer.height()));
                p.restore();
            }
            p.end();
            std::cout << ", paint " << t.restart() << " ms\n";
        }
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << "\n";
        return 1;
    }
    return 0;
}
