// What the navigator shows besides the plan: the selected row and the open
// branches, kept across a rebuild of its model (restoring a version replaces
// every entry at once, PlanDocument::replaced) by the ids of the entries and
// the categories.
#pragma once

#include <QList>
#include <QUuid>

class QTreeView;

namespace planverk {

class PlanTreeModel;

class NavigatorState
{
public:
    /// The state of `view` over `model` now.
    static NavigatorState of(const QTreeView *view, const PlanTreeModel *model);
    /// Selects the same entry again (its category when it is gone, the same
    /// category when one was selected) and opens the same branches.
    void restoreTo(QTreeView *view, const PlanTreeModel *model) const;

private:
    QUuid m_current;                 // the selected entry, or null
    int m_currentCategory = -1;      // its category, or the selected category
    QList<QUuid> m_expanded;         // open entries
    QList<int> m_expandedCategories; // open categories
};

} // namespace planverk
