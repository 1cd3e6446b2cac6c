#include "fileguard.h"

#include "model/plandocument.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace planverk {

FileGuard::FileGuard(PlanDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_watcher(new QFileSystemWatcher(this))
{
    const QFileInfo file(document->path());
    m_watcher->addPath(file.absoluteFilePath());
    m_watcher->addPath(file.absolutePath()); // a rename or delete shows on the folder too
    // Our own commits change the file as well; verifyFile tells them apart
    // (SQLite's data_version moves only for other connections' commits).
    // Coalesced: one commit touches the file several times.
    auto *soon = new QTimer(this);
    soon->setSingleShot(true);
    soon->setInterval(50);
    connect(soon, &QTimer::timeout, this, &FileGuard::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, soon, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, soon, qOverload<>(&QTimer::start));
    qApp->installEventFilter(this);
}

void FileGuard::check()
{
    if (m_document && !m_document->store().isReadOnly())
        m_document->verifyFile();
}

bool FileGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationActivate && watched == qApp)
        check();
    return QObject::eventFilter(watched, event);
}

} // namespace planverk
