// Finding text in a plan: the entities whose titles or texts contain a word.
#pragma once

#include "model/plan.h"

namespace planverk {

/// Ids of every entity with `needle` (case-insensitive) in one of its text
/// fields, in document order: sections, goals and sub-goals, themes, …
QList<QUuid> searchPlan(const Plan &plan, const QString &needle);

} // namespace planverk
