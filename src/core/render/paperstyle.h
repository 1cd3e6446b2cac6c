// The font and text area of a paper document, as its template asks for them.
#pragma once

#include <QFont>
#include <QMarginsF>

#include <cstddef>

#include <string>

namespace planverk {

struct PaperStyle {
    QFont font;
    QMarginsF marginsMm; // left, top, right, bottom, in millimetres
    double lineHeightPercent = 100; // of the font's own line spacing, for every block
    size_t pieceBytes = 64 * 1024; // the pieces the document is loaded in (htmlpieces.h)
};

/// What the template asks for in the head of the paper document:
///   <meta name="planverk-font-family" content="Open Sans, DejaVu Sans">
///   <meta name="planverk-font-size" content="10.5pt">
///   <meta name="planverk-page-margins" content="18mm 30mm 16mm 30mm"> (top right bottom left)
///   <meta name="planverk-line-height" content="90%"> (of the font's own line spacing)
///   <meta name="planverk-piece-size" content="16KB"> (4–1024 KB; 64 KB when missing)
/// The piece size: each heading, table or paragraph PageBreaks moves to the
/// next page makes Qt lay out again all that was loaded after it, to the end
/// of its piece; a document that breaks pages on nearly every page around
/// tables (the follow-up report) is laid out in less time in smaller pieces
/// (the 600-goal report: 10.9 s of CPU in 64 KB pieces, 6.5 s in 16 KB),
/// while a plan's is not (its Word document is slower: more pieces to parse).
/// Word and ODT documents are walked in the same pieces as paper, so that
/// they say the same.
/// The first installed family of the list is taken; with none of them
/// installed (or no meta element) the font is DejaVu Sans. A missing or
/// unreadable size is 9.5 pt, missing margins 18, 22, 16 and 22 mm, a missing
/// or unreadable line height (outside 75–200 %) the font's own.
PaperStyle paperStyleOf(const std::string &html);

} // namespace planverk
