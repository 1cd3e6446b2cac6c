// The red wavy underline under misspelled words in a one-line text field
// (QLineEdit has no formats of its own). A transparent layer on top of the
// field draws it; the field itself stays an ordinary QLineEdit.
#pragma once

#include "spelling/spellwords.h"

#include <QWidget>

class QLineEdit;

namespace planverk {

class SpellChecker;

class SpellUnderline : public QWidget
{
    Q_OBJECT
public:
    SpellUnderline(QLineEdit *field, SpellChecker *checker);

    /// The misspelled words of the field's text now.
    const QList<WordSpan> &misspelled() const { return m_misspelled; }
    /// Where the underline of a word starts and ends, in the field's coordinates.
    std::pair<int, int> horizontalExtent(const WordSpan &word) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void check();

    QLineEdit *m_field;
    SpellChecker *m_checker;
    QList<WordSpan> m_misspelled;
};

} // namespace planverk
