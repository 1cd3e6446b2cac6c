// The rule that protects a closed reporting period: once a period is closed,
// its status reports and indicator values, and the period's own name and
// dates, do not change until the period is reopened (closed set to false,
// which is itself a change that is allowed, as is closing a period).
#pragma once

#include "model/followup.h"

#include <QString>

namespace planverk {

/// Empty when `after` may replace `before`; otherwise why not, naming the
/// closed period ("the period 2024 is closed; reopen it to change its reports").
QString closedPeriodChange(const Followup &before, const Followup &after);

} // namespace planverk
