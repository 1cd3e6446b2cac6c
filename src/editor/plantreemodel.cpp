#include "plantreemodel.h"

#include "entitypage.h"
#include "planeditor.h"
#include "render/labels.h"

#include <QColor>
#include "model/kindtexts.h"
#include "model/moverules.h"

#include <QFont>
#include <QIcon>
#include <QMimeData>

namespace planverk {

namespace {
const QString kMime = QStringLiteral("application/x-planverk-entity");
}

struct PlanTreeModel::Node {
    bool isCategory = false;
    Category category = Info;
    EntityKind kind = EntityKind::Theme;
    QUuid id;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

PlanTreeModel::PlanTreeModel(PlanEditor *editor, QObject *parent) : QAbstractItemModel(parent), m_editor(editor)
{
    PlanDocument *doc = editor->document();
    connect(doc, &PlanDocument::inserted, this, &PlanTreeModel::onInserted);
    connect(doc, &PlanDocument::removed, this, &PlanTreeModel::onRemoved);
    connect(doc, &PlanDocument::moved, this, &PlanTreeModel::onMoved);
    connect(doc, &PlanDocument::changed, this, &PlanTreeModel::onChanged);
    connect(doc, &PlanDocument::replaced, this, &PlanTreeModel::reset); // every entry at once (restoring a version)
    connect(doc, &PlanDocument::infoChanged, this, [this] {
        const QModelIndex i = categoryIndex(Info);
        Q_EMIT dataChanged(i, i);
    });
    reset();
}

PlanTreeModel::~PlanTreeModel() = default;

namespace {

// The navigator shows the numbers of these kinds' entries ("1.2 Kultur: …").
bool numbered(EntityKind kind)
{
    return visitKind(kind, []<class T>(T) { return isNumbered<T>; });
}

// The navigator's category of each kind that sits in the plan itself: 1 + its
// place among them in the registry's order (0 is the plan's settings).
template<class T>
int categoryNumber()
{
    int n = 0, found = 0;
    forEachKind([&]<class K>() {
        if constexpr (isTopKind<K>) {
            ++n;
            if (std::is_same_v<K, T>)
                found = n;
        }
    });
    return found;
}

} // namespace

PlanTreeModel::Category PlanTreeModel::categoryOf(EntityKind kind)
{
    return visitKind(kind, [](auto blank) {
        using T = decltype(blank);
        if constexpr (isTopKind<T>)
            return Category(categoryNumber<T>());
        else
            return Category(categoryNumber<typename Kind<T>::Parent>()); // amendments: under political processing
    });
}

EntityKind PlanTreeModel::kindOf(Category c)
{
    EntityKind kind = EntityKind::Theme;
    forEachKind([&]<class K>() {
        if constexpr (isTopKind<K>)
            if (categoryNumber<K>() == int(c))
                kind = Kind<K>::kind;
    });
    return kind;
}

QString PlanTreeModel::categoryName(Category c)
{
    if (c == Info)
        return tr("About the plan");
    if (c == Followup)
        return tr("Follow-up");
    QString name;
    forEachKind([&]<class K>() {
        if constexpr (isTopKind<K>)
            if (categoryNumber<K>() == int(c))
                name = tr(Kind<K>::category);
    });
    return name;
}

std::unique_ptr<PlanTreeModel::Node> PlanTreeModel::makeNode(EntityKind kind, const QUuid &id, Node *parent)
{
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->id = id;
    n->parent = parent;
    n->category = categoryOf(kind);
    m_byId.insert(id, n.get());
    buildChildren(n.get());
    return n;
}

void PlanTreeModel::buildChildren(Node *node)
{
    const Plan &plan = m_editor->plan();
    auto add = [&](EntityKind kind, const auto &list) {
        for (const auto &e : list)
            node->children.push_back(makeNode(kind, e.id, node));
    };
    if (node->isCategory) {
        forEachKind([&]<class K>() {
            if constexpr (isTopKind<K>)
                if (categoryNumber<K>() == int(node->category))
                    add(Kind<K>::kind, Kind<K>::list(plan));
        });
        return;
    }
    visitKind(node->kind, [&](auto blank) {
        using T = decltype(blank);
        if constexpr (nests<T>) {
            if (const T *e = findEntity<T>(plan, node->id))
                add(Kind<T>::kind, Kind<T>::children(*e));
        } else if constexpr (hasChildKind<T>) {
            if (const T *e = findEntity<T>(plan, node->id))
                add(Kind<typename ChildKindOf<T>::type>::kind, Kind<T>::children(*e));
        }
    });
}

void PlanTreeModel::reset()
{
    beginResetModel();
    m_byId.clear();
    m_root = std::make_unique<Node>();
    for (int c = 0; c < CategoryCount; ++c) {
        auto n = std::make_unique<Node>();
        n->isCategory = true;
        n->category = Category(c);
        n->parent = m_root.get();
        buildChildren(n.get());
        m_root->children.push_back(std::move(n));
    }
    endResetModel();
}

PlanTreeModel::Node *PlanTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PlanTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeAt(child);
    return n && n->parent ? indexOfNode(n->parent) : QModelIndex();
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const { return 1; }

QString PlanTreeModel::titleOf(EntityKind kind, const QUuid &id) const
{
    const Plan &plan = m_editor->plan();
    auto orBlank = [](const QString &s) { return s.trimmed().isEmpty() ? tr("(untitled)") : s; };
    switch (kind) {
    case EntityKind::Section:
        if (const auto *e = findEntity<Section>(plan, id))
            return orBlank(e->title);
        break;
    case EntityKind::Goal:
        if (const auto *e = findEntity<Goal>(plan, id)) {
            const auto loc = locate<Goal>(plan, id);
            QString number;
            if (loc->parent.isNull())
                number = QString::number(loc->index + 1);
            else
                number = QStringLiteral("%1.%2").arg(locate<Goal>(plan, loc->parent)->index + 1).arg(loc->index + 1);
            return entryNumber(interfaceLanguage(), Kind<Goal>::table, number) + ' ' + (e->area.isEmpty() ? orBlank(e->title) : e->area + QStringLiteral(": ") + orBlank(e->title));
        }
        break;
    case EntityKind::Theme:
        if (const auto *e = findEntity<Theme>(plan, id))
            return orBlank(e->title);
        break;
    case EntityKind::Instrument:
        if (const auto *e = findEntity<Instrument>(plan, id))
            return orBlank(e->title);
        break;
    case EntityKind::Membership:
        if (const auto *e = findEntity<Membership>(plan, id))
            return e->acronym.isEmpty() ? orBlank(e->name) : orBlank(e->name) + QStringLiteral(" (") + e->acronym + ')';
        break;
    case EntityKind::Partnership:
        if (const auto *e = findEntity<Partnership>(plan, id))
            return e->country.isEmpty() ? orBlank(e->partner) : orBlank(e->partner) + QStringLiteral(" (") + e->country + ')';
        break;
    case EntityKind::Action:
        if (const auto *e = findEntity<Action>(plan, id))
            return entryNumber(interfaceLanguage(), Kind<Action>::table, QString::number(locate<Action>(plan, id)->index + 1)) + ' ' + orBlank(e->title);
        break;
    case EntityKind::Processing:
        if (const auto *e = findEntity<planverk::Processing>(plan, id))
            return e->date.isValid() ? orBlank(e->body) + QStringLiteral(" – ") + e->date.toString(QStringLiteral("d.M.yyyy")) : orBlank(e->body);
        break;
    case EntityKind::Amendment:
        if (const auto *e = findEntity<Amendment>(plan, id))
            return tr("Amendment: %1").arg(orBlank(e->proposers));
        break;
    case EntityKind::Contact:
        if (const auto *e = findEntity<Contact>(plan, id))
            return orBlank(e->name);
        break;
    case EntityKind::Reference:
        if (const auto *e = findEntity<Reference>(plan, id))
            return orBlank(e->title);
        break;
    }
    return {};
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeAt(index);
    if (!index.isValid() || !n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (n->isCategory)
            return n->category == Info && !m_editor->plan().info.title.isEmpty() && role == Qt::ToolTipRole ? m_editor->plan().info.title
                                                                                                          : categoryName(n->category);
        if (role == Qt::ToolTipRole && m_changeMarks.contains(n->id))
            return tr("%1\nChanged since the compared plan: %2").arg(titleOf(n->kind, n->id), m_changeMarks.value(n->id));
        return titleOf(n->kind, n->id);
    case Qt::AccessibleTextRole:
        return n->isCategory ? categoryName(n->category) : titleOf(n->kind, n->id);
    case Qt::FontRole:
        if (n->isCategory) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (m_changeMarks.contains(n->id)) {
            QFont f;
            f.setBold(true);
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (!n->isCategory && m_changeMarks.contains(n->id))
            return QColor(0xff, 0xf3, 0xc4);
        return {};
    case ChangeMarkRole: return n->isCategory ? QVariant() : QVariant(m_changeMarks.value(n->id));
    case CategoryRole: return int(n->category);
    default: return {};
    }
}

void PlanTreeModel::setChangeMarks(const QHash<QUuid, QString> &marks)
{
    QList<QUuid> touched = m_changeMarks.keys();
    touched += marks.keys();
    m_changeMarks = marks;
    for (const QUuid &id : touched)
        if (const QModelIndex i = indexOf(id); i.isValid())
            Q_EMIT dataChanged(i, i, {Qt::FontRole, Qt::BackgroundRole, Qt::ToolTipRole, ChangeMarkRole});
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *n = nodeAt(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor->document()->isReadOnly())
        return f;
    if (!n->isCategory)
        f |= Qt::ItemIsDragEnabled;
    if (n->isCategory ? holdsEntities(n->category) : kindUnder(n->kind).has_value())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions PlanTreeModel::supportedDropActions() const { return Qt::MoveAction; }
QStringList PlanTreeModel::mimeTypes() const { return {kMime}; }

QMimeData *PlanTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (const auto e = entityAt(i)) {
            auto *m = new QMimeData;
            m->setData(kMime, QByteArray::number(int(e->first)) + ' ' + e->second.toByteArray(QUuid::WithoutBraces));
            return m;
        }
    return nullptr;
}

namespace {
std::optional<std::pair<EntityKind, QUuid>> decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMime))
        return std::nullopt;
    const QList<QByteArray> parts = data->data(kMime).split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    return std::make_pair(EntityKind(parts[0].toInt()), QUuid::fromString(QString::fromLatin1(parts[1])));
}
} // namespace

