// planverk-bench team [PLAN.json] [EDITORS] [EDITS]: several planners on one
// plan on a PostgreSQL server (issue 15). A throw-away server is started
// (tests/pg/pgserver.sh: a unix socket, fsync off) and the plan (default: the
// 600-goal synthetic plan) pushed to it; opening it from the server is timed.
// Then EDITORS (5) threads, each with its own connection, make EDITS (200)
// edits each as fast as they can: a goal's title or description (one of 50
// goals, at random), written with the version the editor saw
// (ServerStore::update); an entry another editor changed (a notification
// heard) is reloaded before it is edited, as the editor refreshes its page in
// place, so a conflict is a real race: two edits of one field within the
// propagation time. A conflict is settled by keeping one's own value,
// written again against the version now seen (until it is written). Every editor listens for the
// others' changes. Reported: edits per second, commit latency (median, p95),
// propagation latency from an acknowledged commit to another editor's
// notification handler (median, p95, and how many arrived), conflicts and
// merges, and edits lost: an acknowledged value that the server does not hold
// at the end, or was not in the entry after the edit that wrote it.
#include "bench.h"

#include "io/planjson.h"
#include "io/planlocation.h"
#include "model/plandocument.h"
#include "model/plansync.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace planverk;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

qint64 nowNs() { return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

struct Written {
    QUuid goal;
    qint64 version;
    QString field; // "title" or "description"
    QString value;
    Goal after;    // the entry as the server held it after this edit
};

struct Shared {
    QMutex mutex;
    QHash<QString, qint64> committedAt; // "uuid version" -> when the writer's commit was acknowledged
    std::vector<Written> written;
    std::vector<double> commitMs;
    std::vector<QPair<QString, qint64>> heard; // "uuid version", when heard
    int conflicts = 0, merges = 0;
    std::atomic<int> running{0};
};

QString runScript(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PLANVERK_SOURCE_DIR "/tests/pg/pgserver.sh"), args);
    p.waitForFinished(120000);
    if (p.exitCode() != 0)
        std::cerr << p.readAllStandardError().constData();
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

} // namespace

