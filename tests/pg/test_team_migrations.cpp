// The same migrations on a plan file and on a plan's schema on a server
// (issue 15, docs/team.md): every script of resources/schema/migrations run on
// a new file and, translated (store/sqldialect.h), in a new plan schema gives
// the same tables with the same columns; a plan schema at an older migration
// level is brought up with its rows; the plan tables' SQL (store/plantables.h)
// reads and writes a plan in a schema as it does in a file; plans in one
// database stay apart; every committed change is announced by ids.
#include "testserver.h"
#include "../unit/testsupport.h"

#include "model/planerror.h"
#include "store/filestore.h"
#include "store/planschema.h"
#include "store/serverstore.h"
#include "store/plantables.h"
#include "store/sqlconnection.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {

// A connection to `database` on the test server.
struct PgConnection {
    SqlConnection conn;
    explicit PgConnection(const QString &database)
    {
        QSqlDatabase db = conn.add(QStringLiteral("QPSQL"), QStringLiteral("migrations-test"));
        db.setHostName(PgTestServer::shared().socketDir());
        db.setPort(5432);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("planverk"));
        if (!db.open())
            FAIL(db.lastError().text().toStdString());
    }
    QSqlDatabase db() const { return conn.db(); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    }
    // Runs `work` in one transaction with the plan's schema first on the search path.
    template<class F> void inPlan(const QString &schema, F &&work) const
    {
        exec(QStringLiteral("BEGIN"));
        exec(QStringLiteral("SET LOCAL search_path TO %1").arg(schema));
        try {
            work();
        } catch (...) {
            exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        exec(QStringLiteral("COMMIT"));
    }
    void migrate(const QString &schema, qint64 planId, int from, int to) const
    {
        exec(QStringLiteral("BEGIN"));
        planschema::migrate(db(), schema, planId, from, to, QStringLiteral("test"));
        exec(QStringLiteral("COMMIT"));
    }
};

// "table.column type notnull" of every column, sorted: SQLite's declared
// types, PostgreSQL's mapped back to them.
QStringList fileColumns(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrations-file"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT m.name, p.name, upper(p.type), p.\"notnull\" OR p.pk > 0 FROM sqlite_schema m, pragma_table_info(m.name) p "
                                      "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")));
        while (q.next())
            out << QStringLiteral("%1.%2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool() ? QStringLiteral("not null") : QStringLiteral("null"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrations-file"));
    out.sort();
    return out;
}

QStringList schemaColumns(const PgConnection &pg, const QString &schema)
{
    QStringList out;
    QSqlQuery q(pg.db());
    q.prepare(QStringLiteral("SELECT table_name, column_name, CASE data_type WHEN 'bigint' THEN 'INTEGER' WHEN 'text' THEN 'TEXT' "
                             "WHEN 'double precision' THEN 'REAL' WHEN 'bytea' THEN 'BLOB' ELSE data_type END, is_nullable = 'NO' "
                             "FROM information_schema.columns WHERE table_schema = ? AND table_name <> 'schema_version' AND column_name <> 'row_version'"));
    q.bindValue(0, schema);
    REQUIRE(q.exec());
    while (q.next())
        out << QStringLiteral("%1.%2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool() ? QStringLiteral("not null") : QStringLiteral("null"));
    out.sort();
    return out;
}

// What the plan's channel said within `ms` milliseconds.
QStringList heard(QSqlDriver *driver, int ms)
{
    QStringList out;
    auto c = QObject::connect(driver, &QSqlDriver::notification, driver,
                              [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) { out << payload.toString(); });
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(c);
    return out;
}

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

} // namespace

