#include "io/followupjson.h"

#include "io/planjson.h"
#include "model/planerror.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace planverk {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }
std::string idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces).toStdString(); }
std::string dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string(); }

ojson indicatorJson(const Indicator &i)
{
    ojson o = ojson::object();
    o["id"] = idText(i.id);
    o["name"] = utf8(i.name);
    o["unit"] = utf8(i.unit);
    o["source"] = utf8(i.source);
    o["direction"] = utf8(i.direction);
    i.baselineValue ? o["baselineValue"] = *i.baselineValue : o["baselineValue"] = nullptr;
    i.baselineYear ? o["baselineYear"] = *i.baselineYear : o["baselineYear"] = nullptr;
    ojson targets = ojson::array();
    for (const IndicatorTarget &t : i.targets)
        targets.push_back(ojson{{"year", t.year}, {"value", t.value}});
    o["targets"] = std::move(targets);
    ojson values = ojson::array();
    for (const IndicatorValue &v : i.values)
        values.push_back(ojson{{"period", idText(v.period)}, {"value", v.value}, {"note", utf8(v.note)}, {"source", utf8(v.source)}});
    o["values"] = std::move(values);
    return o;
}

void addIndicators(ojson &goal, const QHash<QString, QList<const Indicator *>> &byGoal)
{
    const auto it = byGoal.constFind(QString::fromStdString(goal["id"].get<std::string>()));
    if (it != byGoal.constEnd()) {
        ojson list = ojson::array();
        for (const Indicator *i : *it)
            list.push_back(indicatorJson(*i));
        goal["indicators"] = std::move(list);
    }
    if (goal.contains("subgoals"))
        for (ojson &sub : goal["subgoals"])
            addIndicators(sub, byGoal);
}

// One JSON object read field by field; unknown fields are refused.
struct Reader {
    const QString &file;
    const json &o;
    QString path;
    QSet<QString> known;

    [[noreturn]] void fail(const QString &at, const QString &message) const { throw PlanError(file, at, message); }
    QString at(const char *k) const { return path + '/' + QString::fromLatin1(k); }
    const json *find(const char *k)
    {
        known.insert(QString::fromLatin1(k));
        const auto it = o.find(k);
        return it == o.end() ? nullptr : &*it;
    }
    [[noreturn]] void expected(const char *k, const char *what, const json &got) const
    {
        fail(at(k), QStringLiteral("expected %1, found %2").arg(QString::fromLatin1(what), QString::fromLatin1(jsonTypeName(got))));
    }
    QString text(const char *k)
    {
        const json *j = find(k);
        if (!j)
            return {};
        if (!j->is_string())
            expected(k, "a string", *j);
        return QString::fromStdString(j->get<std::string>());
    }
    QString code(const char *k, const QStringList &allowed, const QString &fallback)
    {
        if (!o.contains(k)) {
            known.insert(QString::fromLatin1(k));
            return fallback;
        }
        const QString v = text(k);
        if (!allowed.contains(v))
            fail(at(k), QStringLiteral("\"%1\" is not one of %2").arg(v.left(40), allowed.join(QStringLiteral(", "))));
        return v;
    }
    QDate date(const char *k)
    {
        const QString s = text(k);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            fail(at(k), QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD").arg(s.left(40)));
        return d;
    }
    QUuid id(const char *k, bool required)
    {
        const json *j = find(k);
        if (!j) {
            if (required)
                fail(at(k), QStringLiteral("missing"));
            return newId();
        }
        if (!j->is_string())
            expected(k, "a UUID string", *j);
        const QUuid id = QUuid::fromString(QString::fromStdString(j->get<std::string>()));
        if (id.isNull())
            fail(at(k), QStringLiteral("\"%1\" is not a UUID").arg(QString::fromStdString(j->get<std::string>()).left(40)));
        return id;
    }
    std::optional<double> number(const char *k, bool required)
    {
        const json *j = find(k);
        if (!j || j->is_null()) {
            if (required)
                fail(at(k), QStringLiteral("missing: a number"));
            return std::nullopt;
        }
        if (!j->is_number())
            expected(k, required ? "a number" : "a number or null", *j);
        const double d = j->get<double>();
        if (!std::isfinite(d))
            fail(at(k), QStringLiteral("is not a finite number"));
        return d;
    }
    std::optional<int> whole(const char *k, int min, int max, bool required)
    {
        const json *j = find(k);
        if (!j || j->is_null()) {
            if (required)
                fail(at(k), QStringLiteral("missing: a whole number"));
            return std::nullopt;
        }
        if (!j->is_number_integer())
            expected(k, "a whole number", *j);
        const long long n = j->get<long long>();
        if (n < min || n > max)
            fail(at(k), QStringLiteral("%1 is not between %2 and %3").arg(n).arg(min).arg(max));
        return int(n);
    }
    bool boolean(const char *k)
    {
        const json *j = find(k);
        if (!j)
            return false;
        if (!j->is_boolean())
            expected(k, "true or false", *j);
        return j->get<bool>();
    }
    const json &array(const char *k)
    {
        static const json empty = json::array();
        const json *j = find(k);
        if (!j)
            return empty;
        if (!j->is_array())
            expected(k, "an array", *j);
        return *j;
    }
    void finish() const
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(QString::fromStdString(it.key())))
                fail(path + '/' + QString::fromStdString(it.key()), QStringLiteral("unknown field"));
    }
};

