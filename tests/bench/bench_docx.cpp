// planverk-bench docx: where the time of a Word (DOCX) and an OpenDocument
// (ODT) document of a plan goes, phase by phase.
#include "bench.h"

#include "io/planjson.h"
#include "io/ziparchive.h"
#include "model/planerror.h"
#include "render/docxwriter.h"
#include "render/odtwriter.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

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

void report(const char *what, double ms) { std::cout << "  " << what << ": " << ms << " ms\n"; }

} // namespace

int benchDocx(const QString &planPath, int runs)
{
    try {
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << planPath.toStdString() << " (median of " << runs << " runs)\n";
        Plan plan;
        report("read the plan (JSON)", medianMs(runs, [&] { plan = readPlanJsonFile(planPath); }));
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        ViewOptions o;
        o.forPrint = true;
        report("view model (for paper)", medianMs(runs, [&] { buildViewModel(plan, o); }));
        DocStructure doc;
        report("document structure (view model, HTML, parsed, walked)", medianMs(runs, [&] { doc = docStructureOf(plan, *templates, {}, {}); }));
        QByteArray docx;
        report("DOCX from the structure (XML and zip)", medianMs(runs, [&] { docx = writeDocx(doc); }));
        std::cout << "  DOCX size: " << docx.size() << " bytes\n";
        QByteArray odt;
        report("ODT from the structure (XML and zip)", medianMs(runs, [&] { odt = writeOdt(doc); }));
        std::cout << "  ODT size: " << odt.size() << " bytes\n";
        report("DOCX whole (renderDocx)", medianMs(runs, [&] { renderDocx(plan, *templates); }));
        report("ODT whole (renderOdt)", medianMs(runs, [&] { renderOdt(plan, *templates); }));
        const QList<ZipEntry> parts = readZip(docx, QStringLiteral("docx"));
        report("zip alone (the DOCX's parts deflated again)", medianMs(runs, [&] {
                   ZipWriter zip;
                   for (const ZipEntry &e : parts)
                       zip.add(e.name, e.bytes, e.name.startsWith(QLatin1String("word/media/")));
                   zip.finish();
               }));
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << "\n";
        return 1;
    }
    return 0;
}
