#include "navigatorstate.h"

#include "plantreemodel.h"

#include <QTreeView>

namespace planverk {

NavigatorState NavigatorState::of(const QTreeView *view, const PlanTreeModel *model)
{
    NavigatorState s;
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        if (const auto e = model->entityAt(current))
            s.m_current = e->second;
        s.m_currentCategory = current.data(PlanTreeModel::CategoryRole).toInt();
    }
    auto walk = [&](auto &self, const QModelIndex &parent) -> void {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (!view->isExpanded(i))
                continue;
            if (const auto e = model->entityAt(i))
                s.m_expanded << e->second;
            else
                s.m_expandedCategories << i.data(PlanTreeModel::CategoryRole).toInt();
            self(self, i);
        }
    };
    walk(walk, QModelIndex());
    return s;
}

void NavigatorState::restoreTo(QTreeView *view, const PlanTreeModel *model) const
{
    for (int c : m_expandedCategories)
        view->expand(model->categoryIndex(PlanTreeModel::Category(c)));
    for (const QUuid &id : m_expanded)
        if (const QModelIndex i = model->indexOf(id); i.isValid())
            view->expand(i);
    QModelIndex current = m_current.isNull() ? QModelIndex() : model->indexOf(m_current);
    if (!current.isValid() && m_currentCategory >= 0)
        current = model->categoryIndex(PlanTreeModel::Category(m_currentCategory));
    if (!current.isValid())
        return;
    for (QModelIndex p = current.parent(); p.isValid(); p = p.parent())
        view->expand(p);
    view->setCurrentIndex(current);
    view->scrollTo(current);
}

} // namespace planverk
