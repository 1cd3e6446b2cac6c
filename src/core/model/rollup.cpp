#include "model/rollup.h"

#include <QSet>

namespace planverk {

std::optional<double> targetFor(const Indicator &indicator, int year)
{
    std::optional<double> best;
    int bestYear = 0;
    for (const IndicatorTarget &t : indicator.targets)
        if (t.year <= year && (!best || t.year >= bestYear)) {
            best = t.value;
            bestYear = t.year;
        }
    return best;
}

int yearOf(const ReportingPeriod &period)
{
    if (period.closing.isValid())
        return period.closing.year();
    return period.start.isValid() ? period.start.year() : 0;
}

bool meetsTarget(const Indicator &indicator, double value, double target)
{
    return indicator.direction == QLatin1String("lower") ? value <= target : value >= target;
}

GoalRollup rollUp(const Plan &plan, const QUuid &goal, const QUuid &period)
{
    QSet<QUuid> goals{goal};
    for (const Goal &g : plan.goals)
        if (g.id == goal)
            for (const Goal &s : g.subgoals)
                goals.insert(s.id);

    GoalRollup r;
    for (const Action &a : plan.actions) {
        if (std::none_of(a.goals.begin(), a.goals.end(), [&](const QUuid &g) { return goals.contains(g); }))
            continue;
        const StatusReport *s = plan.followup.report(a.id, period);
        if (!s || s->status == QLatin1String("cancelled"))
            continue;
        ++r.actions;
        if (s->status == QLatin1String("on-track") || s->status == QLatin1String("done"))
            ++r.actionsOnTrack;
        else if (s->status == QLatin1String("delayed"))
            ++r.actionsDelayed;
        else
            ++r.actionsNotStarted;
    }
    const ReportingPeriod *p = plan.followup.period(period);
    const int year = p ? yearOf(*p) : 0;
    for (const Indicator &i : plan.followup.indicators) {
        if (!goals.contains(i.goal))
            continue;
        const auto v = std::find_if(i.values.begin(), i.values.end(), [&](const IndicatorValue &x) { return x.period == period; });
        const std::optional<double> target = targetFor(i, year);
        if (v == i.values.end() || !target)
            continue;
        ++r.indicators;
        if (meetsTarget(i, v->value, *target))
            ++r.indicatorsOnTarget;
    }
    const int ok = r.actionsOnTrack + r.indicatorsOnTarget;
    const int behind = r.actionsDelayed + (r.indicators - r.indicatorsOnTarget);
    if (ok + behind == 0)
        r.status = QStringLiteral("no-data");
    else if (behind == 0)
        r.status = QStringLiteral("on-track");
    else if (behind <= ok)
        r.status = QStringLiteral("at-risk");
    else
        r.status = QStringLiteral("off-track");
    return r;
}

QString rollupReason(const GoalRollup &r, const QString &language)
{
    const bool nn = language == QLatin1String("nn"), en = language == QLatin1String("en");
    QStringList parts;
    if (r.actions > 0)
        parts << (en ? QStringLiteral("%1 of %2 actions on track") : QStringLiteral("%1 av %2 tiltak i rute")).arg(r.actionsOnTrack).arg(r.actions);
    if (r.actionsDelayed > 0)
        parts << (en ? QStringLiteral("%1 delayed") : nn ? QStringLiteral("%1 forseinka") : QStringLiteral("%1 forsinket")).arg(r.actionsDelayed);
    if (r.indicators == 1)
        parts << (r.indicatorsOnTarget == 1 ? (en ? QStringLiteral("indicator on target") : QStringLiteral("indikator på mål"))
                                            : (en ? QStringLiteral("indicator below target") : QStringLiteral("indikator under mål")));
    else if (r.indicators > 1)
        parts << (en ? QStringLiteral("%1 of %2 indicators on target") : nn ? QStringLiteral("%1 av %2 indikatorar på mål") : QStringLiteral("%1 av %2 indikatorer på mål"))
                     .arg(r.indicatorsOnTarget)
                     .arg(r.indicators);
    if (parts.isEmpty())
        return en ? QStringLiteral("no reports") : nn ? QStringLiteral("ingen rapportar") : QStringLiteral("ingen rapporter");
    return parts.join(QStringLiteral("; "));
}

} // namespace planverk
