// Plan files edited by hand (with the sqlite3 tool, or by an attacker): each
// is refused by `check` and `export` with the table, the row and the reason
// and exit code 1, never repaired, dropped or crashed on, and every byte of
// the file stays as it was (no -wal or -shm left beside it either).
//
// The files are built at test time: richPlan() written by the store, then
// changed through a plain SQLite connection with foreign keys and CHECK
// constraints off, as a hand edit could leave them.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace planverk;
using namespace planverk::test;

namespace {

// Ids of richPlan() rows the edits refer to.
const QString kMainGoal = QUuid::createUuidV5(QUuid(), QStringLiteral("4")).toString(QUuid::WithoutBraces);
const QString kSubGoal = QUuid::createUuidV5(QUuid(), QStringLiteral("5")).toString(QUuid::WithoutBraces);
const QString kTheme = QUuid::createUuidV5(QUuid(), QStringLiteral("1")).toString(QUuid::WithoutBraces);

// richPlan() in a new file at `path`, then `sql` run on it by hand.
void handEdit(const QString &path, const QStringList &sql)
{
    PlanStore::createFrom(path, richPlan());
    const QString name = QStringLiteral("hand-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA ignore_check_constraints = ON")} + sql) {
            INFO(s.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
            while (q.next()) {
            }
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Every file in `dir` with its bytes.
QMap<QString, QByteArray> contents(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        out.insert(f, readAll(QDir(dir).filePath(f)));
    return out;
}

// `check` and `export` refuse the file naming it and `reason`, exit 1, and
// leave every byte in its folder as it was.
void requireRefused(const QString &path, const QString &reason, const QStringList &commands = {QStringLiteral("check"), QStringLiteral("export")})
{
    const QString dir = QFileInfo(path).absolutePath();
    const auto before = contents(dir);
    for (const QString &command : commands) {
        INFO(command.toStdString());
        QStringList args{command, path};
        QTemporaryDir out;
        if (command == QLatin1String("export"))
            args << out.filePath(QStringLiteral("ut.json"));
        else if (command == QLatin1String("render"))
            args << QStringLiteral("-o") << out.filePath(QStringLiteral("ut.html"));
        const Run r = cli(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: ") + path + QStringLiteral(": is damaged: ")));
        CHECK(r.err.contains(reason));
        CHECK(r.err.count('\n') == 1);
        CHECK(QDir(out.path()).isEmpty());
        CHECK(contents(dir) == before);
    }
}

struct Case {
    const char *name;
    QStringList sql;
    const char *reason;
};

} // namespace

TEST_CASE("A plan file with every edit undone by hand still opens", "[store][handedited]")
{
    // The baseline of the cases below: the edit machinery alone changes nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    handEdit(path, {});
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load() == richPlan());
}

TEST_CASE("Rows edited by hand are refused with the table, row and reason", "[store][handedited][security]")
{
    const Case cases[] = {
        // Trees that do not end, or end too deep.
        {"section-own-ancestor",
         {QStringLiteral("UPDATE section SET parent = (SELECT uuid FROM section WHERE id = 2) WHERE id = 1")},
         "table section, row 1: the row is its own ancestor (parent chain row 1 → row 2 → row 1)"},
        {"section-own-parent", {QStringLiteral("UPDATE section SET parent = uuid WHERE id = 3")}, "table section, row 3: the row is its own ancestor (parent chain row 3 → row 3)"},
        {"three-level-goals",
         {QStringLiteral("INSERT INTO goal (uuid, parent, position, title) VALUES ('0b0b0b0b-0000-4000-8000-000000000001', '%1', 0, 'Under-delmål')").arg(kSubGoal)},
         "table goal, row 5, column parent: a sub-goal cannot have sub-goals of its own (goals have two levels)"},
        {"theme-with-parent", {QStringLiteral("UPDATE theme SET parent = uuid WHERE id = 2")}, "table theme, row 2, column parent"},
        // Ids.
        {"id-not-uuid", {QStringLiteral("UPDATE contact SET uuid = 'kontakt-1' WHERE id = 1")}, "table contact, row 1, column uuid: \"kontakt-1\" is not a UUID"},
        {"id-twice", {QStringLiteral("UPDATE reference SET uuid = '%1' WHERE id = 1").arg(kTheme)}, "table reference, row 1, column uuid: 11116e73-1c03-5de6-9130-5f9925ae8ab4 is the id of table theme, row 1 too"},
        // Numbers of the wrong type or out of range.
        {"budget-text", {QStringLiteral("UPDATE action SET budget = 'mye' WHERE id = 1")}, "table action, row 1, column budget: \"mye\" is not a whole number"},
        {"budget-1e308", {QStringLiteral("UPDATE action SET budget = 1e308 WHERE id = 1")}, "table action, row 1, column budget: 1e+308 is not a whole number"},
        {"votes-negative", {QStringLiteral("UPDATE amendment SET votes_against = -3 WHERE id = 1")}, "table amendment, row 1, column votes_against: -3 is out of range"},
        {"period-too-large", {QStringLiteral("UPDATE plan_info SET period_end = 99999999999")}, "table plan_info, column period_end: 99999999999 is out of range"},
        {"position-text", {QStringLiteral("UPDATE instrument SET position = 'først' WHERE id = 1")}, "table instrument, row 1, column position: \"først\" is not a whole number"},
        {"title-blob", {QStringLiteral("UPDATE goal SET title = x'00ff' WHERE id = 4")}, "table goal, row 4, column title: a blob of 2 bytes is not a text"},
        {"sdg-18", {QStringLiteral("INSERT INTO goal_sdgs (owner, target, position) VALUES ('%1', 18, 5)").arg(kMainGoal)},
         "column target: 18 is not a UN Sustainable Development Goal (1 to 17)"},
        {"sdg-5.5", {QStringLiteral("INSERT INTO goal_sdgs (owner, target, position) VALUES ('%1', 5.5, 5)").arg(kMainGoal)}, "column target: 5.5 is not a whole number"},
        {"second-settings-row", {QStringLiteral("INSERT INTO plan_info (id) VALUES (2)")}, "table plan_info, row 2: Planverk writes only row 1"},
        // References to rows that are not there.
        {"link-to-missing-goal",
         {QStringLiteral("INSERT INTO action_goals (owner, target, position) SELECT uuid, '0b0b0b0b-0000-4000-8000-000000000002', 1 FROM action")},
         "table action_goals, row with owner"},
        {"amendment-of-missing-processing", {QStringLiteral("UPDATE amendment SET parent = '0b0b0b0b-0000-4000-8000-000000000003'")},
         "table amendment, row 1, column parent: refers to an entry of table processing that is not there"},
    };
    QTemporaryDir dir;
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = QDir(dir.filePath(QString::fromLatin1(c.name))).filePath(QStringLiteral("plan.planverk"));
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        handEdit(path, c.sql);
        requireRefused(path, QString::fromUtf8(c.reason));
    }
}

