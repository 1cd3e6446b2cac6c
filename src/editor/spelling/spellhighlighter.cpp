#include "spelling/spellhighlighter.h"

#include "spelling/spellchecker.h"

namespace planverk {

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker) : QSyntaxHighlighter(document), m_checker(checker)
{
    connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    f.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    return f;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    static const QTextCharFormat format = misspelledFormat();
    for (const WordSpan &w : m_checker->misspellings(text))
        setFormat(w.start, w.length, format);
}

} // namespace planverk