int benchTeam(const QString &planJson, int editors, int edits)
{
    QTemporaryDir work;
    QString planFile = planJson;
    if (planFile.isEmpty()) {
        planFile = work.filePath(QStringLiteral("synthetic.json"));
        QProcess make;
        make.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("planverk-make-synthetic")), {planFile});
        make.waitForFinished(120000);
    }
    const Plan plan = readPlanJsonFile(planFile);
    if (plan.goals.isEmpty()) {
        std::cerr << "the plan has no goals to edit\n";
        return 1;
    }

    const QString state = work.filePath(QStringLiteral("server.state"));
    const QString socket = runScript({QStringLiteral("start"), state, QString::number(::getpid())});
    if (socket.isEmpty())
        return 1;
    struct Stop {
        QString state;
        ~Stop() { runScript({QStringLiteral("stop"), state}); }
    } stop{state};
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(socket);
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(QStringLiteral("planverk"));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE bench"))) {
            std::cerr << admin.lastError().text().toStdString() << "\n";
            return 1;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    const ServerLocation at = parseServerUrl(QStringLiteral("postgresql://planverk@%1/bench?plan=Bench").arg(QString::fromLatin1(QUrl::toPercentEncoding(socket))));

    int goals = 0;
    forEachEntry<Goal>(plan, [&](const Goal &) { ++goals; });
    QElapsedTimer t;
    t.start();
    ServerStore::createFrom(at, plan);
    const double pushMs = t.nsecsElapsed() / 1e6;
    std::vector<double> openMs;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        const Plan loaded = ServerStore::open(at, ServerStore::Mode::ReadOnly)->load();
        openMs.push_back(t.nsecsElapsed() / 1e6);
        if (i == 0 && exportPlanJson(loaded) != exportPlanJson(plan)) {
            std::cerr << "the plan read from the server is not the plan pushed\n";
            return 1;
        }
    }
    std::cout << "plan: " << goals << " goals and sub-goals; push " << pushMs << " ms; open from the server (connect, check, load), median of 5: "
              << percentile(openMs, 0.5) << " ms\n";

    // The writes that change the plan's shape read it whole (store/serverstore.h): timed on this plan.
    {
        const auto store = ServerStore::open(at, ServerStore::Mode::ReadWrite);
        std::vector<double> insertMs, moveMs, removeMs, settingsMs;
        for (int i = 0; i < 5; ++i) {
            const Theme theme{QUuid::createUuid(), QStringLiteral("Benk %1").arg(i), {}};
            t.restart();
            store->insert(theme, QUuid(), 0);
            insertMs.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            store->move<Theme>(theme.id, QUuid(), 1000);
            moveMs.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            store->remove<Theme>(theme.id);
            removeMs.push_back(t.nsecsElapsed() / 1e6);
            PlanInfo info = plan.info;
            info.caseNumber = QStringLiteral("%1/26").arg(i);
            t.restart();
            store->updateInfo(info);
            settingsMs.push_back(t.nsecsElapsed() / 1e6);
        }
        std::cout << "on this plan, median of 5: insert " << percentile(insertMs, 0.5) << " ms, move " << percentile(moveMs, 0.5) << " ms, remove "
                  << percentile(removeMs, 0.5) << " ms, settings " << percentile(settingsMs, 0.5) << " ms\n";
    }

    // To an open document: from another editor's acknowledged commit of a
    // goal's title to the document's changed() (PlanSync, with its 20 ms
    // debounce), what the editor's page and preview wait for; median of 20.
    {
        PlanDocument writer(ServerStore::open(at, ServerStore::Mode::ReadWrite));
        PlanDocument reader(ServerStore::open(at, ServerStore::Mode::ReadWrite));
        PlanSync sync(&reader);
        qint64 changedAt = 0;
        QObject::connect(&reader, &PlanDocument::changed, [&](EntityKind, const QUuid &) { changedAt = nowNs(); });
        std::vector<double> documentMs;
        for (int i = 0; i < 20; ++i) {
            Goal g = writer.plan().goals[i % writer.plan().goals.size()];
            g.title = QStringLiteral("Endret %1").arg(i);
            changedAt = 0;
            writer.update(g);
            const qint64 committed = nowNs();
            QElapsedTimer wait;
            wait.start();
            while (changedAt == 0 && wait.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (changedAt)
                documentMs.push_back((changedAt - committed) / 1e6);
        }
        std::cout << "another editor's edit of a goal to an open document's changed(), median of 20: " << percentile(documentMs, 0.5) << " ms, p95 "
                  << percentile(documentMs, 0.95) << " ms (" << documentMs.size() << " of 20 arrived)\n";
    }

    const int hot = std::min<int>(50, int(plan.goals.size()));
    Shared shared;
    shared.running = editors;
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int e = 0; e < editors; ++e) {
        threads.emplace_back(QThread::create([&, e] {
            auto store = ServerStore::open(at, ServerStore::Mode::ReadWrite);
            QSet<QUuid> stale; // told of another's change: reloaded before this editor edits it
            store->onChange([&](const QUuid &id, qint64 version) {
                const qint64 when = nowNs();
                stale.insert(id);
                QMutexLocker lock(&shared.mutex);
                shared.heard.push_back({id.toString(QUuid::WithoutBraces) + ' ' + QString::number(version), when});
            });
            ServerStore::Versioned seen = store->loadVersioned();
            QRandomGenerator random(quint32(1000 + e));
            for (int n = 0; n < edits; ++n) {
                QCoreApplication::processEvents();
                Goal &before = seen.plan.goals[int(random.bounded(hot))];
                if (stale.remove(before.id)) { // the page refreshed in place, as the editor does
                    if (const auto now = store->entry<Goal>(before.id)) {
                        before = now->value;
                        seen.versions[before.id] = now->version;
                    }
                }
                Goal after = before;
                const bool title = random.bounded(2) == 0;
                const QString value = QStringLiteral("Redaktør %1, endring %2").arg(e + 1).arg(n + 1);
                (title ? after.title : after.description) = value;
                qint64 start = nowNs();
                EditResult<Goal> r = store->update(before, after, seen.versions.value(before.id));
                while (r.outcome == EditOutcome::Conflict) {
                    {
                        QMutexLocker lock(&shared.mutex);
                        ++shared.conflicts;
                    }
                    // The user keeps their own value, having seen the other's.
                    start = nowNs();
                    r = store->update(r.current, after, r.version);
                }
                const qint64 done = nowNs();
                QMutexLocker lock(&shared.mutex);
                if (r.outcome == EditOutcome::Merged)
                    ++shared.merges;
                shared.commitMs.push_back((done - start) / 1e6);
                shared.committedAt.insert(before.id.toString(QUuid::WithoutBraces) + ' ' + QString::number(r.version), done);
                shared.written.push_back({before.id, r.version, title ? QStringLiteral("title") : QStringLiteral("description"), value, r.current});
                before = r.current;
                seen.versions[before.id] = r.version;
            }
            --shared.running;
            // Hear the others out.
            QElapsedTimer tail;
            tail.start();
            while (shared.running > 0 || tail.elapsed() < 500) {
                if (shared.running > 0)
                    tail.restart();
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                QThread::msleep(1);
            }
        }));
    }
    for (auto &th : threads)
        th->start();
    for (auto &th : threads)
        th->wait();
    const double seconds = wall.nsecsElapsed() / 1e9;

    // Propagation: each acknowledged commit, heard by each other editor.
    std::vector<double> propagation;
    for (const auto &[key, when] : shared.heard) {
        const auto c = shared.committedAt.constFind(key);
        if (c != shared.committedAt.constEnd())
            propagation.push_back(std::max<qint64>(0, when - *c) / 1e6);
    }
    const size_t expected = shared.written.size() * size_t(editors - 1);

    // Lost edits: the server's final goals against the last acknowledged write of each.
    const Plan final = ServerStore::open(at, ServerStore::Mode::ReadOnly)->load();
    QHash<QUuid, const Written *> last;
    int lost = 0;
    for (const Written &w : shared.written) {
        if ((w.field == QLatin1String("title") ? w.after.title : w.after.description) != w.value)
            ++lost; // not in the entry right after the edit that wrote it
        const Written *&l = last[w.goal];
        if (!l || l->version < w.version)
            l = &w;
    }
    for (const Goal &g : final.goals)
        if (const Written *w = last.value(g.id))
            if (g.title != w->after.title || g.description != w->after.description)
                ++lost;

    const size_t acknowledged = shared.written.size();
    std::cout << editors << " editors x " << edits << " edits on " << hot << " goals: " << acknowledged << " acknowledged in " << seconds << " s = "
              << acknowledged / seconds << " edits/s\n"
              << "commit latency: median " << percentile(shared.commitMs, 0.5) << " ms, p95 " << percentile(shared.commitMs, 0.95) << " ms\n"
              << "propagation to the other editors: median " << percentile(propagation, 0.5) << " ms, p95 " << percentile(propagation, 0.95)
              << " ms (" << propagation.size() << " of " << expected << " notifications heard)\n"
              << "conflicts detected: " << shared.conflicts << "; edits merged with another's: " << shared.merges << "\n"
              << "edits lost: " << lost << "\n";
    return lost == 0 ? 0 : 1;
}
