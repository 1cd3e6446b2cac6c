// Every cost bounded: whatever a plan or a template asks for ends within
// seconds, done or with an error that names the limit it passed; a paper
// document is never printed short.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/documentwriter.h"
#include "render/markdown.h"
#include "render/mustache.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QDir>
#include <QFile>

using namespace planverk;
using namespace planverk::test;
using Catch::Matchers::Contains;
using json = nlohmann::json;

namespace {

std::string htmlOf(const Plan &plan)
{
    auto templates = TemplateSet::open(QStringLiteral("standard"));
    return renderHtml(plan, *templates).toStdString();
}

Plan withGoalDescription(const QString &text)
{
    Plan p = richPlan();
    p.goals[0].description = text;
    return p;
}

// The message of the PlanError `work` throws (empty when it throws none).
template<class F>
std::string errorOf(F &&work)
{
    try {
        work();
    } catch (const PlanError &e) {
        return e.toString().toStdString();
    }
    return {};
}

QString uuidFor(const char *kind, int i) { return QUuid::createUuidV5(QUuid(), QStringLiteral("%1%2").arg(kind).arg(i)).toString(QUuid::WithoutBraces); }

} // namespace

TEST_CASE("Partials that fan out exponentially stop at a named limit", "[costs][mustache][scale]")
{
    // p0 includes p1 twice, p1 includes p2 twice, ... p29 includes p30 twice:
    // 2^30 copies of p30.
    std::map<std::string, std::string> partials;
    for (int i = 0; i < 30; ++i)
        partials["p" + std::to_string(i)] = "{{>p" + std::to_string(i + 1) + "}}{{>p" + std::to_string(i + 1) + "}}";
    const auto document = mustache::Template::compile("{{>p0}}", "document.mustache");

    SECTION("each copy a page of text: 4 TiB, stopped at the output limit")
    {
        partials["p30"] = std::string(4096, 'x');
        mustache::MapPartialLoader loader(partials);
        CHECK(errorOf([&] { document->render(json::object(), &loader); }) == "p30:1:1: the output is larger than 256 MiB (the limit)");
    }
    SECTION("each copy empty: nothing printed, stopped at the step limit")
    {
        partials["p30"] = "";
        mustache::MapPartialLoader loader(partials);
        CHECK_THAT(errorOf([&] { document->render(json::object(), &loader); }), Contains("rendering takes more than 100,000,000 steps (the limit)"));
    }
}

TEST_CASE("Sections nested over a long list stop at the step limit", "[costs][mustache][scale]")
{
    json data = {{"list", json::array()}};
    for (int i = 0; i < 1000; ++i)
        data["list"].push_back(i);
    // 10^12 rounds that print nothing.
    const auto t = mustache::Template::compile("{{#list}}{{#list}}{{#list}}{{#list}}{{/list}}{{/list}}{{/list}}{{/list}}", "nest.mustache");
    const std::string error = errorOf([&] { t->render(data); });
    CHECK_THAT(error, Contains("nest.mustache:1:"));
    CHECK_THAT(error, Contains("rendering takes more than 100,000,000 steps (the limit)"));
}

TEST_CASE("Markdown nested 30 000 deep is refused naming the text and the limit", "[costs][markdown]")
{
    for (const QString &deep : QStringList{QStringLiteral("> ").repeated(30000) + 'x', QStringLiteral("- ").repeated(30000) + 'x',
                                           QStringLiteral("1. ").repeated(30000) + 'x'}) {
        INFO(deep.left(6).toStdString());
        CHECK(errorOf([&] { htmlOf(withGoalDescription(deep)); })
              == "the description of goal-1: lists and quotes are nested more than 16 levels deep (the limit)");
    }
    CHECK(errorOf([&] { htmlOf(withGoalDescription(QString(30000, '*') + 'x' + QString(30000, '*'))); })
          == "the description of goal-1: emphasis and links are nested more than 32 levels deep (the limit)");
    // Lists three deep and the like, as real plans have them, are fine.
    const std::string html = htmlOf(withGoalDescription(QStringLiteral("- a\n  - b\n    - c\n\n> ***sitat***")));
    CHECK_THAT(html, Contains("<li>c</li>"));
    CHECK_THAT(html, Contains("<em><strong>sitat</strong></em>"));
}

TEST_CASE("A Markdown table of 2 000 columns or of too many cells is refused", "[costs][markdown]")
{
    auto table = [](int columns, int rows) -> QString {
        return QStringLiteral("|") + QStringLiteral(" a |").repeated(columns) + QStringLiteral("\n|") + QStringLiteral("---|").repeated(columns)
               + QString(QStringLiteral("\n|") + QStringLiteral(" a |").repeated(columns)).repeated(rows);
    };
    // 2 000 columns x 50 000 rows is 400 MB of text: stopped by its size
    // (600 rows are enough to pass it).
    CHECK(errorOf([&] { markdownToHtml(table(2000, 600).toStdString()); }) == "the text is larger than 4 MiB (the limit)");
    // Smaller, it is stopped by its width, or by its cells.
    CHECK(errorOf([&] { htmlOf(withGoalDescription(table(2000, 100))); }) == "the description of goal-1: a table has more than 64 columns (the limit)");
    CHECK(errorOf([&] { htmlOf(withGoalDescription(table(20, 1000))); }) == "the description of goal-1: its tables have more than 20,000 cells (the limit)");
    // The cells of every text of the plan count together.
    Plan p = richPlan();
    p.goals[1].description = p.themes[0].description = p.themes[1].description = table(10, 800); // 8 010 cells each
    CHECK(errorOf([&] { htmlOf(p); }) == "the description of theme-2: its tables have more than 20,000 cells (the limit)");
    // A table as plans have them is fine.
    CHECK_THAT(htmlOf(withGoalDescription(table(6, 40))), Contains("<th scope=\"col\">a</th>"));
}

