// Deleting a reporting period with everything reported for it: its status
// reports and its indicator values go with it, in one step and one
// transaction; undo brings all of them back.
#pragma once

#include "commands/command.h"

namespace planverk {

class DeletePeriod : public DocumentCommand
{
public:
    DeletePeriod(PlanDocument *document, const QUuid &period, const QString &text)
        : DocumentCommand(document, text), m_before(document->plan().followup), m_after(without(m_before, period))
    {}

    /// `followup` without `period`, its reports and its indicator values.
    static Followup without(Followup followup, const QUuid &period)
    {
        followup.periods.removeIf([&](const ReportingPeriod &p) { return p.id == period; });
        followup.reports.removeIf([&](const StatusReport &r) { return r.period == period; });
        for (Indicator &i : followup.indicators)
            i.values.removeIf([&](const IndicatorValue &v) { return v.period == period; });
        return followup;
    }

protected:
    void apply() override { document()->setFollowup(m_after); }
    void revert() override { document()->setFollowup(m_before); }

private:
    Followup m_before;
    Followup m_after;
};

} // namespace planverk
