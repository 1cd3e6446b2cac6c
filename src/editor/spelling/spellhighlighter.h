// The red wavy underline under misspelled words in a Markdown text box. It is a
// layout format only: the text, its Markdown and its undo history stay as they are.
#pragma once

#include <QSyntaxHighlighter>

namespace planverk {

class SpellChecker;

class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    /// The format of a misspelled word.
    static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker;
};

} // namespace planverk
