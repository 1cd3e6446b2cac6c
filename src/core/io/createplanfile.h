// Creating a plan file from a plan (JSON import), replacing an old one only
// when asked and only once the new file is complete.
#pragma once

#include "model/plan.h"
#include "model/planversion.h"

#include <QString>

namespace planverk {

enum class Replace { No, Yes };

/// Writes `plan` to a new plan file at `target`. The file is built in a
/// private folder beside `target`, synced, and renamed into place; on any
/// failure that folder is removed with everything in it, and `target` and its
/// companions are as they were. An existing `target` (or a companion left
/// beside its name, e.g. an old "-wal" or "-journal") is replaced only with
/// Replace::Yes, and never while a Planverk editor has it open (its lock
/// file "target.lock" is held): the stale companions are removed with the
/// old file, so that SQLite never applies an old log to the new plan.
/// The plan's `versions` go into the new file with it.
/// Throws PlanError naming `target`.
void createPlanFile(const QString &target, const Plan &plan, Replace replace, const QList<PlanVersion> &versions = {});

} // namespace planverk
