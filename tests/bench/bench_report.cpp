// planverk-bench report PLAN.json [ITERATIONS]: the follow-up report of the
// plan's latest period laid out and painted to PDF, as `planverk-cli report`
// does it: its phases, its pages and how many blocks PageBreaks moved.
#include "bench.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/followupview.h"
#include "render/pdfstructure.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QBuffer>
#include <QFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QPdfWriter>

#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

using namespace planverk;

int benchReport(const QString &planPath, int runs)
{
    try {
        const Plan whole = readPlanJsonFile(planPath);
        const Plan plan = planAsOf(whole, reportPeriodOf(whole));
        // Another template folder to compare with (PLANVERK_BENCH_TEMPLATE=DIR), the built-in one by default.
        const QString templateName = qEnvironmentVariable("PLANVERK_BENCH_TEMPLATE", QStringLiteral("rapport"));
        auto templates = TemplateSet::open(templateName);
        std::vector<double> html, load, layout, paint;
        int pages = 0, moved = 0;
        for (int i = 0; i < std::max(runs, 1); ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto writer = std::make_unique<QPdfWriter>(&buffer);
            writer->setResolution(300);
            PrintLayout l(plan, *templates, QString());
            const QByteArray rest = l.paintInTwo(writer.get());
            writer.reset();
            // The PDF of the last run, to look at (PLANVERK_BENCH_PDF=FILE).
            if (const QString out = qEnvironmentVariable("PLANVERK_BENCH_PDF"); !out.isEmpty() && i + 1 == std::max(runs, 1)) {
                PdfMetadata meta;
                meta.title = plan.info.title;
                meta.language = plan.info.language;
                QFile f(out);
                if (f.open(QIODevice::WriteOnly))
                    f.write(completePdf(buffer.data(), meta, {l.headings(), l.anchorPositions()}, rest));
            }
            html.push_back(l.timings().html);
            load.push_back(l.timings().load);
            layout.push_back(l.timings().layout);
            paint.push_back(l.timings().paint);
            pages = l.pageCount();
            if (qEnvironmentVariableIsSet("PLANVERK_BENCH_COUNT")) {
                QTextDocument *d = l.document();
                int blocks = 0, fragments = 0;
                for (QTextBlock b = d->begin(); b.isValid(); b = b.next()) {
                    ++blocks;
                    for (auto it = b.begin(); !it.atEnd(); ++it)
                        ++fragments;
                }
                std::cout << blocks << " blocks, " << fragments << " fragments, " << d->rootFrame()->childFrames().size() << " frames, "
                          << d->characterCount() << " characters\n";
            }
            moved = l.movedToNextPage();
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << planPath.toStdString() << " report (median of " << html.size() << " runs): view model + template " << median(html)
                  << " ms, load and lay out " << median(load) << " ms, rest of the layout " << median(layout) << " ms, paint " << median(paint)
                  << " ms; " << pages << " pages, " << moved << " blocks and rows moved to the next page\n";
        return 0;
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << '\n';
        return 1;
    }
}
