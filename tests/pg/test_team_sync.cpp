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