TEST_CASE("every migration gives a new plan file and a new plan schema the same tables and columns", "[team][migrations]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new.planverk"));
    FileStore::create(file);
    const QStringList inFile = fileColumns(file);
    REQUIRE(inFile.size() > 100);

    PgConnection pg(PgTestServer::shared().newDatabase(QStringLiteral("migrations")));
    pg.migrate(QStringLiteral("plan_1"), 1, 0, PlanStore::kSchemaVersion);
    CHECK(planschema::version(pg.db(), QStringLiteral("plan_1"), QStringLiteral("test")) == PlanStore::kSchemaVersion);
    const QStringList inSchema = schemaColumns(pg, QStringLiteral("plan_1"));
    QStringList missing, extra;
    for (const QString &c : inFile)
        if (!inSchema.contains(c))
            missing << c;
    for (const QString &c : inSchema)
        if (!inFile.contains(c))
            extra << c;
    INFO("in the file, not on the server: " << missing.join(QStringLiteral("; ")).toStdString());
    INFO("on the server, not in the file: " << extra.join(QStringLiteral("; ")).toStdString());
    CHECK(missing.isEmpty());
    CHECK(extra.isEmpty());
}

TEST_CASE("a migration statement the server cannot run is refused, naming the script", "[team][migrations]")
{
    CHECK(sqldialect::toPostgreSQL(QStringLiteral("CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    n INTEGER,\n    x REAL,\n    b BLOB\n) WITHOUT ROWID"),
                                   QStringLiteral("006-x.sql"))
          == QStringLiteral("CREATE TABLE t (\n    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n    n bigint,\n    x double precision,\n    b bytea\n)"));
    try {
        sqldialect::toPostgreSQL(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)"), QStringLiteral("006-x.sql"));
        FAIL("AUTOINCREMENT was carried over");
    } catch (const PlanError &e) {
        CHECK(e.toString().contains(QStringLiteral("006-x.sql")));
        CHECK(e.toString().contains(QStringLiteral("AUTOINCREMENT")));
    }
}

TEST_CASE("the plan tables' SQL reads and writes a plan in its schema on a server as in a file", "[team][migrations]")
{
    PgConnection pg(PgTestServer::shared().newDatabase(QStringLiteral("tables")));
    pg.migrate(QStringLiteral("plan_1"), 1, 0, PlanStore::kSchemaVersion);
    const PlanTables tables(pg.conn, QStringLiteral("server"), SqlDialect::PostgreSQL);
    const Plan plan = richPlan();
    pg.inPlan(QStringLiteral("plan_1"), [&] { tables.replaceAll(plan); });
    Plan back;
    pg.inPlan(QStringLiteral("plan_1"), [&] { back = tables.load(); });
    CHECK(back == plan);

    // The same edits as in a file give the same plan.
    QTemporaryDir dir;
    auto file = FileStore::createFrom(dir.filePath(QStringLiteral("same.planverk")), plan);
    Goal g = plan.goals[0];
    g.title = QStringLiteral("Endret tittel");
    g.themes.clear();
    Goal sub;
    sub.id = QUuid::createUuid();
    sub.title = QStringLiteral("Nytt delmål");
    pg.inPlan(QStringLiteral("plan_1"), [&] {
        tables.updateEntry(&g);
        tables.insertEntry(&sub, g.id, 0);
        tables.moveEntry(std::type_identity<Goal>{}, plan.goals.last().id, {}, 0);
        tables.removeEntry(std::type_identity<Theme>{}, plan.themes[0].id);
    });
    file->update(g);
    file->insert(sub, g.id, 0);
    file->move<Goal>(plan.goals.last().id, {}, 0);
    file->remove<Theme>(plan.themes[0].id);
    pg.inPlan(QStringLiteral("plan_1"), [&] { back = tables.load(); });
    CHECK(back == file->load());
}

