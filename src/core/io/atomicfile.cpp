#include "io/atomicfile.h"

#include "model/planerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planverk {

namespace {

QString reason(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

QByteArray native(const QString &path) { return QFile::encodeName(path); }

// close(2) that keeps errno of an earlier failure.
void closeQuietly(int fd)
{
    const int saved = errno;
    ::close(fd);
    errno = saved;
}

// Writes all bytes; returns 0 or the errno of the failed write.
int writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, qint64(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO; // a regular file or pipe that takes nothing: never loop for ever
        data += n;
        size -= n;
    }
    return 0;
}

// A FIFO or a character device is a stream: written through, never replaced.
void writeThrough(const QString &path, const QByteArray &target, const QByteArray &bytes)
{
    const int fd = ::open(target.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        throw PlanError(path, {}, QStringLiteral("cannot be opened for writing: %1").arg(reason(errno)));
    if (const int e = writeAll(fd, bytes.constData(), bytes.size())) {
        closeQuietly(fd);
        throw PlanError(path, {}, QStringLiteral("cannot be written: %1").arg(reason(e)));
    }
    if (::close(fd) != 0)
        throw PlanError(path, {}, QStringLiteral("cannot be written: %1").arg(reason(errno)));
}

// Creates a new file `.NAME.XXXXXX` beside `target` with O_EXCL; returns its descriptor.
int createTemporary(const QString &path, const QByteArray &target, mode_t mode, QByteArray &tempName)
{
    const QFileInfo fi(QFile::decodeName(target));
    const QByteArray folder = native(fi.absolutePath());
    const QByteArray base = native(fi.fileName());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const quint64 r = QRandomGenerator::system()->generate64();
        tempName = folder + "/." + base + '.' + QByteArray::number(r, 36) + ".tmp";
        const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST)
            throw PlanError(path, {}, QStringLiteral("cannot be written: a temporary file in %1 cannot be created: %2")
                                          .arg(fi.absolutePath(), reason(errno)));
    }
    throw PlanError(path, {}, QStringLiteral("cannot be written: no free temporary file name in %1").arg(fi.absolutePath()));
}

} // namespace

void writeAllTo(int fd, const QByteArray &bytes, const QString &name)
{
    if (const int e = writeAll(fd, bytes.constData(), bytes.size()))
        throw PlanError(name, {}, QStringLiteral("cannot be written: %1").arg(reason(e)));
}

void writeStandardOutput(const QByteArray &bytes)
{
    writeAllTo(STDOUT_FILENO, bytes, QStringLiteral("standard output"));
}

void syncFolderOf(const QString &path)
{
    const QByteArray folder = native(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw PlanError(path, {}, QStringLiteral("was written, but its folder cannot be synced: %1").arg(reason(errno)));
    // Some file systems cannot sync a folder (EINVAL); they have nothing to sync.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP) {
        closeQuietly(fd);
        throw PlanError(path, {}, QStringLiteral("was written, but its folder cannot be synced: %1").arg(reason(errno)));
    }
    ::close(fd);
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QByteArray target = native(path);
    struct stat st {};
    bool exists = ::lstat(target.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        throw PlanError(path, {}, QStringLiteral("cannot be written: %1").arg(reason(errno)));
    if (exists && S_ISLNK(st.st_mode)) {
        if (::stat(target.constData(), &st) != 0)
            throw PlanError(path, {}, QStringLiteral("is a symbolic link that cannot be followed: %1").arg(reason(errno)));
        // A regular file is replaced where the link points, and the link
        // kept; anything else (/dev/stdout to a pipe) is opened through it.
        char resolved[PATH_MAX];
        if (S_ISREG(st.st_mode)) {
            if (!::realpath(target.constData(), resolved))
                throw PlanError(path, {}, QStringLiteral("is a symbolic link that cannot be followed: %1").arg(reason(errno)));
            target = resolved;
        }
    }
    if (exists) {
        if (S_ISDIR(st.st_mode))
            throw PlanError(path, {}, QStringLiteral("is a folder"));
        if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
            writeThrough(path, target, bytes);
            return;
        }
        if (!S_ISREG(st.st_mode))
            throw PlanError(path, {}, QStringLiteral("is a device or a socket, not a file; it was left as it is"));
        if (::access(target.constData(), W_OK) != 0)
            throw PlanError(path, {}, QStringLiteral("cannot be replaced: %1; it was left as it is").arg(reason(errno)));
    }

    if (!exists && !QFileInfo(path).absoluteDir().exists())
        throw PlanError(path, {}, QStringLiteral("cannot be created: the folder %1 does not exist").arg(QFileInfo(path).absolutePath()));
    // A new file gets 0666 less the umask, as any other program's; a replaced
    // one keeps its permissions (and, where we may, its owner and group).
    QByteArray temp;
    const int fd = createTemporary(path, target, exists ? S_IRUSR | S_IWUSR : 0666, temp);
    bool open = true;
    auto fail = [&](const char *what, int error) {
        if (open)
            closeQuietly(fd);
        ::unlink(temp.constData());
        throw PlanError(path, {}, QStringLiteral("%1: %2; %3").arg(QLatin1String(what), reason(error),
                exists ? QStringLiteral("the old file was left as it was") : QStringLiteral("nothing was written")));
    };
    if (exists) {
        if (::fchmod(fd, st.st_mode & 07777) != 0)
            fail("cannot be written", errno);
        if (st.st_uid != ::geteuid() || st.st_gid != ::getegid())
            (void)!::fchown(fd, st.st_uid, st.st_gid); // only root may give a file away: best effort
    }
    if (const int e = writeAll(fd, bytes.constData(), bytes.size()))
        fail("cannot be written", e);
    if (::fsync(fd) != 0)
        fail("cannot be written", errno);
    open = false;
    if (::close(fd) != 0)
        fail("cannot be written", errno);
    if (::rename(temp.constData(), target.constData()) != 0)
        fail("cannot be replaced", errno);
    syncFolderOf(QFile::decodeName(target));
}

} // namespace planverk
