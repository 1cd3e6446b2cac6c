// The page breaks a reader expects and Qt's text layout does not make: a
// heading stays on the page of what follows it, and a paragraph that runs
// over a page break leaves at least two lines on either side, and a table row
// is not split over two pages unless taller than a page, nor is a table with
// a cell that spans rows (a chart beside its numbers). QTextDocument
// knows no keep-with-next, no widows and no orphans; so once a stretch of the
// document is laid out, the block that must move begins a new page.
//
// A template asks for more blocks to be kept with what follows them, as
// headings are, by giving them this user state in its paper style sheet:
//   caption { -qt-user-state: 20555; }
// (a table's caption, which Qt lays out as a paragraph before the table:
// without it, the follow-up report left "Tiltak" alone at the foot of a page,
// its table on the next).
#pragma once

#include <QSet>
#include <QTextBlock>

class QTextDocument;
class QTextTable;

namespace planverk {

/// The block state (QTextBlock::userState, CSS -qt-user-state) of a block
/// that stays on the page of what follows it, as a heading does.
inline constexpr int kKeepWithNextState = 20555;

class PageBreaks
{
public:
    /// For `doc`, which has a page size and is laid out as it is filled.
    explicit PageBreaks(QTextDocument &doc) : m_doc(doc) {}

    /// Looks at what was laid out since the last call, up to the end of the
    /// document, and moves what must move to the next page. Unless `final`,
    /// headings at the very end wait for what comes after them.
    void settle(bool final);
    /// How many blocks and table rows were moved to the next page.
    int moved() const { return m_moved; }
    /// Every block before this one is settled: later calls move nothing
    /// before it (invalid: nothing is settled yet).
    QTextBlock settledBefore() const { return m_from; }

private:
    QTextDocument &m_doc;
    QTextBlock m_from; // the first block not yet settled (invalid: the beginning)
    int m_moved = 0;
    QSet<QTextTable *> m_tablesDone; // rows kept together
};

} // namespace planverk
