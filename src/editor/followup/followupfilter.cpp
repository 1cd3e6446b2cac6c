#include "followup/followupfilter.h"

namespace planverk {

FollowupFilter::FollowupFilter(int goalRole, int statusRole, int responsibleColumn, QObject *parent)
    : QSortFilterProxyModel(parent), m_goalRole(goalRole), m_statusRole(statusRole), m_responsibleColumn(responsibleColumn)
{
    setSortRole(Qt::UserRole + 1); // each model's SortRole
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FollowupFilter::setStatus(const QString &code)
{
    m_status = code;
    invalidateRowsFilter();
}

void FollowupFilter::setResponsible(const QString &responsible)
{
    m_responsible = responsible;
    invalidateRowsFilter();
}

void FollowupFilter::setGoals(const QSet<QUuid> &goals)
{
    m_goals = goals;
    invalidateRowsFilter();
}

bool FollowupFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (!m_status.isEmpty() && m_statusRole >= 0) {
        const QString s = i.data(m_statusRole).toString();
        if (m_status == QLatin1String("none") ? !s.isEmpty() : s != m_status)
            return false;
    }
    if (!m_responsible.isEmpty() && m_responsibleColumn >= 0
        && sourceModel()->index(row, m_responsibleColumn, parent).data().toString() != m_responsible)
        return false;
    if (!m_goals.isEmpty()) {
        const QVariant g = i.data(m_goalRole);
        if (g.canConvert<QList<QUuid>>() && g.metaType() == QMetaType::fromType<QList<QUuid>>()) {
            const QList<QUuid> goals = g.value<QList<QUuid>>();
            return std::any_of(goals.begin(), goals.end(), [this](const QUuid &id) { return m_goals.contains(id); });
        }
        return m_goals.contains(g.value<QUuid>());
    }
    return true;
}

} // namespace planverk
