#include "render/followupview.h"

#include "model/rollup.h"
#include "render/indicatorchart.h"
#include "render/labels.h"
#include "render/markdown.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <cmath>

namespace planverk {

using json = nlohmann::json;

namespace {

std::string s(const QString &q) { return q.toStdString(); }

struct Word {
    const char *code, *symbol, *nb, *nn, *en;
};

// Report statuses and goal statuses: a symbol and a word each.
const Word kWords[] = {
    {"not-started", "○", "Ikke startet", "Ikkje starta", "Not started"},
    {"on-track", "●", "I rute", "I rute", "On track"},
    {"delayed", "▲", "Forsinket", "Forseinka", "Delayed"},
    {"done", "✓", "Fullført", "Fullført", "Done"},
    {"cancelled", "✕", "Avlyst", "Avlyst", "Cancelled"},
};
const Word kGoalWords[] = {
    {"on-track", "●", "I rute", "I rute", "On track"},
    {"at-risk", "▲", "Delvis i rute", "Delvis i rute", "Partly on track"},
    {"off-track", "■", "Ikke i rute", "Ikkje i rute", "Off track"},
    {"no-data", "–", "Ingen rapporter", "Ingen rapportar", "No reports"},
};

const char *pick(const Word &w, const QString &lang) { return lang == QLatin1String("en") ? w.en : lang == QLatin1String("nn") ? w.nn : w.nb; }

template<size_t N>
const Word &wordOf(const Word (&words)[N], const QString &code)
{
    for (const Word &w : words)
        if (code == QLatin1String(w.code))
            return w;
    return words[0];
}

json statusJson(const Word &w, const QString &lang)
{
    return {{"code", w.code}, {"symbol", w.symbol}, {"label", pick(w, lang)}};
}

const char *text(const QString &lang, const char *nb, const char *nn, const char *en)
{
    return lang == QLatin1String("en") ? en : lang == QLatin1String("nn") ? nn : nb;
}

QString number(double v, const QString &lang) { return chartNumber(v, lang); }


} // namespace

QUuid reportPeriodOf(const Plan &plan)
{
    QSet<QUuid> used;
    for (const StatusReport &r : plan.followup.reports)
        used.insert(r.period);
    for (const Indicator &i : plan.followup.indicators)
        for (const IndicatorValue &v : i.values)
            used.insert(v.period);
    for (qsizetype k = plan.followup.periods.size() - 1; k >= 0; --k)
        if (used.contains(plan.followup.periods[k].id))
            return plan.followup.periods[k].id;
    return {};
}

Plan planAsOf(const Plan &plan, const QUuid &period)
{
    Plan p = plan;
    QSet<QUuid> later;
    bool after = false;
    for (const ReportingPeriod &r : plan.followup.periods) {
        if (after)
            later.insert(r.id);
        if (r.id == period)
            after = true;
    }
    p.followup.periods.removeIf([&](const ReportingPeriod &r) { return later.contains(r.id); });
    p.followup.reports.removeIf([&](const StatusReport &r) { return later.contains(r.period); });
    for (Indicator &i : p.followup.indicators)
        i.values.removeIf([&](const IndicatorValue &v) { return later.contains(v.period); });
    return p;
}

json followupView(const Plan &plan, const QString &lang, bool forPrint)
{
    const Followup &f = plan.followup;
    json o = json::object();
    const QUuid periodId = reportPeriodOf(plan);
    const ReportingPeriod *period = f.period(periodId);
    o["hasReport"] = period != nullptr;
    json periods = json::array();
    for (const ReportingPeriod &p : f.periods)
        periods.push_back({{"name", s(p.name)}, {"start", s(formatDate(lang, p.start))}, {"closingDate", s(formatDate(lang, p.closing))},
                           {"closed", p.closed}, {"current", p.id == periodId}});
    o["periods"] = periods;
    o["labels"] = {{"report", text(lang, "Rapport", "Rapport", "Report")},
                   {"summary", text(lang, "Sammendrag", "Samandrag", "Summary")},
                   {"actionsByStatus", text(lang, "Tiltak etter status", "Tiltak etter status", "Actions by status")},
                   {"goalsByStatus", text(lang, "Mål etter status", "Mål etter status", "Goals by status")},
                   {"status", text(lang, "Status", "Status", "Status")},
                   {"count", text(lang, "Antall", "Tal", "Number")},
                   {"goal", text(lang, "Mål", "Mål", "Goal")},
                   {"indicators", text(lang, "Indikatorer", "Indikatorar", "Indicators")},
                   {"indicator", text(lang, "Indikator", "Indikator", "Indicator")},
                   {"actions", text(lang, "Tiltak", "Tiltak", "Actions")},
                   {"action", text(lang, "Tiltak", "Tiltak", "Action")},
                   {"progress", text(lang, "Framdrift", "Framdrift", "Progress")},
                   {"comment", text(lang, "Kommentar", "Kommentar", "Comment")},
                   {"responsible", text(lang, "Ansvarlig", "Ansvarleg", "Responsible")},
                   {"year", text(lang, "År", "År", "Year")},
                   {"target", text(lang, "Mål", "Mål", "Target")},
                   {"value", text(lang, "Verdi", "Verdi", "Value")},
                   {"baseline", text(lang, "Utgangsverdi", "Utgangsverdi", "Baseline")},
                   {"unit", text(lang, "Enhet", "Eining", "Unit")},
                   {"source", text(lang, "Kilde", "Kjelde", "Source")},
                   {"reason", text(lang, "Begrunnelse", "Grunngiving", "Reason")},
                   {"chartNumbers", text(lang, "Tallene i diagrammet", "Tala i diagrammet", "The chart's numbers")},
                   {"noReport", text(lang, "Ikke rapportert", "Ikkje rapportert", "Not reported")},
                   {"legend", text(lang, "Status vises med symbol og ord. ", "Status blir vist med symbol og ord. ", "Status is shown by symbol and word. ")}};
    if (!period)
        return o;
    o["period"] = {{"name", s(period->name)}, {"closingDate", s(formatDate(lang, period->closing))}, {"closed", period->closed}};

    // Every goal's actions, indicators and roll-up through one index.
    const RollupIndex index(plan, periodId);

    // Actions per status.
    QHash<QString, int> actionCount;
    int unreported = 0;
    for (const Action &a : plan.actions) {
        if (const StatusReport *r = index.report(a.id))
            ++actionCount[r->status];
        else
            ++unreported;
    }
    json actionSummary = json::array();
    for (const Word &w : kWords) {
        json row = statusJson(w, lang);
        row["count"] = actionCount.value(QLatin1String(w.code));
        actionSummary.push_back(row);
    }
    o["actionSummary"] = actionSummary;
    o["unreportedActions"] = unreported;
    o["hasUnreportedActions"] = unreported > 0;

    // Goals: main goals and sub-goals, each with its roll-up.
    QHash<QString, int> goalCount;
    json goals = json::array();
    auto goalJson = [&](const Goal &g, const QString &num, int level) {
        const GoalRollup r = index.rollUp(g.id);
        json o2 = {{"number", s(num)}, {"title", s(g.title)}, {"level", level}, {"isSubgoal", level > 1}};
        o2["anchor"] = s(QStringLiteral("report-goal-%1").arg(QString(num).replace('.', '-')));
        o2["status"] = statusJson(wordOf(kGoalWords, r.status), lang);
        o2["reason"] = s(rollupReason(r, lang));
        // Without actions or indicators the reason ("ingen rapporter") would
        // only say the status again ("Ingen rapporter – ingen rapporter").
        o2["hasReason"] = r.actions > 0 || r.indicators > 0;
        ++goalCount[r.status];
        json inds = json::array();
        for (const Indicator *indicator : index.indicatorsOf(g.id)) {
            const Indicator &i = *indicator;
            json io = {{"name", s(i.name)}, {"unit", s(i.unit)}, {"source", s(i.source)}, {"hasUnit", !i.unit.isEmpty()}, {"hasSource", !i.source.isEmpty()}};
            json rows = json::array();
            if (i.baselineValue)
                rows.push_back({{"label", s(QStringLiteral("%1 %2").arg(QString::fromUtf8(text(lang, "Utgangsverdi", "Utgangsverdi", "Baseline")),
                                                                        i.baselineYear ? QString::number(*i.baselineYear) : QString()).trimmed())},
                                {"target", ""}, {"value", s(number(*i.baselineValue, lang))}});
            QMap<int, std::pair<QString, QString>> byYear; // year -> target, value
            for (const IndicatorTarget &t : i.targets)
                byYear[t.year].first = number(t.value, lang);
            QMap<int, QString> periodName;
            for (const IndicatorValue &v : i.values)
                if (const ReportingPeriod *p = f.period(v.period)) {
                    byYear[yearOf(*p)].second = number(v.value, lang);
                    periodName[yearOf(*p)] = p->name;
                }
            for (auto it = byYear.begin(); it != byYear.end(); ++it)
                rows.push_back({{"label", s(periodName.value(it.key(), QString::number(it.key())))}, {"target", s(it->first)}, {"value", s(it->second)}});
            io["rows"] = rows;
            const auto v = std::find_if(i.values.begin(), i.values.end(), [&](const IndicatorValue &x) { return x.period == periodId; });
            const std::optional<double> target = targetFor(i, yearOf(*period));
            io["hasCurrent"] = v != i.values.end();
            if (v != i.values.end()) {
                io["current"] = s(number(v->value, lang));
                io["hasNote"] = !v->note.isEmpty();
                io["note"] = s(v->note);
                if (target) {
                    const bool met = meetsTarget(i, v->value, *target);
                    io["onTarget"] = {{"symbol", met ? "●" : "▲"}, {"label", met ? text(lang, "På mål", "På mål", "On target") : text(lang, "Under mål", "Under mål", "Below target")}};
                    io["hasOnTarget"] = true;
                }
            }
            const IndicatorChart chart = IndicatorChart::of(i, plan, lang);
            if (forPrint) {
                // Drawn as vectors where the document is laid out (render/chartobject.h).
                io["chartHtml"] = "<img src=\"" + s(chart.imageName()) + "\" width=\"384\" height=\"160\" alt=\"" +
                                  s(QStringLiteral("%1 %2").arg(QString::fromUtf8(text(lang, "Diagram:", "Diagram:", "Chart:")), i.name).toHtmlEscaped()) + "\">";
            } else {
                io["chartHtml"] = chart.svg(i.name);
            }
            // On paper the chart spans the rows of its numbers, its caption and their heads.
            io["chartRowSpan"] = rows.size() + 2;
            inds.push_back(io);
        }
        o2["indicators"] = inds;
        o2["hasIndicators"] = !inds.empty();
        json acts = json::array();
        for (int k : index.actionsOf(g.id)) {
            const Action &a = plan.actions[k];
            json ao = {{"number", k + 1}, {"title", s(a.title)}, {"responsible", s(a.responsible)}};
            if (const StatusReport *r = index.report(a.id)) {
                ao["status"] = statusJson(wordOf(kWords, r->status), lang);
                ao["progress"] = std::to_string(r->progress) + " %";
                ao["commentHtml"] = markdownToHtml(s(r->comment));
                ao["reported"] = true;
            } else {
                ao["status"] = {{"code", ""}, {"symbol", "–"}, {"label", text(lang, "Ikke rapportert", "Ikkje rapportert", "Not reported")}};
                ao["progress"] = "";
                ao["commentHtml"] = "";
                ao["reported"] = false;
            }
            acts.push_back(ao);
        }
        o2["actions"] = acts;
        o2["hasActions"] = !acts.empty();
        goals.push_back(o2);
    };
    for (int i = 0; i < plan.goals.size(); ++i) {
        goalJson(plan.goals[i], QString::number(i + 1), 1);
        for (int j = 0; j < plan.goals[i].subgoals.size(); ++j)
            goalJson(plan.goals[i].subgoals[j], QStringLiteral("%1.%2").arg(i + 1).arg(j + 1), 2);
    }
    o["goals"] = goals;
    json goalSummary = json::array();
    for (const Word &w : kGoalWords) {
        json row = statusJson(w, lang);
        row["count"] = goalCount.value(QLatin1String(w.code));
        goalSummary.push_back(row);
    }
    o["goalSummary"] = goalSummary;
    json legend = json::array();
    for (const Word &w : kWords)
        legend.push_back(statusJson(w, lang));
    o["legend"] = legend;
    // The key to every symbol the report shows, by what it is the status of:
    // ▲ is an action's "Forsinket", a goal's "Delvis i rute" and an indicator's "Under mål".
    json goalKey = json::array();
    for (const Word &w : kGoalWords)
        goalKey.push_back(statusJson(w, lang));
    const json indicatorKey = json::array({{{"code", "on-target"}, {"symbol", "●"}, {"label", text(lang, "På mål", "På mål", "On target")}},
                                           {{"code", "below-target"}, {"symbol", "▲"}, {"label", text(lang, "Under mål", "Under mål", "Below target")}}});
    o["legendGroups"] = json::array({{{"title", text(lang, "Tiltak", "Tiltak", "Actions")}, {"items", legend}},
                                     {{"title", text(lang, "Mål", "Mål", "Goals")}, {"items", goalKey}},
                                     {{"title", text(lang, "Indikatorer", "Indikatorar", "Indicators")}, {"items", indicatorKey}}});
    return o;
}

} // namespace planverk