TEST_CASE("a plan schema left at migration 4 is brought to 5 with its rows", "[team][migrations]")
{
    PgConnection pg(PgTestServer::shared().newDatabase(QStringLiteral("older")));
    pg.migrate(QStringLiteral("plan_3"), 3, 0, 4);
    CHECK(planschema::version(pg.db(), QStringLiteral("plan_3"), QStringLiteral("test")) == 4);
    const QString goal = idText(QUuid::createUuid()), theme = idText(QUuid::createUuid());
    pg.exec(QStringLiteral("UPDATE plan_3.plan_info SET title = 'Internasjonal strategi', language = 'nn'"));
    pg.exec(QStringLiteral("INSERT INTO plan_3.theme (uuid, position, title) VALUES ('%1', 0, 'Klima')").arg(theme));
    pg.exec(QStringLiteral("INSERT INTO plan_3.goal (uuid, position, title) VALUES ('%1', 0, 'Økt samarbeid')").arg(goal));
    pg.exec(QStringLiteral("INSERT INTO plan_3.goal_themes (owner, target, position) VALUES ('%1', '%2', 0)").arg(goal, theme));
    QSqlQuery q(pg.db());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM plan_3.indicator"))); // not there at 4

    pg.migrate(QStringLiteral("plan_3"), 3, 4, PlanStore::kSchemaVersion);
    CHECK(planschema::version(pg.db(), QStringLiteral("plan_3"), QStringLiteral("test")) == 5);
    const PlanTables tables(pg.conn, QStringLiteral("server"), SqlDialect::PostgreSQL);
    Plan p;
    pg.inPlan(QStringLiteral("plan_3"), [&] { p = tables.load(); });
    CHECK(p.info.title == QStringLiteral("Internasjonal strategi"));
    CHECK(p.info.language == QStringLiteral("nn"));
    REQUIRE(p.goals.size() == 1);
    CHECK(p.goals[0].title == QStringLiteral("Økt samarbeid"));
    CHECK(p.goals[0].themes == QList<QUuid>{QUuid::fromString(theme)});
    CHECK(p.followup.indicators.isEmpty());
    CHECK(schemaColumns(pg, QStringLiteral("plan_3")).contains(QStringLiteral("indicator.goal TEXT not null")));
}

TEST_CASE("two plans in one database stay apart, each announced on its own channel", "[team][migrations]")
{
    const QString database = PgTestServer::shared().newDatabase(QStringLiteral("apart"));
    PgConnection pg(database), listener(database);
    pg.migrate(QStringLiteral("plan_1"), 1, 0, PlanStore::kSchemaVersion);
    pg.migrate(QStringLiteral("plan_2"), 2, 0, PlanStore::kSchemaVersion);
    const PlanTables tables(pg.conn, QStringLiteral("server"), SqlDialect::PostgreSQL);
    Plan one = richPlan(), two;
    two.info.title = QStringLiteral("Samarbeidsavtale Innlandet–Dalarna");
    Goal g2;
    g2.id = QUuid::createUuid();
    g2.title = QStringLiteral("Grenseløst samarbeid");
    two.goals = {g2};
    pg.inPlan(QStringLiteral("plan_1"), [&] { tables.replaceAll(one); });
    pg.inPlan(QStringLiteral("plan_2"), [&] { tables.replaceAll(two); });

    QSqlDriver *driver = listener.db().driver();
    REQUIRE(driver->subscribeToNotification(planschema::channel(1)));
    REQUIRE(driver->subscribeToNotification(planschema::channel(2)));
    QStringList onOne, onTwo;
    QObject::connect(driver, &QSqlDriver::notification, driver, [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
        (name == planschema::channel(1) ? onOne : onTwo) << payload.toString();
    });

    // An edit of a goal's title and its themes: one version more, announced once.
    Goal g = one.goals[0];
    g.title = QStringLiteral("Ny tittel");
    g.themes = {one.themes.last().id};
    pg.inPlan(QStringLiteral("plan_1"), [&] { tables.updateEntry(&g); });
    heard(driver, 300);
    CHECK(onOne == QStringList{idText(g.id) + QStringLiteral(" 2")});
    CHECK(onTwo.isEmpty());

    // Only the links changed: the owner's version goes up and it is announced.
    onOne.clear();
    g.themes = {one.themes.first().id};
    pg.inPlan(QStringLiteral("plan_1"), [&] { tables.updateEntry(&g); });
    heard(driver, 300);
    CHECK(onOne == QStringList{idText(g.id) + QStringLiteral(" 3")});

    // Settings and follow-up: "plan <version>"; a removal: "<uuid> 0".
    onOne.clear();
    pg.inPlan(QStringLiteral("plan_2"), [&] {
        PlanInfo info = two.info;
        info.subtitle = QStringLiteral("2024–2027");
        tables.writeInfo(info);
        tables.removeEntry(std::type_identity<Goal>{}, g2.id);
    });
    heard(driver, 300);
    CHECK(onOne.isEmpty());
    CHECK(onTwo.filter(QRegularExpression(QStringLiteral("^plan [0-9]+$"))).size() == 1);
    CHECK(onTwo.contains(idText(g2.id) + QStringLiteral(" 0")));

    Plan back1, back2;
    pg.inPlan(QStringLiteral("plan_1"), [&] { back1 = tables.load(); });
    pg.inPlan(QStringLiteral("plan_2"), [&] { back2 = tables.load(); });
    CHECK(back1.goals[0].title == QStringLiteral("Ny tittel"));
    CHECK(back1.goals.size() == one.goals.size());
    CHECK(back2.goals.isEmpty());
    CHECK(back2.info.title == two.info.title);
    CHECK(back1.info.title == one.info.title);
}

