// Setting a reporting period's start and closing dates (undoable). The period
// moves to its place in time among the others (ChangePeriod::put).
#pragma once

#include "commands/changeperiod.h"

namespace planverk {

/// Gives a period new start and closing dates.
class SetPeriodDates : public ChangePeriod
{
public:
    SetPeriodDates(PlanDocument *d, const QUuid &id, const QDate &start, const QDate &closing, const QString &text)
        : ChangePeriod(d, periodOf(d->plan(), id), with(periodOf(d->plan(), id), [&](ReportingPeriod &p) {
                           p.start = start;
                           p.closing = closing;
                       }),
                       text)
    {}
};

} // namespace planverk
