// Two editors' documents on one plan on a server (issue 15): an edit in one
// appears in the other within a second, in place (the entry announced as
// changed, the views keep their place); entries added or removed there
// rebuild it; a server that goes down is seen at once (read-only, with the
// reason) and, when it is back, the plan is read again.
#include "testserver.h"
#include "../unit/testsupport.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "model/plandocument.h"
#include "model/editconflict.h"
#include "model/plansync.h"
#include "store/planstore.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace planverk;
using namespace planverk::test;

namespace {

bool waitUntil(const std::function<bool()> &done, int ms = 1000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace

TEST_CASE("two editors on one server plan: an edit in one appears in the other, in place", "[team][sync]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("sync"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    PlanDocument kari(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanDocument ola(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanSync karisSync(&kari), olasSync(&ola);
    REQUIRE(olasSync.isActive());
    QList<QUuid> changedForOla;
    int rebuiltForOla = 0;
    QObject::connect(&ola, &PlanDocument::changed, [&](EntityKind, const QUuid &id) { changedForOla << id; });
    QObject::connect(&ola, &PlanDocument::replaced, [&] { ++rebuiltForOla; });

    // Kari changes a goal's title: Ola's document has it, announced as that goal changed.
    Goal g = kari.plan().goals[1];
    g.title = QStringLiteral("Kari sin nye tittel");
    QElapsedTimer clock;
    clock.start();
    kari.update(g);
    REQUIRE(waitUntil([&] { return !changedForOla.isEmpty(); }));
    CHECK(clock.elapsed() < 1000);
    CHECK(changedForOla == QList<QUuid>{g.id});
    CHECK(rebuiltForOla == 0);
    CHECK(ola.plan().goals[1].title == QStringLiteral("Kari sin nye tittel"));

    // Kari's settings and a new theme: Ola's document is the plan on the server.
    PlanInfo info = kari.plan().info;
    info.caseNumber = QStringLiteral("8/21");
    kari.setInfo(info);
    kari.insert(Theme{QUuid::createUuid(), QStringLiteral("Klima"), {}}, QUuid(), 2);
    REQUIRE(waitUntil([&] { return ola.plan() == kari.plan(); }));
    CHECK(rebuiltForOla == 1);
    CHECK(ola.plan().info.caseNumber == QStringLiteral("8/21"));
    // Ola's own edits are not read back as news.
    int readBackForOla = 0;
    QObject::connect(&olasSync, &PlanSync::refreshed, [&] { ++readBackForOla; });
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    readBackForOla = 0;
    Goal o = ola.plan().goals[0];
    o.description = QStringLiteral("Ola skriver.");
    ola.update(o);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    CHECK(readBackForOla == 0);
    REQUIRE(waitUntil([&] { return kari.plan().goals[0].description == QStringLiteral("Ola skriver."); }));
}

TEST_CASE("another editor's change is taken by reading what the notification names, not the whole plan", "[team][sync]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("names"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    PlanDocument kari(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanDocument ola(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanSync olasSync(&ola);
    int infoForOla = 0, versionsForOla = 0, rebuiltForOla = 0;
    QList<QUuid> changedForOla;
    QObject::connect(&ola, &PlanDocument::infoChanged, [&] { ++infoForOla; });
    QObject::connect(&ola, &PlanDocument::versionsChanged, [&] { ++versionsForOla; });
    QObject::connect(&ola, &PlanDocument::replaced, [&] { ++rebuiltForOla; });
    QObject::connect(&ola, &PlanDocument::changed, [&](EntityKind, const QUuid &id) { changedForOla << id; });

    // The plan's own row: the settings, in place.
    PlanInfo info = kari.plan().info;
    info.caseNumber = QStringLiteral("9/26");
    kari.setInfo(info);
    REQUIRE(waitUntil([&] { return infoForOla > 0; }));
    CHECK(ola.plan().info.caseNumber == QStringLiteral("9/26"));
    // A version Kari keeps: Ola's list of versions is told.
    kari.saveVersion(QStringLiteral("Utkast"), {});
    CHECK(waitUntil([&] { return versionsForOla > 0; }));

    // The actions' rows damaged on the server (by hand, a status that is no
    // status): the plan cannot be read whole any more, but one goal can, and
    // Kari's edit of it reaches Ola.
    const QString schema = server.sql(db, QStringLiteral("SELECT schema FROM planverk_plan WHERE name = 'Rik plan'")).toString();
    REQUIRE_FALSE(kari.plan().actions.isEmpty());
    server.sql(db, QStringLiteral("UPDATE %1.action SET status = 'ferdig'").arg(schema));
    // (Both announcements most likely come in one burst: the damaged row does not keep the goal out.)
    Goal g = kari.plan().goals[1];
    g.title = QStringLiteral("Bare dette målet leses");
    kari.update(g);
    REQUIRE(waitUntil([&] { return changedForOla.contains(g.id); }));
    CHECK(ola.plan().goals[1].title == QStringLiteral("Bare dette målet leses"));
    CHECK(rebuiltForOla == 0);
    CHECK(ola.plan().actions == kari.plan().actions); // the damaged rows were not taken
}

TEST_CASE("a server that goes down: the editor's document is read-only with the reason at once, and read again when it is back", "[team][sync]")
{
    PgTestServer server = PgTestServer::startPrivate();
    const QString db = server.newDatabase(QStringLiteral("down"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    PlanDocument kari(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanSync sync(&kari);
    QStringList said;
    QObject::connect(&sync, &PlanSync::connectionChanged, [&](const QString &problem) { said << problem; });
    CHECK_FALSE(kari.isReadOnly());

    server.halt();
    sync.check(); // the heartbeat's check, without waiting for it
    REQUIRE(said.size() == 1);
    CHECK(said[0].startsWith(parseServerUrl(url).display() + QStringLiteral(": lost the connection to the server")));
    CHECK(kari.isReadOnly()); // edits refused until it is back

    server.resume();
    // Meanwhile another editor changed the plan.
    {
        const auto other = PlanStore::open(url, PlanStore::Mode::ReadWrite);
        Goal g = richPlan().goals[1];
        g.title = QStringLiteral("Endret mens Kari var frakoblet");
        other->update(g);
    }
    sync.check();
    REQUIRE(said.size() == 2);
    CHECK(said[1].isEmpty());
    CHECK_FALSE(kari.isReadOnly());
    CHECK(kari.plan().goals[1].title == QStringLiteral("Endret mens Kari var frakoblet"));
    // Listening again: a change now arrives by itself.
    const auto other = PlanStore::open(url, PlanStore::Mode::ReadWrite);
    Goal g = kari.plan().goals[0];
    g.title = QStringLiteral("Etter omstart");
    other->update(g);
    CHECK(waitUntil([&] { return kari.plan().goals[0].title == QStringLiteral("Etter omstart"); }));
}

TEST_CASE("the same field changed by two editors: the second is offered both values and may keep either", "[team][sync]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("conflict"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    PlanDocument kari(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanDocument ola(PlanStore::open(url, PlanStore::Mode::ReadWrite)); // no events processed: Ola has not heard of Kari's edit yet
    Goal k = kari.plan().goals[1];
    k.title = QStringLiteral("Karis tittel");
    kari.update(k);
    Goal o = ola.plan().goals[1];
    o.title = QStringLiteral("Olas tittel");
    o.area = QStringLiteral("Kultur"); // another field: no conflict there
    try {
        ola.update(o);
        FAIL("no conflict");
    } catch (const EditConflict &c) {
        REQUIRE(c.fields().size() == 1);
        CHECK(c.fields()[0].key == QStringLiteral("title"));
        CHECK(c.fields()[0].theirs == QStringLiteral("Karis tittel"));
        CHECK(c.fields()[0].mine == QStringLiteral("Olas tittel"));
        CHECK(c.toString().contains(QStringLiteral("nothing was saved")));
        // Nothing written; Ola's document shows Kari's title.
        CHECK(PlanStore::open(url, PlanStore::Mode::ReadOnly)->load().goals[1].title == QStringLiteral("Karis tittel"));
        CHECK(ola.plan().goals[1].title == QStringLiteral("Karis tittel"));
        // Ola keeps his own, knowingly.
        c.keepMine();
    }
    const Plan now = PlanStore::open(url, PlanStore::Mode::ReadOnly)->load();
    CHECK(now.goals[1].title == QStringLiteral("Olas tittel"));
    CHECK(now.goals[1].area == QStringLiteral("Kultur"));
    CHECK(ola.plan().goals[1] == now.goals[1]);
}

TEST_CASE("undo of one's own edit after another editor changed the entry says so instead of overwriting", "[team][sync]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("undo"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    PlanDocument kari(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    PlanSync sync(&kari);
    const Goal before = kari.plan().goals[1];
    Goal mine = before;
    mine.description = QStringLiteral("Kari skrev dette.");
    kari.update(mine);

    // Nobody else has touched it: undo writes the old value back.
    kari.setUndoing(true);
    kari.update(before);
    kari.setUndoing(false);
    CHECK(PlanStore::open(url, PlanStore::Mode::ReadOnly)->load().goals[1].description == before.description);

    // Kari edits again; Ola changes the same goal; Kari's undo is refused, Ola's work stays.
    kari.update(mine);
    {
        const auto ola = PlanStore::open(url, PlanStore::Mode::ReadWrite);
        Goal g = mine;
        g.title = QStringLiteral("Ola endret tittelen");
        ola->update(g);
    }
    REQUIRE(waitUntil([&] { return kari.plan().goals[1].title == QStringLiteral("Ola endret tittelen"); }));
    kari.setUndoing(true);
    QString refused;
    try {
        kari.update(before);
    } catch (const PlanError &e) {
        refused = e.toString();
    }
    kari.setUndoing(false);
    CHECK(refused.contains(QStringLiteral("another editor has changed the goal")));
    CHECK(refused.contains(QStringLiteral("undoing it would overwrite their work, so it was not undone")));
    const Plan now = PlanStore::open(url, PlanStore::Mode::ReadOnly)->load();
    CHECK(now.goals[1].title == QStringLiteral("Ola endret tittelen"));
    CHECK(now.goals[1].description == QStringLiteral("Kari skrev dette."));
}

TEST_CASE("who else has the plan open: the other editors' roles, not one's own connection", "[team][sync]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("who"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    ServerStore::createFrom(parseServerUrl(url), richPlan());
    ServerStore::createFrom(parseServerUrl(server.url(db, QStringLiteral("En annen plan"))), richPlan());
    const auto kari = ServerStore::open(parseServerUrl(url), PlanStore::Mode::ReadWrite);
    CHECK(kari->sessions().isEmpty());
    {
        const auto ola = ServerStore::open(parseServerUrl(url), PlanStore::Mode::ReadOnly);
        const auto elsewhere = ServerStore::open(parseServerUrl(server.url(db, QStringLiteral("En annen plan"))), PlanStore::Mode::ReadOnly);
        const QList<ServerStore::Session> others = kari->sessions();
        REQUIRE(others.size() == 1); // Ola, not the editor of the other plan
        CHECK(others[0].role == QStringLiteral("planverk"));
        CHECK(others[0].since.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }
    CHECK(waitUntil([&] { return kari->sessions().isEmpty(); }, 3000)); // closed: gone
}
