// Another editor changed the same field (issue 15): their value beside one's
// own, and the choice of either. Nothing typed is lost: one's own text stays
// in the dialog (selectable) whichever is kept.
#pragma once

#include <QDialog>

class QUndoStack;

namespace planverk {

class EditConflict;
class PlanDocument;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    /// Shows the conflict; when the user keeps their own values, writes them
    /// as an undoable edit on `stack` (commands/keepmine.h; a failure is
    /// reported as any failed edit is).
    static void resolve(const EditConflict &conflict, QWidget *parent, bool interactive, PlanDocument *document, QUndoStack *stack);
};

} // namespace planverk
