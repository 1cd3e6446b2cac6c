#include "io/createplanfile.h"

#include "io/atomicfile.h"
#include "io/inputfiles.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planverk {

namespace {

QString reason(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

bool renameFile(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// The companions beside `target` (by its name and, for a link, by the name
// of the file it points to) that exist, even as dangling links.
QStringList existingCompanions(const QString &target)
{
    QStringList names = sqliteCompanions(target);
    const QString canonical = QFileInfo(target).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != QFileInfo(target).absoluteFilePath())
        names += sqliteCompanions(canonical);
    QStringList out;
    for (const QString &n : names) {
        struct stat st {};
        if (::lstat(QFile::encodeName(n).constData(), &st) == 0 && !out.contains(n))
            out << n;
    }
    return out;
}

// The new file's bytes reach the disk before it is renamed into place.
void syncFile(const QString &path, const QString &target)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int e = errno;
        if (fd >= 0)
            ::close(fd);
        throw PlanError(target, {}, QStringLiteral("cannot be written: %1; nothing was written").arg(reason(e)));
    }
    ::close(fd);
}

} // namespace

void createPlanFile(const QString &target, const Plan &plan, Replace replace, const QList<PlanVersion> &versions)
{
    const QFileInfo ti(target);
    struct stat old {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &old) == 0;
    if (exists && replace == Replace::No)
        throw PlanError(target, {}, QStringLiteral("exists already; it was left as it is (use --force to replace it)"));
    if (exists && S_ISDIR(old.st_mode))
        throw PlanError(target, {}, QStringLiteral("is a folder"));
    if (exists && !S_ISREG(old.st_mode))
        throw PlanError(target, {}, QStringLiteral("is not a regular file (a FIFO, a device or a socket); a plan must be a file of its own"));
    if (!exists && !ti.absoluteDir().exists())
        throw PlanError(target, {}, QStringLiteral("cannot be created: the folder %1 does not exist").arg(ti.absolutePath()));
    // A link is followed: the file it points to is replaced, the link stays.
    const QString place = exists ? ti.canonicalFilePath() : ti.absoluteFilePath();

    // The editor holds "PLAN.lock" while it has a plan open for editing;
    // holding it here keeps an editor from opening the file half-replaced.
    QLockFile lock(place + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        throw PlanError(target, {}, QStringLiteral("is open in Planverk (process %1 on %2); close it there first. It was left as it is").arg(pid).arg(host));
    }

    const QStringList stale = existingCompanions(target);
    if (!stale.isEmpty() && replace == Replace::No)
        throw PlanError(target, {}, QStringLiteral("has a file left beside it by an earlier plan (%1), which would be read as part of the new one; it was left as it is")
                                        .arg(QFileInfo(stale.first()).fileName()));

    // A private folder beside the target: the new file and whatever SQLite
    // makes beside it stay in there until the new file is complete.
    QTemporaryDir work(QFileInfo(place).absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(ti.fileName())));
    if (!work.isValid())
        throw PlanError(target, {}, QStringLiteral("cannot be written: %1; nothing was written").arg(work.errorString()));
    const QString fresh = work.filePath(QStringLiteral("plan.planverk"));
    try {
        PlanStore::createFrom(fresh, plan, versions); // closed again at once
    } catch (const PlanError &e) {
        throw PlanError(target, {}, QStringLiteral("%1; nothing was written").arg(e.message()));
    }
    for (const QString &companion : existingCompanions(fresh))
        if (QFileInfo(companion).size() > 0)
            throw PlanError(target, {}, QStringLiteral("cannot be written: the database did not close cleanly; nothing was written"));
    syncFile(fresh, target);
    if (exists)
        ::chmod(QFile::encodeName(fresh).constData(), old.st_mode & 07777); // as the file it replaces

    // The stale companions go with the old file: moved aside first (and back
    // if the new file cannot take its place), removed with the folder.
    QList<QPair<QString, QString>> moved;
    auto moveBack = [&] {
        for (const auto &[from, to] : moved)
            renameFile(to, from);
    };
    for (const QString &companion : stale) {
        const QString aside = work.filePath(QStringLiteral("stale-%1").arg(moved.size()));
        if (!renameFile(companion, aside)) {
            const int e = errno;
            moveBack();
            throw PlanError(target, {}, QStringLiteral("cannot replace %1: %2; nothing was changed").arg(companion, reason(e)));
        }
        moved.append({companion, aside});
    }
    if (!renameFile(fresh, place)) {
        const int e = errno;
        moveBack();
        throw PlanError(target, {}, QStringLiteral("cannot be replaced: %1; nothing was changed").arg(reason(e)));
    }
    syncFolderOf(place);
}

} // namespace planverk
