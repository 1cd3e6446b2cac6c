// The font and text area of a paper document, as its template asks for them.
#pragma once

#include <QFont>
#include <QMarginsF>

#include <string>

namespace planverk {

struct PaperStyle {
    QFont font;
    QMarginsF marginsMm; // left, top, right, bottom, in millimetres
    double lineHeightPercent = 100; // of the font's own line spacing, for every block
};

/// What the template asks for in the head of the paper document:
///   <meta name="planverk-font-family" content="Open Sans, DejaVu Sans">
///   <meta name="planverk-font-size" content="10.5pt">
///   <meta name="planverk-page-margins" content="18mm 30mm 16mm 30mm"> (top right bottom left)
///   <meta name="planverk-line-height" content="90%"> (of the font's own line spacing)
/// The first installed family of the list is taken; with none of them
/// installed (or no meta element) the font is DejaVu Sans. A missing or
/// unreadable size is 9.5 pt, missing margins 18, 22, 16 and 22 mm, a missing
/// or unreadable line height (outside 75–200 %) the font's own.
PaperStyle paperStyleOf(const std::string &html);

} // namespace planverk
