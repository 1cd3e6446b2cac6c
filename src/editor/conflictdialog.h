// Another editor changed the same field (issue 15): their value beside one's
// own, and the choice of either. Nothing typed is lost: one's own text stays
// in the dialog (selectable) whichever is kept.
#pragma once

#include <QDialog>

namespace planverk {

class EditConflict;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    /// Shows the conflict; when the user keeps their own values, writes them
    /// (EditConflict::keepMine). A failure then is reported by `fail`.
    static void resolve(const EditConflict &conflict, QWidget *parent, bool interactive);
};

} // namespace planverk
