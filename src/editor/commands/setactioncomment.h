// Setting the comment of an action's report for a period (undoable).
#pragma once

#include "commands/changereport.h"

#include <algorithm>

namespace planverk {

/// Sets the comment (Markdown) of an action's report.
class SetActionComment : public ChangeReport
{
public:
    SetActionComment(PlanDocument *d, const QUuid &action, const QUuid &period, const QString &comment, const QString &text)
        : ChangeReport(d, action, period, with(d, action, period, comment), text)
    {}

private:
    static StatusReport with(PlanDocument *d, const QUuid &action, const QUuid &period, const QString &comment)
    {
        StatusReport r = reportOf(d, action, period);
        r.comment = comment;
        return r;
    }
};

} // namespace planverk
