#include "io/inputfiles.h"

#include "io/planlocation.h"
#include "model/planerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace planverk {

namespace {

// A template folder is small; a folder this large is not scanned further.
constexpr int kMaxFolderEntries = 10'000;

// The absolute name of `path` with its folder's links resolved (the file
// itself need not exist); empty when the folder does not exist.
QString resolvedName(const QString &path)
{
    const QFileInfo fi(path);
    const QString folder = fi.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(fi.fileName());
}

QString companionOf(const QString &plan)
{
    return QStringLiteral("a companion file SQLite keeps beside the input %1").arg(plan);
}

} // namespace

QStringList sqliteCompanions(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-journal"), path + QStringLiteral("-shm")};
}

void InputFiles::addIdentity(const QString &path, const QString &what)
{
    struct stat st {};
    // Only regular files can be destroyed by replacing them: reading a
    // terminal or a pipe and writing to it is no danger.
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode))
        m_files.append({quint64(st.st_dev), quint64(st.st_ino), what});
}

void InputFiles::addFile(const QString &path)
{
    addIdentity(path, QStringLiteral("the input %1").arg(path));
}

void InputFiles::addPlanFile(const QString &path)
{
    if (isServerUrl(path)) // a plan on a server: no file to guard
        return;
    addFile(path);
    // SQLite finds the companions beside the name it was given, or beside
    // the file a link points to: both names are guarded, existing or not.
    QStringList bases{resolvedName(path)};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != bases.first())
        bases << canonical;
    for (const QString &base : bases) {
        if (base.isEmpty())
            continue;
        for (const QString &companion : sqliteCompanions(base)) {
            m_names.append({companion, path});
            addIdentity(companion, companionOf(path));
        }
    }
}

void InputFiles::addFolder(const QString &path)
{
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    for (int n = 0; it.hasNext() && n < kMaxFolderEntries; ++n) {
        const QString file = it.next();
        addIdentity(file, QStringLiteral("the input %1").arg(file));
    }
}

void InputFiles::refuseAsOutput(const QString &output) const
{
    struct stat st {};
    if (::stat(QFile::encodeName(output).constData(), &st) == 0) {
        for (const Identity &in : m_files)
            if (in.device == quint64(st.st_dev) && in.inode == quint64(st.st_ino))
                throw PlanError(output, {}, QStringLiteral("is %1 (the same file); it was left as it is").arg(in.what));
    }
    const QString name = resolvedName(output);
    const QString canonical = QFileInfo(output).canonicalFilePath();
    for (const auto &[companion, input] : m_names)
        if (companion == name || companion == canonical)
            throw PlanError(output, {}, QStringLiteral("is the name of %1; choose another name").arg(companionOf(input)));
}

} // namespace planverk
