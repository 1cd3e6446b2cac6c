#include "conflictdialog.h"

#include "commands/keepmine.h"
#include "model/editconflict.h"

#include <QUndoStack>

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planverk {

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Changed by another editor"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Another editor changed the same field while you were editing it. Nothing was saved; "
                                "the plan now shows their value. Keep theirs, or save yours over it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Theirs</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 2);
    int row = 1;
    for (const EditConflict::Field &f : conflict.fields()) {
        grid->addWidget(new QLabel(f.key, this), row, 0, Qt::AlignTop);
        for (int c : {1, 2}) {
            auto *text = new QPlainTextEdit(c == 1 ? f.theirs : f.mine, this);
            text->setObjectName(c == 1 ? QStringLiteral("theirs_%1").arg(f.key) : QStringLiteral("mine_%1").arg(f.key));
            text->setReadOnly(true);
            text->setMaximumHeight(120);
            grid->addWidget(text, row, c);
        }
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *theirs = buttons->addButton(tr("Keep &theirs"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    QPushButton *mine = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
}

void ConflictDialog::resolve(const EditConflict &conflict, QWidget *parent, bool interactive, PlanDocument *document, QUndoStack *stack)
{
    if (!interactive)
        return; // scripts: theirs stays
    ConflictDialog dialog(conflict, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList keys;
    for (const EditConflict::Field &f : conflict.fields())
        keys << f.key;
    stack->push(new KeepMine(document, conflict, tr("Keep mine: %1").arg(keys.join(QStringLiteral(", ")))));
}

} // namespace planverk
