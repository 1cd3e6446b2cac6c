// Setting, replacing or removing the plan's logo or cover picture, or editing
// its alternative text. Successive edits of the alternative text of one
// picture merge into one undo step, as typing in any other field does.
#pragma once

#include "commands/command.h"

namespace planverk {

/// Command id for QUndoCommand::mergeWith (ChangeValueId is 1).
enum { ChangePictureId = 2 };

class ChangePicture : public DocumentCommand
{
public:
    /// `field` names what changed ("file", "alt"); only "alt" edits merge.
    ChangePicture(PlanDocument *document, PictureRole role, const Picture &before, const Picture &after, QString field, const QString &text)
        : DocumentCommand(document, text), m_role(role), m_before(before), m_after(after), m_field(std::move(field))
    {}

    int id() const override { return ChangePictureId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangePicture *>(other);
        if (!o || o->m_role != m_role || m_field != QLatin1String("alt") || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    void apply() override { document()->setPicture(m_role, m_after); }
    void revert() override { document()->setPicture(m_role, m_before); }

private:
    PictureRole m_role;
    Picture m_before;
    Picture m_after;
    QString m_field;
};

} // namespace planverk
