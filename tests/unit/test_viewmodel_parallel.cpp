// A long plan's goals are built on two threads (viewmodel.cpp): the view
// model and its errors are those of one thread building it in order.
#include "testsupport.h"

#include "model/planerror.h"
#include "render/viewmodel.h"

#include <nlohmann/json.hpp>

using namespace planverk;
using namespace planverk::test;
using json = nlohmann::json;

namespace {

// The rich plan with 100 main goals, each with two sub-goals: enough for two threads.
Plan longPlan()
{
    Plan p = richPlan();
    while (p.goals.size() < 100) {
        Goal g;
        g.id = QUuid::createUuid();
        g.title = QStringLiteral("Mål %1").arg(p.goals.size() + 1);
        g.description = QStringLiteral("Beskrivelse av mål %1.").arg(p.goals.size() + 1);
        g.themes = {p.themes[0].id};
        for (int k = 0; k < 2; ++k) {
            Goal sg;
            sg.id = QUuid::createUuid();
            sg.title = QStringLiteral("Delmål %1.%2").arg(p.goals.size() + 1).arg(k + 1);
            g.subgoals.append(sg);
        }
        p.goals.append(g);
    }
    return p;
}

// A Markdown table of `columns` x (rows + 1) cells.
QString table(int columns, int rows)
{
    return QStringLiteral("|") + QStringLiteral(" a |").repeated(columns) + QStringLiteral("\n|") + QStringLiteral("---|").repeated(columns)
           + QString(QStringLiteral("\n|") + QStringLiteral(" a |").repeated(columns)).repeated(rows);
}

std::string errorOf(const Plan &plan)
{
    try {
        buildViewModel(plan, {QString(), true});
    } catch (const PlanError &e) {
        return e.toString().toStdString();
    }
    return {};
}

} // namespace

TEST_CASE("The goals of a long plan come in the plan's order, numbered, each with its sub-goals", "[viewmodel][scale]")
{
    const Plan p = longPlan();
    const json vm = buildViewModel(p, {QString(), true});
    const json &goals = vm["goalsChapter"]["goals"];
    REQUIRE(goals.size() == 100);
    for (int i = 0; i < 100; ++i) {
        const json &g = goals[size_t(i)];
        CHECK(g["title"] == p.goals[i].title.toStdString());
        CHECK(g["anchor"] == "goal-" + std::to_string(i + 1));
        REQUIRE(g["subgoals"].size() == size_t(p.goals[i].subgoals.size()));
        for (int k = 0; k < p.goals[i].subgoals.size(); ++k)
            CHECK(g["subgoals"][size_t(k)]["anchor"] == "goal-" + std::to_string(i + 1) + "-" + std::to_string(k + 1));
    }
    // The rest of the document is there too: the themes list the goals.
    CHECK(vm["themesChapter"]["themes"][0]["goals"].size() >= 97);
}

TEST_CASE("In a long plan the tables' cells count together across all goals", "[viewmodel][markdown][scale]")
{
    // 8 010 cells in each of three goals far apart: the third passes the
    // 20 000 cells of the whole document, wherever each was built.
    Plan p = longPlan();
    p.goals[5].description = p.goals[50].description = p.goals[95].description = table(10, 800);
    CHECK(errorOf(p) == "the description of goal-96: its tables have more than 20,000 cells (the limit)");
    // Two of them are within the limit.
    p.goals[95].description.clear();
    CHECK(errorOf(p).empty());
}

TEST_CASE("In a long plan the first text past a limit, in the document's order, is named", "[viewmodel][markdown][scale]")
{
    // A goal near the end and a theme (whose chapter follows the goals) both
    // pass a limit: the goal comes first in the document.
    Plan p = longPlan();
    p.goals[90].subgoals[1].description = table(100, 1);
    p.themes[0].description = table(100, 1);
    CHECK(errorOf(p) == "the description of goal-91-2: a table has more than 64 columns (the limit)");
    // And a goal's error after a section's: the section's.
    p.sections[0].body = table(100, 1);
    CHECK(errorOf(p) == "the body of section-1: a table has more than 64 columns (the limit)");
}