bool PlanTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const auto e = decode(data);
    if (!e || action != Qt::MoveAction)
        return false;
    const Node *target = nodeAt(parent);
    if (target->isCategory)
        return target->category == categoryOf(e->first) && mayHold(std::nullopt, e->first);
    return mayHold(target->kind, e->first);
}

bool PlanTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto e = decode(data);
    const Node *target = nodeAt(parent);
    const QUuid newParent = target->isCategory ? QUuid() : target->id;
    int index = row;
    // Qt counts the drop row with the dragged item still in place.
    if (const Node *dragged = m_byId.value(e->second); dragged && row >= 0 && dragged->parent == target && dragged->row() < row)
        --index;
    m_editor->move(e->first, e->second, newParent, index);
    return false; // the move is done; the view must not remove the source row itself
}

QModelIndex PlanTreeModel::indexOf(const QUuid &id) const { return indexOfNode(m_byId.value(id)); }

QModelIndex PlanTreeModel::categoryIndex(Category c) const { return index(int(c), 0); }

std::optional<std::pair<EntityKind, QUuid>> PlanTreeModel::entityAt(const QModelIndex &index) const
{
    const Node *n = nodeAt(index);
    if (!index.isValid() || !n || n->isCategory)
        return std::nullopt;
    return std::make_pair(n->kind, n->id);
}

