#include "model/followuprules.h"

#include <QHash>

namespace planverk {

namespace {

// Everything recorded for one period: its reports by action, its values by indicator.
struct PeriodContent {
    QHash<QUuid, const StatusReport *> reports;
    QHash<QUuid, const IndicatorValue *> values;
};

PeriodContent contentOf(const Followup &f, const QUuid &period)
{
    PeriodContent c;
    for (const StatusReport &r : f.reports)
        if (r.period == period)
            c.reports.insert(r.action, &r);
    for (const Indicator &i : f.indicators)
        for (const IndicatorValue &v : i.values)
            if (v.period == period)
                c.values.insert(i.id, &v);
    return c;
}

template<class T>
bool same(const QHash<QUuid, const T *> &a, const QHash<QUuid, const T *> &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const T *other = b.value(it.key());
        if (!other || !(**it == *other))
            return false;
    }
    return true;
}

} // namespace

QString closedPeriodChange(const Followup &before, const Followup &after)
{
    for (const ReportingPeriod &old : before.periods) {
        if (!old.closed)
            continue;
        const ReportingPeriod *now = after.period(old.id);
        if (!now)
            return QStringLiteral("the period %1 is closed; reopen it before deleting it").arg(old.name);
        if (!now->closed)
            continue; // reopened
        if (now->name != old.name || now->start != old.start || now->closing != old.closing)
            return QStringLiteral("the period %1 is closed; reopen it to change it").arg(old.name);
        const PeriodContent a = contentOf(before, old.id), b = contentOf(after, old.id);
        if (!same(a.reports, b.reports))
            return QStringLiteral("the period %1 is closed; reopen it to change its status reports").arg(old.name);
        if (!same(a.values, b.values))
            return QStringLiteral("the period %1 is closed; reopen it to change its indicator values").arg(old.name);
    }
    return {};
}

} // namespace planverk
