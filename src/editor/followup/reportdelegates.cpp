#include "followup/reportdelegates.h"

#include "followup/followupeditor.h"
#include "model/followup.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

namespace planverk {

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusEditor"));
    combo->setAccessibleName(tr("Status"));
    for (const QString &code : codes::reportStatuses)
        combo->addItem(FollowupEditor::statusText(code), code);
    // The list opens with the editor; a choice is taken at once: one click (or arrows and Enter), one undo step.
    QTimer::singleShot(0, combo, [combo] {
        if (combo->isVisible())
            combo->showPopup();
    });
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<StatusDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
}

QWidget *ProgressDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("progressEditor"));
    spin->setAccessibleName(tr("Progress"));
    spin->setRange(0, 100);
    spin->setSingleStep(5);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setFrame(false);
    return spin;
}

void ProgressDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void ProgressDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

QWidget *CommentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("commentEditor"));
    edit->setAccessibleName(tr("Comment"));
    edit->setToolTip(tr("Enter: new line. Ctrl+Enter or leaving the cell: keep. Escape: drop."));
    edit->setTabChangesFocus(true);
    return edit;
}

void CommentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    if (edit->toPlainText() != index.data(Qt::EditRole).toString())
        edit->setPlainText(index.data(Qt::EditRole).toString());
}

void CommentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
}

// Taller than the row, so that a comment of a few lines can be read and written.
void CommentDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), option.fontMetrics.lineSpacing() * 6));
    if (editor->parentWidget() && r.bottom() > editor->parentWidget()->height())
        r.moveBottom(std::max(r.height() - 1, editor->parentWidget()->height() - 1));
    editor->setGeometry(r);
}

bool CommentDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QPlainTextEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            Q_EMIT commitData(edit);
            Q_EMIT closeEditor(edit, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace planverk
