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
#include <QRegularExpression>

#include <algorithm>
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
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            PrintLayout layout(plan, *templates, {});
            layout.paint(&writer);
            const auto &t = layout.timings();
            std::cout << "  PDF phases: view model + template " << t.html << " ms, HTML parse " << t.parse << " ms, layout " << t.layout
                      << " ms, contents page numbers " << t.contents << " ms, paint " << t.paint << " ms (" << layout.pageCount() << " pages)\n";
        }

        // Baseline: Qt alone laying out and writing the same HTML.
        const QString printHtml = QString::fromStdString(html);
        report("baseline: QTextDocument::setHtml + print to QPdfWriter", medianMs(runs, [&] {
                   QBuffer buffer;
                   buffer.open(QIODevice::WriteOnly);
                   QPdfWriter writer(&buffer);
                   writer.setResolution(300);
                   writer.setPageSize(QPageSize(QPageSize::A4));
                   QTextDocument doc;
                   doc.setHtml(printHtml);
                   doc.print(&writer);
               }));
        {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::A4));
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
            QString noStyle = printHtml;
            noStyle.remove(QRegularExpression(QStringLiteral("<style>[\\s\\S]*?</style>")));
            QElapsedTimer t;
            t.start();
            QTextDocument doc;
            doc.setHtml(noStyle);
            std::cout << "  experiment: setHtml without the style sheet " << t.elapsed() << " ms\n";
            QString small = noStyle;
            small.replace(QStringLiteral("<head>"), QStringLiteral("<head><style>body { font-family: 'DejaVu Sans'; font-size: 10pt; } h2 { font-size: 17pt; color: #0b3559; page-break-before: always; } h3 { font-size: 13pt; color: #0b3559; } h4 { font-size: 11pt; } p { margin-top: 0; margin-bottom: 7px; } th { background-color: #e8eef4; }</style>"));
            t.restart();
            QTextDocument doc2;
            doc2.setHtml(small);
            std::cout << "  experiment: setHtml with 6 element rules " << t.elapsed() << " ms\n";
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
                    QBuffer buffer;
                    buffer.open(QIODevice::WriteOnly);
                    QPdfWriter writer(&buffer);
                    writer.setResolution(300);
                    writer.setPageSize(QPageSize(QPageSize::A4));
                    QTextDocument doc;
                    loadHtmlInPieces(doc, part);
                    doc.documentLayout()->setPaintDevice(&writer);
                    doc.setPageSize(QSizeF(writer.width(), writer.height()));
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
