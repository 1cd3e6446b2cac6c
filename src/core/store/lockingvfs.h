// The SQLite VFS every Planverk connection uses: SQLite's own "unix" VFS,
// with the main database file locked through Linux open-file-description
// (OFD) locks instead of classic POSIX record locks.
//
// Why: a classic POSIX lock belongs to the process, and ANY close() of ANY
// descriptor on the same file drops every such lock the process holds
// (SQLite, "How To Corrupt An SQLite Database File", section 2.2). In a
// desktop program that is not under our control: a file dialog reads the
// plan to guess its type, a thumbnailer, a MIME lookup, a recent-files list
// or a library added later all open and close the file. With classic locks
// the editor then silently runs unlocked, and the next process that opens
// the plan believes it is alone.
//
// An OFD lock belongs to the open file description it was taken on, so only
// closing that one descriptor releases it; nothing else in the process can.
// OFD locks and classic locks conflict with each other on Linux, so other
// SQLite programs (the sqlite3 shell, a database browser) still see our
// locks and we see theirs: the byte-range protocol is SQLite's own (pending,
// reserved and shared bytes at 1 GiB).
//
// The VFS has no shared-memory methods, so no connection can put a plan
// into WAL mode, whose -wal and -shm files would again depend on locks held
// between transactions: plans use a rollback journal (see planstore.cpp
// and docs/file-safety.md). A file already in WAL mode can only be opened
// with locking_mode=EXCLUSIVE, which the store uses to convert it.
//
// Only the main database file is locked by this VFS; journals and temporary
// files are SQLite's own "unix" files, unchanged.
#pragma once

#include <QFile>
#include <QString>

namespace planverk {

/// Registers the VFS (once, thread-safe) as SQLite's default and returns its
/// name. Every connection opened after this call uses it, including Qt's
/// QSQLITE connections (they share the system libsqlite3).
const char *registerLockingVfs();

/// SQLite's SHARED lock on a database file, taken as a reader would and held
/// while the object lives: no writer can commit or roll back meanwhile. The
/// store holds one while it copies a file that SQLite must not open in place
/// (a hot journal, a write-ahead log).
class ReadLock
{
public:
    ReadLock(const QString &path, int timeoutMs);
    ~ReadLock();
    ReadLock(const ReadLock &) = delete;
    ReadLock &operator=(const ReadLock &) = delete;

    /// False when the file could not be opened or a writer kept it past the timeout.
    bool isLocked() const { return m_locked; }
    /// True while another connection holds RESERVED (a transaction is being
    /// written): a journal beside the file is then live, not left by a crash.
    bool writerActive() const;

private:
    int m_fd = -1;
    bool m_locked = false;
};

} // namespace planverk
