#include "bench.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/documentwriter.h"
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
#include <thread>
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
            layout.paint(pdfOut.writer.get());
            const auto &t = layout.timings();
            std::cout << "  PDF phases: view model + template " << t.html << " ms, HTML parse " << t.parse << " ms, layout " << t.layout
                      << " ms, contents page numbers " << t.contents << " ms, paint " << t.paint << " ms (" << layout.pageCount() << " pages)\n";
        }

        // Baseline: Qt alone laying out and writing the same HTML.
        const QString printHtml = QString::fromStdString(html);
        report("baseline: QTextDocument::setHtml + print to QPdfWriter", medianMs(runs, [&] {
                   MemoryPdf out;
                   QTextDocument doc;
                   doc.setHtml(printHtml);
                   doc.print(out.writer.get());
               }));
        {
            MemoryPdf out;
            QPdfWriter &writer = *out.writer;
            QTextDocument doc;
            QElapsedTimer t;
            t.start();
            doc.setHtml(printHtml);
            std::cout << "  phases: setHtml " << t.restart() << " ms";
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
        {
            // Experiment: the chapters in two documents, parsed and laid out on two threads.
            const size_t bodyEnd = html.rfind("</body>");
            const size_t middle = html.find("</section>\n", html.size() / 2);
            const size_t head = html.find('>', html.find("<body")) + 1;
            if (middle != std::string::npos && middle < bodyEnd) {
                const std::string first = html.substr(0, middle + 11) + "</body></html>";
                const std::string second = html.substr(0, head) + html.substr(middle + 11);
                auto work = [](const std::string &part, int *pages) {
                    MemoryPdf out;
                    QTextDocument doc;
                    loadHtmlInPieces(doc, part);
                    doc.documentLayout()->setPaintDevice(out.writer.get());
                    doc.setPageSize(QSizeF(out.writer->width(), out.writer->height()));
                    *pages = doc.pageCount();
                };
                int p1 = 0, p2 = 0;
                QElapsedTimer t;
                t.start();
                work(first, &p1);
                work(second, &p2);
                const double serial = double(t.nsecsElapsed()) / 1e6;
                t.restart();
                std::thread a(work, std::cref(first), &p1);
                std::thread b(work, std::cref(second), &p2);
                a.join();
                b.join();
                std::cout << "  experiment: parse and layout of two halves, one after the other " << serial << " ms, on two threads "
                          << double(t.nsecsElapsed()) / 1e6 << " ms (" << p1 << " + " << p2 << " pages)\n";
            }
        }
        report("  of which setHtml", medianMs(runs, [&] {
                   QTextDocument doc;
                   doc.setHtml(printHtml);
               }));
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << "\n";
        return 1;
    }
    return 0;
}
