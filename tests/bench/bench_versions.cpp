// planverk-bench versions PLAN.json [N]: what a version costs. The plan is
// put in a fresh .planverk file; then N versions are saved one after the
// other (PlanStore::saveVersion: the plan read from the file, its JSON
// compressed, one transaction), each timed, and the file's size measured
// after each; a version is read back (readVersion) and timed too.
#include "bench.h"

#include "io/planjson.h"
#include "io/versionblob.h"
#include "store/planstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace planverk;

int benchVersions(const QString &planJson, int count)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    const Plan plan = readPlanJsonFile(planJson);
    const qint64 json = exportPlanJson(plan).size();
    const qint64 packed = packVersionPlan(plan).size();
    auto store = PlanStore::createFrom(path, plan);
    qint64 size = QFileInfo(path).size();
    const qint64 start = size;
    std::vector<double> ms;
    std::vector<qint64> growth;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        store->saveVersion(QStringLiteral("Versjon %1").arg(i + 1), QStringLiteral("Målt av planverk-bench"));
        ms.push_back(t.nsecsElapsed() / 1e6);
        const qint64 now = QFileInfo(path).size();
        growth.push_back(now - size);
        size = now;
    }
    QElapsedTimer t;
    t.start();
    store->readVersion(QStringLiteral("Versjon 1"));
    const double readMs = t.nsecsElapsed() / 1e6;
    // Where a snapshot's time goes: reading the plan from the file, its JSON, the compression.
    t.restart();
    const Plan loaded = store->load();
    const double loadMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QByteArray exported = exportPlanJson(loaded);
    const double exportMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QByteArray compressed = qCompress(exported); // as packVersionPlan: zlib level 6 (level 1: a quarter of the time, 29 % larger)
    const double compressMs = t.nsecsElapsed() / 1e6;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::cout << "plan: " << planJson.toStdString() << "\n"
              << "  JSON export " << json << " bytes, stored compressed " << packed << " bytes (" << (100.0 * packed / json) << " %)\n"
              << "  file " << start << " bytes before, " << size << " bytes after " << count << " versions: "
              << (size - start) / std::max(count, 1) << " bytes a version on average\n"
              << "  saveVersion: median " << sorted[sorted.size() / 2] << " ms, min " << sorted.front() << " ms, max " << sorted.back() << " ms\n"
              << "  readVersion: " << readMs << " ms\n"
              << "  of a snapshot: load " << loadMs << " ms, JSON " << exportMs << " ms, compress " << compressMs << " ms (" << compressed.size() << " bytes)\n"
              << "  growth per version (bytes):";
    for (qint64 g : growth)
        std::cout << ' ' << g;
    std::cout << "\n";
    return 0;
}
