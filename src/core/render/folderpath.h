// A file a template names (a partial, an image, a style sheet), looked up only
// inside the template's folder: `../`, absolute paths and symbolic links that
// lead out of the folder are refused, whatever the working directory.
#pragma once

#include <QString>

namespace planverk {

struct FolderPath {
    QString path;    // the canonical path of a regular file inside the folder, or empty
    QString refusal; // why not, to follow the reference in a message ("is outside the template folder")
    bool missing = false; // refused because there is no such file (inside the folder)
};

/// `reference` (relative to `folder`, or absolute) with every symbolic link
/// resolved; accepted only when it is a regular file inside the canonical
/// `folder`. Nothing is opened: only the paths are looked at.
FolderPath resolveInFolder(const QString &folder, const QString &reference);

} // namespace planverk
