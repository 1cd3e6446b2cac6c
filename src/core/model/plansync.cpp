#include "model/plansync.h"

#include "model/plandocument.h"
#include "model/planerror.h"
#include "store/serverstore.h"

namespace planverk {

PlanSync::PlanSync(PlanDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_store = dynamic_cast<ServerStore *>(&document->store());
    if (!m_store)
        return;
    // A burst of notifications (a move renumbers siblings) is one reload.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(20);
    connect(&m_debounce, &QTimer::timeout, this, &PlanSync::refresh);
    m_store->onChange([this](const QUuid &, qint64) { m_debounce.start(); });
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
