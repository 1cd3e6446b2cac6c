// One reporting period, from what it was to what it becomes: added (before
// nullopt), renamed, given new dates, closed or reopened. AddPeriod,
// RenamePeriod, SetPeriodDates, ClosePeriod and ReopenPeriod are this command
// with one thing changed.
#pragma once

#include "commands/changefollowup.h"

namespace planverk {

class ChangePeriod : public ChangeFollowup<ReportingPeriod>
{
public:
    ChangePeriod(PlanDocument *document, std::optional<ReportingPeriod> before, std::optional<ReportingPeriod> after, const QString &text)
        : ChangeFollowup(document, std::move(before), std::move(after), text)
    {}

    static std::optional<ReportingPeriod> periodOf(const Plan &plan, const QUuid &id)
    {
        if (const ReportingPeriod *p = plan.followup.period(id))
            return *p;
        return std::nullopt;
    }

protected:
    /// `p` with `change` made to it (nullopt stays nullopt).
    template<class F>
    static std::optional<ReportingPeriod> with(std::optional<ReportingPeriod> p, F change)
    {
        if (p)
            change(*p);
        return p;
    }

    void put(Followup &f, const std::optional<ReportingPeriod> &to, const std::optional<ReportingPeriod> &from) const override
    {
        const QUuid id = to ? to->id : from->id;
        auto key = [](const ReportingPeriod &p) { return p.start.isValid() ? p.start : p.closing; };
        for (qsizetype i = 0; i < f.periods.size(); ++i)
            if (f.periods[i].id == id) {
                if (to && key(f.periods[i]) == key(*to)) { // in its place
                    f.periods[i] = *to;
                    return;
                }
                f.periods.removeAt(i); // gone, or to its new place in time
                break;
            }
        if (!to)
            return;
        // In time order: before the first period that starts (or closes) later.
        qsizetype at = f.periods.size();
        if (key(*to).isValid())
            for (qsizetype i = 0; i < f.periods.size(); ++i)
                if (key(f.periods[i]).isValid() && key(f.periods[i]) > key(*to)) {
                    at = i;
                    break;
                }
        f.periods.insert(at, *to);
    }
};

} // namespace planverk
