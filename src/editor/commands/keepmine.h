// "Keep mine" in the conflict dialog (issue 15): one's own value written over
// the other editor's knowingly, as an undoable edit like any other. Undo
// writes theirs back, and like every undo on a server it is refused when
// someone has changed the entry since (PlanDocument::setUndoing).
#pragma once

#include "commands/command.h"
#include "model/editconflict.h"

namespace planverk {

class KeepMine : public DocumentCommand
{
public:
    KeepMine(PlanDocument *document, EditConflict conflict, const QString &text)
        : DocumentCommand(document, text), m_conflict(std::move(conflict))
    {}

protected:
    void apply() override { m_conflict.keepMine(); }
    void revert() override { m_conflict.restoreTheirs(); }

private:
    EditConflict m_conflict;
};

} // namespace planverk
