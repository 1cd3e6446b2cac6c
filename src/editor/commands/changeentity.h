// Changing the fields of one entity (its title, text, links …) or of the
// plan's own settings. Successive edits of the same field of the same target
// merge into one undo step, so a word typed is undone at once, not a letter
// at a time. One command serves every kind, through a small trait (as Tiled's
// ChangeValue does).
#pragma once

#include "commands/command.h"

namespace planverk {

/// Command id for QUndoCommand::mergeWith.
enum CommandId { ChangeValueId = 1 };

/// How a value is written, and whether two values are the same target.
template<class T>
struct ChangeTraits {
    static bool sameTarget(const T &a, const T &b) { return a.id == b.id; }
    static void write(PlanDocument *document, const T &value) { document->update(value); }
};

template<>
struct ChangeTraits<PlanInfo> {
    static bool sameTarget(const PlanInfo &, const PlanInfo &) { return true; } // there is one
    static void write(PlanDocument *document, const PlanInfo &value) { document->setInfo(value); }
};

template<class T>
class ChangeValue : public DocumentCommand
{
public:
    ChangeValue(PlanDocument *document, const T &before, const T &after, QString field, const QString &text)
        : DocumentCommand(document, text), m_before(before), m_after(after), m_field(std::move(field))
    {}

    int id() const override { return ChangeValueId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue<T> *>(other);
        if (!o || !ChangeTraits<T>::sameTarget(o->m_after, m_after) || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    void apply() override { ChangeTraits<T>::write(document(), m_after); }
    void revert() override { ChangeTraits<T>::write(document(), m_before); }

private:
    T m_before;
    T m_after;
    QString m_field;
};

template<class T>
using ChangeEntity = ChangeValue<T>;
using ChangePlanInfo = ChangeValue<PlanInfo>;

} // namespace planverk
