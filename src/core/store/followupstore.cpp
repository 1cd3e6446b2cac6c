#include "store/followupstore.h"

#include "model/planerror.h"
#include "store/rowcheck.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace planverk::followupstore {

namespace {

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral(""); }
QVariant textValue(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

[[noreturn]] void fail(const QString &path, const QString &what, const QSqlError &e)
{
    throw PlanError(path, {}, QStringLiteral("%1: %2").arg(what, e.text()));
}

QSqlQuery select(const QSqlDatabase &db, const QString &path, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(path, QStringLiteral("the follow-up could not be read"), q.lastError());
    return q;
}

QDate date(const rowcheck::Place &at, const char *column, const QVariant &v)
{
    const QString s = rowcheck::text(at, column, v);
    const QDate d = s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
    if (!s.isEmpty() && (!d.isValid() || s.size() != 10))
        at.refuse(column, QStringLiteral("%1 is not a date").arg(rowcheck::shown(v)));
    return d;
}

QString code(const rowcheck::Place &at, const char *column, const QVariant &v, const QStringList &allowed)
{
    const QString s = rowcheck::text(at, column, v);
    if (!allowed.contains(s))
        at.refuse(column, QStringLiteral("%1 is not one of %2").arg(rowcheck::shown(v), allowed.join(QStringLiteral(", "))));
    return s;
}

std::optional<double> real(const rowcheck::Place &at, const char *column, const QVariant &v, bool nullable)
{
    if (v.isNull()) {
        if (!nullable)
            at.refuse(column, QStringLiteral("is empty; a number belongs here"));
        return std::nullopt;
    }
    const int type = v.metaType().id();
    if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
        at.refuse(column, QStringLiteral("%1 is not a number").arg(rowcheck::shown(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d))
        at.refuse(column, QStringLiteral("%1 is not a finite number").arg(rowcheck::shown(v)));
    return d;
}

} // namespace

Followup load(const QSqlDatabase &db, const QString &path)
{
    Followup f;
    {
        QSqlQuery q = select(db, path, QStringLiteral("SELECT id, uuid, name, start_date, closing_date, closed FROM reporting_period ORDER BY position, id"));
        while (q.next()) {
            const rowcheck::Place at{path, QLatin1String("reporting_period"), q.value(0).toLongLong()};
            ReportingPeriod p;
            p.id = QUuid::fromString(rowcheck::uuid(at, "uuid", q.value(1)));
            p.name = rowcheck::text(at, "name", q.value(2));
            p.start = date(at, "start_date", q.value(3));
            p.closing = date(at, "closing_date", q.value(4));
            p.closed = rowcheck::whole(at, "closed", q.value(5), 1, false).value_or(0) == 1;
            f.periods << p;
        }
    }
    {
        QSqlQuery q = select(db, path, QStringLiteral("SELECT id, uuid, action, period, status, progress, comment, reported_by, date FROM status_report ORDER BY id"));
        while (q.next()) {
            const rowcheck::Place at{path, QLatin1String("status_report"), q.value(0).toLongLong()};
            StatusReport r;
            r.id = QUuid::fromString(rowcheck::uuid(at, "uuid", q.value(1)));
            r.action = QUuid::fromString(rowcheck::uuid(at, "action", q.value(2)));
            r.period = QUuid::fromString(rowcheck::uuid(at, "period", q.value(3)));
            r.status = code(at, "status", q.value(4), codes::reportStatuses);
            r.progress = int(rowcheck::whole(at, "progress", q.value(5), 100, false).value_or(0));
            r.comment = rowcheck::text(at, "comment", q.value(6));
            r.reportedBy = rowcheck::text(at, "reported_by", q.value(7));
            r.date = date(at, "date", q.value(8));
            f.reports << r;
        }
    }
    QHash<QString, qsizetype> indexOf;
    {
        QSqlQuery q = select(db, path, QStringLiteral("SELECT id, uuid, goal, name, unit, source, direction, baseline_value, baseline_year FROM indicator ORDER BY position, id"));
        while (q.next()) {
            const rowcheck::Place at{path, QLatin1String("indicator"), q.value(0).toLongLong()};
            Indicator i;
            const QString id = rowcheck::uuid(at, "uuid", q.value(1));
            i.id = QUuid::fromString(id);
            i.goal = QUuid::fromString(rowcheck::uuid(at, "goal", q.value(2)));
            i.name = rowcheck::text(at, "name", q.value(3));
            i.unit = rowcheck::text(at, "unit", q.value(4));
            i.source = rowcheck::text(at, "source", q.value(5));
            i.direction = code(at, "direction", q.value(6), codes::directions);
            i.baselineValue = real(at, "baseline_value", q.value(7), true);
            if (const auto y = rowcheck::whole(at, "baseline_year", q.value(8), 9999, true))
                i.baselineYear = int(*y);
            indexOf.insert(id, f.indicators.size());
            f.indicators << i;
        }
    }
    {
        QSqlQuery q = select(db, path, QStringLiteral("SELECT indicator, year, value FROM indicator_target ORDER BY indicator, year"));
        while (q.next()) {
            const QVariant owner = q.value(0), target = q.value(1);
            const rowcheck::Place at{path, QLatin1String("indicator_target"), -1, &owner, &target};
            const qsizetype i = indexOf.value(rowcheck::uuid(at, "indicator", owner), -1);
            if (i < 0)
                at.refuse("indicator", QStringLiteral("is not in table indicator"));
            IndicatorTarget t;
            t.year = int(rowcheck::whole(at, "year", target, 9999, false).value_or(0));
            t.value = *real(at, "value", q.value(2), false);
            f.indicators[i].targets << t;
        }
    }
    {
        QSqlQuery q = select(db, path, QStringLiteral("SELECT indicator, period, value, note, source FROM indicator_value ORDER BY indicator, position"));
        while (q.next()) {
            const QVariant owner = q.value(0), target = q.value(1);
            const rowcheck::Place at{path, QLatin1String("indicator_value"), -1, &owner, &target};
            const qsizetype i = indexOf.value(rowcheck::uuid(at, "indicator", owner), -1);
            if (i < 0)
                at.refuse("indicator", QStringLiteral("is not in table indicator"));
            IndicatorValue v;
            v.period = QUuid::fromString(rowcheck::uuid(at, "period", target));
            v.value = *real(at, "value", q.value(2), false);
            v.note = rowcheck::text(at, "note", q.value(3));
            v.source = rowcheck::text(at, "source", q.value(4));
            f.indicators[i].values << v;
        }
    }
    return f;
}

void write(const QSqlDatabase &db, const QString &path, const Followup &f)
{
    QSqlQuery q(db);
    for (const char *table : {"indicator_value", "indicator_target", "indicator", "status_report", "reporting_period"})
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table))))
            fail(path, QStringLiteral("the follow-up could not be saved"), q.lastError());
    auto prepare = [&](QSqlQuery &query, const QString &sql) {
        if (!query.prepare(sql))
            fail(path, QStringLiteral("cannot prepare \"%1\"").arg(sql), query.lastError());
    };
    auto exec = [&](QSqlQuery &query) {
        if (!query.exec())
            fail(path, QStringLiteral("the follow-up could not be saved"), query.lastError());
    };
    QSqlQuery p(db), r(db), i(db), t(db), v(db);
    prepare(p, QStringLiteral("INSERT INTO reporting_period (uuid, position, name, start_date, closing_date, closed) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int n = 0; n < f.periods.size(); ++n) {
        const ReportingPeriod &e = f.periods[n];
        p.bindValue(0, idText(e.id));
        p.bindValue(1, n);
        p.bindValue(2, textValue(e.name));
        p.bindValue(3, dateText(e.start));
        p.bindValue(4, dateText(e.closing));
        p.bindValue(5, e.closed ? 1 : 0);
        exec(p);
    }
    prepare(r, QStringLiteral("INSERT INTO status_report (uuid, action, period, status, progress, comment, reported_by, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StatusReport &e : f.reports) {
        r.bindValue(0, idText(e.id));
        r.bindValue(1, idText(e.action));
        r.bindValue(2, idText(e.period));
        r.bindValue(3, e.status);
        r.bindValue(4, std::clamp(e.progress, 0, 100));
        r.bindValue(5, textValue(e.comment));
        r.bindValue(6, textValue(e.reportedBy));
        r.bindValue(7, dateText(e.date));
        exec(r);
    }
    prepare(i, QStringLiteral("INSERT INTO indicator (uuid, goal, position, name, unit, source, direction, baseline_value, baseline_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    prepare(t, QStringLiteral("INSERT INTO indicator_target (indicator, year, value) VALUES (?, ?, ?)"));
    prepare(v, QStringLiteral("INSERT INTO indicator_value (indicator, period, position, value, note, source) VALUES (?, ?, ?, ?, ?, ?)"));
    const QVariant nullReal(QMetaType::fromType<double>());
    const QVariant nullInt(QMetaType::fromType<int>());
    for (int n = 0; n < f.indicators.size(); ++n) {
        const Indicator &e = f.indicators[n];
        const QString id = idText(e.id);
        i.bindValue(0, id);
        i.bindValue(1, idText(e.goal));
        i.bindValue(2, n);
        i.bindValue(3, textValue(e.name));
        i.bindValue(4, textValue(e.unit));
        i.bindValue(5, textValue(e.source));
        i.bindValue(6, e.direction);
        i.bindValue(7, e.baselineValue ? QVariant(*e.baselineValue) : nullReal);
        i.bindValue(8, e.baselineYear ? QVariant(*e.baselineYear) : nullInt);
        exec(i);
        for (const IndicatorTarget &x : e.targets) {
            t.bindValue(0, id);
            t.bindValue(1, x.year);
            t.bindValue(2, x.value);
            exec(t);
        }
        for (int k = 0; k < e.values.size(); ++k) {
            const IndicatorValue &x = e.values[k];
            v.bindValue(0, id);
            v.bindValue(1, idText(x.period));
            v.bindValue(2, k);
            v.bindValue(3, x.value);
            v.bindValue(4, textValue(x.note));
            v.bindValue(5, textValue(x.source));
            exec(v);
        }
    }
}

namespace {

// Whether the reports can be brought from `before` to `after` row by row and
// still load in `after`'s order (by rowid): the reports both have keep their
// order, and the new ones come after them (an edit appends a new report).
bool rowByRow(const QList<StatusReport> &before, const QList<StatusReport> &after)
{
    QHash<QUuid, qsizetype> was;
    for (qsizetype i = 0; i < before.size(); ++i)
        was.insert(before[i].id, i);
    qsizetype last = -1;
    bool added = false;
    for (const StatusReport &r : after) {
        const qsizetype i = was.value(r.id, -1);
        if (i < 0) {
            added = true;
            continue;
        }
        if (added || i < last)
            return false;
        last = i;
    }
    return true;
}

void bindReport(QSqlQuery &q, const StatusReport &e)
{
    q.bindValue(0, idText(e.action));
    q.bindValue(1, idText(e.period));
    q.bindValue(2, e.status);
    q.bindValue(3, std::clamp(e.progress, 0, 100));
    q.bindValue(4, textValue(e.comment));
    q.bindValue(5, textValue(e.reportedBy));
    q.bindValue(6, dateText(e.date));
    q.bindValue(7, idText(e.id));
}

// The reports that differ, each by its own statement: an edit in the
// editor's table writes one row, not the whole follow-up.
void updateReports(const QSqlDatabase &db, const QString &path, const QList<StatusReport> &before, const QList<StatusReport> &after)
{
    QHash<QUuid, const StatusReport *> was, now;
    for (const StatusReport &r : before)
        was.insert(r.id, &r);
    for (const StatusReport &r : after)
        now.insert(r.id, &r);
    QSqlQuery del(db), upd(db), ins(db);
    if (!del.prepare(QStringLiteral("DELETE FROM status_report WHERE uuid = ?"))
        || !upd.prepare(QStringLiteral("UPDATE status_report SET action = ?, period = ?, status = ?, progress = ?, comment = ?, reported_by = ?, date = ? WHERE uuid = ?"))
        || !ins.prepare(QStringLiteral("INSERT INTO status_report (action, period, status, progress, comment, reported_by, date, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        fail(path, QStringLiteral("the follow-up could not be saved"), del.lastError().isValid() ? del.lastError() : upd.lastError().isValid() ? upd.lastError() : ins.lastError());
    for (const StatusReport &r : before)
        if (!now.contains(r.id)) {
            del.bindValue(0, idText(r.id));
            if (!del.exec())
                fail(path, QStringLiteral("the follow-up could not be saved"), del.lastError());
        }
    for (const StatusReport &r : after) {
        const StatusReport *old = was.value(r.id);
        if (old && *old == r)
            continue;
        QSqlQuery &q = old ? upd : ins;
        bindReport(q, r);
        if (!q.exec())
            fail(path, QStringLiteral("the follow-up could not be saved"), q.lastError());
    }
}

// Periods with the same ids in the same order: the changed ones rewritten in place.
bool samePeriodIds(const QList<ReportingPeriod> &a, const QList<ReportingPeriod> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const ReportingPeriod &x, const ReportingPeriod &y) { return x.id == y.id; });
}

void updatePeriods(const QSqlDatabase &db, const QString &path, const QList<ReportingPeriod> &before, const QList<ReportingPeriod> &after)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE reporting_period SET name = ?, start_date = ?, closing_date = ?, closed = ? WHERE uuid = ?")))
        fail(path, QStringLiteral("the follow-up could not be saved"), q.lastError());
    for (qsizetype n = 0; n < after.size(); ++n) {
        const ReportingPeriod &e = after[n];
        if (e == before[n])
            continue;
        q.bindValue(0, textValue(e.name));
        q.bindValue(1, dateText(e.start));
        q.bindValue(2, dateText(e.closing));
        q.bindValue(3, e.closed ? 1 : 0);
        q.bindValue(4, idText(e.id));
        if (!q.exec())
            fail(path, QStringLiteral("the follow-up could not be saved"), q.lastError());
    }
}

} // namespace

void update(const QSqlDatabase &db, const QString &path, const Followup &before, const Followup &after)
{
    const bool sameShape = samePeriodIds(before.periods, after.periods) && rowByRow(before.reports, after.reports)
        && before.indicators.size() == after.indicators.size()
        && std::equal(before.indicators.begin(), before.indicators.end(), after.indicators.begin(), [](const Indicator &a, const Indicator &b) {
               Indicator x = a;
               x.values = b.values;
               return x == b; // all but the values
           });
    if (!sameShape) {
        write(db, path, after);
        return;
    }
    if (before.periods != after.periods)
        updatePeriods(db, path, before.periods, after.periods);
    if (before.reports != after.reports)
        updateReports(db, path, before.reports, after.reports);
    QSqlQuery del(db), ins(db);
    if (!del.prepare(QStringLiteral("DELETE FROM indicator_value WHERE indicator = ?"))
        || !ins.prepare(QStringLiteral("INSERT INTO indicator_value (indicator, period, position, value, note, source) VALUES (?, ?, ?, ?, ?, ?)")))
        fail(path, QStringLiteral("the follow-up could not be saved"), del.lastError().isValid() ? del.lastError() : ins.lastError());
    for (qsizetype n = 0; n < after.indicators.size(); ++n) {
        const Indicator &e = after.indicators[n];
        if (e.values == before.indicators[n].values)
            continue;
        const QString id = idText(e.id);
        del.bindValue(0, id);
        if (!del.exec())
            fail(path, QStringLiteral("the follow-up could not be saved"), del.lastError());
        for (int k = 0; k < e.values.size(); ++k) {
            const IndicatorValue &x = e.values[k];
            ins.bindValue(0, id);
            ins.bindValue(1, idText(x.period));
            ins.bindValue(2, k);
            ins.bindValue(3, x.value);
            ins.bindValue(4, textValue(x.note));
            ins.bindValue(5, textValue(x.source));
            if (!ins.exec())
                fail(path, QStringLiteral("the follow-up could not be saved"), ins.lastError());
        }
    }
}

} // namespace planverk::followupstore
