// A goal's status in a reporting period, rolled up from its actions and its
// indicators (docs/follow-up.md, "Roll-up"):
//
//  1. The goal's actions are the actions linked to it or, for a main goal, to
//     any of its sub-goals. Each counts with its status report for the period;
//     a cancelled action and an action without a report do not count.
//     "On track" is on-track or done; "behind" is delayed; not started is
//     neither (it is often not due yet).
//  2. The goal's indicators are its own and, for a main goal, its sub-goals'.
//     Each with a value for the period and a target counts: the target of the
//     year the period closes (or starts), else the latest earlier target.
//     "On target" is value ≥ target when higher is better, ≤ when lower is.
//  3. ok = actions on track + indicators on target; behind = delayed actions +
//     indicators below target.
//       no action and no indicator counts     → no-data   (ingen rapporter)
//       behind = 0, ok > 0                    → on-track  (i rute)
//       0 < behind ≤ ok                        → at-risk   (delvis i rute)
//       behind > ok                            → off-track (ikke i rute)
//  The reason names the counts: "2 av 3 tiltak i rute; indikator under mål".
#pragma once

#include "model/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace planverk {

namespace codes {
inline const QStringList goalStatuses{"no-data", "on-track", "at-risk", "off-track"};
}

struct GoalRollup {
    QString status = "no-data"; // codes::goalStatuses
    int actions = 0;            // reported, not cancelled
    int actionsOnTrack = 0;     // on-track or done
    int actionsDelayed = 0;
    int actionsNotStarted = 0;
    int indicators = 0;         // with a value and a target for the period
    int indicatorsOnTarget = 0;

    bool operator==(const GoalRollup &) const = default;
};

/// The target of `indicator` for a period that closes in `year`: that
/// year's target, else the latest earlier one; nullopt when there is none.
std::optional<double> targetFor(const Indicator &indicator, int year);
/// The year a period belongs to: the year of its closing date, else of its start, else 0.
int yearOf(const ReportingPeriod &period);
/// Whether `value` meets `target` in the indicator's direction.
bool meetsTarget(const Indicator &indicator, double value, double target);

/// One period's follow-up by goal and by action, built once in a pass over the
/// plan's actions, reports and indicators: each goal's roll-up is then a
/// look-up of its own actions and indicators, not a scan of the whole plan
/// (a report of 3 600 goals, the editor's goal pages). `plan` must outlive it.
class RollupIndex
{
public:
    RollupIndex(const Plan &plan, const QUuid &period);

    /// The roll-up of the goal or sub-goal `goal` (rule above).
    GoalRollup rollUp(const QUuid &goal) const;
    /// The action's report for the period, or null.
    const StatusReport *report(const QUuid &action) const { return m_reports.value(action); }
    /// The indices in plan.actions of the actions linked to `goal` itself, in plan order.
    const QList<int> &actionsOf(const QUuid &goal) const;
    /// The indicators of `goal` itself, in plan order.
    const QList<const Indicator *> &indicatorsOf(const QUuid &goal) const;

private:
    const Plan &m_plan;
    QUuid m_period;
    int m_year = 0;
    QHash<QUuid, const StatusReport *> m_reports;        // action -> its report for the period
    QHash<QUuid, QList<int>> m_actions;                   // goal -> actions linked to it
    QHash<QUuid, QList<const Indicator *>> m_indicators;  // goal -> its indicators
    QHash<QUuid, QList<QUuid>> m_subgoals;                // main goal -> its sub-goals
};

/// The roll-up of the goal or sub-goal `goal` in `period` (rule above); for
/// many goals, one RollupIndex.
GoalRollup rollUp(const Plan &plan, const QUuid &goal, const QUuid &period);

/// "2 av 3 tiltak i rute; indikator under mål" in nb, nn or en.
QString rollupReason(const GoalRollup &r, const QString &language);

} // namespace planverk
