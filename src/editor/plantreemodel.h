// The navigator: a tree over the open plan. It holds only the plan's shape
// (which ids, in which order, under which parent), kept in step by the
// document's signals; every text it shows is read from the document.
#pragma once

#include "model/plandocument.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace planverk {

class PlanEditor;

class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { CategoryRole = Qt::UserRole + 1, ChangeMarkRole /* what changed, for an entity marked by a comparison */ };

    /// The top-level rows: the plan's settings, then the kinds that sit in the plan, in the registry's order (kinds.h),
    /// then the follow-up (Oppfølging: periods, reports and indicator values, no entries of its own).
    enum Category { Info, Sections, Goals, Themes, Instruments, Memberships, Partnerships, Actions, Processing, Contacts, References, Followup, CategoryCount };

    PlanTreeModel(PlanEditor *editor, QObject *parent = nullptr);
    static_assert(CategoryCount == 2 + []<class... T>(KindList<T...>) { return (0 + ... + int(isTopKind<T>)); }(AllKinds{}),
                  "one category per kind that sits in the plan (kinds.h)");
    ~PlanTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    QModelIndex indexOf(const QUuid &id) const;
    QModelIndex categoryIndex(Category c) const;
    static Category categoryOf(EntityKind kind);
    static EntityKind kindOf(Category c);
    /// Whether entries of a kind can be added under the category (not the plan's settings, not the follow-up).
    static bool holdsEntities(Category c) { return c != Info && c != Followup; }
    static QString categoryName(Category c);

    /// The kind and id at `index`, if it is an entity.
    std::optional<std::pair<EntityKind, QUuid>> entityAt(const QModelIndex &index) const;
    /// The display text of an entity ("1.2 Kultur: Videreutvikle …").
    QString titleOf(EntityKind kind, const QUuid &id) const;

    void reset();
    /// Marks these entities as changed (bold italic, a tint and the tooltip) until called again; {} takes the marks off.
    void setChangeMarks(const QHash<QUuid, QString> &marks);

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    Node *parentNodeFor(EntityKind kind, const QUuid &parent) const;
    void buildChildren(Node *node);
    std::unique_ptr<Node> makeNode(EntityKind kind, const QUuid &id, Node *parent);
    void forget(Node *node);
    void refreshTitles(Node *parent);

    void onInserted(EntityKind kind, const QUuid &id, const QUuid &parent, int index);
    void onRemoved(EntityKind kind, const QUuid &id, const QUuid &parent, int index);
    void onMoved(EntityKind kind, const QUuid &id, const QUuid &oldParent, int oldIndex, const QUuid &newParent, int newIndex);
    void onChanged(EntityKind kind, const QUuid &id);

    PlanEditor *m_editor;
    std::unique_ptr<Node> m_root;
    QHash<QUuid, Node *> m_byId;
    QHash<QUuid, QString> m_changeMarks;
};

} // namespace planverk
