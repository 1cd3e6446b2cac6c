// Every write the editor makes, on a plan on a server (issue 15): through the
// one store interface (store/planstore.h), the same plan as in a file after
// the same edits, and each edit heard by another editor on the plan.
#include "testserver.h"
#include "../unit/testsupport.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "model/plandocument.h"
#include "model/planerror.h"
#include "store/planstore.h"
#include "store/serverstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {

QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x5c, 0x4a));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

// richPlan() with a follow-up: a period, a report on its action, an indicator on its main goal.
Plan planWithFollowup()
{
    Plan p = richPlan();
    ReportingPeriod period{QUuid::createUuidV5(QUuid(), QStringLiteral("p2021")), QStringLiteral("2021"), QDate(2021, 1, 1), QDate(2022, 1, 31), false};
    p.followup.periods = {period};
    StatusReport r;
    r.id = QUuid::createUuidV5(QUuid(), QStringLiteral("r1"));
    r.action = p.actions[0].id;
    r.period = period.id;
    r.status = QStringLiteral("on-track");
    r.progress = 40;
    p.followup.reports = {r};
    Indicator i;
    i.id = QUuid::createUuidV5(QUuid(), QStringLiteral("i1"));
    i.goal = p.goals[0].id;
    i.name = QStringLiteral("Antall EU-prosjekter");
    i.values = {{period.id, 3, {}, {}}};
    p.followup.indicators = {i};
    return p;
}