TEST_CASE("A membership serving 100 000 goals is read and shown in seconds", "[costs][viewmodel][scale]")
{
    QTemporaryDir dir;
    json plan = json::parse(readAll(sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"))).toStdString());
    json goals = json::array();
    json served = json::array();
    for (int i = 0; i < 100000; ++i) {
        const std::string id = uuidFor("goal", i).toStdString();
        goals.push_back({{"id", id}, {"title", "Mål " + std::to_string(i + 1)}, {"area", ""}, {"description", ""}, {"themes", json::array()},
                         {"sdgs", json::array()}, {"subgoals", json::array()}});
        served.push_back(id);
    }
    plan["goals"] = std::move(goals);
    plan["memberships"] = json::array({plan["memberships"][0]});
    plan["memberships"][0]["goals"] = std::move(served);
    const QString path = dir.filePath(QStringLiteral("medlemskap.json"));
    writeAll(path, QByteArray::fromStdString(plan.dump()));

    const json vm = buildViewModel(readPlanJsonFile(path));
    const json &membership = vm["membershipsChapter"]["memberships"][0];
    REQUIRE(membership["goals"].size() == 100000);
    CHECK(membership["goals"][99999]["number"] == "M100000");
    const json &last = vm["goalsChapter"]["goals"][99999];
    CHECK(last["servedByText"] == membership["name"]);
}

TEST_CASE("Goals by theme over thousands of themes and goals take no quadratic time", "[costs][viewmodel][scale]")
{
    Plan p = richPlan();
    p.goals.clear();
    p.themes.clear();
    p.memberships.clear();
    p.actions.clear();
    // 20 000 themes, 3 000 goals of 10 sub-goals: sub-goal s of goal g (both
    // from 0) has theme g + s, except the tenth, which has none.
    for (int t = 0; t < 20000; ++t)
        p.themes.append({QUuid::fromString(uuidFor("theme", t)), QStringLiteral("Tema %1").arg(t + 1), {}});
    for (int g = 0; g < 3000; ++g) {
        Goal goal{QUuid::fromString(uuidFor("goal", g)), QStringLiteral("Mål %1").arg(g + 1), {}, {}, {p.themes[g].id}, {}, {}};
        for (int s = 0; s < 10; ++s)
            goal.subgoals.append({QUuid::fromString(uuidFor("sub", g * 10 + s)), QStringLiteral("Delmål %1.%2").arg(g + 1).arg(s + 1), {}, {},
                                  s == 9 ? QList<QUuid>{} : QList<QUuid>{p.themes[g + s].id}, {}, {}});
        p.goals.append(goal);
    }
    const json vm = buildViewModel(p);
    auto numbers = [](const json &list) {
        std::vector<std::string> out;
        for (const json &g : list)
            out.push_back(g["number"].get<std::string>());
        return out;
    };
    // Theme 5 (index 4): goal 5, and the sub-goals with g + s == 4.
    const std::vector<std::string> theme5{"M1.5", "M2.4", "M3.3", "M4.2", "M5", "M5.1"};
    CHECK(numbers(vm["themesChapter"]["themes"][4]["goals"]) == theme5);
    const json &groups = vm["goalsChapter"]["byTheme"];
    REQUIRE(groups.size() == 3008 + 1); // themes 1 to 3008 have sub-goals, and the group without a theme
    std::vector<std::string> subgoals5 = theme5;
    subgoals5.erase(subgoals5.begin() + 4); // not goal 5 itself
    CHECK(numbers(groups[4]["subgoals"]) == subgoals5);
    CHECK(groups[3008]["subgoals"].size() == 3000); // the tenth sub-goal of every goal has no theme
}

TEST_CASE("A paper document past the page limit or taller than Qt can lay out is refused and nothing written", "[costs][pdf][cli]")
{
    QTemporaryDir dir;
    const QString plan = sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"));
    const QString out = dir.filePath(QStringLiteral("plan.pdf"));
    writeAll(out, "the old document");
    // A margin of 3 000 000 px is some 3 000 pages at 300 dpi; one of
    // 40 000 000 px more than Qt's 26.6 fixed point reaches (2^25 device
    // pixels): the text after it was silently left out.
    for (const auto &[margin, reason] : {std::pair{"3000000", "the document has more than 2,500 pages (the limit of a printed plan)"},
                                         std::pair{"40000000", "the document could not be laid out whole"},
                                         std::pair{"70000000", "the document could not be laid out whole"}}) {
        INFO(margin);
        const QString folder = dir.filePath(QStringLiteral("tall-%1").arg(QString::fromLatin1(margin)));
        QDir().mkpath(folder);
        writeAll(folder + QStringLiteral("/document.mustache"),
                 QByteArray("<html><head><title>{{plan.title}}</title></head><body>\n<p>First page</p>\n<div style=\"margin-top: ") + margin
                     + "px\">Last page</div>\n</body></html>\n");
        const Run r = cli({QStringLiteral("render"), plan, QStringLiteral("-o"), out, QStringLiteral("--template"), folder});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: %1: %2").arg(plan, QString::fromLatin1(reason))));
        CHECK(readAll(out) == "the old document");
    }
}
