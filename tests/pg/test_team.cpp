// Team plans on PostgreSQL (issue 15), against a real server (tests/pg/pgserver.sh):
// the plan location, push and pull, the messages a user can cause, a client
// killed in the middle of its transaction, a read-only role, a server restart.
#include "testserver.h"
#include "../unit/testsupport.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "io/versionjson.h"
#include "model/planerror.h"
#include "store/planstore.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace planverk;
using namespace planverk::test;

namespace {

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

} // namespace

TEST_CASE("a plan location is a file or a PostgreSQL URL with the plan's name", "[team][location]")
{
    CHECK_FALSE(PlanLocation::parse(QStringLiteral("plan.planverk")).isServer());
    CHECK(PlanLocation::parse(QStringLiteral("plan.planverk")).file == QStringLiteral("plan.planverk"));

    const ServerLocation full = parseServerUrl(QStringLiteral("postgresql://kari:hemmelig@db.example.no:5433/planer?plan=Internasjonal%20strategi&sslmode=require"));
    CHECK(full.user == QStringLiteral("kari"));
    CHECK(full.password == QStringLiteral("hemmelig"));
    CHECK(full.host == QStringLiteral("db.example.no"));
    CHECK(full.port == 5433);
    CHECK(full.database == QStringLiteral("planer"));
    CHECK(full.plan == QStringLiteral("Internasjonal strategi"));
    CHECK(full.connectOptions() == QStringLiteral("sslmode='require'"));
    // The password is never shown.
    CHECK(full.display() == QStringLiteral("postgresql://kari@db.example.no:5433/planer?plan=Internasjonal%20strategi&sslmode=require"));

    // A unix socket, percent-encoded or as host= in the query; the rest from PG* (libpq).
    CHECK(parseServerUrl(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/planer?plan=a")).host == QStringLiteral("/var/run/postgresql"));
    const ServerLocation socket = parseServerUrl(QStringLiteral("postgres:///planer?host=/tmp/pg&plan=a&port=5439"));
    CHECK(socket.host == QStringLiteral("/tmp/pg"));
    CHECK(socket.port == 5439);
    CHECK(socket.user.isEmpty());
    const ServerLocation bare = parseServerUrl(QStringLiteral("postgresql://?plan=Troms"));
    CHECK(bare.host.isEmpty());
    CHECK(bare.database.isEmpty());
    CHECK(bare.plan == QStringLiteral("Troms"));
    CHECK(parseServerUrl(QStringLiteral("postgresql://[::1]:5432/p?plan=x")).host == QStringLiteral("::1"));
}

TEST_CASE("a URL Planverk cannot use is refused with the URL, without its password, and the reason", "[team][location]")
{
    const auto refusal = [](const char *url) { return messageOf([&] { parseServerUrl(QString::fromUtf8(url)); }); };
    CHECK(refusal("postgresql://kari:hemmelig@db/planer") == QStringLiteral("postgresql://kari@db/planer: is not a plan location Planverk can use: it names no plan: add ?plan=NAME (a database holds several plans)"));
    CHECK(refusal("postgresql://db:54x/planer?plan=a").contains(QStringLiteral("the port \"54x\" is not a number from 1 to 65535")));
    CHECK(refusal("postgresql://db:0/planer?plan=a").contains(QStringLiteral("the port \"0\"")));
    CHECK(refusal("postgresql://db/planer?plan=").contains(QStringLiteral("the plan name is empty")));
    CHECK(refusal("postgresql://db/planer?plan=a&plan=b").contains(QStringLiteral("names the plan twice")));
    CHECK(refusal("postgresql://db/planer?plan=a&colour=red").contains(QStringLiteral("\"colour\" is not a connection parameter")));
    CHECK(refusal("postgresql://a,b/planer?plan=a").contains(QStringLiteral("names several hosts")));
    CHECK(refusal("postgresql://db/plan%zzer?plan=a").contains(QStringLiteral("the database name has a '%' that is not followed by two hexadecimal digits")));
    CHECK(refusal("postgresql://db/planer?plan=a%0Ab").contains(QStringLiteral("control character")));
    CHECK_FALSE(refusal("postgresql://kari:hemmelig@db/planer").contains(QStringLiteral("hemmelig")));
}

TEST_CASE("push and pull: every sample plan round trips byte for byte, several plans in one database", "[team][pushpull]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("roundtrip"));
    QTemporaryDir dir;
    // Every sample through the store (a plan file's JSON export, the export of the plan on the server) ...
    for (const QString &sample : sampleFiles()) {
        const QString name = QFileInfo(sample).baseName();
        INFO(name.toStdString());
        const QString file = dir.filePath(name + QStringLiteral(".planverk"));
        const Plan plan = PlanStore::createFrom(file, readPlanJsonFile(sample))->load();
        ServerStore::createFrom(parseServerUrl(server.url(db, name)), plan);
        CHECK(exportPlanJson(ServerStore::open(parseServerUrl(server.url(db, name)), ServerStore::Mode::ReadOnly)->load()) == exportPlanJson(plan));
    }
    CHECK(ServerStore::planNames(parseServerUrl(server.url(db, QStringLiteral("any")))).size() == sampleFiles().size());

    // ... and one through the command line: push, export, pull.
    const QString file = dir.filePath(QStringLiteral("innlandet.planverk"));
    REQUIRE(cli({QStringLiteral("import"), sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")), file}).exitCode == 0);
    const Run fileExport = cli({QStringLiteral("export"), file, QStringLiteral("-")});
    REQUIRE(fileExport.exitCode == 0);
    const QString url = server.url(db, QStringLiteral("Innlandet 2021–2024"));
    const Run push = cli({QStringLiteral("push"), file, url});
    REQUIRE(push.exitCode == 0);
    CHECK(push.out == url + QStringLiteral(": the plan and 0 versions are on the server\n"));
    const Run serverExport = cli({QStringLiteral("export"), url, QStringLiteral("-")});
    REQUIRE(serverExport.exitCode == 0);
    CHECK(serverExport.out == fileExport.out);
    const QString pulled = dir.filePath(QStringLiteral("pulled.planverk"));
    REQUIRE(cli({QStringLiteral("pull"), url, pulled}).exitCode == 0);
    CHECK(cli({QStringLiteral("export"), pulled, QStringLiteral("-")}).out == fileExport.out);
}

TEST_CASE("push and pull carry the plan's versions, and a version kept on the server is pulled too", "[team][pushpull]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("versions"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(file, richPlan())->saveVersion(QStringLiteral("Høringsutkast"), QStringLiteral("sendt på høring"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    REQUIRE(cli({QStringLiteral("push"), file, url}).exitCode == 0);
    const Run snapshot = cli({QStringLiteral("snapshot"), url, QStringLiteral("Vedtatt"), QStringLiteral("--note"), QStringLiteral("fylkestinget")});
    INFO(snapshot.err.toStdString());
    REQUIRE(snapshot.exitCode == 0);

    const Run versions = cli({QStringLiteral("versions"), url});
    REQUIRE(versions.exitCode == 0);
    CHECK(versions.out.count('\n') == 2);
    CHECK(versions.out.startsWith(QStringLiteral("Høringsutkast\t")));
    CHECK(versions.out.contains(QStringLiteral("\nVedtatt\t")));

    const QString pulled = dir.filePath(QStringLiteral("pulled.planverk"));
    REQUIRE(cli({QStringLiteral("pull"), url, pulled}).exitCode == 0);
    const auto store = PlanStore::open(pulled, PlanStore::Mode::ReadOnly);
    CHECK(store->load() == richPlan());
    REQUIRE(store->versions().size() == 2);
    CHECK(store->versions()[1].note == QStringLiteral("fylkestinget"));
    CHECK(store->readVersion(QStringLiteral("Høringsutkast")) == richPlan());

    // A plan of that name is left as it is; an existing file is not replaced.
    const Run again = cli({QStringLiteral("push"), file, url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(url + QStringLiteral(": the database has a plan of that name already; it was left as it is")));
    const QByteArray before = readAll(pulled);
    CHECK(cli({QStringLiteral("pull"), url, pulled}).exitCode == 1);
    CHECK(readAll(pulled) == before);
}

TEST_CASE("what a user can get wrong is named: the server, the plan and the reason, exit 1", "[team][errors]")
{
    PgTestServer &server = PgTestServer::shared();
    // One database with the plan for the sections that only read (a database costs a second).
    static const QString db = [&] {
        const QString name = server.newDatabase(QStringLiteral("errors"));
        ServerStore::createFrom(parseServerUrl(server.url(name, QStringLiteral("Rik plan"))), richPlan());
        return name;
    }();
    const auto databaseWithPlan = [&](const QString &hint) {
        const QString name = server.newDatabase(hint);
        ServerStore::createFrom(parseServerUrl(server.url(name, QStringLiteral("Rik plan"))), richPlan());
        return name;
    };
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(file, richPlan());

    const auto refused = [](const QString &url, const QString &reason) {
        const Run r = cli({QStringLiteral("export"), url, QStringLiteral("-")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: ") + url.section(':', 0, 0)));
        CHECK(r.err.contains(reason));
    };
    SECTION("a bad URL")
    {
        refused(server.url(db, QStringLiteral("Rik plan")) + QStringLiteral("&sslmod=require"), QStringLiteral("\"sslmod\" is not a connection parameter"));
    }
    SECTION("a plan that is not there")
    {
        const QString url = server.url(db, QStringLiteral("Annen plan"));
        refused(url, url + QStringLiteral(": no such plan; the plans in the database are \"Rik plan\""));
    }
    SECTION("a wrong password, never shown")
    {
        if (!server.sql(QStringLiteral("postgres"), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'pwuser'")).isValid())
            server.sql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE pwuser LOGIN PASSWORD 'riktig'"));
        QString url = server.url(db, QStringLiteral("Rik plan"), QStringLiteral("pwuser:galt"));
        const Run r = cli({QStringLiteral("export"), url, QStringLiteral("-")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(server.url(db, QStringLiteral("Rik plan"), QStringLiteral("pwuser")) + QStringLiteral(": cannot connect to the server:")));
        CHECK(r.err.contains(QStringLiteral("password authentication failed for user \"pwuser\"")));
        CHECK_FALSE(r.err.contains(QStringLiteral("galt")));
    }
    SECTION("a database that is not there")
    {
        const QString url = server.url(QStringLiteral("finnes_ikke"), QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": cannot connect to the server: "));
        refused(url, QStringLiteral("database \"finnes_ikke\" does not exist"));
    }
    SECTION("a database of another program is neither read nor written")
    {
        const QString other = server.newDatabase(QStringLiteral("other"));
        server.sql(other, QStringLiteral("CREATE TABLE customer (id integer)"));
        const QString url = server.url(other, QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": the database belongs to another program: it has a table \"customer\" but no Planverk schema"));
        const Run push = cli({QStringLiteral("push"), file, url});
        CHECK(push.exitCode == 1);
        CHECK(push.err.contains(QStringLiteral("the database belongs to another program")));
        CHECK(server.sql(other, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 1);
    }
    SECTION("an empty database holds no plans")
    {
        const QString url = server.url(server.newDatabase(QStringLiteral("empty")), QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": the database holds no Planverk plans; put one there with 'planverk-cli push FILE URL'"));
    }
    SECTION("a newer schema is read by no older Planverk")
    {
        const QString db = databaseWithPlan(QStringLiteral("newer"));
        server.sql(db, QStringLiteral("UPDATE planverk_schema SET version = %1").arg(ServerStore::kSchemaVersion + 1));
        const QString url = server.url(db, QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": the database was set up by a newer Planverk (server schema version %1; this version reads up to %2)")
                               .arg(ServerStore::kSchemaVersion + 1).arg(ServerStore::kSchemaVersion));
        CHECK(cli({QStringLiteral("push"), file, server.url(db, QStringLiteral("Ny plan"))}).exitCode == 1);
    }
    SECTION("a database of the first server schema (version 1: plans as JSON rows) is refused, not read as plans")
    {
        const QString old = server.newDatabase(QStringLiteral("jsonrows"));
        server.sql(old, QStringLiteral("CREATE TABLE planverk_schema (application text NOT NULL, version integer NOT NULL)"));
        server.sql(old, QStringLiteral("INSERT INTO planverk_schema VALUES ('planverk', 1)"));
        server.sql(old, QStringLiteral("CREATE TABLE plan (id bigint PRIMARY KEY, name text NOT NULL UNIQUE, head json NOT NULL)"));
        server.sql(old, QStringLiteral("INSERT INTO plan VALUES (1, 'Rik plan', '{}')"));
        const QString url = server.url(old, QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": the database holds plans of an older Planverk (server schema version 1, a plan as JSON rows), which this version does not read"));
        const Run push = cli({QStringLiteral("push"), file, server.url(old, QStringLiteral("Ny plan"))});
        CHECK(push.exitCode == 1);
        CHECK(push.err.contains(QStringLiteral("server schema version 1")));
        CHECK(server.sql(old, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt() == 2);
    }
    SECTION("a row edited by hand on the server is refused, not loaded")
    {
        const QString db = databaseWithPlan(QStringLiteral("edited"));
        const QString schema = server.sql(db, QStringLiteral("SELECT schema FROM planverk_plan WHERE name = 'Rik plan'")).toString();
        server.sql(db, QStringLiteral("UPDATE %1.action SET status = 'ferdig'").arg(schema));
        const QString url = server.url(db, QStringLiteral("Rik plan"));
        refused(url, url + QStringLiteral(": is damaged: table action, row "));
        refused(url, QStringLiteral("\"ferdig\" is not one of"));
    }
}

TEST_CASE("two editors on one plan: different fields are both kept, the same field is a conflict with both values", "[team][edit]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("edit"));
    const ServerLocation at = parseServerUrl(server.url(db, QStringLiteral("Rik plan")));
    ServerStore::createFrom(at, richPlan());
    const auto kari = ServerStore::open(at, ServerStore::Mode::ReadWrite);
    const auto ola = ServerStore::open(at, ServerStore::Mode::ReadWrite);
    const ServerStore::Versioned seenByKari = kari->loadVersioned();
    const ServerStore::Versioned seenByOla = ola->loadVersioned();
    const Goal goal = seenByKari.plan.goals[0];
    const qint64 seen = seenByKari.versions.value(goal.id);
    REQUIRE(seen == 1);

    // Kari changes the title, Ola (who saw the same version) the description: both kept.
    Goal karis = goal;
    karis.title = QStringLiteral("Kari sin tittel");
    const EditResult<Goal> k = kari->update(goal, karis, seen);
    CHECK(k.outcome == EditOutcome::Applied);
    CHECK(k.version == 2);
    Goal olas = goal;
    olas.description = QStringLiteral("Ola sin beskrivelse");
    const EditResult<Goal> o = ola->update(goal, olas, seenByOla.versions.value(goal.id));
    CHECK(o.outcome == EditOutcome::Merged);
    CHECK(o.fields == QStringList{QStringLiteral("title")});
    CHECK(o.version == 3);
    CHECK(o.current.title == QStringLiteral("Kari sin tittel"));
    CHECK(o.current.description == QStringLiteral("Ola sin beskrivelse"));
    const Goal onServer = ServerStore::open(at, ServerStore::Mode::ReadOnly)->load().goals[0];
    CHECK(onServer.title == QStringLiteral("Kari sin tittel"));
    CHECK(onServer.description == QStringLiteral("Ola sin beskrivelse"));

    // Both change the title from what they saw: the second is told, nothing is overwritten.
    Goal karis2 = o.current;
    karis2.title = QStringLiteral("Kari igjen");
    REQUIRE(kari->update(o.current, karis2, o.version).outcome == EditOutcome::Applied);
    Goal olas2 = o.current;
    olas2.title = QStringLiteral("Ola vil ha denne");
    const EditResult<Goal> clash = ola->update(o.current, olas2, o.version);
    CHECK(clash.outcome == EditOutcome::Conflict);
    CHECK(clash.fields == QStringList{QStringLiteral("title")});
    CHECK(clash.current.title == QStringLiteral("Kari igjen")); // theirs; Ola's own is olas2
    CHECK(clash.version == 4);
    CHECK(ServerStore::open(at, ServerStore::Mode::ReadOnly)->load().goals[0].title == QStringLiteral("Kari igjen"));
    // Ola keeps his own, knowingly: written against the version he has now seen.
    const EditResult<Goal> keep = ola->update(clash.current, olas2, clash.version);
    CHECK(keep.outcome == EditOutcome::Applied);
    CHECK(ServerStore::open(at, ServerStore::Mode::ReadOnly)->load().goals[0].title == QStringLiteral("Ola vil ha denne"));
}

TEST_CASE("a second store on the plan learns of a change within a second, by its id", "[team][notify]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("notify"));
    const ServerLocation at = parseServerUrl(server.url(db, QStringLiteral("Rik plan")));
    ServerStore::createFrom(at, richPlan());
    const auto writer = ServerStore::open(at, ServerStore::Mode::ReadWrite);
    const auto reader = ServerStore::open(at, ServerStore::Mode::ReadWrite);
    QList<QPair<QUuid, qint64>> heard, heardByWriter;
    reader->onChange([&](const QUuid &id, qint64 version) { heard.append({id, version}); });
    writer->onChange([&](const QUuid &id, qint64 version) { heardByWriter.append({id, version}); });

    const ServerStore::Versioned seen = writer->loadVersioned();
    Action changed = seen.plan.actions[0];
    changed.status = QStringLiteral("done");
    QElapsedTimer clock;
    clock.start();
    REQUIRE(writer->update(seen.plan.actions[0], changed, seen.versions.value(changed.id)).outcome == EditOutcome::Applied);
    while (heard.isEmpty() && clock.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].first == changed.id);
    CHECK(heard[0].second == 2);
    CHECK(clock.elapsed() < 1000);
    // The reader reloads the one entry it was told of.
    const auto reloaded = reader->entry<Action>(heard[0].first);
    REQUIRE(reloaded.has_value());
    CHECK(reloaded->value == changed);
    CHECK(reloaded->version == 2);
    CHECK_FALSE(reader->entry<Action>(QUuid::createUuid()).has_value());
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(heardByWriter.isEmpty()); // one's own changes are not news
}

TEST_CASE("a client killed in the middle of a push leaves nothing half-written", "[team][kill]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("kill"));
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.json"));
    QProcess make;
    make.start(binPath(QStringLiteral("planverk-make-synthetic")), {big});
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);
    const QString url = server.url(db, QStringLiteral("Stor plan"));
    // A plan there already, so that the schema exists and the killed push is all rows.
    REQUIRE(cli({QStringLiteral("push"), sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")), server.url(db, QStringLiteral("Troms"))}).exitCode == 0);

    QProcess child;
    child.start(binPath(QStringLiteral("planverk-cli")), {QStringLiteral("push"), big, url});
    REQUIRE(child.waitForStarted());
    // Killed once its transaction has written rows (the server gave it a transaction id).
    int written = 0;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && child.state() == QProcess::Running) {
        written = server.sql(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_xid IS NOT NULL "
                                                                         "AND application_name = 'planverk'"), {db}).toInt();
        if (written > 0)
            break;
        QThread::msleep(5);
    }
    REQUIRE(written == 1);
    ::kill(pid_t(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    // The server rolls the transaction back when the connection goes: no plan, no rows.
    const QDeadlineTimer gone(10000);
    while (!gone.hasExpired() && server.sql(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_xid IS NOT NULL"), {db}).toInt() > 0)
        QThread::msleep(10);
    CHECK(server.sql(db, QStringLiteral("SELECT count(*) FROM planverk_plan WHERE name = 'Stor plan'")).toInt() == 0);
    CHECK(server.sql(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'plan\\_%'")).toInt() == 1); // Troms' schema alone
    const Run read = cli({QStringLiteral("export"), url, QStringLiteral("-")});
    CHECK(read.err.contains(QStringLiteral("no such plan; the plans in the database are \"Troms\"")));
    // And the push can be made again, whole.
    const Plan plan = readPlanJsonFile(big);
    ServerStore::createFrom(parseServerUrl(url), plan);
    CHECK(ServerStore::open(parseServerUrl(url), ServerStore::Mode::ReadOnly)->load() == plan);
}

TEST_CASE("a role with read-only grants opens plans read-only, its writes refused with a message", "[team][roles]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("roles"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(file, richPlan());
    ServerStore::createFrom(parseServerUrl(server.url(db, QStringLiteral("Rik plan"))), richPlan());
    const QString role = db + QStringLiteral("_leser");
    server.sql(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    server.sql(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role));
    const QString schema = server.sql(db, QStringLiteral("SELECT schema FROM planverk_plan WHERE name = 'Rik plan'")).toString();
    server.sql(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, role));
    server.sql(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, role));
    const QString url = server.url(db, QStringLiteral("Rik plan"), role);

    const auto store = ServerStore::open(parseServerUrl(url), ServerStore::Mode::ReadWrite);
    CHECK(store->isReadOnly());
    CHECK(store->readOnlyReason() == QStringLiteral("the role %1 may only read plans in this database").arg(role));
    CHECK(store->load() == richPlan());
    CHECK(messageOf([&] { store->saveVersion(QStringLiteral("Utkast"), {}); })
          == url + QStringLiteral(": is open read-only (the role %1 may only read plans in this database); the change was not saved").arg(role));

    const Run snapshot = cli({QStringLiteral("snapshot"), url, QStringLiteral("Utkast")});
    CHECK(snapshot.exitCode == 1);
    CHECK(snapshot.err.contains(QStringLiteral("is open read-only (the role %1 may only read plans in this database)").arg(role)));
    CHECK(server.sql(db, QStringLiteral("SELECT count(*) FROM %1.plan_version").arg(schema)).toInt() == 0);
    const Run push = cli({QStringLiteral("push"), file, server.url(db, QStringLiteral("Ny"), role)});
    CHECK(push.exitCode == 1);
    CHECK(push.err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("after a server restart the store connects again, and while the server is down it says so", "[team][restart]")
{
    PgTestServer server = PgTestServer::startPrivate(); // its own: the others' connections stay up
    const QString db = server.newDatabase(QStringLiteral("restart"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(file, richPlan());
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    const auto store = ServerStore::createFrom(parseServerUrl(url), richPlan());
    store->saveVersion(QStringLiteral("Før omstart"), {});

    server.restart();
    CHECK(store->load() == richPlan());
    CHECK(store->versions().size() == 1); // what was acknowledged before the restart is there
    store->saveVersion(QStringLiteral("Etter omstart"), {});
    CHECK(store->versions().size() == 2);

    {
        // Stopped for good: the message says what happened, with the plan's URL.
        PgTestServer gone = std::move(server);
    }
    const QString message = messageOf([&] { store->load(); });
    CHECK(message.startsWith(url + QStringLiteral(": lost the connection to the server and cannot connect again")));
}
