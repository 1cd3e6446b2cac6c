#include "testsupport.h"

#include "io/planjson.h"

#include <QFile>

using namespace planverk;
using namespace planverk::test;

namespace {

QString innlandet() { return sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")); }

} // namespace

TEST_CASE("planverk-cli usage and help and version", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("import PLAN.json OUT.planverk")));
    CHECK(help.out.contains(QStringLiteral("export IN.planverk OUT.json")));
    CHECK(help.out.contains(QStringLiteral("check IN")));

    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("planverk-cli 0.")));

    CHECK(cli({}).exitCode == 2);
    const Run unknown = cli({QStringLiteral("publish")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'publish'")));
    CHECK(cli({QStringLiteral("import"), innlandet()}).exitCode == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--pretty"), QStringLiteral("a"), QStringLiteral("b")}).exitCode == 2);
}

TEST_CASE("planverk-cli import and export", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("innlandet.planverk"));
    const Run imp = cli({QStringLiteral("import"), innlandet(), out});
    INFO(imp.err);
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.err.isEmpty());
    // No stray files beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("innlandet.planverk")});

    SECTION("export to standard output gives back the JSON")
    {
        const Run exp = cli({QStringLiteral("export"), out, QStringLiteral("-")});
        CHECK(exp.exitCode == 0);
        CHECK(exp.out.toUtf8() == readAll(innlandet()));
    }
    SECTION("export to a file")
    {
        const QString json = dir.filePath(QStringLiteral("ut.json"));
        CHECK(cli({QStringLiteral("export"), out, json}).exitCode == 0);
        CHECK(readAll(json) == readAll(innlandet()));
    }
    SECTION("an existing plan file is not replaced without --force")
    {
        const QByteArray before = readAll(out);
        const Run again = cli({QStringLiteral("import"), sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), out});
        CHECK(again.exitCode == 1);
        CHECK(again.err == QStringLiteral("planverk-cli: %1: exists already; it was left as it is (use --force to replace it)\n").arg(out));
        CHECK(readAll(out) == before);

        const Run forced = cli({QStringLiteral("import"), QStringLiteral("--force"), sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), out});
        CHECK(forced.exitCode == 0);
        CHECK(cli({QStringLiteral("export"), out, QStringLiteral("-")}).out.toUtf8() == readAll(sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"))));
    }
    SECTION("a bad JSON file is refused and nothing is written")
    {
        const QString bad = dir.filePath(QStringLiteral("halv.json"));
        writeAll(bad, readAll(innlandet()).left(700));
        const QString target = dir.filePath(QStringLiteral("ny.planverk"));
        const Run r = cli({QStringLiteral("import"), bad, target});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: %1:").arg(bad)));
        CHECK_FALSE(QFile::exists(target));

        const QByteArray before = readAll(out);
        CHECK(cli({QStringLiteral("import"), QStringLiteral("--force"), bad, out}).exitCode == 1);
        CHECK(readAll(out) == before);
    }
    SECTION("export of something that is not a plan file")
    {
        const Run r = cli({QStringLiteral("export"), innlandet(), QStringLiteral("-")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is a JSON file")));
        const Run missing = cli({QStringLiteral("export"), dir.filePath(QStringLiteral("finnes-ikke.planverk")), QStringLiteral("-")});
        CHECK(missing.exitCode == 1);
        CHECK(missing.err == QStringLiteral("planverk-cli: %1: no such file\n").arg(dir.filePath(QStringLiteral("finnes-ikke.planverk"))));
    }
}

TEST_CASE("planverk-cli check", "[cli]")
{
    QTemporaryDir dir;
    SECTION("a sound plan")
    {
        const Run r = cli({QStringLiteral("check"), innlandet()});
        CHECK(r.exitCode == 0);
        CHECK(r.out == innlandet() + QStringLiteral(": no problems found\n"));
    }
    SECTION("an adopted plan without case number, in a .planverk file")
    {
        Plan p = readPlanJsonFile(innlandet());
        p.info.caseNumber.clear();
        p.info.periodEnd = 2019;
        const QString json = dir.filePath(QStringLiteral("p.json"));
        writeAll(json, exportPlanJson(p));
        const QString file = dir.filePath(QStringLiteral("p.planverk"));
        REQUIRE(cli({QStringLiteral("import"), json, file}).exitCode == 0);
        const Run r = cli({QStringLiteral("check"), file});
        CHECK(r.exitCode == 1);
        CHECK(r.out == QStringLiteral("%1: /plan/periodEnd: error: the period ends (2019) before it starts (2021)\n"
                                      "%1: /plan/caseNumber: error: the plan is adopted but has no case number\n"
                                      "%1: /actions/2/deadline: warning: the deadline 2024-12-31 is after the plan period ends (2019)\n"
                                      "%1: 2 errors, 1 warning\n").arg(file));
    }
    SECTION("a file that is not a plan")
    {
        const QString f = dir.filePath(QStringLiteral("notat.planverk"));
        writeAll(f, "Dette er ikke en plan.\n");
        const Run r = cli({QStringLiteral("check"), f});
        CHECK(r.exitCode == 1);
        CHECK(r.err == QStringLiteral("planverk-cli: %1: is not a Planverk plan (not an SQLite database)\n").arg(f));
    }
}
