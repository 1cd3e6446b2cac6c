// A deterministic stream of edits, applied through the editor's own
// PlanEditor (undo commands → PlanDocument → store): what a planner does,
// compressed. The same seed and step number always give the same edit on the
// same plan, so two runs from the same file reach the same states.
#pragma once

#include "planeditor.h"

#include <QByteArray>

namespace planverk::crash {

/// Applies edit `step` (1, 2, …) of the stream `seed`.
void applyEdit(PlanEditor &editor, quint32 seed, int step);

/// A digest of the plan's content that does not depend on the random ids of
/// new entries (each id is replaced by its order of first appearance).
QByteArray digest(const Plan &plan);

/// The plan the crash test starts from.
Plan startingPlan();

} // namespace planverk::crash
