// The follow-up written row by row (issue 14, the editor's table): a changed
// status report, a new one, one removed, a period renamed or closed are each
// written alone, and the file then holds exactly what the plan in memory
// holds, in the same order; anything else rewrites the whole follow-up.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/plandocument.h"
#include "store/planstore.h"

#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {
struct TempDir {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("plan.planverk")); }
};
Followup inFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().followup; }
} // namespace

TEST_CASE("Edits of single reports and periods reach the file as the plan has them", "[followup][store]")
{
    TempDir t;
    PlanStore::createFrom(t.path(), readPlanJsonFile(sourcePath(QStringLiteral("data/demo-oppfolging-2024-2027.json"))));
    auto doc = PlanDocument::open(t.path(), PlanStore::Mode::ReadWrite);
    Followup f = doc->plan().followup;
    REQUIRE(f.reports.size() > 3);
    const QUuid open = f.periods.last().id;
    REQUIRE(!f.periods.last().closed);

    // A report of the open period changed in place.
    qsizetype k = 0;
    while (f.reports[k].period != open)
        ++k;
    f.reports[k].status = QStringLiteral("delayed");
    f.reports[k].comment = QStringLiteral("Forsinket.\nNy frist.");
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);

    // A new report at the end (an action reported for the first time), then removed again.
    StatusReport added;
    added.id = QUuid::createUuid();
    added.action = doc->plan().actions.last().id;
    added.period = open;
    added.progress = 15;
    REQUIRE(!f.report(added.action, open));
    f.reports.append(added);
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);
    f.reports.removeLast();
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);

    // A report removed from the middle (the undo of one that was new) keeps the others' order.
    const StatusReport middle = f.reports.takeAt(k);
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);
    // Put back in the middle: not where a new row goes, so the whole follow-up is written, in order.
    f.reports.insert(k, middle);
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);

    // A period renamed, closed and reopened.
    f.periods.last().name = QStringLiteral("Året 2026");
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);
    f.periods.last().closed = true;
    doc->setFollowup(f);
    CHECK(inFile(t.path()) == f);
    f.periods.last().closed = false;
    doc->setFollowup(f);

    // A value and a report in one change.
    f.indicators[0].values.last().value = 1;
    f.reports[k].progress = 99;
    doc->setFollowup(f);
    doc.reset();
    CHECK(inFile(t.path()) == f);
}
