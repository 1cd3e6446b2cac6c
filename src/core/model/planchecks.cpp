#include "model/planchecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace planverk {

namespace {

// The messages are English in the file format and the CLI, and translated in
// the editor (its translations cover the context "planverk::Checks").
QString t(const char *message) { return QCoreApplication::translate("planverk::Checks", message); }

class Checker
{
public:
    explicit Checker(const Plan &plan) : m_plan(plan)
    {
        forEachKind([&]<class T>() { forEachEntry<T>(plan, [&](const T &e) { m_ids[QLatin1String(Kind<T>::table)].insert(e.id); }); });
    }

    QList<Finding> run()
    {
        checkInfo();
        checkSections(m_plan.sections, QStringLiteral("/sections"));
        for (int i = 0; i < m_plan.goals.size(); ++i) {
            const Goal &g = m_plan.goals[i];
            const QString p = QStringLiteral("/goals/%1").arg(i);
            checkGoal(g, p, QT_TRANSLATE_NOOP("planverk::Checks", "the goal has no title"));
            for (int j = 0; j < g.subgoals.size(); ++j)
                checkGoal(g.subgoals[j], p + QStringLiteral("/subgoals/%1").arg(j), QT_TRANSLATE_NOOP("planverk::Checks", "the sub-goal has no title"));
        }
        named(m_plan.themes, "themes", &Theme::title, "title", QT_TRANSLATE_NOOP("planverk::Checks", "the theme has no title"));
        named(m_plan.instruments, "instruments", &Instrument::title, "title", QT_TRANSLATE_NOOP("planverk::Checks", "the instrument has no title"));
        named(m_plan.memberships, "memberships", &Membership::name, "name", QT_TRANSLATE_NOOP("planverk::Checks", "the membership has no name"));
        named(m_plan.partnerships, "partnerships", &Partnership::partner, "partner", QT_TRANSLATE_NOOP("planverk::Checks", "the partnership has no partner"));
        named(m_plan.actions, "actions", &Action::title, "title", QT_TRANSLATE_NOOP("planverk::Checks", "the action has no title"));
        named(m_plan.contacts, "contacts", &Contact::name, "name", QT_TRANSLATE_NOOP("planverk::Checks", "the contact has no name"));
        named(m_plan.references, "references", &Reference::title, "title", QT_TRANSLATE_NOOP("planverk::Checks", "the reference has no title"));
        checkLinks();
        for (int i = 0; i < m_plan.actions.size(); ++i) {
            const Action &a = m_plan.actions[i];
            const QString p = QStringLiteral("/actions/%1").arg(i);
            const PlanInfo &info = m_plan.info;
            if (a.deadline.isValid() && info.periodEnd && a.deadline.year() > *info.periodEnd)
                warn(p + QStringLiteral("/deadline"), a.id,
                     t(QT_TRANSLATE_NOOP("planverk::Checks", "the deadline %1 is after the plan period ends (%2)")).arg(a.deadline.toString(Qt::ISODate)).arg(*info.periodEnd));
        }
        for (int i = 0; i < m_plan.contacts.size(); ++i) {
            const Contact &c = m_plan.contacts[i];
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
                warn(QStringLiteral("/contacts/%1/email").arg(i), c.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "\"%1\" does not look like an e-mail address")).arg(c.email));
        }
        for (int i = 0; i < m_plan.processing.size(); ++i) {
            const Processing &pr = m_plan.processing[i];
            const QString p = QStringLiteral("/processing/%1").arg(i);
            if (pr.body.trimmed().isEmpty())
                error(p + QStringLiteral("/body"), pr.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "the political processing does not say which body treated the case")));
            for (int j = 0; j < pr.amendments.size(); ++j) {
                const Amendment &a = pr.amendments[j];
                if (a.text.trimmed().isEmpty())
                    error(p + QStringLiteral("/amendments/%1/text").arg(j), a.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "the amendment has no text")));
            }
        }
        checkFollowup();
        checkPlaceholders();
        return m_findings;
    }

