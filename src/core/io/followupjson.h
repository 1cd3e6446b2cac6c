// The follow-up in a plan's JSON (docs/file-format.md, "Follow-up"):
// "reportingPeriods" and "statusReports" at the top level, and each goal's
// and sub-goal's indicators in a list under its key "indicators". The lists
// are left out when empty, so a plan without follow-up has the bytes it
// always had.
#pragma once

#include "model/plan.h"

#include <nlohmann/json.hpp>

namespace planverk {

/// Adds the follow-up of `plan` to `root`, whose "goals" are written already.
/// An indicator whose goal is not in the plan is left out (check reports it).
void writeFollowupJson(nlohmann::ordered_json &root, const Plan &plan);

/// Reads the follow-up from `root` into `plan` (its goals read already).
/// Throws PlanError naming `file` and the JSON path of the first problem.
/// References to actions and periods that are not there are kept: check
/// reports them.
void readFollowupJson(const nlohmann::json &root, const QString &file, Plan &plan);

} // namespace planverk
