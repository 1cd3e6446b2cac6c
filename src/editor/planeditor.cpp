#include "planeditor.h"

#include "model/moverules.h"

namespace planverk {

PlanEditor::PlanEditor(PlanDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_undo.setUndoLimit(0);
}

void PlanEditor::changeInfo(const PlanInfo &after, const QString &field)
{
    if (plan().info == after)
        return;
    m_undo.push(new ChangePlanInfo(m_document, plan().info, after, field, tr("Edit plan settings")));
}

void PlanEditor::changePicture(PictureRole role, const Picture &after, const QString &field)
{
    const Picture &before = plan().info.picture(role);
    if (before == after)
        return;
    const bool logo = role == PictureRole::Logo;
    QString text;
    if (field == QLatin1String("alt"))
        text = logo ? tr("Edit the logo's alternative text") : tr("Edit the cover picture's alternative text");
    else if (after.isEmpty())
        text = logo ? tr("Remove the logo") : tr("Remove the cover picture");
    else
        text = logo ? tr("Choose a logo") : tr("Choose a cover picture");
    m_undo.push(new ChangePicture(m_document, role, before, after, field, text));
}

QString PlanEditor::kindName(EntityKind kind)
{
    return visitKind(kind, [](auto blank) { return tr(Kind<decltype(blank)>::label); });
}

QString PlanEditor::addText(EntityKind kind) { return tr("Add %1").arg(kindName(kind)); }
QString PlanEditor::deleteText(EntityKind kind) { return tr("Delete %1").arg(kindName(kind)); }
QString PlanEditor::moveText(EntityKind kind) { return tr("Move %1").arg(kindName(kind)); }
QString PlanEditor::editText(EntityKind kind) { return tr("Edit %1").arg(kindName(kind)); }
QString PlanEditor::amendmentText() { return tr("The text of the amendment."); }

QString PlanEditor::newName(EntityKind kind)
{
    return visitKind(kind, [](auto blank) { return tr(Kind<decltype(blank)>::newName); });
}

template<class T>
QUuid PlanEditor::addTyped(const QUuid &parent, int index)
{
    if constexpr (nests<T>)
        if (depthOf<T>(plan(), parent) >= maxDepth<T>())
            return {}; // the nesting limit of plan.h
    T e;
    e.id = newId();
    setName(e, newName(KindOf<T>::value));
    if constexpr (std::is_same_v<T, Amendment>)
        e.text = amendmentText();
    QList<T> *list = childList<T>(const_cast<Plan &>(plan()), parent);
    if (!list)
        return {};
    const int at = index < 0 ? int(list->size()) : std::min(index, int(list->size()));
    m_undo.push(new AddEntity<T>(m_document, e, parent, at, addText(KindOf<T>::value)));
    return findEntity<T>(plan(), e.id) ? e.id : QUuid();
}

template<class T>
void PlanEditor::removeTyped(const QUuid &id)
{
    const auto loc = locate<T>(plan(), id);
    if (!loc)
        return;
    m_undo.push(new RemoveEntity<T>(m_document, *findEntity<T>(plan(), id), loc->parent, loc->index, deleteText(KindOf<T>::value)));
}

template<class T>
bool PlanEditor::moveTyped(const QUuid &id, const QUuid &newParent, int index)
{
    const auto from = locate<T>(plan(), id);
    if (!from)
        return false;
    QList<T> *target = childList<T>(const_cast<Plan &>(plan()), newParent);
    if (!target)
        return false;
    if (!moveRefusal<T>(plan(), id, newParent).isEmpty())
        return false;
    const int size = int(target->size()) - (from->parent == newParent ? 1 : 0);
    const int to = std::clamp(index < 0 ? size : index, 0, size);
    if (from->parent == newParent && from->index == to)
        return false;
    const int before = m_undo.count();
    m_undo.push(new MoveEntity<T>(m_document, id, *from, Location{newParent, to}, moveText(KindOf<T>::value)));
    return m_undo.count() > before;
}

QUuid PlanEditor::add(EntityKind kind, const QUuid &parent, int index)
{
    return visitKind(kind, [&](auto blank) { return addTyped<decltype(blank)>(parent, index); });
}

void PlanEditor::remove(EntityKind kind, const QUuid &id)
{
    visitKind(kind, [&](auto blank) { removeTyped<decltype(blank)>(id); return 0; });
}

bool PlanEditor::move(EntityKind kind, const QUuid &id, const QUuid &newParent, int index)
{
    return visitKind(kind, [&](auto blank) { return moveTyped<decltype(blank)>(id, newParent, index); });
}

bool PlanEditor::moveBy(EntityKind kind, const QUuid &id, int delta)
{
    return visitKind(kind, [&](auto blank) {
        using T = decltype(blank);
        const auto loc = locate<T>(plan(), id);
        if (!loc)
            return false;
        return moveTyped<T>(id, loc->parent, loc->index + delta);
    });
}

} // namespace planverk
