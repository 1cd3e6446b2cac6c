// Reading a plan from either kind of file, or one of its versions.
#pragma once

#include "model/plan.h"
#include "model/planversion.h"

#include <QString>

#include <optional>

namespace planverk {

/// True when `path` names a JSON plan (by its .json suffix).
bool isJsonPath(const QString &path);

/// A plan as the command line names it: `PLAN` or `PLAN@NAME`, a version.
struct PlanReference {
    QString file;
    std::optional<QString> version;
};

/// Splits `text`. When `text` names an existing file (or folder), it is that
/// file, '@' and all. Otherwise it is split at an '@' whose left part is an
/// existing file, the last '@' first: "plan.planverk@Vedtatt 2027-02-17",
/// "mappe@2026/plan.planverk@Høringsutkast", "plan.planverk@Sendt@e-post" (a
/// version named "Sendt@e-post"). With no such '@' it is the whole text (a
/// file that is not there, which reading then says). A server URL
/// (io/planlocation.h) is split at the first '@' after its '?'
/// ("postgresql://kari@db/planer?plan=Troms@Vedtatt 2027-02-17"); the '@'
/// before is the user's, and a plan name with '@' in it is written %40.
PlanReference parsePlanReference(const QString &text);

/// Reads a plan from a .json or a .planverk file or a server URL, never modifying it; with
/// "@NAME", the version NAME of the plan in that file (an unknown NAME is an
/// error naming the file and the version and listing the versions there are).
Plan readPlanFile(const QString &path);

/// The plan in the file or at the URL `path` (no "@NAME") with all its versions.
PlanWithVersions readPlanFileWithVersions(const QString &path);

} // namespace planverk
