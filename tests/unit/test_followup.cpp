// Follow-up (issue 14): reporting periods, status reports, indicators in the
// file, the JSON, the checks; the closed-period rule and the goal roll-up.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/followuprules.h"
#include "model/planchecks.h"
#include "model/plandocument.h"
#include "model/planerror.h"
#include "model/rollup.h"
#include "store/planstore.h"

#include <QFile>

using namespace planverk;
using namespace planverk::test;

namespace {

QUuid fixedId(int n) { return QUuid::createUuidV5(QUuid(), QStringLiteral("followup-%1").arg(n)); }

// richPlan() with two periods, a report for its action in each, and an
// indicator on the first sub-goal with a baseline, targets and two values.
Plan followupPlan()
{
    Plan p = richPlan();
    ReportingPeriod y2022{fixedId(1), QStringLiteral("2022"), QDate(2022, 1, 1), QDate(2022, 12, 31), true};
    ReportingPeriod y2023{fixedId(2), QStringLiteral("2023"), QDate(2023, 1, 1), QDate(2023, 12, 31), false};
    p.followup.periods = {y2022, y2023};
    const QUuid action = p.actions[0].id;
    p.followup.reports = {{fixedId(3), action, y2022.id, QStringLiteral("on-track"), 40, QStringLiteral("Seminaret ble holdt i **Hamar**."), QStringLiteral("Kari Nordmann"), QDate(2023, 1, 15)},
                          {fixedId(4), action, y2023.id, QStringLiteral("delayed"), 55, QStringLiteral("Utsatt til våren."), QStringLiteral("Kari Nordmann"), QDate(2024, 1, 10)}};
    Indicator ind;
    ind.id = fixedId(5);
    ind.goal = p.goals[0].subgoals[0].id;
    ind.name = QStringLiteral("Deltakere i EU-prosjekter");
    ind.unit = QStringLiteral("antall");
    ind.source = QStringLiteral("Fylkeskommunens prosjektregister");
    ind.baselineValue = 12;
    ind.baselineYear = 2020;
    ind.targets = {{2022, 15}, {2024, 20.5}};
    ind.values = {{y2022.id, 16, QStringLiteral("Foreløpig tall"), {}}, {y2023.id, 14.5, {}, QStringLiteral("SSB")}};
    p.followup.indicators = {ind};
    return p;
}

struct TempDir {
    QTemporaryDir dir;
    QString path(const QString &name = QStringLiteral("plan.planverk")) const { return dir.filePath(name); }
};

QStringList messages(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.path + QStringLiteral(": ") + f.message;
    return out;
}

} // namespace

TEST_CASE("The follow-up is kept in the plan file and survives reopening", "[followup][store]")
{
    TempDir t;
    const Plan plan = followupPlan();
    PlanStore::createFrom(t.path(), plan);
    const Plan back = PlanStore::open(t.path(), PlanStore::Mode::ReadOnly)->load();
    CHECK(back.followup.periods == plan.followup.periods);
    CHECK(back.followup.reports == plan.followup.reports);
    CHECK(back.followup.indicators == plan.followup.indicators);
    CHECK(back == plan);
}

