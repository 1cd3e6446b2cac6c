#include "store/lockingvfs.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>

namespace planverk {

namespace {

// SQLite's lock bytes (os.h): a lock page at 1 GiB that no data is ever
// written to. Reader locks share the 510-byte SHARED range; a writer takes
// RESERVED, then PENDING (no new readers), then the whole SHARED range.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kReservedByte = kPendingByte + 1;
constexpr off_t kSharedFirst = kPendingByte + 2;
constexpr off_t kSharedSize = 510;

// 0 or errno. OFD locks: l_pid must be 0; the owner is the open file
// description, so no other descriptor's close() can release them.
int setLock(int fd, short type, off_t start, off_t length)
{
    struct flock fl;
    std::memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = start;
    fl.l_len = length;
    int rc;
    do {
        rc = fcntl(fd, F_OFD_SETLK, &fl);
    } while (rc != 0 && errno == EINTR);
    return rc == 0 ? 0 : errno;
}

// A conflicting lock is SQLITE_BUSY (the busy handler retries); anything
// else is an I/O error.
int lockResult(int err, int ioError)
{
    if (err == 0)
        return SQLITE_OK;
    return (err == EAGAIN || err == EACCES) ? SQLITE_BUSY : ioError;
}

bool reservedByOther(int fd, bool *failed)
{
    struct flock fl;
    std::memset(&fl, 0, sizeof fl);
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kReservedByte;
    fl.l_len = 1;
    if (fcntl(fd, F_OFD_GETLK, &fl) != 0) {
        *failed = true;
        return false;
    }
    *failed = false;
    return fl.l_type != F_UNLCK;
}

sqlite3_vfs *g_unix = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct LockedFile {
    sqlite3_file base; // pMethods = g_methods
    int lockFd;        // the descriptor that owns the OFD locks
    int level;         // SQLITE_LOCK_NONE … SQLITE_LOCK_EXCLUSIVE
};

constexpr int kInnerOffset = int((sizeof(LockedFile) + 7) & ~size_t(7));

sqlite3_file *inner(sqlite3_file *f) { return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + kInnerOffset); }
LockedFile *self(sqlite3_file *f) { return reinterpret_cast<LockedFile *>(f); }

// ------------------------------------------------------------ io methods

int xClose(sqlite3_file *f)
{
    sqlite3_file *in = inner(f);
    const int rc = in->pMethods ? in->pMethods->xClose(in) : SQLITE_OK;
    if (self(f)->lockFd >= 0)
        ::close(self(f)->lockFd); // releases this description's locks only
    self(f)->lockFd = -1;
    return rc;
}

int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off) { return inner(f)->pMethods->xRead(inner(f), buf, n, off); }
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off) { return inner(f)->pMethods->xWrite(inner(f), buf, n, off); }
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return inner(f)->pMethods->xTruncate(inner(f), size); }
int xSync(sqlite3_file *f, int flags) { return inner(f)->pMethods->xSync(inner(f), flags); }
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return inner(f)->pMethods->xFileSize(inner(f), size); }
int xSectorSize(sqlite3_file *f) { return inner(f)->pMethods->xSectorSize(inner(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return inner(f)->pMethods->xDeviceCharacteristics(inner(f)); }

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_LOCKSTATE) {
        *static_cast<int *>(arg) = self(f)->level;
        return SQLITE_OK;
    }
    return inner(f)->pMethods->xFileControl(inner(f), op, arg);
}

int xLock(sqlite3_file *f, int level)
{
    LockedFile *p = self(f);
    if (p->level >= level)
        return SQLITE_OK;
    const int fd = p->lockFd;
    if (level == SQLITE_LOCK_SHARED) {
        // A read lock on PENDING first: a writer waiting for readers to
        // leave holds it, and no new reader may start meanwhile.
        int err = setLock(fd, F_RDLCK, kPendingByte, 1);
        if (err)
            return lockResult(err, SQLITE_IOERR_RDLOCK);
        err = setLock(fd, F_RDLCK, kSharedFirst, kSharedSize);
        const int unlockErr = setLock(fd, F_UNLCK, kPendingByte, 1);
        if (err)
            return lockResult(err, SQLITE_IOERR_RDLOCK);
        if (unlockErr)
            return SQLITE_IOERR_UNLOCK;
        p->level = SQLITE_LOCK_SHARED;
        return SQLITE_OK;
    }
    if (level == SQLITE_LOCK_RESERVED) {
        const int err = setLock(fd, F_WRLCK, kReservedByte, 1);
        if (err)
            return lockResult(err, SQLITE_IOERR_LOCK);
        p->level = SQLITE_LOCK_RESERVED;
        return SQLITE_OK;
    }
    // EXCLUSIVE (SQLite never asks for PENDING itself): PENDING, then every reader gone.
    if (p->level < SQLITE_LOCK_PENDING) {
        const int err = setLock(fd, F_WRLCK, kPendingByte, 1);
        if (err)
            return lockResult(err, SQLITE_IOERR_LOCK);
        p->level = SQLITE_LOCK_PENDING;
    }
    const int err = setLock(fd, F_WRLCK, kSharedFirst, kSharedSize);
    if (err)
        return lockResult(err, SQLITE_IOERR_LOCK);
    p->level = SQLITE_LOCK_EXCLUSIVE;
    return SQLITE_OK;
}