TEST_CASE("a plan whose schema is at an older migration is brought up when opened for editing, read-only it is refused", "[team][migrations]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString database = server.newDatabase(QStringLiteral("oldplan"));
    ServerStore::createFrom(parseServerUrl(server.url(database, QStringLiteral("Ny"))), richPlan()); // the catalog
    PgConnection pg(database);
    // A plan left at migration 4 by an older Planverk, with a goal in it.
    pg.exec(QStringLiteral("INSERT INTO planverk_plan (id, name, schema) VALUES (7, 'Gammel', 'plan_7')"));
    pg.migrate(QStringLiteral("plan_7"), 7, 0, 4);
    const QString goal = idText(QUuid::createUuid());
    pg.exec(QStringLiteral("INSERT INTO plan_7.goal (uuid, position, title) VALUES ('%1', 0, 'Økt samarbeid')").arg(goal));
    const ServerLocation at = parseServerUrl(server.url(database, QStringLiteral("Gammel")));

    try {
        ServerStore::open(at, PlanStore::Mode::ReadOnly);
        FAIL("an older plan schema was read");
    } catch (const PlanError &e) {
        CHECK(e.toString() == at.display() + QStringLiteral(": the plan has an older Planverk schema (version 4); open it once for editing to update it"));
    }
    const auto store = ServerStore::open(at, PlanStore::Mode::ReadWrite);
    CHECK(store->openedSchemaVersion() == 4);
    CHECK(planschema::version(pg.db(), QStringLiteral("plan_7"), QStringLiteral("test")) == PlanStore::kSchemaVersion);
    const Plan p = store->load();
    REQUIRE(p.goals.size() == 1);
    CHECK(p.goals[0].title == QStringLiteral("Økt samarbeid"));
    // The follow-up of migration 5 is there and written like any other.
    Plan withFollowup = p;
    withFollowup.followup.periods = {ReportingPeriod{QUuid::createUuid(), QStringLiteral("2025"), QDate(2025, 1, 1), QDate(2026, 1, 31), false}};
    store->replaceFollowup(withFollowup.followup);
    CHECK(ServerStore::open(at, PlanStore::Mode::ReadOnly)->load() == withFollowup);

    // A plan schema of a newer Planverk is read by no older one.
    pg.exec(QStringLiteral("UPDATE plan_7.schema_version SET version = %1").arg(PlanStore::kSchemaVersion + 1));
    for (const auto mode : {PlanStore::Mode::ReadOnly, PlanStore::Mode::ReadWrite}) {
        try {
            ServerStore::open(at, mode);
            FAIL("a newer plan schema was read");
        } catch (const PlanError &e) {
            CHECK(e.toString() == at.display() + QStringLiteral(": the plan was written by a newer Planverk (plan schema version %1; this version reads up to %2)")
                                                      .arg(PlanStore::kSchemaVersion + 1).arg(PlanStore::kSchemaVersion));
        }
    }
}