struct FollowupReader {
    const QString &file;
    Followup &out;
    QHash<QUuid, QString> seen; // id -> where

    void unique(const QUuid &id, const QString &at)
    {
        if (seen.contains(id))
            throw PlanError(file, at, QStringLiteral("id %1 is used already at %2").arg(id.toString(QUuid::WithoutBraces), seen.value(id)));
        seen.insert(id, at);
    }

    Reader object(const json &j, const QString &path)
    {
        if (!j.is_object())
            throw PlanError(file, path, QStringLiteral("expected an object, found %1").arg(QString::fromLatin1(jsonTypeName(j))));
        return Reader{file, j, path, {}};
    }

    void indicators(const json &goal, const QString &goalPath, const QUuid &goalId)
    {
        const auto list = goal.find("indicators");
        if (list == goal.end())
            return;
        const QString path = goalPath + QStringLiteral("/indicators");
        if (!list->is_array())
            throw PlanError(file, path, QStringLiteral("expected an array, found %1").arg(QString::fromLatin1(jsonTypeName(*list))));
        for (size_t n = 0; n < list->size(); ++n) {
            Reader r = object((*list)[n], path + '/' + QString::number(n));
            Indicator i;
            i.id = r.id("id", false);
            unique(i.id, r.path);
            i.goal = goalId;
            if (!r.o.contains("name"))
                r.fail(r.at("name"), QStringLiteral("missing: every indicator has a name"));
            i.name = r.text("name");
            i.unit = r.text("unit");
            i.source = r.text("source");
            i.direction = r.code("direction", codes::directions, QStringLiteral("higher"));
            i.baselineValue = r.number("baselineValue", false);
            i.baselineYear = r.whole("baselineYear", 1900, 2999, false);
            const json &targets = r.array("targets");
            for (size_t k = 0; k < targets.size(); ++k) {
                Reader t = object(targets[k], r.at("targets") + '/' + QString::number(k));
                IndicatorTarget x;
                x.year = *t.whole("year", 1900, 2999, true);
                x.value = *t.number("value", true);
                t.finish();
                for (const IndicatorTarget &y : i.targets)
                    if (y.year == x.year)
                        t.fail(t.at("year"), QStringLiteral("the year %1 has a target already").arg(x.year));
                i.targets << x;
            }
            std::stable_sort(i.targets.begin(), i.targets.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
            const json &values = r.array("values");
            for (size_t k = 0; k < values.size(); ++k) {
                Reader v = object(values[k], r.at("values") + '/' + QString::number(k));
                IndicatorValue x;
                x.period = v.id("period", true);
                x.value = *v.number("value", true);
                x.note = v.text("note");
                x.source = v.text("source");
                v.finish();
                for (const IndicatorValue &y : i.values)
                    if (y.period == x.period)
                        v.fail(v.at("period"), QStringLiteral("the period has a value already"));
                i.values << x;
            }
            r.finish();
            out.indicators << i;
        }
    }
};

} // namespace

