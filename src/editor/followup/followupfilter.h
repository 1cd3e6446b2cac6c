// Sorting and filtering of the Oppfølging tables: by status (or "not
// reported"), by responsible unit, and by goal (a main goal takes in its
// sub-goals). The rows keep the source model's identity, so a filtered or
// sorted table still edits in place.
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace planverk {

class FollowupFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// `goalRole`: the role of a row's goal (a QUuid) or goals (QList<QUuid>);
    /// `statusRole`, `responsibleColumn`: -1 when the table has none.
    FollowupFilter(int goalRole, int statusRole, int responsibleColumn, QObject *parent = nullptr);

    /// Not reported: the code "none"; empty: every status.
    void setStatus(const QString &code);
    /// Empty: everyone.
    void setResponsible(const QString &responsible);
    /// `goals`: the goal and its sub-goals; empty: every goal.
    void setGoals(const QSet<QUuid> &goals);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_goalRole;
    int m_statusRole;
    int m_responsibleColumn;
    QString m_status;
    QString m_responsible;
    QSet<QUuid> m_goals;
};

} // namespace planverk
