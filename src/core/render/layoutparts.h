// A long document laid out on pages as a row of shorter documents, each
// beginning at the top of a page.
//
// Qt's text document does some of its bookkeeping over the whole document at
// each edit: every insertion of a table scans all the document's fragments
// for its frames, and each layout marks all its frames. Loaded a piece at a
// time, with headings moved to the next page as it goes (PageBreaks), a long
// document cost more per page the longer it was: the 600-goal follow-up
// report, with a table or two per goal, took 3.6 ms a page at 417 pages
// against 3.1 at 117. So PrintLayout goes on in a new document every few
// dozen pages, at a page break the document already has: a block that begins
// a page because the template or PageBreaks said so, in the main flow, before
// which nothing can move any more. What follows such a break is laid out the
// same wherever it is, so the pages come out as from one document.
#pragma once

#include <QTextBlock>

class QTextDocument;

namespace planverk {

/// Where `block`'s first line begins in its document, in device pixels from
/// the top of the first page: the block itself may begin in the gap a page
/// break leaves (on the page before), when its first line did not fit there.
double firstLineTop(const QTextBlock &block);

/// The last block before `settledBefore` that begins a page the document asks
/// for (PageBreak_AlwaysBefore), at the very top of it, in the main flow (not
/// in a table nor in a list), on page `minPage` or later, and after
/// `searched` (where the last search began: what lies before it was looked
/// at then); invalid when there is none.
QTextBlock findPartCut(QTextDocument &doc, const QTextBlock &settledBefore, int minPage, const QTextBlock &searched = {});

/// Moves `cut` and all after it out of `from` (whose pages then end before
/// `cut`'s) into `to`, an empty document set up as `from` is (page size, font,
/// paint device): there `cut` is the first block, at the top of the first page.
void moveToNextPart(QTextDocument &from, const QTextBlock &cut, QTextDocument &to);

} // namespace planverk
