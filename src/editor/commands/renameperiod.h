// Renaming a reporting period (undoable).
#pragma once

#include "commands/changeperiod.h"

namespace planverk {

/// Gives a period a new name.
class RenamePeriod : public ChangePeriod
{
public:
    RenamePeriod(PlanDocument *d, const QUuid &id, const QString &name, const QString &text)
        : ChangePeriod(d, periodOf(d->plan(), id), with(periodOf(d->plan(), id), [&](ReportingPeriod &p) { p.name = name; }), text)
    {}
};

} // namespace planverk
