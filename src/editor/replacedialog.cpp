#include "replacedialog.h"

#include "commands/replacetext.h"
#include "entitypage.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "planeditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextEdit>

namespace planverk {

ReplaceDialog::ReplaceDialog(MainWindow *window)
    : QDialog(window), m_window(window), m_find(new QLineEdit(this)), m_with(new QLineEdit(this)), m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("replaceDialog"));
    setWindowTitle(tr("Replace"));
    m_find->setObjectName(QStringLiteral("replaceFind"));
    m_with->setObjectName(QStringLiteral("replaceWith"));
    m_matchCase->setObjectName(QStringLiteral("replaceMatchCase"));
    m_status->setObjectName(QStringLiteral("replaceStatus"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("Replace &with:"), m_with);
    form->addRow(m_matchCase);
    form->addRow(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_findNextButton = buttons->addButton(tr("Find &next"), QDialogButtonBox::ActionRole);
    m_replaceButton = buttons->addButton(tr("&Replace"), QDialogButtonBox::ActionRole);
    m_replaceAllButton = buttons->addButton(tr("Replace &all"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_findNextButton->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_findNextButton, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_replaceButton, &QPushButton::clicked, this, &ReplaceDialog::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    auto restart = [this] {
        m_current.reset();
        m_status->clear();
        updateButtons();
    };
    connect(m_find, &QLineEdit::textChanged, this, restart);
    connect(m_matchCase, &QCheckBox::toggled, this, restart);
    updateButtons();
}

void ReplaceDialog::setFindText(const QString &text)
{
    m_find->setText(text);
    m_find->selectAll();
}

Qt::CaseSensitivity ReplaceDialog::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void ReplaceDialog::updateButtons()
{
    const bool text = !m_find->text().isEmpty() && m_window->document();
    const bool writable = text && !m_window->document()->isReadOnly();
    m_findNextButton->setEnabled(text);
    m_replaceButton->setEnabled(writable);
    m_replaceAllButton->setEnabled(writable);
}

bool ReplaceDialog::findNext()
{
    updateButtons();
    if (!m_window->document() || m_find->text().isEmpty())
        return false;
    const QList<TextMatch> matches = findText(m_window->document()->plan(), m_find->text(), caseSensitivity());
    if (matches.isEmpty()) {
        m_current.reset();
        m_status->setText(tr("“%1” was not found").arg(m_find->text()));
        return false;
    }
    auto next = matches.cbegin();
    if (m_current) {
        next = std::find_if(matches.cbegin(), matches.cend(), [this](const TextMatch &m) { return m_current->before(m); });
        if (next == matches.cend())
            next = matches.cbegin(); // round again from the start
    }
    m_current = *next;
    m_status->setText(tr("Hit %1 of %2").arg(next - matches.cbegin() + 1).arg(matches.size()));
    showMatch(*next);
    return true;
}

void ReplaceDialog::replace()
{
    PlanEditor *editor = m_window->editor();
    if (!editor || m_window->document()->isReadOnly() || m_find->text().isEmpty())
        return;
    if (m_current) {
        Replacement r = planverk::replaceOne(editor->plan(), *m_current, m_find->text(), m_with->text(), caseSensitivity());
        if (r.count > 0) {
            editor->undoStack()->push(new ReplaceText(editor->document(), std::move(r), tr("Replace “%1” with “%2”").arg(m_find->text(), m_with->text())));
            // Go on after the new text.
            m_current->start += int(m_with->text().size()) - 1;
        }
    }
    findNext();
}

int ReplaceDialog::replaceAll()
{
    PlanEditor *editor = m_window->editor();
    if (!editor || m_window->document()->isReadOnly() || m_find->text().isEmpty())
        return 0;
    Replacement r = planverk::replaceAll(editor->plan(), m_find->text(), m_with->text(), caseSensitivity());
    const int count = r.count;
    if (count == 0) {
        m_status->setText(tr("“%1” was not found").arg(m_find->text()));
        return 0;
    }
    editor->undoStack()->push(new ReplaceText(editor->document(), std::move(r), tr("Replace all “%1” with “%2”").arg(m_find->text(), m_with->text())));
    m_current.reset();
    m_status->setText(tr("%n occurrence(s) replaced", nullptr, count));
    return count;
}

void ReplaceDialog::showMatch(const TextMatch &match)
{
    m_window->select(match.id);
    EntityPage *page = m_window->currentPage();
    QWidget *field = page ? page->fieldWidget(match.field) : nullptr;
    if (!field)
        return;
    if (auto *scroll = page->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(field);
    // The text is selected where it is, without taking the focus from this dialog.
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setSelection(match.start, match.length);
    } else if (auto *markdown = qobject_cast<MarkdownEdit *>(field)) {
        // The box shows the Markdown formatted: find the same occurrence in what it shows.
        QTextEdit *edit = markdown->textEdit();
        const QTextDocument::FindFlags flags = caseSensitivity() == Qt::CaseSensitive ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
        QTextCursor c;
        for (int i = 0; i <= match.occurrence; ++i) {
            const QTextCursor found = edit->document()->find(m_find->text(), c.isNull() ? 0 : c.selectionEnd(), flags);
            if (found.isNull())
                break;
            c = found;
        }
        if (!c.isNull()) {
            edit->setTextCursor(c);
            edit->ensureCursorVisible();
        }
    }
}

} // namespace planverk
