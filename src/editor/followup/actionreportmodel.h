// The Oppfølging page's table of actions: one row per action of the plan, in
// the plan's order, with its report for the chosen period (status, progress,
// comment, who reported it and when), editable in place through FollowupEditor. The rows follow the
// document: a report that changes (an edit, undo, redo, an import) updates
// its row in place, so the view keeps its selection and scroll position.
#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace planverk {

class FollowupEditor;

class ActionReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Reported by and date are set by every edit of the report (ChangeReport), not edited themselves.
    enum Column { Number, Title, Goals, Responsible, Status, Progress, Comment, ReportedBy, Date, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by
        ActionRole,                  // the action's id
        StatusCodeRole,              // the report's status code; "" when not reported
        GoalsRole,                   // the ids of the goals the action serves (QList<QUuid> in a QVariant)
    };

    explicit ActionReportModel(FollowupEditor *editor, QObject *parent = nullptr);

    void setPeriod(const QUuid &period);
    QUuid period() const { return m_period; }
    /// Whether the period's reports may change (open period, writable plan).
    bool isEditable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The row of an action, -1 when it is not in the plan.
    int rowOf(const QUuid &action) const { return m_rowOf.value(action, -1); }

private:
    void reload();
    void onFollowupChanged();
    QString goalNumbers(const Action &a) const;

    FollowupEditor *m_editor;
    QUuid m_period;
    bool m_periodClosed = false;
    QList<QUuid> m_actions;
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, StatusReport> m_reports; // of the period, by action
    QHash<QUuid, QString> m_goalNumbers;  // "M1", "M1.2"
};

} // namespace planverk