TEST_CASE("A schema changed by hand is refused before any query reads it", "[store][handedited][security]")
{
    const Case cases[] = {
        // Endless or huge work hidden in the schema: refused at once.
        {"endless-view",
         {QStringLiteral("DROP TABLE reference"),
          QStringLiteral("CREATE VIEW reference AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                         "SELECT n AS id, '' AS uuid, NULL AS parent, n AS position, '' AS title, '' AS url, '' AS note FROM r")},
         "view reference: Planverk plan files have no views"},
        {"huge-generated-column", // 900 MB a row, never stored: added to the schema text after the rows
         {QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY)"), QStringLiteral("INSERT INTO big (id) VALUES (1), (2), (3)"),
          QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE big (id INTEGER PRIMARY KEY, "
                         "x TEXT GENERATED ALWAYS AS (printf(''%.*c'', 900000000, ''x'')) VIRTUAL NOT NULL)' WHERE name = 'big'")},
         "table big: not a table of a Planverk plan (schema version "}, // the number follows PlanStore::kSchemaVersion
        {"generated-column-in-plan-table",
         {QStringLiteral("ALTER TABLE contact ADD COLUMN x TEXT GENERATED ALWAYS AS (printf('%.*c', 300000000, 'x')) VIRTUAL")},
         "table contact, column x: a generated column; Planverk plan files have none"},
        {"trigger", {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON goal BEGIN DELETE FROM goal; END")},
         "trigger wipe on table goal: Planverk plan files have no triggers"},
        {"extra-index", {QStringLiteral("CREATE INDEX goal_title ON goal (title)")}, "index goal_title on table goal: not an index Planverk writes"},
        {"extra-column", {QStringLiteral("ALTER TABLE reference ADD COLUMN extra TEXT")}, "table reference, column extra: not a column Planverk writes"},
        {"missing-table", {QStringLiteral("DROP TABLE reference")}, "table reference is missing"},
        // Tables rebuilt without their constraints (here by editing the schema text).
        {"budget-declared-text",
         {QStringLiteral("PRAGMA writable_schema = ON"), QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'budget INTEGER', 'budget TEXT') WHERE name = 'action'")},
         "table action, column budget: declared type \"TEXT\" where Planverk writes \"INTEGER\""},
        {"sdgs-without-check",
         {QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (target BETWEEN 1 AND 17)', '') WHERE name = 'goal_sdgs'")},
         "table goal_sdgs: its definition is not the one Planverk writes"},
        {"links-without-foreign-key",
         {QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'target TEXT NOT NULL REFERENCES goal (uuid) ON DELETE CASCADE', 'target TEXT NOT NULL') WHERE name = 'action_goals'"),
          QStringLiteral("INSERT INTO action_goals (owner, target, position) SELECT uuid, '0b0b0b0b-0000-4000-8000-000000000002', 1 FROM action")},
         "table action_goals: its FOREIGN KEY constraints are not the ones Planverk writes"},
    };
    QTemporaryDir dir;
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = QDir(dir.filePath(QString::fromLatin1(c.name))).filePath(QStringLiteral("plan.planverk"));
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        handEdit(path, c.sql);
        QElapsedTimer t;
        t.start();
        requireRefused(path, QString::fromUtf8(c.reason));
        CHECK(t.elapsed() < 20000); // no endless query, no gigabytes
    }
}

TEST_CASE("100 000 sections chained as children are refused, not a crash", "[store][handedited][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    handEdit(path, {QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000) "
                                   "INSERT INTO section (uuid, parent, position, title) "
                                   "SELECT printf('0c0c0c0c-0000-4000-8000-%012d', n), "
                                   "       CASE WHEN n = 1 THEN NULL ELSE printf('0c0c0c0c-0000-4000-8000-%012d', n - 1) END, 5, 'Nivå ' || n FROM c")});
    requireRefused(path, QStringLiteral("table section, row 24, column parent: sections are nested more than 20 levels deep"),
                   {QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("render")});
}

TEST_CASE("Sections nest 20 levels deep and no deeper, in JSON and in the file", "[store][json][handedited]")
{
    auto nested = [](int levels) -> QByteArray {
        QByteArray s = "[]";
        for (int i = levels; i >= 1; --i)
            s = "[{\"title\": \"Nivå " + QByteArray::number(i) + "\", \"sections\": " + s + "}]";
        return "{\"format\": \"planverk-plan\", \"formatVersion\": 1, \"plan\": {\"title\": \"Dyp\"}, \"sections\": " + s + "}";
    };
    const Plan deepest = importPlanJson(nested(kMaxSectionDepth), QStringLiteral("dyp.json"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dyp.planverk"));
    PlanStore::createFrom(path, deepest);
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load() == deepest);

    QString message;
    try {
        importPlanJson(nested(kMaxSectionDepth + 1), QStringLiteral("dypere.json"));
    } catch (const PlanError &e) {
        message = e.toString();
    }
    CHECK(message == QStringLiteral("dypere.json: /sections/0") + QStringLiteral("/sections/0").repeated(kMaxSectionDepth - 1)
                         + QStringLiteral("/sections: sections are nested more than 20 levels deep"));
}