private:
    // Follow-up (model/followup.h): reports and values refer to actions,
    // goals and periods by id and outlive them; say so here.
    void checkFollowup()
    {
        const Followup &f = m_plan.followup;
        QSet<QUuid> actions, periods;
        for (const Action &a : m_plan.actions)
            actions.insert(a.id);
        for (const ReportingPeriod &p : f.periods)
            periods.insert(p.id);
        for (int i = 0; i < f.reports.size(); ++i) {
            const StatusReport &r = f.reports[i];
            const QString p = QStringLiteral("/statusReports/%1").arg(i);
            if (!actions.contains(r.action))
                warn(p + QStringLiteral("/action"), r.id,
                     t(QT_TRANSLATE_NOOP("planverk::Checks", "the status report is for action %1, which is not in the plan")).arg(r.action.toString(QUuid::WithoutBraces)));
            if (!periods.contains(r.period))
                error(p + QStringLiteral("/period"), r.id,
                      t(QT_TRANSLATE_NOOP("planverk::Checks", "the status report is for period %1, which is not in the plan")).arg(r.period.toString(QUuid::WithoutBraces)));
        }
        QHash<QUuid, QString> goalPath;
        for (int g = 0; g < m_plan.goals.size(); ++g) {
            goalPath.insert(m_plan.goals[g].id, QStringLiteral("/goals/%1").arg(g));
            for (int s = 0; s < m_plan.goals[g].subgoals.size(); ++s)
                goalPath.insert(m_plan.goals[g].subgoals[s].id, QStringLiteral("/goals/%1/subgoals/%2").arg(g).arg(s));
        }
        QHash<QUuid, int> countOf;
        const PlanInfo &info = m_plan.info;
        for (const Indicator &ind : f.indicators) {
            const int n = countOf[ind.goal]++;
            const QString p = goalPath.value(ind.goal, QStringLiteral("/goals/?")) + QStringLiteral("/indicators/%1").arg(n);
            if (!goalPath.contains(ind.goal))
                warn(p, ind.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "the indicator \"%1\" belongs to goal %2, which is not in the plan")).arg(ind.name, ind.goal.toString(QUuid::WithoutBraces)));
            if (ind.name.trimmed().isEmpty())
                error(p + QStringLiteral("/name"), ind.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "the indicator has no name")));
            for (int k = 0; k < ind.targets.size(); ++k) {
                const int year = ind.targets[k].year;
                if ((info.periodStart && year < *info.periodStart) || (info.periodEnd && year > *info.periodEnd))
                    warn(p + QStringLiteral("/targets/%1/year").arg(k), ind.id,
                         t(QT_TRANSLATE_NOOP("planverk::Checks", "the target year %1 is outside the plan period (%2–%3)"))
                             .arg(year).arg(info.periodStart.value_or(year)).arg(info.periodEnd.value_or(year)));
            }
            for (int k = 0; k < ind.values.size(); ++k)
                if (!periods.contains(ind.values[k].period))
                    error(p + QStringLiteral("/values/%1/period").arg(k), ind.id,
                          t(QT_TRANSLATE_NOOP("planverk::Checks", "the value is for period %1, which is not in the plan")).arg(ind.values[k].period.toString(QUuid::WithoutBraces)));
        }
    }

    void error(const QString &path, const QUuid &id, const QString &msg) { m_findings.append({Finding::Severity::Error, path, id, msg}); }
    void warn(const QString &path, const QUuid &id, const QString &msg) { m_findings.append({Finding::Severity::Warning, path, id, msg}); }

    static bool isPlaceholder(const QString &s)
    {
        const QString t = s.trimmed();
        return t.startsWith('[') && t.endsWith(']');
    }

    void checkInfo()
    {
        const PlanInfo &i = m_plan.info;
        if (i.title.trimmed().isEmpty())
            error(QStringLiteral("/plan/title"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the plan has no title")));
        if (i.organisation.trimmed().isEmpty())
            warn(QStringLiteral("/plan/organisation"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the plan does not name its organisation")));
        if (i.periodStart && i.periodEnd && *i.periodEnd < *i.periodStart)
            error(QStringLiteral("/plan/periodEnd"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the period ends (%1) before it starts (%2)")).arg(*i.periodEnd).arg(*i.periodStart));
        if (i.status == QLatin1String("adopted")) {
            if (i.caseNumber.trimmed().isEmpty() || isPlaceholder(i.caseNumber))
                error(QStringLiteral("/plan/caseNumber"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the plan is adopted but has no case number")));
            if (!i.adoptedDate.isValid())
                error(QStringLiteral("/plan/adoptedDate"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the plan is adopted but has no date of adoption")));
            if (i.adoptedBy.trimmed().isEmpty())
                warn(QStringLiteral("/plan/adoptedBy"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the plan is adopted but does not say by whom")));
        }
        checkProfile();
    }

    // The accent colour carries white text (headings on paper, bars); the
    // pictures need a text for those who cannot see them.
    void checkProfile()
    {
        const PlanInfo &i = m_plan.info;
        if (!i.accentColour.isEmpty() && isAccentColour(i.accentColour)) {
            const double ratio = contrastWithWhite(QColor(i.accentColour));
            if (ratio < kMinimumContrast)
                warn(QStringLiteral("/plan/accentColour"), {},
                     t(QT_TRANSLATE_NOOP("planverk::Checks", "the accent colour %1 has a contrast of %2:1 with white text; WCAG asks for at least 4.5:1"))
                         .arg(i.accentColour, QString::number(std::floor(ratio * 100) / 100, 'f', 2)));
        }
        if (!i.logo.isEmpty() && i.logo.alt.trimmed().isEmpty())
            warn(QStringLiteral("/plan/logo/alt"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the logo has no alternative text")));
        if (!i.cover.isEmpty() && i.cover.alt.trimmed().isEmpty())
            warn(QStringLiteral("/plan/coverImage/alt"), {}, t(QT_TRANSLATE_NOOP("planverk::Checks", "the cover picture has no alternative text")));
    }

    // Text left from a county's Word template: "[nnnn/nn]", "[Dato]",
    // "[STIKKTITTEL]" or any other bracketed word a county uses, in every
    // text and Markdown field. Markdown's own brackets (links, images,
    // references, check boxes) and numbers ("[1]") are not placeholders.
    void checkPlaceholders()
    {
        placeholdersIn(m_plan.info, QStringLiteral("/plan"), {});
        forEachInDocumentWithPath(m_plan, [&](const auto &e, const QString &path) { placeholdersIn(e, path, e.id); });
    }

    template<class E>
    void placeholdersIn(const E &entity, const QString &path, const QUuid &id)
    {
        struct Visitor : IgnoreFields {
            Checker *checker;
            const QString *path;
            const QUuid *id;
            using IgnoreFields::markdown;
            using IgnoreFields::text;
            void text(const char *key, const QString &s) { checker->placeholdersInText(s, *path + '/' + QLatin1String(key), *id); }
            void markdown(const char *key, const QString &s) { checker->placeholdersInText(s, *path + '/' + QLatin1String(key), *id); }
        } v;
        v.checker = this;
        v.path = &path;
        v.id = &id;
        fields(v, entity);
    }

    void placeholdersInText(const QString &text, const QString &path, const QUuid &id)
    {
        if (!text.contains('['))
            return;
        static const QRegularExpression bracketed(QStringLiteral("\\[([^\\[\\]\\n]{2,60})\\]"));
        for (auto it = bracketed.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype before = m.capturedStart() - 1;
            const qsizetype after = m.capturedEnd();
            if (before >= 0 && (text[before] == '!' || text[before] == '\\' || text[before] == ']'))
                continue; // a Markdown image, an escaped bracket, a reference
            if (after < text.size() && (text[after] == '(' || text[after] == '[' || text[after] == ':'))
                continue; // a Markdown link or a reference's definition
            const QString inside = m.captured(1).trimmed();
            if (!std::any_of(inside.begin(), inside.end(), [](QChar c) { return c.isLetter(); }))
                continue; // "[1]", "[12–14]": numbers, not placeholders
            warn(path, id, t(QT_TRANSLATE_NOOP("planverk::Checks", "\"%1\" looks like a placeholder left from a Word template: fill it in or remove it")).arg(m.captured(0)));
        }
    }

    void checkSections(const QList<Section> &list, const QString &path)
    {
        for (int i = 0; i < list.size(); ++i) {
            const QString p = path + '/' + QString::number(i);
            if (list[i].title.trimmed().isEmpty())
                error(p + QStringLiteral("/title"), list[i].id, t(QT_TRANSLATE_NOOP("planverk::Checks", "the section has no title")));
            checkSections(list[i].sections, p + QStringLiteral("/sections"));
        }
    }

    void checkGoal(const Goal &g, const QString &p, const char *noTitle)
    {
        if (g.title.trimmed().isEmpty())
            error(p + QStringLiteral("/title"), g.id, t(noTitle));
        for (int k = 0; k < g.sdgs.size(); ++k)
            if (g.sdgs[k] < 1 || g.sdgs[k] > 17)
                error(p + QStringLiteral("/sdgs/%1").arg(k), g.id, t(QT_TRANSLATE_NOOP("planverk::Checks", "%1 is not a UN Sustainable Development Goal (1 to 17)")).arg(g.sdgs[k]));
    }

    // Every link (the refs(...) of fields()) points at an entry of the kind it
    // names: "refers to goal 1f0c…, which is not in the plan", the kind by its
    // label in the registry (kinds.h).
    void checkLinks()
    {
        forEachInDocumentWithPath(m_plan, [&](const auto &e, const QString &path) {
            forEachLink(e, [&](const char *key, const QList<QUuid> &refs, const char *target) {
                const QSet<QUuid> &targets = m_ids[QLatin1String(target)];
                for (int k = 0; k < refs.size(); ++k)
                    if (!targets.contains(refs[k]))
                        error(path + '/' + QLatin1String(key) + '/' + QString::number(k), e.id,
                              t(QT_TRANSLATE_NOOP("planverk::Checks", "refers to %1 %2, which is not in the plan")).arg(kindLabel(target), refs[k].toString(QUuid::WithoutBraces)));
            });
        });
    }

    // A kind's label ("goal") by its table, in the editor's language (the
    // registry's texts are translated in the context planverk::PlanEditor).
    static QString kindLabel(const char *table)
    {
        QString label = QLatin1String(table);
        forEachKind([&]<class T>() {
            if (qstrcmp(Kind<T>::table, table) == 0)
                label = QCoreApplication::translate("planverk::PlanEditor", Kind<T>::label);
        });
        return label;
    }

    template<class T>
    void named(const QList<T> &list, const char *key, QString T::*field, const char *fieldKey, const char *message)
    {
        for (int i = 0; i < list.size(); ++i)
            if ((list[i].*field).trimmed().isEmpty())
                error(QStringLiteral("/%1/%2/%3").arg(QLatin1String(key)).arg(i).arg(QLatin1String(fieldKey)), list[i].id, t(message));
    }

    const Plan &m_plan;
    QHash<QString, QSet<QUuid>> m_ids; // every id, by its kind's table: the targets of links
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> checkPlan(const Plan &plan)
{
    return Checker(plan).run();
}

} // namespace planverk