void writeFollowupJson(ojson &root, const Plan &plan)
{
    const Followup &f = plan.followup;
    if (!f.indicators.isEmpty()) {
        QHash<QString, QList<const Indicator *>> byGoal;
        for (const Indicator &i : f.indicators)
            byGoal[i.goal.toString(QUuid::WithoutBraces)] << &i;
        for (ojson &goal : root["goals"])
            addIndicators(goal, byGoal);
    }
    if (!f.periods.isEmpty()) {
        ojson list = ojson::array();
        for (const ReportingPeriod &p : f.periods)
            list.push_back(ojson{{"id", idText(p.id)}, {"name", utf8(p.name)}, {"start", dateText(p.start)}, {"closingDate", dateText(p.closing)}, {"closed", p.closed}});
        root["reportingPeriods"] = std::move(list);
    }
    if (!f.reports.isEmpty()) {
        ojson list = ojson::array();
        for (const StatusReport &r : f.reports)
            list.push_back(ojson{{"id", idText(r.id)}, {"action", idText(r.action)}, {"period", idText(r.period)}, {"status", utf8(r.status)},
                                 {"progress", r.progress}, {"comment", utf8(r.comment)}, {"reportedBy", utf8(r.reportedBy)}, {"date", dateText(r.date)}});
        root["statusReports"] = std::move(list);
    }
}

void readFollowupJson(const json &root, const QString &file, Plan &plan)
{
    Followup f;
    FollowupReader fr{file, f, {}};
    if (const auto goals = root.find("goals"); goals != root.end() && goals->is_array()) {
        for (size_t g = 0; g < goals->size(); ++g) {
            const json &goal = (*goals)[g];
            const QString path = QStringLiteral("/goals/%1").arg(g);
            fr.indicators(goal, path, plan.goals.value(qsizetype(g)).id);
            if (const auto subs = goal.find("subgoals"); subs != goal.end() && subs->is_array())
                for (size_t s = 0; s < subs->size(); ++s)
                    fr.indicators((*subs)[s], path + QStringLiteral("/subgoals/%1").arg(s), plan.goals.value(qsizetype(g)).subgoals.value(qsizetype(s)).id);
        }
    }
    if (const auto periods = root.find("reportingPeriods"); periods != root.end()) {
        if (!periods->is_array())
            throw PlanError(file, QStringLiteral("/reportingPeriods"), QStringLiteral("expected an array, found %1").arg(QString::fromLatin1(jsonTypeName(*periods))));
        for (size_t n = 0; n < periods->size(); ++n) {
            Reader r = fr.object((*periods)[n], QStringLiteral("/reportingPeriods/%1").arg(n));
            ReportingPeriod p;
            p.id = r.id("id", false);
            fr.unique(p.id, r.path);
            if (!r.o.contains("name"))
                r.fail(r.at("name"), QStringLiteral("missing: every reporting period has a name"));
            p.name = r.text("name");
            p.start = r.date("start");
            p.closing = r.date("closingDate");
            p.closed = r.boolean("closed");
            r.finish();
            for (const ReportingPeriod &q : f.periods)
                if (q.name == p.name)
                    r.fail(r.at("name"), QStringLiteral("a period is named \"%1\" already").arg(p.name.left(40)));
            f.periods << p;
        }
    }
    if (const auto reports = root.find("statusReports"); reports != root.end()) {
        if (!reports->is_array())
            throw PlanError(file, QStringLiteral("/statusReports"), QStringLiteral("expected an array, found %1").arg(QString::fromLatin1(jsonTypeName(*reports))));
        QSet<QPair<QUuid, QUuid>> pairs;
        for (size_t n = 0; n < reports->size(); ++n) {
            Reader r = fr.object((*reports)[n], QStringLiteral("/statusReports/%1").arg(n));
            StatusReport s;
            s.id = r.id("id", false);
            fr.unique(s.id, r.path);
            s.action = r.id("action", true);
            s.period = r.id("period", true);
            s.status = r.code("status", codes::reportStatuses, QStringLiteral("not-started"));
            s.progress = r.whole("progress", 0, 100, false).value_or(0);
            s.comment = r.text("comment");
            s.reportedBy = r.text("reportedBy");
            s.date = r.date("date");
            r.finish();
            if (pairs.contains({s.action, s.period}))
                r.fail(r.at("period"), QStringLiteral("the action has a report for this period already"));
            pairs.insert({s.action, s.period});
            f.reports << s;
        }
    }
    plan.followup = f;
}

} // namespace planverk
