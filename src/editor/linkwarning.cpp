#include "linkwarning.h"

#include <QLocale>

#include <algorithm>

namespace planverk {

QStringList LinkWarning::linksTo(const Plan &plan, EntityKind kind, const QUuid &id)
{
    QList<QUuid> targets{id};
    if (kind == EntityKind::Goal)
        if (const Goal *g = findEntity<Goal>(plan, id))
            for (const Goal &s : g->subgoals)
                targets << s.id;
    auto linked = [&](const QList<QUuid> &refs) {
        return std::any_of(refs.begin(), refs.end(), [&](const QUuid &r) { return targets.contains(r); });
    };
    QStringList out;
    if (kind == EntityKind::Theme) {
        for (int i = 0; i < plan.goals.size(); ++i) {
            if (linked(plan.goals[i].themes))
                out << tr("Goal %1").arg(i + 1);
            for (int j = 0; j < plan.goals[i].subgoals.size(); ++j)
                if (linked(plan.goals[i].subgoals[j].themes))
                    out << tr("Goal %1").arg(QStringLiteral("%1.%2").arg(i + 1).arg(j + 1));
        }
    } else if (kind == EntityKind::Goal) {
        for (int i = 0; i < plan.actions.size(); ++i)
            if (linked(plan.actions[i].goals))
                out << tr("Action %1").arg(i + 1);
        for (const Membership &m : plan.memberships)
            if (linked(m.goals))
                out << (m.name.trimmed().isEmpty() ? m.acronym : m.name);
    }
    return out;
}

QString LinkWarning::text(const Plan &plan, EntityKind kind, const QUuid &id)
{
    const QStringList names = linksTo(plan, kind, id);
    if (names.isEmpty())
        return {};
    // "A, B og C" in the interface's language.
    const QString list = QLocale().createSeparatedList(names);
    const bool one = names.size() == 1;
    if (kind == EntityKind::Theme)
        return (one ? tr("%1 links to this theme.") : tr("%1 link to this theme.")).arg(list);
    const Goal *g = findEntity<Goal>(plan, id);
    if (g && !g->subgoals.isEmpty())
        return (one ? tr("%1 links to this goal or its sub-goals.") : tr("%1 link to this goal or its sub-goals.")).arg(list);
    return (one ? tr("%1 links to this goal.") : tr("%1 link to this goal.")).arg(list);
}

} // namespace planverk
