// Adding a reporting period (undo removes it).
#pragma once

#include "commands/changeperiod.h"

namespace planverk {

/// Adds a reporting period, in time order among the others.
class AddPeriod : public ChangePeriod
{
public:
    AddPeriod(PlanDocument *d, const ReportingPeriod &period, const QString &text) : ChangePeriod(d, std::nullopt, period, text) {}
};

} // namespace planverk
