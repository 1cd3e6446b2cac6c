// Moving an entity among its siblings or to another parent (a sub-goal to
// another goal, a section under another section).
#pragma once

#include "commands/command.h"

namespace planverk {

template<class T>
class MoveEntity : public DocumentCommand
{
public:
    MoveEntity(PlanDocument *document, const QUuid &id, const Location &from, const Location &to, const QString &text)
        : DocumentCommand(document, text), m_id(id), m_from(from), m_to(to)
    {}

protected:
    void apply() override { document()->move<T>(m_id, m_to.parent, m_to.index); }
    void revert() override { document()->move<T>(m_id, m_from.parent, m_from.index); }

private:
    QUuid m_id;
    Location m_from;
    Location m_to;
};

} // namespace planverk
