// Adding and removing an entity: two commands that are each other's undo.
// Removing keeps the entity with its children, where it was, and every link
// that pointed at it (a theme on goals, a goal on memberships and actions),
// so that undo puts all of it back.
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
            for (const Goal &g : m_linkedGoals)
                document()->update(g);
            for (const Membership &m : m_linkedMemberships)
                document()->update(m);
            for (const Action &a : m_linkedActions)
                document()->update(a);
        });
    }

    void remove()
    {
        // What points at it now, as it is now.
        const Plan &plan = document()->plan();
        m_entity = *findEntity<T>(plan, m_entity.id);
        m_linkedGoals.clear();
        m_linkedMemberships.clear();
        m_linkedActions.clear();
        QList<QUuid> ids{m_entity.id};
        if constexpr (std::is_same_v<T, Goal>)
            for (const Goal &s : m_entity.subgoals)
                ids << s.id;
        auto refersTo = [&](const QList<QUuid> &refs) {
            for (const QUuid &r : refs)
                if (ids.contains(r))
                    return true;
            return false;
        };
        if constexpr (std::is_same_v<T, Theme>) {
            for (const Goal &g : plan.goals) {
                if (refersTo(g.themes))
                    m_linkedGoals << g;
                for (const Goal &s : g.subgoals)
                    if (refersTo(s.themes))
                        m_linkedGoals << s;
            }
        }
        if constexpr (std::is_same_v<T, Goal>) {
            for (const Membership &m : plan.memberships)
                if (refersTo(m.goals))
                    m_linkedMemberships << m;
            for (const Action &a : plan.actions)
                if (refersTo(a.goals))
                    m_linkedActions << a;
        }
        document()->remove<T>(m_entity.id);
    }

    T m_entity;
    QUuid m_parent;
    int m_index;
    QList<Goal> m_linkedGoals;
    QList<Membership> m_linkedMemberships;
    QList<Action> m_linkedActions;
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