// Processes events until `heard` has something or a second has passed.
bool waitFor(const QList<QPair<QUuid, qint64>> &heard)
{
    QElapsedTimer clock;
    clock.start();
    while (heard.isEmpty() && clock.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !heard.isEmpty();
}

QStringList versionNames(PlanStore &store)
{
    QStringList out;
    for (const VersionInfo &v : store.versions())
        out << v.name + '/' + v.status;
    return out;
}

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

TEST_CASE("every write of the editor on a server plan: the same plan as in a file, each heard by the other editor", "[team][writes]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("writes"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    QTemporaryDir dir;
    const Plan start = planWithFollowup();
    PlanDocument inFile(PlanStore::createFrom(dir.filePath(QStringLiteral("rik.planverk")), start));
    ServerStore::createFrom(parseServerUrl(url), start);
    // The editor opens the URL as it opens a file: the one factory.
    PlanDocument onServer(PlanStore::open(url, PlanStore::Mode::ReadWrite));
    REQUIRE(onServer.store().isServer());
    CHECK(onServer.path() == parseServerUrl(url).display());
    CHECK(exportPlanJson(onServer.plan()) == exportPlanJson(inFile.plan()));

    const auto other = ServerStore::open(parseServerUrl(url), PlanStore::Mode::ReadWrite);
    QList<QPair<QUuid, qint64>> heard;
    other->onChange([&](const QUuid &id, qint64 version) { heard.append({id, version}); });

    const auto both = [&](const char *what, const std::function<void(PlanDocument &)> &edit) {
        INFO(what);
        // What the previous step's later transactions announced is not this step's news.
        QElapsedTimer quiet;
        quiet.start();
        while (quiet.elapsed() < 100)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        heard.clear();
        edit(inFile);
        edit(onServer);
        CHECK(waitFor(heard));
        // What another editor opening the plan now reads is what the file holds.
        CHECK(exportPlanJson(PlanStore::open(url, PlanStore::Mode::ReadOnly)->load()) == exportPlanJson(inFile.store().load()));
        CHECK(versionNames(onServer.store()) == versionNames(inFile.store()));
    };
    const Goal main = start.goals[0];
    const QUuid sub1 = main.subgoals[0].id, sub2 = main.subgoals[1].id, kultur = start.themes[0].id;

    both("insert a goal and a sub-goal", [&](PlanDocument &d) {
        d.insert(Goal{QUuid::createUuidV5(QUuid(), QStringLiteral("g-new")), QStringLiteral("Nytt mål"), {}, {}, {kultur}, {3}, {}}, QUuid(), 1);
        d.insert(Goal{QUuid::createUuidV5(QUuid(), QStringLiteral("s-new")), QStringLiteral("Nytt delmål"), {}, {}, {}, {}, {}}, main.id, 0);
    });
    CHECK(heard.size() >= 2);
    both("update a goal's own fields", [&](PlanDocument &d) {
        Goal g = *findEntity<Goal>(d.plan(), sub1);
        g.title = QStringLiteral("Videreutvikle kulturlivet i hele fylket");
        d.update(g);
    });
    CHECK(heard.contains(qMakePair(sub1, qint64(2))));
    both("move a theme and a sub-goal to the top", [&](PlanDocument &d) {
        d.move<Theme>(start.themes[1].id, QUuid(), 0);
        d.move<Goal>(sub2, QUuid(), 3);
    });
    both("insert an amendment under a processing step", [&](PlanDocument &d) {
        Amendment a;
        a.id = QUuid::createUuidV5(QUuid(), QStringLiteral("a-new"));
        a.proposers = QStringLiteral("H");
        a.text = QStringLiteral("Nytt forslag.");
        a.outcome = QStringLiteral("rejected");
        d.insert(a, start.processing[1].id, 1);
    });
    both("remove a theme that goals link to: the links go with it", [&](PlanDocument &d) { d.remove<Theme>(kultur); });
    CHECK(heard.contains(qMakePair(kultur, qint64(0))));
    CHECK(findEntity<Goal>(PlanStore::open(url, PlanStore::Mode::ReadOnly)->load(), sub1)->themes.isEmpty());
    both("the settings, with a change of status: a version made", [&](PlanDocument &d) {
        PlanInfo info = d.plan().info;
        info.title = QStringLiteral("Internasjonal strategi");
        info.status = QStringLiteral("archived");
        d.setInfo(info);
    });
    CHECK(heard.contains(qMakePair(QUuid(), qint64(2)))); // the plan's own row
    const Plan head = other->loadHead(); // what "plan <version>" announces: the settings, pictures, follow-up
    CHECK(head.info == inFile.store().load().info);
    CHECK(head.followup == inFile.store().load().followup);
    CHECK(head.goals.isEmpty());
    CHECK(onServer.store().versions().size() == 1);
    both("a logo", [&](PlanDocument &d) { d.setPicture(PictureRole::Logo, Picture{QStringLiteral("image/png"), pngBytes(), QStringLiteral("Logo")}); });
    both("the follow-up: a report's progress", [&](PlanDocument &d) {
        Followup f = d.plan().followup;
        f.reports[0].progress = 80;
        d.setFollowup(f);
    });
    both("a version", [&](PlanDocument &d) { d.saveVersion(QStringLiteral("Før opprydding"), QStringLiteral("notat")); });
    CHECK(heard == (QList<QPair<QUuid, qint64>>{{QUuid(), 0}}));
    both("remove the action that has a report: the report stays, as in a file ('check' reports it)", [&](PlanDocument &d) { d.remove<Action>(start.actions[0].id); });
    CHECK(PlanStore::open(url, PlanStore::Mode::ReadOnly)->load().followup.reports.size() == 1);
    both("several edits in one transaction", [&](PlanDocument &d) {
        d.batch([&] {
            d.remove<Contact>(start.contacts[0].id);
            d.remove<Reference>(start.references[0].id);
        });
    });
    CHECK(heard.size() == 2);
}

TEST_CASE("an edit of a goal on the server keeps its indicators", "[team][writes]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("indicators"));
    const ServerLocation at = parseServerUrl(server.url(db, QStringLiteral("Med indikatorer")));
    ServerStore::createFrom(at, planWithFollowup());
    const auto store = ServerStore::open(at, PlanStore::Mode::ReadWrite);
    const ServerStore::Versioned seen = store->loadVersioned();
    REQUIRE(seen.plan.followup.indicators.size() == 1);
    Goal changed = seen.plan.goals[0];
    changed.title = QStringLiteral("Ny tittel");
    REQUIRE(store->update(seen.plan.goals[0], changed, seen.versions.value(changed.id)).outcome == EditOutcome::Applied);
    CHECK(store->load().followup.indicators == seen.plan.followup.indicators);
    changed.description = QStringLiteral("Og en beskrivelse.");
    store->update(changed); // the plain write of the interface
    const Plan now = store->load();
    CHECK(now.goals[0].description == QStringLiteral("Og en beskrivelse."));
    CHECK(now.followup.indicators == seen.plan.followup.indicators);
}

TEST_CASE("an edit that would point at or under an entry another editor removed is refused, the plan left whole", "[team][writes]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("removed"));
    const QString url = server.url(db, QStringLiteral("Rik plan"));
    const Plan start = richPlan();
    ServerStore::createFrom(parseServerUrl(url), start);
    const auto kari = PlanStore::open(url, PlanStore::Mode::ReadWrite);
    const auto ola = PlanStore::open(url, PlanStore::Mode::ReadWrite);
    kari->remove<Theme>(start.themes[1].id);
    kari->remove<Processing>(start.processing[0].id);
    Goal g = start.goals[1];
    g.themes = {start.themes[1].id}; // Ola still sees the theme
    const QString refused = messageOf([&] { ola->update(g); });
    CHECK(refused.contains(QStringLiteral("which another editor has removed; the change was not saved")));
    CHECK(refused.startsWith(parseServerUrl(url).display()));
    Amendment a;
    a.id = QUuid::createUuid();
    a.text = QStringLiteral("x");
    CHECK(messageOf([&] { ola->insert(a, start.processing[0].id, 0); }).contains(QStringLiteral("is not in the plan (removed by another editor?)")));
    ola->remove<Theme>(start.themes[1].id); // removed already: nothing to do
    const Plan now = PlanStore::open(url, PlanStore::Mode::ReadOnly)->load();
    CHECK(now.themes.size() == 1);
    CHECK(now.goals[1].themes.isEmpty());
}

TEST_CASE("URL@NAME names a version of a plan on a server, as FILE@NAME does", "[team][writes]")
{
    PgTestServer &server = PgTestServer::shared();
    const QString db = server.newDatabase(QStringLiteral("atversion"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(file, richPlan())->saveVersion(QStringLiteral("Vedtatt 2021"), {});
    const QString url = server.url(db, QStringLiteral("Plan"));
    REQUIRE(cli({QStringLiteral("push"), file, url}).exitCode == 0);
    const Run fromFile = cli({QStringLiteral("export"), file + QStringLiteral("@Vedtatt 2021"), QStringLiteral("-")});
    const Run fromServer = cli({QStringLiteral("export"), url + QStringLiteral("@Vedtatt 2021"), QStringLiteral("-")});
    REQUIRE(fromServer.exitCode == 0);
    CHECK(fromServer.out == fromFile.out);
    const Run unknown = cli({QStringLiteral("render"), url + QStringLiteral("@Utkast"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.html"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(parseServerUrl(url).display() + QStringLiteral("@Utkast: no such version")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.html"))));
}
