// Keeps an open plan on a server in step with the other editors (issue 15,
// docs/team.md): their committed changes, announced by the server
// (ServerStore::onChange), are read back and handed to the document, which
// tells the views what changed. Only what a notification names is read: an
// entry whose fields changed ("<uuid> <version>": PlanDocument::takeStoredEntry),
// the plan's own row ("plan <version>": takeStoredHead); an entry added,
// removed or moved reads the whole plan (takeStored). And the
// connection is watched (a heartbeat), so that a dropped connection is seen
// at once: the document is read-only until the server answers again, then
// the plan is read again (nothing the others did meanwhile is missed).
// Does nothing for a plan in a file.
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QUuid>
#include <QString>
#include <QTimer>

namespace planverk {

class PlanDocument;
class ServerStore;

class PlanSync : public QObject
{
    Q_OBJECT
public:
    /// How often the connection is checked while nothing else is heard.
    static constexpr int kHeartbeatMs = 2000;

    explicit PlanSync(PlanDocument *document, QObject *parent = nullptr);

    /// True for a plan on a server.
    bool isActive() const { return m_store != nullptr; }
    /// Empty while connected; otherwise why not (with the plan's URL).
    QString connectionProblem() const { return m_problem; }
    /// Reads the plan again now and hands it to the document.
    void refresh();
    /// Takes the changes announced since the last time (what the debounce
    /// timer calls): only what they name, the whole plan when an entry came,
    /// went or moved.
    void takeAnnounced();
    /// Checks the connection now (the heartbeat does it every kHeartbeatMs).
    void check();

Q_SIGNALS:
    /// The connection was lost (`problem` says how) or is back (empty).
    void connectionChanged(const QString &problem);
    /// Another editor's change has been taken into the document.
    void refreshed();

private:
    PlanDocument *m_document;
    ServerStore *m_store = nullptr;
    QTimer m_debounce;
    QList<QPair<QUuid, qint64>> m_announced; // (entry id or null for the plan's row, version), in order
    QTimer m_heartbeat;
    QString m_problem;
};

} // namespace planverk
