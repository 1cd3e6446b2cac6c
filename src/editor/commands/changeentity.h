// Changing the fields of one entity (its title, text, links …). Successive
// edits of the same field of the same entity merge into one undo step, so a
// word typed is undone at once, not a letter at a time.
#pragma once

#include "commands/command.h"

namespace planverk {

/// Command ids for QUndoCommand::mergeWith.
enum CommandId { ChangeEntityId = 1, ChangeInfoId = 2 };

template<class T>
class ChangeEntity : public DocumentCommand
{
public:
    ChangeEntity(PlanDocument *document, const T &before, const T &after, QString field, const QString &text)
        : DocumentCommand(document, text), m_before(before), m_after(after), m_field(std::move(field))
    {}

    int id() const override { return ChangeEntityId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeEntity<T> *>(other);
        if (!o || o->m_after.id != m_after.id || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    void apply() override { document()->update(m_after); }
    void revert() override { document()->update(m_before); }

private:
    T m_before;
    T m_after;
    QString m_field;
};

class ChangePlanInfo : public DocumentCommand
{
public:
    ChangePlanInfo(PlanDocument *document, const PlanInfo &before, const PlanInfo &after, QString field, const QString &text)
        : DocumentCommand(document, text), m_before(before), m_after(after), m_field(std::move(field))
    {}

    int id() const override { return ChangeInfoId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangePlanInfo *>(other);
        if (!o || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    void apply() override { document()->setInfo(m_after); }
    void revert() override { document()->setInfo(m_before); }

private:
    PlanInfo m_before;
    PlanInfo m_after;
    QString m_field;
};

} // namespace planverk
