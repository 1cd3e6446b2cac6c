#include "render/folderpath.h"

#include <QDir>
#include <QFileInfo>

namespace planverk {

FolderPath resolveInFolder(const QString &folder, const QString &reference)
{
    const QString root = QDir(folder).canonicalPath();
    if (root.isEmpty())
        return {{}, QStringLiteral("cannot be looked up: the template folder %1 is not there").arg(folder)};
    if (reference.isEmpty())
        return {{}, QStringLiteral("names no file")};
    if (reference.contains(QChar(0)))
        return {{}, QStringLiteral("is not a file name (it holds a NUL character)")};
    const QString prefix = root.endsWith('/') ? root : root + '/';
    const auto inside = [&](const QString &path) { return path.startsWith(prefix) && path.size() > prefix.size(); };
    // First by name: "../x", "/etc/x", ":/x" (Qt's resources) are out at once.
    const QString lexical = QDir::cleanPath(QDir(root).absoluteFilePath(reference));
    if (!inside(lexical))
        return {{}, QStringLiteral("is outside the template folder")};
    // Then the file itself, with every link on the way resolved.
    const QFileInfo info(lexical);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return {{}, QStringLiteral("is not in the template folder (no such file)"), true};
    if (!inside(canonical))
        return {{}, QStringLiteral("leads out of the template folder (through a symbolic link to %1)").arg(canonical)};
    if (!QFileInfo(canonical).isFile())
        return {{}, QStringLiteral("is not a regular file")};
    return {canonical, {}};
}

} // namespace planverk
