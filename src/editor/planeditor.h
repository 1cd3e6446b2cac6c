// The one way the editor's widgets change a plan (as Subsurface's Command
// namespace): each function pushes one undo command, so every change is
// undoable by construction, and each command writes through PlanDocument, so
// every change is in the file as soon as it is made.
#pragma once

#include "commands/addremoveentity.h"
#include "commands/changeentity.h"
#include "commands/changepicture.h"
#include "commands/moveentity.h"
#include "model/plandocument.h"

#include <QObject>
#include <QUndoStack>

namespace planverk {

class PlanEditor : public QObject
{
    Q_OBJECT
public:
    PlanEditor(PlanDocument *document, QObject *parent = nullptr);

    PlanDocument *document() const { return m_document; }
    QUndoStack *undoStack() { return &m_undo; }
    const Plan &plan() const { return m_document->plan(); }

    /// A change of one field; successive changes of the same field merge.
    template<class T>
    void change(const T &after, const QString &field)
    {
        const T *before = findEntity<T>(plan(), after.id);
        if (!before || *before == after)
            return;
        m_undo.push(new ChangeEntity<T>(m_document, *before, after, field, editText(KindOf<T>::value)));
    }
    void changeInfo(const PlanInfo &after, const QString &field);
    /// Sets, replaces or (an empty picture) removes the logo or the cover
    /// picture; `field` "alt" for its alternative text (successive edits merge).
    void changePicture(PictureRole role, const Picture &after, const QString &field);

    /// Adds a new entity of kind `kind` under `parent` at `index` (-1: at the end) and returns its id.
    QUuid add(EntityKind kind, const QUuid &parent, int index = -1);
    void remove(EntityKind kind, const QUuid &id);
    /// Moves within the parent, or to another parent (the same kind, or a goal for a sub-goal).
    bool move(EntityKind kind, const QUuid &id, const QUuid &newParent, int index);
    /// One place up or down among its siblings.
    bool moveBy(EntityKind kind, const QUuid &id, int delta);

    static QString kindName(EntityKind kind);
    /// The undo history's texts ("Legg til mål"): made here, outside the templates, where lupdate finds them.
    static QString addText(EntityKind kind);
    static QString deleteText(EntityKind kind);
    static QString moveText(EntityKind kind);
    static QString editText(EntityKind kind);
    static QString amendmentText();
    static QString newName(EntityKind kind);

private:
    template<class T> QUuid addTyped(const QUuid &parent, int index);
    template<class T> void removeTyped(const QUuid &id);
    template<class T> bool moveTyped(const QUuid &id, const QUuid &newParent, int index);

    PlanDocument *m_document;
    QUndoStack m_undo;
};

} // namespace planverk
