#include "testsupport.h"

#include "io/planjson.h"
#include "model/planerror.h"

#include <nlohmann/json.hpp>

using namespace planverk;
using namespace planverk::test;

namespace {

// The error message import gives for `text`, or "" when it imports.
QString importError(const QByteArray &text)
{
    try {
        importPlanJson(text, QStringLiteral("plan.json"));
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

QByteArray withChange(const std::function<void(nlohmann::json &)> &change)
{
    auto j = nlohmann::json::parse(exportPlanJson(richPlan()).toStdString());
    change(j);
    return QByteArray::fromStdString(j.dump());
}

} // namespace

TEST_CASE("JSON export and import reproduce a plan exactly", "[json]")
{
    const Plan plan = richPlan();
    const QByteArray once = exportPlanJson(plan);
    const Plan back = importPlanJson(once, QStringLiteral("x.json"));
    CHECK(back == plan);
    CHECK(exportPlanJson(back) == once);
}

TEST_CASE("JSON export is stable and ordered and keeps Norwegian letters readable", "[json]")
{
    const QByteArray text = exportPlanJson(richPlan());
    CHECK(text.startsWith("{\n  \"format\": \"planverk-plan\",\n  \"formatVersion\": 1,\n  \"plan\": {\n    \"title\": "));
    CHECK(text.endsWith("}\n"));
    CHECK(text.contains("mål- og handlingsplan 2021–2024")); // raw UTF-8, not \u escapes
    CHECK(text.indexOf("\"sections\"") < text.indexOf("\"goals\""));
    CHECK(text.indexOf("\"goals\"") < text.indexOf("\"themes\""));
    CHECK(text.indexOf("\"themes\"") < text.indexOf("\"references\""));
}

TEST_CASE("Malformed JSON is reported as file:line:column", "[json][errors]")
{
    CHECK(importError("{\n  \"format\": \"planverk-plan\",\n  \"plan\": {,\n}") .startsWith(QStringLiteral("plan.json:3:12: ")));
    CHECK(importError("{\"format\": \"planverk-plan\"").startsWith(QStringLiteral("plan.json:1:")));
    CHECK(importError("") == QStringLiteral("plan.json: the file is empty; expected a Planverk plan in JSON"));
    const QString utf = importError("{\"format\": \"planverk-plan\", \"plan\": {\"title\": \"\xC3\x28\"}}");
    CHECK(utf.startsWith(QStringLiteral("plan.json:1:")));
    CHECK(utf.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("Deep nesting is refused before parsing", "[json][errors]")
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    CHECK(importError(deep) == QStringLiteral("plan.json:1:65: nested more than 64 levels deep"));
}

TEST_CASE("A key given twice in one object is refused with its line and column", "[json][errors]")
{
    auto error = [](const QByteArray &text) {
        try {
            parseJson(text, QStringLiteral("data.json"));
        } catch (const PlanError &e) {
            return e.toString();
        }
        return QString();
    };
    // The same key however it is written, deep in the document.
    CHECK(error("{\"a\": [1, {\"b\": 2}],\n \"c\": {\"d\": 1, \"\\u0064\": 2}}")
          == QStringLiteral("data.json:2:16: the key \"d\" is given twice in one object (first at 2:8)"));
    CHECK(error("{\"x\\\"y\": 1, \"x\\\"y\": 2}") == QStringLiteral("data.json:1:13: the key \"x\"y\" is given twice in one object (first at 1:2)"));
    // Keys are per object; strings that look like keys are values.
    CHECK(error("[{\"a\": 1}, {\"a\": 1}, {\"b\": {\"a\": \"a\"}, \"a\": [\"a\", \"a\"]}]").isEmpty());
    CHECK(error("{\"a\": \"{\\\"a\\\": 1, \\\"a\\\": 2}\"}").isEmpty());
    // A plan with a field twice.
    const QByteArray plan = exportPlanJson(richPlan());
    QByteArray twice = plan;
    twice.replace("\"subtitle\":", "\"title\": \"Annen tittel\",\n    \"subtitle\":");
    CHECK(importError(twice) == QStringLiteral("plan.json:6:5: the key \"title\" is given twice in one object (first at 5:5)"));
}

TEST_CASE("Well-formed JSON that breaks the format names the path and what was expected", "[json][errors]")
{
    CHECK(importError(withChange([](auto &j) { j["goals"][0]["subgoals"][0]["title"] = 3; }))
          == QStringLiteral("plan.json: /goals/0/subgoals/0/title: expected a string, found a number"));
    CHECK(importError(withChange([](auto &j) { j["plan"]["periodStart"] = "2021"; }))
          == QStringLiteral("plan.json: /plan/periodStart: expected a whole number or null, found a string"));
    CHECK(importError(withChange([](auto &j) { j["plan"]["status"] = "godkjent"; }))
          == QStringLiteral("plan.json: /plan/status: \"godkjent\" is not one of started, draft, consultation, adopted, archived"));
    CHECK(importError(withChange([](auto &j) { j["plan"]["adoptedDate"] = "17.02.2021"; }))
          == QStringLiteral("plan.json: /plan/adoptedDate: \"17.02.2021\" is not a date of the form YYYY-MM-DD"));
    CHECK(importError(withChange([](auto &j) { j["goals"][0]["sdgs"][1] = 18; }))
          == QStringLiteral("plan.json: /goals/0/sdgs/1: expected a UN Sustainable Development Goal number 1 to 17"));
    CHECK(importError(withChange([](auto &j) { j["themes"][1]["titel"] = "x"; }))
          == QStringLiteral("plan.json: /themes/1/titel: unknown field"));
    CHECK(importError(withChange([](auto &j) { j["goals"] = nlohmann::json::object(); }))
          == QStringLiteral("plan.json: /goals: expected an array, found an object"));
    CHECK(importError(withChange([](auto &j) { j["goals"][0]["subgoals"][0]["subgoals"] = nlohmann::json::parse(R"([{"title": "x"}])"); }))
          == QStringLiteral("plan.json: /goals/0/subgoals/0/subgoals: a sub-goal cannot have sub-goals of its own"));
    CHECK(importError(withChange([](auto &j) { j.erase("format"); }))
          == QStringLiteral("plan.json: /format: expected \"planverk-plan\"; this is not a Planverk plan"));
    CHECK(importError(withChange([](auto &j) { j["formatVersion"] = 7; }))
          == QStringLiteral("plan.json: /formatVersion: version 7 was written by a newer Planverk; this one reads up to version 1"));
    CHECK(importError("[1, 2]") == QStringLiteral("plan.json: /: expected an object with a Planverk plan, found an array"));
}

TEST_CASE("References must point at an existing entity of the right kind", "[json][errors]")
{
    const std::string ghost = "0b8a9f5e-2c1d-4f7e-9a3b-5c6d7e8f9a0b";
    CHECK(importError(withChange([&](auto &j) { j["memberships"][0]["goals"][1] = ghost; }))
          == QStringLiteral("plan.json: /memberships/0/goals/1: refers to %1, which is not in the plan").arg(QString::fromStdString(ghost)));
    // A goal's theme list pointing at an instrument.
    const Plan p = richPlan();
    const std::string instrument = p.instruments[0].id.toString(QUuid::WithoutBraces).toStdString();
    CHECK(importError(withChange([&](auto &j) { j["goals"][0]["themes"] = nlohmann::json::array({instrument}); }))
          == QStringLiteral("plan.json: /goals/0/themes/0: refers to %1 at /instruments/0, which is not a theme").arg(QString::fromStdString(instrument)));
    // The same id twice.
    CHECK(importError(withChange([](auto &j) { j["themes"][1]["id"] = j["themes"][0]["id"]; }))
          .endsWith(QStringLiteral("is used already at /themes/0")));
}

TEST_CASE("Ids may be left out of hand-written plans", "[json]")
{
    const Plan p = importPlanJson(R"({"format": "planverk-plan", "formatVersion": 1, "plan": {"title": "Utkast"},
                                      "themes": [{"title": "Kultur"}, {"title": "Næring"}]})",
                                  QStringLiteral("hand.json"));
    REQUIRE(p.themes.size() == 2);
    CHECK_FALSE(p.themes[0].id.isNull());
    CHECK(p.themes[0].id != p.themes[1].id);
    CHECK(p.themes[1].title == QStringLiteral("Næring"));
    CHECK(p.info.status == QStringLiteral("draft"));
}
