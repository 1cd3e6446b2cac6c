// Writing an output file so that it is either replaced whole or left as it
// was, with every write(2), fsync(2), close(2) and rename(2) checked.
// (QSaveFile in Qt 6.4 misses some flush errors and left a 0-byte file on a
// full disk.)
#pragma once

#include <QByteArray>
#include <QString>

namespace planverk {

/// Writes `bytes` to `path`. A regular file (or a new one) is replaced
/// atomically: a temporary file in the same folder (with the old file's
/// permissions) is written, synced and renamed over it, and the folder is
/// synced. A symbolic link is followed. A FIFO or a character device is a
/// stream and is written through, never replaced; a folder, a block device
/// or a socket is refused. Throws PlanError naming `path` and the reason; on
/// any failure the temporary file is gone and the old file is as it was.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Writes all of `bytes` to the open descriptor `fd`, checking every write.
/// `name` names the output in the PlanError thrown on failure.
void writeAllTo(int fd, const QByteArray &bytes, const QString &name);

/// Writes `bytes` to standard output, every write checked.
void writeStandardOutput(const QByteArray &bytes);

/// Syncs the folder that holds `path`, so that a rename into it survives a
/// crash of the machine. Throws PlanError naming `path`.
void syncFolderOf(const QString &path);

} // namespace planverk
