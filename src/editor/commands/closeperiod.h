// Closing a reporting period (its reports and values do not change until it
// is reopened) and reopening it; each undoable.
#pragma once

#include "commands/changeperiod.h"

namespace planverk {

/// Closes a period.
class ClosePeriod : public ChangePeriod
{
public:
    ClosePeriod(PlanDocument *d, const QUuid &id, const QString &text)
        : ChangePeriod(d, periodOf(d->plan(), id), with(periodOf(d->plan(), id), [](ReportingPeriod &p) { p.closed = true; }), text)
    {}
};

/// Reopens a closed period, so that its reports and values can change again.
class ReopenPeriod : public ChangePeriod
{
public:
    ReopenPeriod(PlanDocument *d, const QUuid &id, const QString &text)
        : ChangePeriod(d, periodOf(d->plan(), id), with(periodOf(d->plan(), id), [](ReportingPeriod &p) { p.closed = false; }), text)
    {}
};

} // namespace planverk
