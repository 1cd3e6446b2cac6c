#include "model/planchecks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace planverk {

namespace {

class Checker
{
public:
    explicit Checker(const Plan &plan) : m_plan(plan)
    {
        for (const Theme &t : plan.themes)
            m_themes.insert(t.id);
        for (const Goal &g : plan.goals) {
            m_goals.insert(g.id);
            for (const Goal &s : g.subgoals)
                m_goals.insert(s.id);
        }
    }

    QList<Finding> run()
    {
        checkInfo();
        checkSections(m_plan.sections, QStringLiteral("/sections"));
        for (int i = 0; i < m_plan.goals.size(); ++i) {
            const Goal &g = m_plan.goals[i];
            const QString p = QStringLiteral("/goals/%1").arg(i);
            checkGoal(g, p, QStringLiteral("goal"));
            for (int j = 0; j < g.subgoals.size(); ++j)
                checkGoal(g.subgoals[j], p + QStringLiteral("/subgoals/%1").arg(j), QStringLiteral("sub-goal"));
        }
        named(m_plan.themes, "themes", &Theme::title, "title", "theme");
        named(m_plan.instruments, "instruments", &Instrument::title, "title", "instrument");
        named(m_plan.memberships, "memberships", &Membership::name, "name", "membership");
        named(m_plan.partnerships, "partnerships", &Partnership::partner, "partner", "partnership");
        named(m_plan.actions, "actions", &Action::title, "title", "action");
        named(m_plan.contacts, "contacts", &Contact::name, "name", "contact");
        named(m_plan.references, "references", &Reference::title, "title", "reference");
        for (int i = 0; i < m_plan.memberships.size(); ++i)
            checkRefs(m_plan.memberships[i].goals, m_goals, QStringLiteral("/memberships/%1/goals").arg(i), m_plan.memberships[i].id, QStringLiteral("goal"));
        for (int i = 0; i < m_plan.actions.size(); ++i) {
            const Action &a = m_plan.actions[i];
            const QString p = QStringLiteral("/actions/%1").arg(i);
            checkRefs(a.goals, m_goals, p + QStringLiteral("/goals"), a.id, QStringLiteral("goal"));
            const PlanInfo &info = m_plan.info;
            if (a.deadline.isValid() && info.periodEnd && a.deadline.year() > *info.periodEnd)
                warn(p + QStringLiteral("/deadline"), a.id,
                     QStringLiteral("the deadline %1 is after the plan period ends (%2)").arg(a.deadline.toString(Qt::ISODate)).arg(*info.periodEnd));
        }
        for (int i = 0; i < m_plan.contacts.size(); ++i) {
            const Contact &c = m_plan.contacts[i];
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
                warn(QStringLiteral("/contacts/%1/email").arg(i), c.id, QStringLiteral("\"%1\" does not look like an e-mail address").arg(c.email));
        }
        for (int i = 0; i < m_plan.processing.size(); ++i) {
            const Processing &pr = m_plan.processing[i];
            const QString p = QStringLiteral("/processing/%1").arg(i);
            if (pr.body.trimmed().isEmpty())
                error(p + QStringLiteral("/body"), pr.id, QStringLiteral("the political processing does not say which body treated the case"));
            for (int j = 0; j < pr.amendments.size(); ++j) {
                const Amendment &a = pr.amendments[j];
                if (a.text.trimmed().isEmpty())
                    error(p + QStringLiteral("/amendments/%1/text").arg(j), a.id, QStringLiteral("the amendment has no text"));
            }
        }
        return m_findings;
    }

private:
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
            error(QStringLiteral("/plan/title"), {}, QStringLiteral("the plan has no title"));
        if (i.organisation.trimmed().isEmpty())
            warn(QStringLiteral("/plan/organisation"), {}, QStringLiteral("the plan does not name its organisation"));
        if (i.periodStart && i.periodEnd && *i.periodEnd < *i.periodStart)
            error(QStringLiteral("/plan/periodEnd"), {}, QStringLiteral("the period ends (%1) before it starts (%2)").arg(*i.periodEnd).arg(*i.periodStart));
        if (i.status == QLatin1String("adopted")) {
            if (i.caseNumber.trimmed().isEmpty() || isPlaceholder(i.caseNumber))
                error(QStringLiteral("/plan/caseNumber"), {}, QStringLiteral("the plan is adopted but has no case number"));
            if (!i.adoptedDate.isValid())
                error(QStringLiteral("/plan/adoptedDate"), {}, QStringLiteral("the plan is adopted but has no date of adoption"));
            if (i.adoptedBy.trimmed().isEmpty())
                warn(QStringLiteral("/plan/adoptedBy"), {}, QStringLiteral("the plan is adopted but does not say by whom"));
        }
    }

    void checkSections(const QList<Section> &list, const QString &path)
    {
        for (int i = 0; i < list.size(); ++i) {
            const QString p = path + '/' + QString::number(i);
            if (list[i].title.trimmed().isEmpty())
                error(p + QStringLiteral("/title"), list[i].id, QStringLiteral("the section has no title"));
            checkSections(list[i].sections, p + QStringLiteral("/sections"));
        }
    }

    void checkGoal(const Goal &g, const QString &p, const QString &what)
    {
        if (g.title.trimmed().isEmpty())
            error(p + QStringLiteral("/title"), g.id, QStringLiteral("the %1 has no title").arg(what));
        checkRefs(g.themes, m_themes, p + QStringLiteral("/themes"), g.id, QStringLiteral("theme"));
        for (int k = 0; k < g.sdgs.size(); ++k)
            if (g.sdgs[k] < 1 || g.sdgs[k] > 17)
                error(p + QStringLiteral("/sdgs/%1").arg(k), g.id, QStringLiteral("%1 is not a UN Sustainable Development Goal (1 to 17)").arg(g.sdgs[k]));
    }

    void checkRefs(const QList<QUuid> &refs, const QSet<QUuid> &targets, const QString &path, const QUuid &owner, const QString &what)
    {
        for (int k = 0; k < refs.size(); ++k)
            if (!targets.contains(refs[k]))
                error(path + '/' + QString::number(k), owner,
                      QStringLiteral("refers to %1 %2, which is not in the plan").arg(what, refs[k].toString(QUuid::WithoutBraces)));
    }

    template<class T>
    void named(const QList<T> &list, const char *key, QString T::*field, const char *fieldKey, const char *what)
    {
        for (int i = 0; i < list.size(); ++i)
            if ((list[i].*field).trimmed().isEmpty())
                error(QStringLiteral("/%1/%2/%3").arg(QLatin1String(key)).arg(i).arg(QLatin1String(fieldKey)), list[i].id,
                      QStringLiteral("the %1 has no %2").arg(QLatin1String(what), QLatin1String(fieldKey)));
    }

    const Plan &m_plan;
    QSet<QUuid> m_themes;
    QSet<QUuid> m_goals;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> checkPlan(const Plan &plan)
{
    return Checker(plan).run();
}

} // namespace planverk
