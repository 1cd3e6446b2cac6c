#include "testsupport.h"

#include "model/planerror.h"
#include "render/mustache.h"

using namespace planverk;
using namespace planverk::mustache;
using json = nlohmann::json;

namespace {

QString compileError(const std::string &source, const std::string &name = "plan.mustache")
{
    try {
        Template::compile(source, name);
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

QString renderError(const std::string &source, const std::map<std::string, std::string> &partials, const json &data = json::object())
{
    MapPartialLoader loader(partials);
    RenderOptions strict;
    strict.missingPartialIsError = true;
    try {
        Template::compile(source, "main.mustache")->render(data, &loader, strict);
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

} // namespace

TEST_CASE("Broken templates name the template, line and column", "[mustache][errors]")
{
    CHECK(compileError("<h1>{{title}}</h1>\n{{#goals}}\n  <p>{{title}}</p>\n")
          == QStringLiteral("plan.mustache:2:1: section 'goals' is never closed"));
    CHECK(compileError("{{#goals}}\n{{#subgoals}}x{{/goals}}\n{{/subgoals}}")
          == QStringLiteral("plan.mustache:2:15: closing tag 'goals' does not match the open section 'subgoals' (opened at 2:1)"));
    CHECK(compileError("tekst\n  {{/goals}}") == QStringLiteral("plan.mustache:2:3: closing tag 'goals' has no opening tag"));
    CHECK(compileError("Æøå {{title") == QStringLiteral("plan.mustache:1:5: unclosed tag: '{{' without '}}'"));
    CHECK(compileError("{{{title}}") == QStringLiteral("plan.mustache:1:1: unclosed tag: '{{{' without '}}}'"));
    CHECK(compileError("a\n{{=<% %>}}") == QStringLiteral("plan.mustache:2:1: unclosed delimiter change: expected '=}}'"));
    CHECK(compileError("{{=<%%>=}}") == QStringLiteral("plan.mustache:1:1: bad delimiter change: expected two delimiters separated by a space"));
    CHECK(compileError("{{ }}") == QStringLiteral("plan.mustache:1:1: empty tag"));
    CHECK(compileError("{{a..b}}") == QStringLiteral("plan.mustache:1:1: 'a..b' is not a valid name"));
}

TEST_CASE("A 10 000 deep section nest is refused, not a stack overflow", "[mustache][errors]")
{
    std::string deep;
    for (int i = 0; i < 10000; ++i)
        deep += "{{#a}}";
    for (int i = 0; i < 10000; ++i)
        deep += "{{/a}}";
    CHECK(compileError(deep) == QStringLiteral("plan.mustache:1:601: sections are nested more than 100 levels deep"));
}

TEST_CASE("Partials that include themselves stop at a depth limit", "[mustache][errors]")
{
    CHECK(renderError("{{>loop}}", {{"loop", "x{{>loop}}"}}) == QStringLiteral("loop:1:2: partials nested more than 64 levels deep (does 'loop' include itself?)"));
    CHECK(renderError("{{<a}}{{/a}}", {{"a", "{{<b}}{{/b}}"}, {"b", "{{<a}}{{/a}}"}}).contains(QStringLiteral("nested more than 64 levels deep")));
    // A block argument that contains the same block (found by fuzzing: it overflowed the stack).
    CHECK(renderError("{{<parent}}{{$a}}x{{$a}}y{{/a}}{{/a}}{{/parent}}", {{"parent", "{{$a}}A{{/a}}"}})
              .contains(QStringLiteral("blocks nested more than 64 levels deep (does block 'a' contain itself?)")));
    // Without the strict option a missing partial is empty, as the spec says.
    MapPartialLoader none({});
    CHECK(Template::compile("[{{>missing}}]", "t")->render(json::object(), &none) == "[]");
    CHECK(renderError("a\n  {{>missing}}", {}) == QStringLiteral("main.mustache:2:3: partial 'missing' not found"));
    CHECK(renderError("{{>broken}}", {{"broken", "{{#x}}"}}) == QStringLiteral("broken:1:1: section 'x' is never closed"));
}

TEST_CASE("Every variable is HTML-escaped unless the template asks for raw output", "[mustache]")
{
    const json data = {{"t", "<script>alert('x')</script> & \"quotes\""}};
    CHECK(Template::compile("{{t}}", "t")->render(data) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    CHECK(Template::compile("{{{t}}}|{{&t}}", "t")->render(data) == "<script>alert('x')</script> & \"quotes\"|<script>alert('x')</script> & \"quotes\"");
    // Values are never parsed as templates.
    CHECK(Template::compile("{{t}}", "t")->render({{"t", "{{#x}}"}}) == "{{#x}}");
}

TEST_CASE("A compiled template renders many times with different data", "[mustache]")
{
    const auto t = Template::compile("{{#goals}}{{number}}. {{title}}\n{{/goals}}{{^goals}}Ingen mål\n{{/goals}}", "t");
    CHECK(t->render({{"goals", {{{"number", "1"}, {"title", "Kultur"}}, {{"number", "2"}, {"title", "Næring"}}}}}) == "1. Kultur\n2. Næring\n");
    CHECK(t->render({{"goals", json::array()}}) == "Ingen mål\n");
    CHECK(t->render({{"goals", {{{"number", 3}, {"title", "Å"}}}}}) == "3. Å\n");
}
