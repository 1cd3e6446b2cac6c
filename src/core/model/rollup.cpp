#include "model/rollup.h"

#include <algorithm>

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

RollupIndex::RollupIndex(const Plan &plan, const QUuid &period) : m_plan(plan), m_period(period)
{
    const ReportingPeriod *p = plan.followup.period(period);
    m_year = p ? yearOf(*p) : 0;
    for (const StatusReport &r : plan.followup.reports)
        if (r.period == period && !m_reports.contains(r.action))
            m_reports.insert(r.action, &r);
    for (int k = 0; k < plan.actions.size(); ++k)
        for (const QUuid &g : plan.actions[k].goals)
            if (QList<int> &list = m_actions[g]; list.isEmpty() || list.last() != k)
                list.append(k);
    for (const Indicator &i : plan.followup.indicators)
        m_indicators[i.goal].append(&i);
    for (const Goal &g : plan.goals)
        for (const Goal &s : g.subgoals)
            m_subgoals[g.id].append(s.id);
}

const QList<int> &RollupIndex::actionsOf(const QUuid &goal) const
{
    static const QList<int> none;
    const auto it = m_actions.constFind(goal);
    return it == m_actions.cend() ? none : *it;
}

const QList<const Indicator *> &RollupIndex::indicatorsOf(const QUuid &goal) const
{
    static const QList<const Indicator *> none;
    const auto it = m_indicators.constFind(goal);
    return it == m_indicators.cend() ? none : *it;
}

GoalRollup RollupIndex::rollUp(const QUuid &goal) const
{
    QList<QUuid> goals{goal};
    goals += m_subgoals.value(goal);
    // An action linked to the goal and to one of its sub-goals counts once.
    QList<int> actions;
    for (const QUuid &g : goals)
        actions += actionsOf(g);
    std::sort(actions.begin(), actions.end());
    actions.erase(std::unique(actions.begin(), actions.end()), actions.end());

    GoalRollup r;
    for (int k : actions) {
        const StatusReport *s = report(m_plan.actions[k].id);
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
    for (const QUuid &g : goals)
        for (const Indicator *i : indicatorsOf(g)) {
            const auto v = std::find_if(i->values.begin(), i->values.end(), [&](const IndicatorValue &x) { return x.period == m_period; });
            const std::optional<double> target = targetFor(*i, m_year);
            if (v == i->values.end() || !target)
                continue;
            ++r.indicators;
            if (meetsTarget(*i, v->value, *target))
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

GoalRollup rollUp(const Plan &plan, const QUuid &goal, const QUuid &period) { return RollupIndex(plan, period).rollUp(goal); }

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
