#include "testsupport.h"

#include "model/planchecks.h"

using namespace planverk;
using namespace planverk::test;

namespace {

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2: %3").arg(f.isError() ? "error" : "warning", f.path, f.message);
    return out;
}

} // namespace

TEST_CASE("A complete adopted plan has no findings", "[checks]")
{
    CHECK(describe(checkPlan(richPlan())).isEmpty());
}

TEST_CASE("The plan's own rules", "[checks]")
{
    Plan p = richPlan();
    SECTION("period end before start")
    {
        p.info.periodStart = 2024;
        p.info.periodEnd = 2021;
        CHECK(describe(checkPlan(p)).contains(QStringLiteral("error /plan/periodEnd: the period ends (2021) before it starts (2024)")));
    }
    SECTION("adopted without case number or date")
    {
        p.info.caseNumber = QStringLiteral("[nnnn/nn]");
        p.info.adoptedDate = QDate();
        const QStringList d = describe(checkPlan(p));
        CHECK(d.contains(QStringLiteral("error /plan/caseNumber: the plan is adopted but has no case number")));
        CHECK(d.contains(QStringLiteral("error /plan/adoptedDate: the plan is adopted but has no date of adoption")));
    }
    SECTION("a draft may leave the case number open")
    {
        p.info.status = QStringLiteral("draft");
        p.info.caseNumber = QString();
        p.info.adoptedDate = QDate();
        CHECK(describe(checkPlan(p)).isEmpty());
        // A placeholder from the Word template is no error in a draft, but it is pointed out.
        p.info.caseNumber = QStringLiteral("[nnnn/nn]");
        CHECK(describe(checkPlan(p))
              == QStringList{QStringLiteral("warning /plan/caseNumber: \"[nnnn/nn]\" looks like a placeholder left from a Word template: fill it in or remove it")});
    }
    SECTION("empty titles and names")
    {
        p.info.title = QStringLiteral("  ");
        p.goals[0].subgoals[1].title.clear();
        p.memberships[1].name.clear();
        p.sections[0].sections[0].title.clear();
        const QList<Finding> f = checkPlan(p);
        CHECK(describe(f) == QStringList{QStringLiteral("error /plan/title: the plan has no title"),
                                         QStringLiteral("error /sections/0/sections/0/title: the section has no title"),
                                         QStringLiteral("error /goals/0/subgoals/1/title: the sub-goal has no title"),
                                         QStringLiteral("error /memberships/1/name: the membership has no name")});
        CHECK(f[2].entity == p.goals[0].subgoals[1].id);
    }
    SECTION("dangling links")
    {
        const QUuid ghost = newId();
        p.actions[0].goals.append(ghost);
        p.goals[1].themes.append(ghost);
        const QStringList d = describe(checkPlan(p));
        CHECK(d.contains(QStringLiteral("error /actions/0/goals/1: refers to goal %1, which is not in the plan").arg(ghost.toString(QUuid::WithoutBraces))));
        CHECK(d.contains(QStringLiteral("error /goals/1/themes/0: refers to theme %1, which is not in the plan").arg(ghost.toString(QUuid::WithoutBraces))));
    }
    SECTION("warnings do not count as errors")
    {
        p.contacts[0].email = QStringLiteral("sissel(at)oppland.org");
        p.actions[0].deadline = QDate(2026, 1, 1);
        const QList<Finding> f = checkPlan(p);
        REQUIRE(f.size() == 2);
        CHECK_FALSE(f[0].isError());
        CHECK_FALSE(f[1].isError());
    }
}
