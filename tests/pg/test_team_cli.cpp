// Every planverk-cli command that takes a plan takes a plan on a server too
// (issue 15: "every CLI command accepts a URL where it accepts a file"),
// against the real test server: what it writes, that the password in a URL is
// never printed, and import-values on a server (one transaction, nothing
// written unless every row is valid, the editors told).
#include "testserver.h"
#include "../unit/testsupport.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "store/planstore.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {

const QString kDemo = QStringLiteral("data/demo-oppfolging-2024-2027.json");
const QString kEuProjects = QStringLiteral("Antall EU-prosjekter med deltakere fra fylket");

// The URL with a password in it (the test server trusts the socket: it is not asked for).
QString withPassword(const QString &url)
{
    return QString(url).replace(QStringLiteral("postgresql://planverk@"), QStringLiteral("postgresql://planverk:hemmelig@"));
}

double valueOf(const Followup &f, const QString &indicator, const QString &period)
{
    QUuid pid;
    for (const ReportingPeriod &x : f.periods)
        if (x.name == period)
            pid = x.id;
    for (const Indicator &i : f.indicators)
        if (i.name == indicator)
            for (const IndicatorValue &v : i.values)
                if (v.period == pid)
                    return v.value;
    return -1;
}

} // namespace

TEST_CASE("every command that reads a plan reads it from a URL, and never prints the URL's password", "[team][cli]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("cli"));
    const QString url = server.url(db, QStringLiteral("Demo"));
    const QString secret = withPassword(url);
    QTemporaryDir dir;
    REQUIRE(cli({QStringLiteral("push"), sourcePath(kDemo), secret}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("snapshot"), secret, QStringLiteral("Utkast")}).exitCode == 0);

    const auto run = [&](const QStringList &args) {
        const Run r = cli(args);
        INFO(args.join(' ').toStdString() << "\n" << r.err.toStdString());
        CHECK_FALSE(r.out.contains(QStringLiteral("hemmelig")));
        CHECK_FALSE(r.err.contains(QStringLiteral("hemmelig")));
        return r;
    };
    const Run check = run({QStringLiteral("check"), secret});
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(url + QStringLiteral(": ")));

    const Run exported = run({QStringLiteral("export"), secret, QStringLiteral("-")});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("\"Utkast\"")));
    CHECK(run({QStringLiteral("versions"), secret}).out.startsWith(QStringLiteral("Utkast\t")));
    CHECK(run({QStringLiteral("render"), secret, QStringLiteral("-o"), dir.filePath(QStringLiteral("plan.html"))}).exitCode == 0);
    CHECK(readAll(dir.filePath(QStringLiteral("plan.html"))).contains("Internasjonal"));
    CHECK(run({QStringLiteral("viewmodel"), secret + QStringLiteral("@Utkast"), QStringLiteral("-o"), dir.filePath(QStringLiteral("vm.json"))}).exitCode == 0);
    CHECK(run({QStringLiteral("report"), secret, QStringLiteral("-o"), dir.filePath(QStringLiteral("rapport.html"))}).exitCode == 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("rapport.html"))).size() > 1000);

    // diff: the change list names the plans by their URLs without the password, the document by the plan's name.
    const Run json = run({QStringLiteral("diff"), secret + QStringLiteral("@Utkast"), secret, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"from\": \"%1@Utkast\"").arg(url)));
    CHECK(run({QStringLiteral("diff"), secret, sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("diff.html"))}).exitCode == 3);
    CHECK(readAll(dir.filePath(QStringLiteral("diff.html"))).contains("Endringer fra Demo til troms-internasjonalt-arbeid.json"));

    // import to a URL creates the plan there; --force gives a plan there the JSON's content.
    const QString imported = server.url(db, QStringLiteral("Importert"));
    const Run import = run({QStringLiteral("import"), sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), withPassword(imported)});
    CHECK(import.exitCode == 0);
    CHECK(import.out == imported + QStringLiteral(": the plan and 0 versions are on the server\n"));
    const Run again = run({QStringLiteral("import"), sourcePath(kDemo), imported});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(imported + QStringLiteral(": the database has a plan of that name already; it was left as it is")));
    const Run forced = run({QStringLiteral("import"), sourcePath(kDemo), imported, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(ServerStore::open(parseServerUrl(imported), ServerStore::Mode::ReadOnly)->load() == readPlanJsonFile(sourcePath(kDemo)));

    // push from a URL and pull to a URL: a copy to another name (or server), with the versions.
    CHECK(run({QStringLiteral("push"), secret, server.url(db, QStringLiteral("Kopi 1"))}).exitCode == 0);
    CHECK(run({QStringLiteral("pull"), secret, server.url(db, QStringLiteral("Kopi 2"))}).exitCode == 0);
    for (const QString &copy : {QStringLiteral("Kopi 1"), QStringLiteral("Kopi 2")}) {
        const Run e = cli({QStringLiteral("export"), server.url(db, copy), QStringLiteral("-")});
        CHECK(e.out == exported.out);
    }
}

TEST_CASE("import-values on a URL: one transaction, nothing written unless every row is valid, the editors told", "[team][cli]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("values"));
    const QString url = server.url(db, QStringLiteral("Demo"));
    REQUIRE(cli({QStringLiteral("push"), sourcePath(kDemo), url}).exitCode == 0);
    const auto editor = ServerStore::open(parseServerUrl(url), ServerStore::Mode::ReadWrite);
    int heard = 0;
    editor->onChange([&](const QUuid &, qint64) { ++heard; });
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("verdier.csv"));
    const Followup before = editor->loadFollowup();

    // A bad row: refused with the file, the line and the column; nothing on the server changed.
    writeAll(csv, "indicator,period,value\n" + kEuProjects.toUtf8() + ",2026,15\n" + kEuProjects.toUtf8() + ",2031,3\n");
    Run r = cli({QStringLiteral("import-values"), withPassword(url), csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(csv + QStringLiteral(":3:47: the plan has no reporting period \"2031\"")));
    CHECK_FALSE(r.err.contains(QStringLiteral("hemmelig")));
    CHECK(editor->loadFollowup() == before);

    // Every row valid: written, and the editor that has the plan open hears of it.
    writeAll(csv, "indicator;period;value;note\n" + kEuProjects.toUtf8() + ";2026;17;revidert\n");
    r = cli({QStringLiteral("import-values"), withPassword(url), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == url + QStringLiteral(": 0 values added, 1 replaced\n"));
    CHECK(valueOf(editor->loadFollowup(), kEuProjects, QStringLiteral("2026")) == 17);
    QElapsedTimer clock;
    clock.start();
    while (heard == 0 && clock.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK(heard > 0);

    // A closed period is refused with the plan's URL, as for a file.
    writeAll(csv, "indicator,period,value\n" + kEuProjects.toUtf8() + ",2025,15\n");
    r = cli({QStringLiteral("import-values"), url, csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(csv + QStringLiteral(":2:47: the period 2025 is closed; reopen it to change its indicator values")));
    CHECK(valueOf(editor->loadFollowup(), kEuProjects, QStringLiteral("2025")) == valueOf(before, kEuProjects, QStringLiteral("2025")));
}