TEST_CASE("The follow-up travels in JSON: indicators under their goal, periods and reports at the top", "[followup][json]")
{
    const Plan plan = followupPlan();
    const QByteArray bytes = exportPlanJson(plan);
    const auto j = nlohmann::json::parse(bytes.toStdString());
    REQUIRE(j["goals"][0]["subgoals"][0].contains("indicators"));
    CHECK(j["goals"][0]["subgoals"][0]["indicators"][0]["name"] == "Deltakere i EU-prosjekter");
    CHECK(j["goals"][0]["subgoals"][0]["indicators"][0]["targets"][1]["value"] == 20.5);
    CHECK_FALSE(j["goals"][1].contains("indicators"));
    CHECK(j["reportingPeriods"].size() == 2);
    CHECK(j["statusReports"][1]["status"] == "delayed");
    CHECK(importPlanJson(bytes, QStringLiteral("plan.json")) == plan);

    SECTION("a plan without follow-up writes the bytes it always wrote")
    {
        const QByteArray plain = exportPlanJson(richPlan());
        CHECK_FALSE(plain.contains("indicators"));
        CHECK_FALSE(plain.contains("reportingPeriods"));
        CHECK_FALSE(plain.contains("statusReports"));
    }
    SECTION("bad follow-up JSON is refused with its path")
    {
        auto refused = [&](auto edit) {
            auto k = nlohmann::json::parse(bytes.toStdString());
            edit(k);
            try {
                importPlanJson(QByteArray::fromStdString(k.dump()), QStringLiteral("plan.json"));
            } catch (const PlanError &e) {
                return e.toString();
            }
            return QString();
        };
        CHECK(refused([](auto &k) { k["statusReports"][0]["status"] = "green"; })
              == QStringLiteral("plan.json: /statusReports/0/status: \"green\" is not one of not-started, on-track, delayed, done, cancelled"));
        CHECK(refused([](auto &k) { k["statusReports"][0]["progress"] = 101; }).contains(QStringLiteral("/statusReports/0/progress: 101 is not between 0 and 100")));
        CHECK(refused([](auto &k) { k["goals"][0]["subgoals"][0]["indicators"][0].erase("name"); })
                  .contains(QStringLiteral("/goals/0/subgoals/0/indicators/0/name: missing")));
        CHECK(refused([](auto &k) { k["goals"][0]["subgoals"][0]["indicators"][0]["values"][0]["value"] = "16"; })
                  .contains(QStringLiteral("/goals/0/subgoals/0/indicators/0/values/0/value: expected a number, found a string")));
        CHECK(refused([](auto &k) { k["reportingPeriods"][0]["colour"] = "red"; }).contains(QStringLiteral("/reportingPeriods/0/colour: unknown field")));
    }
}

TEST_CASE("Checks find reports and values that refer to nothing, and targets outside the plan period", "[followup][checks]")
{
    Plan p = followupPlan();
    CHECK(messages(checkPlan(p)).filter(QStringLiteral("status")).isEmpty());
    p.actions.clear(); // the action is gone; its reports stay
    p.followup.indicators[0].values[1].period = fixedId(99);
    p.followup.indicators[0].targets << IndicatorTarget{2030, 30};
    const QStringList found = messages(checkPlan(p));
    CHECK(found.contains(QStringLiteral("/statusReports/0/action: the status report is for action %1, which is not in the plan")
                             .arg(richPlan().actions[0].id.toString(QUuid::WithoutBraces))));
    CHECK(found.contains(QStringLiteral("/goals/0/subgoals/0/indicators/0/values/1/period: the value is for period %1, which is not in the plan")
                             .arg(fixedId(99).toString(QUuid::WithoutBraces))));
    CHECK(found.contains(QStringLiteral("/goals/0/subgoals/0/indicators/0/targets/2/year: the target year 2030 is outside the plan period (2021–2024)")));
}

TEST_CASE("A closed period's reports and values do not change until it is reopened", "[followup][document]")
{
    TempDir t;
    PlanStore::createFrom(t.path(), followupPlan());
    auto doc = PlanDocument::open(t.path(), PlanStore::Mode::ReadWrite);
    Followup f = doc->plan().followup;

    Followup changed = f;
    changed.reports[0].progress = 90; // period 2022 is closed
    CHECK_THROWS_WITH(doc->setFollowup(changed), Catch::Contains("the period 2022 is closed; reopen it to change its status reports"));
    changed = f;
    changed.indicators[0].values[0].value = 99;
    CHECK_THROWS_WITH(doc->setFollowup(changed), Catch::Contains("the period 2022 is closed; reopen it to change its indicator values"));
    CHECK(doc->plan().followup == f);

    changed = f;
    changed.reports[1].progress = 90; // 2023 is open
    doc->setFollowup(changed);
    Followup reopened = changed;
    reopened.periods[0].closed = false;
    doc->setFollowup(reopened);
    reopened.reports[0].progress = 90;
    doc->setFollowup(reopened);
    doc.reset();
    CHECK(PlanStore::open(t.path(), PlanStore::Mode::ReadOnly)->load().followup == reopened);
}

