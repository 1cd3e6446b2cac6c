// Reading a plan from either kind of file.
#pragma once

#include "model/plan.h"

#include <QString>

namespace planverk {

/// True when `path` names a JSON plan (by its .json suffix).
bool isJsonPath(const QString &path);

/// Reads a plan from a .json or a .planverk file, never modifying it.
Plan readPlanFile(const QString &path);

} // namespace planverk
