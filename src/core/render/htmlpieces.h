// Loading a long HTML document into a QTextDocument a piece at a time, the
// pieces parsed on a second thread while this one inserts and lays them out.
#pragma once

#include "render/renderprogress.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

class QTextDocument;

namespace planverk {

class TemplateResources;

/// Fills `doc` with `html` a piece at a time (pieces of about `pieceSize`
/// bytes, cut between top-level elements): the same document as
/// QTextDocument::setHtml, at a fraction of the peak memory. The pieces are
/// parsed on a second thread while this one inserts them, and, when `doc`
/// has a page size, lays each out as it comes. Images and style sheets the
/// HTML names while it is parsed come only through `resources` (none when null).
/// `progress` is told how far it got (false cancels); `afterPiece`, when given,
/// is called after each piece is inserted (and laid out): it may throw to stop the loading.
/// Every block gets `lineHeightPercent` of its font's line spacing (the
/// template's paper line height), set while the pieces are parsed.
/// `transform`, when given, is called on the parser thread with the HTML in
/// order, the head first and then each piece of the body (each cut right
/// after a tag), and returns what is parsed of it (the head is parsed as it is).
void loadHtmlInPieces(QTextDocument &doc, const std::string &html, size_t pieceSize = 64 * 1024,
                      const std::shared_ptr<TemplateResources> &resources = {}, const RenderProgress &progress = {},
                      const std::function<void()> &afterPiece = {}, double lineHeightPercent = 100,
                      const std::function<std::string(std::string_view)> &transform = {});

} // namespace planverk