TEST_CASE("An old plan file opens as before and gains the follow-up tables", "[followup][store][migration]")
{
    TempDir t;
    const QString path = t.path(QStringLiteral("gammel.planverk"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("tests/fixtures/plan-v1.planverk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(path);
    const Plan old = PlanStore::open(path, PlanStore::Mode::ReadOnly)->load();
    CHECK(old.info.title == QStringLiteral("Internasjonal strategi 2014–2018"));
    CHECK(old.followup.isEmpty());
    CHECK(readAll(path) == before); // reading leaves it as it was
    Followup f;
    f.periods = {{fixedId(1), QStringLiteral("2015"), QDate(2015, 1, 1), QDate(2015, 12, 31), false}};
    f.reports = {{fixedId(2), fixedId(3), fixedId(1), QStringLiteral("done"), 100, {}, {}, {}}};
    {
        auto rw = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        CHECK(rw->openedSchemaVersion() == 1);
        rw->replaceFollowup(f);
    }
    const Plan now = PlanStore::open(path, PlanStore::Mode::ReadOnly)->load();
    CHECK(now.followup == f);
    Plan expected = old;
    expected.followup = f;
    CHECK(now == expected);
}

TEST_CASE("A goal's status rolls up from its actions and indicators, with the reason", "[followup][rollup]")
{
    Plan p = followupPlan();
    const QUuid main = p.goals[0].id, sub = p.goals[0].subgoals[0].id, y2022 = fixedId(1), y2023 = fixedId(2);
    p.actions[0].goals = {sub};

    // 2022: the action on track, the indicator 16 against the target 15.
    GoalRollup r = rollUp(p, sub, y2022);
    CHECK(r.status == QStringLiteral("on-track"));
    CHECK(rollupReason(r, QStringLiteral("nb")) == QStringLiteral("1 av 1 tiltak i rute; indikator på mål"));
    // 2023: the action delayed, the indicator 14.5 against 2022's target 15 (none for 2023).
    r = rollUp(p, sub, y2023);
    CHECK(r.status == QStringLiteral("off-track"));
    CHECK(rollupReason(r, QStringLiteral("nb")) == QStringLiteral("0 av 1 tiltak i rute; 1 forsinket; indikator under mål"));
    CHECK(rollupReason(r, QStringLiteral("en")) == QStringLiteral("0 of 1 actions on track; 1 delayed; indicator below target"));
    // The main goal counts its sub-goals' actions and indicators.
    CHECK(rollUp(p, main, y2023) == r);
    // Two more actions on track: 2 of 3 on track outweigh one delay and one miss.
    Action a2 = p.actions[0], a3 = p.actions[0];
    a2.id = fixedId(10);
    a3.id = fixedId(11);
    p.actions << a2 << a3;
    p.followup.reports << StatusReport{fixedId(12), a2.id, y2023, QStringLiteral("on-track"), 50, {}, {}, {}} << StatusReport{fixedId(13), a3.id, y2023, QStringLiteral("done"), 100, {}, {}, {}};
    r = rollUp(p, sub, y2023);
    CHECK(r.status == QStringLiteral("at-risk"));
    CHECK(rollupReason(r, QStringLiteral("nb")) == QStringLiteral("2 av 3 tiltak i rute; 1 forsinket; indikator under mål"));
    // Lower is better: 14.5 under 15 meets it.
    p.followup.indicators[0].direction = QStringLiteral("lower");
    CHECK(rollUp(p, sub, y2023).indicatorsOnTarget == 1);
    // Nothing reported for the second goal.
    CHECK(rollUp(p, p.goals[1].id, y2023).status == QStringLiteral("no-data"));
    CHECK(rollupReason(rollUp(p, p.goals[1].id, y2023), QStringLiteral("nn")) == QStringLiteral("ingen rapportar"));
}
