// planverk-bench pdfstructure PLAN.json [RUNS]: the last phase of a PDF
// alone. The plan is laid out and painted once (on two threads, as
// renderPdf does); then completePdf (libqpdf: the two parts joined,
// bookmarks, links, metadata) runs RUNS times on the same input, and the
// median is printed. With PLANVERK_BENCH_KEEP=DIR it also writes what it
// completed there (parts and result), for a look or a profile.
#include "bench.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/pdfstructure.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <memory>
#include <vector>

using namespace planverk;

int benchPdfStructure(const QString &planPath, int runs)
{
    try {
        const Plan plan = readPlanJsonFile(planPath);
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto layout = std::make_unique<PrintLayout>(plan, *templates, QString());
        auto writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(300);
        writer->setTitle(plan.info.title);
        const QByteArray rest = layout->paintInTwo(writer.get());
        writer.reset();
        const PdfNavigation navigation{layout->headings(), layout->anchorPositions()};
        const int pages = layout->pageCount();
        layout.reset();
        PdfMetadata meta;
        meta.title = plan.info.title;
        meta.language = plan.info.language;
        meta.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        auto threadCpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        std::vector<double> times, cpu;
        QByteArray completed;
        for (int i = 0; i < std::max(1, runs); ++i) {
            QElapsedTimer clock;
            clock.start();
            const double cpuStart = threadCpuMs();
            completed = completePdf(buffer.data(), meta, navigation, rest);
            times.push_back(double(clock.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << planPath.toStdString() << ": completePdf, median of " << times.size() << ": " << times[times.size() / 2] << " ms (min "
                  << times.front() << ", max " << times.back() << "), CPU time of the calling thread " << cpu[cpu.size() / 2] << " ms; " << pages << " pages, " << navigation.headings.size() << " headings, "
                  << navigation.anchors.size() << " anchors; in " << buffer.data().size() << " + " << rest.size() << " bytes, out "
                  << completed.size() << " bytes\n";
        const QString keep = qEnvironmentVariable("PLANVERK_BENCH_KEEP");
        if (!keep.isEmpty()) {
            const QDir dir(keep);
            for (const auto &[name, bytes] : {std::pair{"first.pdf", buffer.data()}, std::pair{"second.pdf", rest}, std::pair{"completed.pdf", completed}}) {
                QFile f(dir.filePath(QLatin1String(name)));
                if (f.open(QIODevice::WriteOnly))
                    f.write(bytes);
            }
        }
        return 0;
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << "\n";
        return 1;
    } catch (const std::exception &e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
}
