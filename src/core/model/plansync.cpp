#include "model/plansync.h"

#include "model/plandocument.h"
#include "model/planerror.h"
#include "store/serverstore.h"

#include <QHash>

#include <utility>

namespace planverk {

PlanSync::PlanSync(PlanDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_store = dynamic_cast<ServerStore *>(&document->store());
    if (!m_store)
        return;
    // A burst of notifications (a move renumbers siblings) is taken at once.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(20);
    connect(&m_debounce, &QTimer::timeout, this, &PlanSync::takeAnnounced);
    m_store->onChange([this](const QUuid &id, qint64 version) {
        m_announced.append({id, version});
        m_debounce.start();
    });
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PlanSync::check);
    m_heartbeat.start();
}

void PlanSync::refresh()
{
    if (!m_store)
        return;
    try {
        const ServerStore::Versioned now = m_store->loadVersioned();
        if (m_document->takeStored(now.plan, now.versions))
            Q_EMIT refreshed();
    } catch (const PlanError &) {
        check(); // a lost connection is said by check(); a plan that cannot be read stays as shown
    }
}

void PlanSync::takeAnnounced()
{
    const QList<QPair<QUuid, qint64>> announced = std::exchange(m_announced, {});
    if (!m_store || announced.isEmpty())
        return;
    // The latest version of each entry announced; the plan's row; versions saved.
    QList<QUuid> order;
    QHash<QUuid, qint64> latest;
    bool head = false;
    bool versions = false;
    for (const auto &[id, version] : announced) {
        if (id.isNull()) {
            (version == 0 ? versions : head) = true;
            continue;
        }
        if (version == 0) // removed: the plan is read whole
            return refresh();
        if (!latest.contains(id))
            order << id;
        latest[id] = std::max(latest.value(id), version);
    }
    // Each entry by itself: one that cannot be read (a row damaged on the
    // server) does not keep the others' changes out.
    bool any = false;
    bool failed = false;
    for (const QUuid &id : order) {
        try {
            const std::optional<bool> changed = m_document->takeStoredEntry(id, latest.value(id));
            if (!changed)
                return refresh(); // added, removed or moved: the plan is read whole
            any = any || *changed;
        } catch (const PlanError &) {
            failed = true;
        }
    }
    try {
        if (head)
            any = m_document->takeStoredHead(m_store->loadHead()) || any;
    } catch (const PlanError &) {
        failed = true;
    }
    if (versions) {
        m_document->takeStoredVersions();
        any = true;
    }
    if (any)
        Q_EMIT refreshed();
    if (failed)
        check(); // a lost connection is said by check(); what cannot be read stays as shown
}

void PlanSync::check()
{
    if (!m_store)
        return;
    const QString problem = m_store->ping();
    if (problem == m_problem)
        return;
    const bool back = problem.isEmpty();
    m_problem = problem;
    Q_EMIT connectionChanged(problem);
    if (back)
        refresh(); // listening again since the reconnection; what came before is read now
}

} // namespace planverk
