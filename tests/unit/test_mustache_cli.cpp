// planverk-cli mustache follows the Mustache specification: a partial that
// cannot be found renders nothing ("Failed Lookup" in partials.json and
// ~dynamic-names.json); --strict makes it an error, as it is in documents.
#include "testsupport.h"

#include <QDir>

using namespace planverk::test;

TEST_CASE("planverk-cli mustache renders a partial it cannot find as nothing, and --strict makes it an error", "[cli][mustache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString tpl = dir.filePath(QStringLiteral("t.mustache"));
    const QString data = dir.filePath(QStringLiteral("d.json"));
    const QString partials = dir.filePath(QStringLiteral("deler"));
    REQUIRE(QDir().mkpath(partials));
    writeAll(data, R"({"dynamic": "content"})");
    writeAll(partials + QStringLiteral("/foobar.mustache"), "Hello, world!");

    SECTION("Failed Lookup: no partials folder at all")
    {
        writeAll(tpl, R"("{{>text}}")");
        const Run r = cli({QStringLiteral("mustache"), tpl, data});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out == QStringLiteral(R"("")"));
    }
    SECTION("Failed Lookup: a folder without that partial, and a dynamic name")
    {
        writeAll(tpl, R"("{{>text}}" "{{>*dynamic}}" "{{>foobar}}")");
        const Run r = cli({QStringLiteral("mustache"), tpl, data, QStringLiteral("--partials"), partials});
        CHECK(r.exitCode == 0);
        CHECK(r.out == QStringLiteral(R"("" "" "Hello, world!")"));
    }
    SECTION("--strict: the missing partial is an error naming the template, line and column")
    {
        writeAll(tpl, "ok\n  {{>text}}");
        const Run r = cli({QStringLiteral("mustache"), tpl, data, QStringLiteral("--strict")});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err == QStringLiteral("planverk-cli: %1:2:3: partial 'text' not found\n").arg(tpl));
    }
}
