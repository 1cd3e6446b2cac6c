#include "render/followupview.h"

#include "model/rollup.h"
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

// On paper a chart is an SVG picture, which the text document rasterises at
// 300 dpi (some 3.7 MB each): a plan with more indicators than this gets the
// tables of numbers without the charts, so that its report stays within
// memory (the 600-goal plan asked for 2.3 GB). Drawing the chart as vectors
// in the PDF would lift this; see docs/follow-up.md.
constexpr qsizetype kMaxPaperCharts = 12;

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

QString number(double v, const QString &lang)
{
    const QLocale locale(lang == QLatin1String("en") ? QLocale::English : QLocale::NorwegianBokmal);
    const double rounded = std::round(v * 100) / 100;
    const int decimals = rounded == std::round(rounded) ? 0 : std::round(rounded * 10) == rounded * 10 ? 1 : 2;
    return locale.toString(rounded, 'f', decimals);
}

QString xmlEscaped(const QString &t) { return t.toHtmlEscaped(); }

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

std::string indicatorChartSvg(const Indicator &ind, const Plan &plan, const QString &lang)
{
    // Points by year: the baseline, the targets, the values (by the year of their period).
    QMap<int, double> targets, values;
    for (const IndicatorTarget &t : ind.targets)
        targets.insert(t.year, t.value);
    for (const IndicatorValue &v : ind.values)
        if (const ReportingPeriod *p = plan.followup.period(v.period); p && yearOf(*p) > 0)
            values.insert(yearOf(*p), v.value);
    if (ind.baselineValue && ind.baselineYear)
        values.insert(*ind.baselineYear, *ind.baselineValue);
    QList<int> years = targets.keys() + values.keys();
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const double W = 480, H = 200, left = 48, right = 12, top = 16, bottom = 36;
    double lo = 0, hi = 1;
    bool first = true;
    for (double v : targets.values() + values.values()) {
        if (first) {
            lo = hi = v;
            first = false;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1;
    hi += (hi - lo) * 0.1;
    const int y0 = years.isEmpty() ? 0 : years.first(), y1 = years.isEmpty() ? 1 : std::max(years.last(), y0 + 1);
    auto x = [&](int year) { return left + (W - left - right) * (year - y0) / double(y1 - y0); };
    auto y = [&](double v) { return top + (H - top - bottom) * (1 - (v - lo) / (hi - lo)); };
    auto f = [](double d) { return QString::number(d, 'f', 1); };
    const QString valuesWord = QString::fromUtf8(text(lang, "Verdi", "Verdi", "Value"));
    const QString targetWord = QString::fromUtf8(text(lang, "Mål", "Mål", "Target"));
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
                      .arg(W).arg(H).arg(xmlEscaped(ind.name));
    svg += QStringLiteral("<title>%1</title>").arg(xmlEscaped(ind.name));
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>").arg(W).arg(H);
    // Axes and the scale: lowest and highest value.
    svg += QStringLiteral("<path d=\"M%1 %2V%3H%4\" stroke=\"#333333\" stroke-width=\"1\" fill=\"none\"/>").arg(f(left), f(top), f(H - bottom), f(W - right));
    for (double v : {lo, (lo + hi) / 2, hi})
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"end\" fill=\"#333333\">%3</text>")
                   .arg(f(left - 4), f(y(v) + 3), number(v, lang));
    for (int year : years)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">%3</text>")
                   .arg(f(x(year)), f(H - bottom + 14)).arg(year);
    // Targets: a dashed line with open squares; values: a solid line with filled circles.
    auto polyline = [&](const QMap<int, double> &points, const char *style) {
        QString d;
        for (auto it = points.begin(); it != points.end(); ++it)
            d += (d.isEmpty() ? QStringLiteral("M") : QStringLiteral(" L")) + f(x(it.key())) + ' ' + f(y(it.value()));
        return points.size() > 1 ? QStringLiteral("<path d=\"%1\" fill=\"none\" %2/>").arg(d, QLatin1String(style)) : QString();
    };
    svg += polyline(targets, "stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"");
    for (auto it = targets.begin(); it != targets.end(); ++it)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"/>")
                   .arg(f(x(it.key()) - 4), f(y(it.value()) - 4));
    svg += polyline(values, "stroke=\"#1f4e79\" stroke-width=\"2\"");
    for (auto it = values.begin(); it != values.end(); ++it)
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#1f4e79\"/>").arg(f(x(it.key())), f(y(it.value())));
    // The legend says which line is which, by shape as well as by colour.
    const double ly = H - 8;
    svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#1f4e79\"/><text x=\"%3\" y=\"%4\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#333333\">%5</text>")
               .arg(f(left + 4), f(ly - 3), f(left + 12), f(ly), xmlEscaped(valuesWord));
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"/><text x=\"%3\" y=\"%4\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#333333\">%5</text>")
               .arg(f(left + 80), f(ly - 7), f(left + 92), f(ly), xmlEscaped(targetWord));
    svg += QStringLiteral("</svg>");
    return s(svg);
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
                   {"legend", text(lang, "Status vises med symbol og ord: ", "Status blir vist med symbol og ord: ", "Status is shown by symbol and word: ")}};
    if (!period)
        return o;
    o["period"] = {{"name", s(period->name)}, {"closingDate", s(formatDate(lang, period->closing))}, {"closed", period->closed}};

    // Actions per status.
    QHash<QString, int> actionCount;
    int unreported = 0;
    for (const Action &a : plan.actions) {
        if (const StatusReport *r = f.report(a.id, periodId))
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
        const GoalRollup r = rollUp(plan, g.id, periodId);
        json o2 = {{"number", s(num)}, {"title", s(g.title)}, {"level", level}, {"isSubgoal", level > 1}};
        o2["anchor"] = s(QStringLiteral("report-goal-%1").arg(QString(num).replace('.', '-')));
        o2["status"] = statusJson(wordOf(kGoalWords, r.status), lang);
        o2["reason"] = s(rollupReason(r, lang));
        ++goalCount[r.status];
        json inds = json::array();
        for (const Indicator &i : f.indicators) {
            if (i.goal != g.id)
                continue;
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
            if (forPrint && f.indicators.size() > kMaxPaperCharts) {
                io["chartHtml"] = ""; // the table alone (see kMaxPaperCharts)
            } else if (forPrint) {
                const std::string svg = indicatorChartSvg(i, plan, lang);
                const QByteArray b64 = QByteArray::fromStdString(svg).toBase64();
                io["chartHtml"] = "<img src=\"data:image/svg+xml;base64," + b64.toStdString() + "\" width=\"384\" height=\"160\" alt=\"" +
                                  s(QStringLiteral("%1 %2").arg(QString::fromUtf8(text(lang, "Diagram:", "Diagram:", "Chart:")), i.name).toHtmlEscaped()) + "\">";
            } else {
                io["chartHtml"] = indicatorChartSvg(i, plan, lang);
            }
            inds.push_back(io);
        }
        o2["indicators"] = inds;
        o2["hasIndicators"] = !inds.empty();
        json acts = json::array();
        for (int k = 0; k < plan.actions.size(); ++k) {
            const Action &a = plan.actions[k];
            if (!a.goals.contains(g.id))
                continue;
            json ao = {{"number", k + 1}, {"title", s(a.title)}, {"responsible", s(a.responsible)}};
            if (const StatusReport *r = f.report(a.id, periodId)) {
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
    return o;
}

} // namespace planverk
