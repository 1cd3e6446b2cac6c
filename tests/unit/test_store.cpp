#include "testsupport.h"

#include "model/planerror.h"
#include "store/planstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace planverk;
using namespace planverk::test;

namespace {

template<class T>
T named(const QString &name)
{
    T e;
    e.id = newId();
    setName(e, name);
    return e;
}

template<class T>
QStringList names(const QList<T> &list)
{
    QStringList out;
    for (const T &e : list)
        out << nameOf(e);
    return out;
}

struct TempFile {
    QTemporaryDir dir;
    QString path(const QString &name = QStringLiteral("plan.planverk")) const { return dir.filePath(name); }
};

Plan reopened(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

// The message PlanStore::open gives for `path`, or "" when it opens.
QString openError(const QString &path, PlanStore::Mode mode = PlanStore::Mode::ReadWrite)
{
    try {
        PlanStore::open(path, mode);
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A new plan file holds what was written after reopening", "[store]")
{
    TempFile t;
    const Plan plan = richPlan();
    PlanStore::createFrom(t.path(), plan);
    CHECK(reopened(t.path()) == plan);
    CHECK(PlanStore::open(t.path(), PlanStore::Mode::ReadOnly)->integrityProblems().isEmpty());
}

TEST_CASE("The file identifies itself as a Planverk plan of the current schema", "[store]")
{
    TempFile t;
    PlanStore::create(t.path());
    const QByteArray h = readAll(t.path()).left(100);
    CHECK(h.startsWith(QByteArray("SQLite format 3\0", 16)));
    CHECK(h.mid(68, 4) == QByteArray("PLVK"));                      // application_id
    CHECK(h.mid(60, 4) == QByteArray("\0\0\0", 3) + char(PlanStore::kSchemaVersion)); // user_version
    CHECK(h[18] == 1); // a rollback journal, never a write-ahead log (docs/file-safety.md)
    CHECK(h[19] == 1);
    CHECK_THROWS_WITH(PlanStore::create(t.path()), Catch::Contains("exists already"));
}

TEMPLATE_TEST_CASE("Every top-level kind can be added and changed and reordered and deleted", "[store]",
                   Section, Goal, Theme, Instrument, Membership, Partnership, Action, Processing, Contact, Reference)
{
    TempFile t;
    const Plan plan = richPlan();
    auto store = PlanStore::createFrom(t.path(), plan);
    const QStringList before = names(Kind<TestType>::list(plan));

    TestType a = named<TestType>(QStringLiteral("Første «nye»"));
    TestType b = named<TestType>(QStringLiteral("Andre 'nye'"));
    store->insert(a, {}, 0);
    store->insert(b, {}, 1000); // past the end: appended
    CHECK(names(Kind<TestType>::list(reopened(t.path()))) == QStringList{nameOf(a)} + before + QStringList{nameOf(b)});

    setName(a, QStringLiteral("Første, omdøpt"));
    store->update(a);
    Plan now = reopened(t.path());
    CHECK(Kind<TestType>::list(now).first() == a);

    store->move<TestType>(a.id, {}, 1000);
    store->move<TestType>(b.id, {}, 0);
    CHECK(names(Kind<TestType>::list(reopened(t.path()))) == QStringList{nameOf(b)} + before + QStringList{nameOf(a)});

    store->remove<TestType>(b.id);
    store->remove<TestType>(a.id);
    CHECK(reopened(t.path()) == plan);
    CHECK_THROWS_WITH(store->remove<TestType>(a.id), Catch::Contains("has no"));
}

TEST_CASE("Children - sub-goals and nested sections and amendments", "[store]")
{
    TempFile t;
    Plan plan = richPlan();
    auto store = PlanStore::createFrom(t.path(), plan);
    const QUuid mainGoal = plan.goals[0].id;
    const QUuid otherGoal = plan.goals[1].id;

    SECTION("a sub-goal is added under its goal and can move to another goal")
    {
        Goal sub = named<Goal>(QStringLiteral("Næring og internasjonalt samarbeid"));
        sub.sdgs = {8, 9};
        store->insert(sub, mainGoal, 1);
        Plan p = reopened(t.path());
        CHECK(names(p.goals[0].subgoals) == QStringList{QStringLiteral("Videreutvikle kulturlivet"), sub.title, QStringLiteral("Grønne transportløsninger")});
        CHECK(p.goals[0].subgoals[1].sdgs == QList<int>{8, 9});

        store->move<Goal>(sub.id, otherGoal, 0);
        p = reopened(t.path());
        CHECK(p.goals[0].subgoals.size() == 2);
        CHECK(names(p.goals[1].subgoals) == QStringList{sub.title});
        // Positions stay contiguous: a new sub-goal at the end lands after the others.
        store->insert(named<Goal>(QStringLiteral("Siste")), mainGoal, 99);
        CHECK(names(reopened(t.path()).goals[0].subgoals).last() == QStringLiteral("Siste"));
    }
    SECTION("removing a goal removes its sub-goals and every link to them")
    {
        store->remove<Goal>(mainGoal);
        const Plan p = reopened(t.path());
        REQUIRE(p.goals.size() == 1);
        CHECK(p.memberships[0].goals.isEmpty()); // AER served the main goal and a sub-goal
        CHECK(p.actions[0].goals.isEmpty());
    }
    SECTION("a goal restored with its sub-goals (undo of delete) comes back whole")
    {
        const Goal g = plan.goals[0];
        store->remove<Goal>(g.id);
        store->insert(g, {}, 0);
        CHECK(reopened(t.path()).goals == plan.goals);
    }
    SECTION("nested sections")
    {
        Section s = named<Section>(QStringLiteral("Målgruppe og virkemidler"));
        s.sections = {named<Section>(QStringLiteral("Prosjektutvikling")), named<Section>(QStringLiteral("Politikkoppfølging"))};
        store->insert(s, plan.sections[0].sections[0].id, 0);
        const Plan p = reopened(t.path());
        CHECK(p.sections[0].sections[0].sections == QList<Section>{s});
    }
    SECTION("amendments belong to a processing step")
    {
        Amendment a = named<Amendment>(QStringLiteral("FrP"));
        a.text = QStringLiteral("Stryke punkt 3.");
        a.votesFor = 3;
        const QUuid ft = plan.processing[1].id;
        store->insert(a, ft, 0);
        Plan p = reopened(t.path());
        REQUIRE(p.processing[1].amendments.size() == 2);
        CHECK(p.processing[1].amendments[0] == a);
        store->move<Amendment>(a.id, plan.processing[0].id, 0);
        p = reopened(t.path());
        CHECK(p.processing[0].amendments == QList<Amendment>{a});
        CHECK(p.processing[1].amendments.size() == 1);
    }
    SECTION("removing a theme removes it from the goals that had it")
    {
        store->remove<Theme>(plan.themes[0].id);
        const Plan p = reopened(t.path());
        CHECK(p.goals[0].subgoals[0].themes.isEmpty());
        CHECK(p.goals[0].subgoals[1].themes == QList<QUuid>{plan.themes[1].id});
    }
    SECTION("links keep their order")
    {
        Goal g = plan.goals[0].subgoals[1];
        g.themes = {plan.themes[0].id, plan.themes[1].id};
        store->update(g);
        CHECK(reopened(t.path()).goals[0].subgoals[1].themes == g.themes);
    }
    SECTION("plan settings")
    {
        PlanInfo info = plan.info;
        info.title = QStringLiteral("Ny tittel med \"anførsel\" og 'apostrof'");
        info.periodEnd.reset();
        info.adoptedDate = QDate();
        store->updateInfo(info);
        CHECK(reopened(t.path()).info == info);
    }
}

TEST_CASE("A failed change rolls back and leaves the file as it was", "[store]")
{
    TempFile t;
    const Plan plan = richPlan();
    auto store = PlanStore::createFrom(t.path(), plan);

    SECTION("an id that exists already")
    {
        Theme dup = plan.themes[0];
        dup.title = QStringLiteral("Duplikat");
        CHECK_THROWS_AS(store->insert(dup, {}, 0), PlanError);
    }
    SECTION("a link to a theme that is not in the file")
    {
        Goal g = plan.goals[0].subgoals[0];
        g.title = QStringLiteral("Endret tittel");
        g.themes = {plan.themes[1].id, newId()};
        CHECK_THROWS_AS(store->update(g), PlanError); // the title change goes too
    }
    SECTION("a whole-plan replace that fails half way")
    {
        Plan bad = plan;
        bad.memberships[0].goals = {newId()};
        CHECK_THROWS_AS(store->replaceAll(bad), PlanError);
    }
    CHECK(reopened(t.path()) == plan);
    CHECK(store->load() == plan);
}

TEST_CASE("A read-only store refuses changes", "[store]")
{
    TempFile t;
    PlanStore::createFrom(t.path(), richPlan());
    auto ro = PlanStore::open(t.path(), PlanStore::Mode::ReadOnly);
    CHECK(ro->isReadOnly());
    CHECK_THROWS_WITH(ro->updateInfo(PlanInfo{}), Catch::Contains("read-only"));
}

TEST_CASE("A consistent copy of an open file", "[store]")
{
    TempFile t;
    const Plan plan = richPlan();
    auto store = PlanStore::createFrom(t.path(), plan);
    store->copyTo(t.path(QStringLiteral("kopi.planverk")));
    CHECK(reopened(t.path(QStringLiteral("kopi.planverk"))) == plan);
    CHECK_THROWS_WITH(store->copyTo(t.path(QStringLiteral("kopi.planverk"))), Catch::Contains("exists already"));
}

TEST_CASE("Files of schema version 1 are migrated", "[store][migration]")
{
    TempFile t;
    const QString fixture = sourcePath(QStringLiteral("tests/fixtures/plan-v1.planverk"));
    const QString path = t.path(QStringLiteral("gammel.planverk"));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path);

    SECTION("reading an old file leaves it untouched")
    {
        auto ro = PlanStore::open(path, PlanStore::Mode::ReadOnly);
        CHECK(ro->openedSchemaVersion() == 1);
        const Plan p = ro->load();
        CHECK(p.info.title == QStringLiteral("Internasjonal strategi 2014–2018"));
        CHECK(names(p.themes) == QStringList{QStringLiteral("Samferdsel og miljø"), QStringLiteral("Nærings- og samfunnsutvikling"), QStringLiteral("Ungdom og opplæring")});
        REQUIRE(p.contacts.size() == 1);
        CHECK(p.contacts[0].group.isEmpty()); // added in version 2
        CHECK(p.references.isEmpty());
        ro.reset();
        CHECK(readAll(path) == original);
    }
    SECTION("opening it for editing upgrades it in place")
    {
        auto rw = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        CHECK(rw->openedSchemaVersion() == 1);
        Reference r{newId(), QStringLiteral("Akershus2030"), {}, {}};
        rw->insert(r, {}, 0);
        rw.reset();
        CHECK(readAll(path).mid(60, 4) == QByteArray("\0\0\0", 3) + char(PlanStore::kSchemaVersion));
        const Plan p = reopened(path);
        CHECK(p.references == QList<Reference>{r});
        CHECK(p.themes.size() == 3);
    }
}

TEST_CASE("Bad plan files give a clear error and are not modified", "[store][errors]")
{
    TempFile t;
    const QString path = t.path(QStringLiteral("dårlig \"fil\".planverk"));
    auto expectRefused = [&](const QString &reason) {
        const QByteArray before = readAll(path);
        for (auto mode : {PlanStore::Mode::ReadWrite, PlanStore::Mode::ReadOnly}) {
            const QString msg = openError(path, mode);
            CHECK(msg.startsWith(path + QStringLiteral(": ")));
            CHECK(msg.contains(reason));
        }
        CHECK(readAll(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    };

    SECTION("missing") { CHECK(openError(path) == path + QStringLiteral(": no such file")); }
    SECTION("empty")
    {
        writeAll(path, {});
        expectRefused(QStringLiteral("the file is empty"));
    }
    SECTION("random bytes")
    {
        QByteArray junk(8192, '\0');
        QRandomGenerator gen(42);
        for (char &c : junk)
            c = char(gen.bounded(256));
        writeAll(path, junk);
        expectRefused(QStringLiteral("not an SQLite database"));
    }
    SECTION("a JSON plan given where a plan file was expected")
    {
        writeAll(path, "{\"format\": \"planverk-plan\"}");
        expectRefused(QStringLiteral("is a JSON file"));
    }
    SECTION("an SQLite database of another program")
    {
        rawSql(path, {QStringLiteral("CREATE TABLE notes(x)"), QStringLiteral("INSERT INTO notes VALUES (1)")});
        expectRefused(QStringLiteral("SQLite database of another program"));
    }
    SECTION("a plan from a newer Planverk")
    {
        PlanStore::createFrom(path, richPlan());
        rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
        expectRefused(QStringLiteral("newer Planverk (schema version 99"));
    }
    SECTION("a truncated plan file")
    {
        PlanStore::createFrom(path, richPlan());
        const QByteArray whole = readAll(path);
        REQUIRE(whole.size() > 8192);
        writeAll(path, whole.left(whole.size() / 2));
        expectRefused(QStringLiteral("truncated"));
    }
    SECTION("a damaged plan file")
    {
        PlanStore::createFrom(path, richPlan());
        QByteArray whole = readAll(path);
        const int pageSize = (uchar(whole[16]) << 8) | uchar(whole[17]);
        for (int i = pageSize; i < whole.size(); ++i) // every page after the first
            whole[i] = char(0xA5 ^ (i * 7));
        writeAll(path, whole);
        expectRefused(QStringLiteral("damaged"));
    }
    SECTION("a folder") { CHECK(openError(t.dir.path()).endsWith(QStringLiteral("is a folder, not a plan file"))); }
}
