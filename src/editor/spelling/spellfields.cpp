#include "spelling/spellfields.h"

#include "markdownedit.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellunderline.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QTextBlock>
#include <QTextEdit>

#include <functional>

namespace planverk {

namespace {

// Fields that hold addresses and numbers, not prose.
bool isProseField(const QString &key)
{
    static const QStringList notProse{QStringLiteral("url"), QStringLiteral("website"), QStringLiteral("email"), QStringLiteral("phone")};
    return !key.isEmpty() && !notProse.contains(key);
}

// The misspelled word at `position` of `text`, if there is one.
std::optional<WordSpan> misspelledAt(SpellChecker *checker, const QString &text, int position)
{
    for (const WordSpan &w : checker->misspellings(text))
        if (position >= w.start && position <= w.start + w.length)
            return w;
    return std::nullopt;
}

void attachToLine(QLineEdit *field, SpellChecker *checker)
{
    new SpellUnderline(field, checker);
    field->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(field, &QWidget::customContextMenuRequested, field, [field, checker](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(field->createStandardContextMenu());
        if (const auto w = misspelledAt(checker, field->text(), field->cursorPositionAt(pos))) {
            SpellFields::addActions(menu.get(), checker, field->text().mid(w->start, w->length), !field->isReadOnly() && field->isEnabled(),
                                    [field, w](const QString &s) {
                                        field->setSelection(w->start, w->length);
                                        field->insert(s); // an edit as if typed: textEdited, one undo step
                                    });
        }
        menu->exec(field->mapToGlobal(pos));
    });
}

void attachToText(QTextEdit *edit, SpellChecker *checker)
{
    new SpellHighlighter(edit->document(), checker);
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit, [edit, checker](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(pos));
        const QTextCursor at = edit->cursorForPosition(pos);
        const QTextBlock block = at.block();
        if (const auto w = misspelledAt(checker, block.text(), at.positionInBlock())) {
            SpellFields::addActions(menu.get(), checker, block.text().mid(w->start, w->length), !edit->isReadOnly() && edit->isEnabled(),
                                    [edit, block, w](const QString &s) {
                                        QTextCursor c(block);
                                        c.setPosition(block.position() + w->start);
                                        c.setPosition(block.position() + w->start + w->length, QTextCursor::KeepAnchor);
                                        c.insertText(s); // keeps the word's formatting (bold, a link)
                                    });
        }
        menu->exec(edit->viewport()->mapToGlobal(pos));
    });
}

} // namespace

void SpellFields::attach(QWidget *page, SpellChecker *checker)
{
    for (MarkdownEdit *m : page->findChildren<MarkdownEdit *>())
        attachToText(m->textEdit(), checker);
    for (QLineEdit *l : page->findChildren<QLineEdit *>()) {
        // Plain text fields only: not the line inside a date or number field.
        if (l->metaObject() != &QLineEdit::staticMetaObject || qobject_cast<QAbstractSpinBox *>(l->parent()) || !isProseField(l->objectName()))
            continue;
        attachToLine(l, checker);
    }
}

void SpellFields::addActions(QMenu *menu, SpellChecker *checker, const QString &word, bool editable, const std::function<void(const QString &)> &replace)
{
    QAction *first = menu->actions().value(0);
    QList<QAction *> added;
    if (editable) {
        const QStringList suggestions = checker->suggestions(word);
        for (const QString &s : suggestions) {
            auto *a = new QAction(s, menu);
            a->setObjectName(QStringLiteral("spellSuggestion"));
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            QObject::connect(a, &QAction::triggered, menu, [replace, s] { replace(s); });
            added << a;
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(no suggestions)"), menu);
            none->setEnabled(false);
            added << none;
        }
    }
    auto *add = new QAction(tr("Add to my dictionary"), menu);
    add->setObjectName(QStringLiteral("addToDictionary"));
    QObject::connect(add, &QAction::triggered, menu, [checker, word] { checker->addToPersonalDictionary(word); });
    added << add;
    menu->insertActions(first, added);
    menu->insertSeparator(first);
}

} // namespace planverk