int xUnlock(sqlite3_file *f, int level)
{
    LockedFile *p = self(f);
    if (p->level <= level)
        return SQLITE_OK;
    const int fd = p->lockFd;
    if (level == SQLITE_LOCK_SHARED) {
        // Turning the write lock on the SHARED range back into a read lock
        // is atomic: no moment without a lock.
        if (p->level == SQLITE_LOCK_EXCLUSIVE && setLock(fd, F_RDLCK, kSharedFirst, kSharedSize) != 0)
            return SQLITE_IOERR_RDLOCK;
        if (setLock(fd, F_UNLCK, kPendingByte, 2) != 0) // PENDING and RESERVED
            return SQLITE_IOERR_UNLOCK;
        p->level = SQLITE_LOCK_SHARED;
        return SQLITE_OK;
    }
    if (setLock(fd, F_UNLCK, kPendingByte, 2 + kSharedSize) != 0)
        return SQLITE_IOERR_UNLOCK;
    p->level = SQLITE_LOCK_NONE;
    return SQLITE_OK;
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    LockedFile *p = self(f);
    if (p->level >= SQLITE_LOCK_RESERVED) {
        *out = 1;
        return SQLITE_OK;
    }
    bool failed = false;
    *out = reservedByOther(p->lockFd, &failed) ? 1 : 0;
    return failed ? SQLITE_IOERR_CHECKRESERVEDLOCK : SQLITE_OK;
}

// ------------------------------------------------------------ vfs methods

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    // Journals, temporary files and nameless databases are SQLite's own.
    if (!(flags & SQLITE_OPEN_MAIN_DB) || !name)
        return g_unix->xOpen(g_unix, name, f, flags, outFlags);
    LockedFile *p = self(f);
    p->base.pMethods = nullptr;
    p->lockFd = -1;
    p->level = SQLITE_LOCK_NONE;
    int opened = 0;
    int rc = g_unix->xOpen(g_unix, name, inner(f), flags, &opened);
    if (rc != SQLITE_OK)
        return rc;
    p->lockFd = ::open(name, ((opened & SQLITE_OPEN_READONLY) ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    struct stat byName, byLockFd;
    bool same = p->lockFd >= 0 && ::fstat(p->lockFd, &byLockFd) == 0 && ::stat(name, &byName) == 0 && byName.st_dev == byLockFd.st_dev
                && byName.st_ino == byLockFd.st_ino;
    if (!same) {
        if (p->lockFd >= 0)
            ::close(p->lockFd);
        p->lockFd = -1;
        inner(f)->pMethods->xClose(inner(f));
        return SQLITE_CANTOPEN;
    }
    p->base.pMethods = &g_methods;
    if (outFlags)
        *outFlags = opened;
    return SQLITE_OK;
}

// The "unix" VFS keeps its locking style in its own pAppData, so every call
// is passed on with the unix VFS itself, never with ours.
int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_unix->xDelete(g_unix, name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_unix->xAccess(g_unix, name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_unix->xFullPathname(g_unix, name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return g_unix->xDlOpen(g_unix, name); }
void xDlError(sqlite3_vfs *, int n, char *out) { g_unix->xDlError(g_unix, n, out); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return g_unix->xDlSym(g_unix, h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { g_unix->xDlClose(g_unix, h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return g_unix->xRandomness(g_unix, n, out); }
int xSleep(sqlite3_vfs *, int us) { return g_unix->xSleep(g_unix, us); }
int xCurrentTime(sqlite3_vfs *, double *t) { return g_unix->xCurrentTime(g_unix, t); }
int xGetLastError(sqlite3_vfs *, int n, char *out) { return g_unix->xGetLastError(g_unix, n, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) { return g_unix->xCurrentTimeInt64(g_unix, t); }

} // namespace

const char *registerLockingVfs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_unix = sqlite3_vfs_find("unix");
        std::memset(&g_methods, 0, sizeof g_methods);
        // Version 1: no shared memory (so no WAL) and no memory mapping.
        g_methods.iVersion = 1;
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;

        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = kInnerOffset + g_unix->szOsFile;
        g_vfs.mxPathname = g_unix->mxPathname;
        g_vfs.zName = "planverk-ofd";
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 1);
    });
    return g_vfs.zName;
}

// ------------------------------------------------------------ ReadLock

ReadLock::ReadLock(const QString &path, int timeoutMs)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        return;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (setLock(m_fd, F_RDLCK, kPendingByte, 1) == 0) {
            const int err = setLock(m_fd, F_RDLCK, kSharedFirst, kSharedSize);
            setLock(m_fd, F_UNLCK, kPendingByte, 1);
            if (err == 0) {
                m_locked = true;
                return;
            }
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

ReadLock::~ReadLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ReadLock::writerActive() const
{
    bool failed = false;
    return m_fd >= 0 && reservedByOther(m_fd, &failed);
}

} // namespace planverk
