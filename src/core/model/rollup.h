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

/// The roll-up of the goal or sub-goal `goal` in `period` (rule above).
GoalRollup rollUp(const Plan &plan, const QUuid &goal, const QUuid &period);

/// "2 av 3 tiltak i rute; indikator under mål" in nb, nn or en.
QString rollupReason(const GoalRollup &r, const QString &language);

} // namespace planverk
