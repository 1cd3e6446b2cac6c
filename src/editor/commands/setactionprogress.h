// Setting the progress of an action's report for a period (undoable).
#pragma once

#include "commands/changereport.h"

#include <algorithm>

namespace planverk {

/// Sets the progress (0–100 %) of an action's report.
class SetActionProgress : public ChangeReport
{
public:
    SetActionProgress(PlanDocument *d, const QUuid &action, const QUuid &period, int progress, const QString &text)
        : ChangeReport(d, action, period, with(d, action, period, progress), text)
    {}

private:
    static StatusReport with(PlanDocument *d, const QUuid &action, const QUuid &period, int progress)
    {
        StatusReport r = reportOf(d, action, period);
        r.progress = std::clamp(progress, 0, 100);
        return r;
    }
};

} // namespace planverk
