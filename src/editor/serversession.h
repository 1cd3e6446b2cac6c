// The editor's side of a plan on a server (issue 15): keeps the document in
// step with the other editors (PlanSync) and shows, in a bar at the top of
// the window, when the connection is lost (edits are refused until it is
// back) and why a plan is read-only (a role that may only read).
#pragma once

#include "model/plansync.h"

#include <QObject>
#include <QTimer>

class QLabel;
class QMainWindow;
class QToolBar;

namespace planverk {

class PlanDocument;

class ServerSession : public QObject
{
    Q_OBJECT
public:
    ServerSession(QMainWindow *window, PlanDocument *document);
    ~ServerSession() override;

    PlanSync &sync() { return m_sync; }

Q_SIGNALS:
    /// Connected or not any more: what may be edited has changed.
    void stateChanged();

private:
    void show(const QString &problem);

    QMainWindow *m_window;
    PlanDocument *m_document;
    PlanSync m_sync;
    void showOthers();

    QToolBar *m_bar;
    QLabel *m_text;
    QLabel *m_others; // in the status bar: who else has the plan open
    QTimer m_othersTimer;
};

} // namespace planverk
