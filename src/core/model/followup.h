// Follow-up of an adopted plan: reporting periods, a status report per action
// and period, indicators on goals with baseline, targets and measured values.
//
// Follow-up rows refer to actions, goals and periods by id. They are not
// removed with the action or goal they refer to: undoing the deletion brings
// the action back with its reports, and until then `check` reports them
// (planchecks.cpp). The whole follow-up is written in one transaction
// (PlanStore::replaceFollowup); a closed period's reports and values do not
// change until it is reopened (followuprules.h).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace planverk {

namespace codes {
/// ikke startet, i rute, forsinket, fullført, avlyst
inline const QStringList reportStatuses{"not-started", "on-track", "delayed", "done", "cancelled"};
/// Whether a higher or a lower value of an indicator is better.
inline const QStringList directions{"higher", "lower"};
} // namespace codes

struct ReportingPeriod {
    QUuid id;
    QString name;     // "2025", "1. tertial 2026"
    QDate start;
    QDate closing;    // the closing date (reports are due)
    bool closed = false;

    bool operator==(const ReportingPeriod &) const = default;
};

struct StatusReport {
    QUuid id;
    QUuid action;
    QUuid period;
    QString status = "not-started"; // codes::reportStatuses
    int progress = 0;               // percent, 0..100
    QString comment;                // Markdown
    QString reportedBy;
    QDate date;

    bool operator==(const StatusReport &) const = default;
};

struct IndicatorTarget {
    int year = 0;
    double value = 0;

    bool operator==(const IndicatorTarget &) const = default;
};

struct IndicatorValue {
    QUuid period;
    double value = 0;
    QString note;
    QString source;

    bool operator==(const IndicatorValue &) const = default;
};

struct Indicator {
    QUuid id;
    QUuid goal; // a goal or a sub-goal
    QString name;
    QString unit;
    QString source;
    QString direction = "higher"; // codes::directions
    std::optional<double> baselineValue;
    std::optional<int> baselineYear;
    QList<IndicatorTarget> targets; // by year, ascending
    QList<IndicatorValue> values;   // in the order of the periods

    bool operator==(const Indicator &) const = default;
};

struct Followup {
    QList<ReportingPeriod> periods; // in time order
    QList<StatusReport> reports;
    QList<Indicator> indicators;    // goal by goal, in the order of their goals

    bool isEmpty() const { return periods.isEmpty() && reports.isEmpty() && indicators.isEmpty(); }
    bool operator==(const Followup &) const = default;

    const ReportingPeriod *period(const QUuid &id) const
    {
        for (const ReportingPeriod &p : periods)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    const StatusReport *report(const QUuid &action, const QUuid &period) const
    {
        for (const StatusReport &r : reports)
            if (r.action == action && r.period == period)
                return &r;
        return nullptr;
    }
};

} // namespace planverk
