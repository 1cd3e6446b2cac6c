// Adding and removing an entity: two commands that are each other's undo.
// Removing keeps the entity with its children, where it was, and every entry
// that linked to it (a theme on goals, a goal on memberships and actions: the
// refs(...) of fields(), found by the registry), so that undo puts all of it back.
#pragma once

#include "commands/command.h"

namespace planverk {

template<class T>
class AddRemoveEntity : public DocumentCommand
{
protected:
    AddRemoveEntity(PlanDocument *document, const T &entity, const QUuid &parent, int index, const QString &text)
        : DocumentCommand(document, text), m_entity(entity), m_parent(parent), m_index(index)
    {}

    void add()
    {
        document()->batch([this] {
            document()->insert(m_entity, m_parent, m_index);
            forEachKind([&]<class K>() {
                for (const K &e : std::get<QList<K>>(m_linked))
                    document()->update(e);
            });
        });
    }

    void remove()
    {
        // What points at it now, as it is now.
        const Plan &plan = document()->plan();
        m_entity = *findEntity<T>(plan, m_entity.id);
        const QList<QUuid> ids = idsWithin(m_entity);
        forEachKind([&]<class K>() {
            QList<K> &linked = std::get<QList<K>>(m_linked);
            linked.clear();
            forEachEntry<K>(plan, [&](const K &e) {
                if (linksToAny(e, ids))
                    linked << e;
            });
        });
        document()->remove<T>(m_entity.id);
    }

    T m_entity;
    QUuid m_parent;
    int m_index;
    PerKind<QList> m_linked; // the entries that linked to it, as they were
};

template<class T>
class AddEntity : public AddRemoveEntity<T>
{
public:
    AddEntity(PlanDocument *document, const T &entity, const QUuid &parent, int index, const QString &text)
        : AddRemoveEntity<T>(document, entity, parent, index, text)
    {}

protected:
    void apply() override { this->add(); }
    void revert() override { this->remove(); }
};

template<class T>
class RemoveEntity : public AddRemoveEntity<T>
{
public:
    RemoveEntity(PlanDocument *document, const T &entity, const QUuid &parent, int index, const QString &text)
        : AddRemoveEntity<T>(document, entity, parent, index, text)
    {}

protected:
    void apply() override { this->remove(); }
    void revert() override { this->add(); }
};

} // namespace planverk