PlanTreeModel::Node *PlanTreeModel::parentNodeFor(EntityKind kind, const QUuid &parent) const
{
    if (parent.isNull())
        return m_root->children[size_t(categoryOf(kind))].get();
    return m_byId.value(parent);
}

void PlanTreeModel::forget(Node *node)
{
    m_byId.remove(node->id);
    for (auto &c : node->children)
        forget(c.get());
}

void PlanTreeModel::onInserted(EntityKind kind, const QUuid &id, const QUuid &parent, int index)
{
    Node *p = parentNodeFor(kind, parent);
    if (!p)
        return reset();
    beginInsertRows(indexOfNode(p), index, index);
    p->children.insert(p->children.begin() + index, makeNode(kind, id, p));
    endInsertRows();
    if (numbered(kind))
        refreshTitles(p); // numbers of the following rows change
}

void PlanTreeModel::refreshTitles(Node *parent)
{
    if (parent->children.empty())
        return;
    const QModelIndex pi = indexOfNode(parent);
    Q_EMIT dataChanged(index(0, 0, pi), index(int(parent->children.size()) - 1, 0, pi));
    for (auto &c : parent->children)
        if (!c->children.empty() && numbered(c->kind))
            refreshTitles(c.get());
}

void PlanTreeModel::onRemoved(EntityKind kind, const QUuid &, const QUuid &parent, int index)
{
    Node *p = parentNodeFor(kind, parent);
    if (!p || index >= int(p->children.size()))
        return reset();
    beginRemoveRows(indexOfNode(p), index, index);
    forget(p->children[size_t(index)].get());
    p->children.erase(p->children.begin() + index);
    endRemoveRows();
    if (numbered(kind))
        refreshTitles(p);
}

void PlanTreeModel::onMoved(EntityKind kind, const QUuid &, const QUuid &oldParent, int oldIndex, const QUuid &newParent, int newIndex)
{
    Node *from = parentNodeFor(kind, oldParent);
    Node *to = parentNodeFor(kind, newParent);
    if (!from || !to)
        return reset();
    const int dest = (from == to && newIndex > oldIndex) ? newIndex + 1 : newIndex;
    beginMoveRows(indexOfNode(from), oldIndex, oldIndex, indexOfNode(to), dest);
    std::unique_ptr<Node> n = std::move(from->children[size_t(oldIndex)]);
    from->children.erase(from->children.begin() + oldIndex);
    n->parent = to;
    to->children.insert(to->children.begin() + newIndex, std::move(n));
    endMoveRows();
    if (numbered(kind)) {
        // Numbers shown in the titles change.
        refreshTitles(to);
        if (from != to)
            refreshTitles(from);
    }
}

void PlanTreeModel::onChanged(EntityKind, const QUuid &id)
{
    const QModelIndex i = indexOf(id);
    if (i.isValid())
        Q_EMIT dataChanged(i, i);
}

} // namespace planverk
