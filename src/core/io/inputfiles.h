// The files a command reads, so that an output that would overwrite one of
// them is refused before anything is written: the same file by device and
// inode (through any path, hard link or symbolic link), or a name SQLite
// gives to a plan file's companions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planverk {

/// The companions SQLite keeps beside a database: its log, rollback journal
/// and shared-memory index ("PATH-wal", "PATH-journal", "PATH-shm").
QStringList sqliteCompanions(const QString &path);

class InputFiles
{
public:
    /// A file read as it is (JSON data, a template).
    void addFile(const QString &path);
    /// A plan file (.planverk or .json) and the SQLite companions of its name.
    void addPlanFile(const QString &path);
    /// Every file below a folder (templates, partials).
    void addFolder(const QString &path);

    /// Throws PlanError naming `output` if writing it would overwrite an input.
    void refuseAsOutput(const QString &output) const;

private:
    struct Identity {
        quint64 device = 0;
        quint64 inode = 0;
        QString what; // "the input PATH", for the message
    };
    void addIdentity(const QString &path, const QString &what);

    QList<Identity> m_files;
    QList<QPair<QString, QString>> m_names; // absolute name, the input it belongs to
};

} // namespace planverk
