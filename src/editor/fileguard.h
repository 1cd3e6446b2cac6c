// Watches the open plan's file for the editor: when it is moved, deleted,
// replaced or written by another program, the document finds out at once
// (PlanDocument::verifyFile), not at the next edit.
//
// The watch is inotify on the path and its folder (QFileSystemWatcher): it
// never opens the plan file, so it cannot disturb the store's locks.
#pragma once

#include <QObject>
#include <QPointer>

class QFileSystemWatcher;

namespace planverk {

class PlanDocument;

class FileGuard : public QObject
{
    Q_OBJECT
public:
    FileGuard(PlanDocument *document, QObject *parent = nullptr);

    /// Checks now (also done on every change the watcher reports and when
    /// the application becomes active again).
    void check();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<PlanDocument> m_document;
    QFileSystemWatcher *m_watcher;
};

} // namespace planverk
