// A change list as JSON (planverk-cli diff --json), described in docs/diff.md.
#pragma once

#include "model/plandiff.h"

#include <nlohmann/json.hpp>

namespace planverk {

nlohmann::json diffToJson(const PlanDiff &diff, const QString &from, const QString &to);

} // namespace planverk
