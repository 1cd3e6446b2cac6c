// Setting the status of an action's report for a period (undoable).
#pragma once

#include "commands/changereport.h"

#include <algorithm>

namespace planverk {

/// Sets the status (codes::reportStatuses) of an action's report.
class SetActionStatus : public ChangeReport
{
public:
    SetActionStatus(PlanDocument *d, const QUuid &action, const QUuid &period, const QString &status, const QString &text)
        : ChangeReport(d, action, period, with(d, action, period, status), text)
    {}

private:
    static StatusReport with(PlanDocument *d, const QUuid &action, const QUuid &period, const QString &status)
    {
        StatusReport r = reportOf(d, action, period);
        r.status = status;
        return r;
    }
};

} // namespace planverk
