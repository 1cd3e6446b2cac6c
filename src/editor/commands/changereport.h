// One action's status report for one period, from what it was to what it
// becomes (a report that did not exist is made; undo removes it again). The
// verbs SetActionStatus, SetActionProgress and SetActionComment are this
// command with one field changed.
#pragma once

#include "commands/changefollowup.h"
#include "reportername.h"

namespace planverk {

class ChangeReport : public ChangeFollowup<StatusReport>
{
public:
    ChangeReport(PlanDocument *document, const QUuid &action, const QUuid &period, std::optional<StatusReport> after, const QString &text)
        : ChangeFollowup(document, current(document, action, period), std::move(after), text)
    {}

    /// The report of `action` in `period`, or a new one (not started, 0 %),
    /// dated today and reported by the user (ReporterName; undo restores the old ones).
    static StatusReport reportOf(PlanDocument *document, const QUuid &action, const QUuid &period)
    {
        StatusReport r;
        if (const auto c = current(document, action, period)) {
            r = *c;
        } else {
            r.id = QUuid::createUuid();
            r.action = action;
            r.period = period;
        }
        r.date = QDate::currentDate();
        r.reportedBy = ReporterName::current();
        return r;
    }

protected:
    void put(Followup &f, const std::optional<StatusReport> &to, const std::optional<StatusReport> &from) const override
    {
        const StatusReport &any = to ? *to : *from;
        for (qsizetype i = 0; i < f.reports.size(); ++i)
            if (f.reports[i].action == any.action && f.reports[i].period == any.period) {
                if (to)
                    f.reports[i] = *to;
                else
                    f.reports.removeAt(i);
                return;
            }
        if (to)
            f.reports.append(*to);
    }

private:
    static std::optional<StatusReport> current(PlanDocument *document, const QUuid &action, const QUuid &period)
    {
        if (const StatusReport *r = document->plan().followup.report(action, period))
            return *r;
        return std::nullopt;
    }
};

} // namespace planverk
