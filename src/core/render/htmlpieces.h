// Loading a long HTML document into a QTextDocument a piece at a time, the
// pieces parsed on a second thread while this one inserts and lays them out.
#pragma once

#include "render/renderprogress.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QTextDocument;

namespace planverk {

class TemplateResources;

/// Where the HTML is cut: the end of <head> and of <body>, and between
/// top-level elements, after a closing </div> or </section> about every
/// `pieceSize` bytes (smaller at first), never inside a table.
struct HtmlPieces {
    std::string head;         // up to and including <body ...>
    std::vector<size_t> cuts; // piece i is [cuts[i], cuts[i + 1])
};

/// The pieces of `html`; nothing when it is not a whole HTML document.
std::optional<HtmlPieces> cutHtml(const std::string &html, size_t pieceSize);
/// Piece `i` of `html` (without the white space around it), parsed with the
/// head (so that its style sheet applies): what QTextDocument::setHtml is given.
std::string pieceHtml(const std::string &html, const HtmlPieces &pieces, size_t i);

/// Fills `doc` with `html` a piece at a time (pieces of about `pieceSize`
/// bytes, cut between top-level elements): the same document as
/// QTextDocument::setHtml, at a fraction of the peak memory. The pieces are
/// parsed on a second thread while this one inserts them, and, when `doc`
/// has a page size, lays each out as it comes. Images and style sheets the
/// HTML names while it is parsed come only through `resources` (none when null).
/// `progress` is told how far it got (false cancels); `afterPiece`, when given,
/// is called after each piece is inserted (and laid out): it may throw to stop
/// the loading, and it may return another document for the pieces that follow
/// (the next part of a long document, PrintLayout), or null to go on in the same.
/// Every block gets `lineHeightPercent` of its font's line spacing (the
/// template's paper line height), set while the pieces are parsed.
/// `transform`, when given, is called on the parser thread with the HTML in
/// order, the head first and then each piece of the body (each cut right
/// after a tag), and returns what is parsed of it (the head is parsed as it is).
void loadHtmlInPieces(QTextDocument &doc, const std::string &html, size_t pieceSize = 64 * 1024,
                      const std::shared_ptr<TemplateResources> &resources = {}, const RenderProgress &progress = {},
                      const std::function<QTextDocument *()> &afterPiece = {}, double lineHeightPercent = 100,
                      const std::function<std::string(std::string_view)> &transform = {});

} // namespace planverk
