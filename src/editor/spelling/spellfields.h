// Spell checking for the fields of an editor page: the red underline in every
// text field and Markdown box, and on right-click the dictionary's suggestions
// and "Add to my dictionary" above the usual editing menu.
#pragma once

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace planverk {

class SpellChecker;

class SpellFields
{
    Q_DECLARE_TR_FUNCTIONS(planverk::SpellFields)
public:
    /// Checks every prose field under `page` (one-line fields and Markdown boxes)
    /// with `checker`; fields for addresses, e-mail and phone numbers are left out.
    static void attach(QWidget *page, SpellChecker *checker);

    /// Puts the suggestions for `word` and "Add to my dictionary" at the top of
    /// `menu`; `replace` puts a suggestion in place of the word.
    static void addActions(QMenu *menu, SpellChecker *checker, const QString &word, bool editable,
                           const std::function<void(const QString &)> &replace);
};

} // namespace planverk
