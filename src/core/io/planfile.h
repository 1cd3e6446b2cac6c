// Reading a plan from either kind of file, and writing output files atomically.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace planverk {

/// True when `path` names a JSON plan (by its .json suffix).
bool isJsonPath(const QString &path);

/// Reads a plan from a .json or a .planverk file, never modifying it.
Plan readPlanFile(const QString &path);

/// Writes `bytes` to `path` through QSaveFile: the file is either replaced
/// whole or left as it was. Throws PlanError naming the file.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace planverk
