// Markdown bodies (CommonMark through md4c) to HTML and to plain text.
//
// Safe for publishing: raw HTML in the Markdown is not passed through (it is
// shown as text), links keep only http, https and mailto targets, and images
// become their alternative text, so rendering never loads anything.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace planverk {

struct MarkdownOptions {
    /// Markdown "# Heading" becomes <h(headingBase)>, "##" one level down, and so on (at most h6).
    int headingBase = 3;
    /// When given, the cells of the text's tables are added to it, and the
    /// cell limit applies to the total: the texts of one document share it
    /// (Qt lays a wide table out slowly, some 0.1 s a page).
    size_t *tableCells = nullptr;
};

/// What one Markdown text may ask for. A plan's texts are a few pages with
/// lists two or three deep and small tables; these are far above that, and
/// low enough that the document stays cheap to lay out.
inline constexpr size_t kMaxMarkdownBytes = size_t(4) << 20;   // 4 MiB (a text in a plan file has at most 1,000,000 characters)
inline constexpr int kMaxMarkdownNesting = 16;                 // lists and quotes inside each other
inline constexpr int kMaxMarkdownSpanNesting = 32;             // emphasis, links, code inside each other
inline constexpr unsigned kMaxMarkdownTableColumns = 64;       // columns of a table (A4 has room for a dozen)
inline constexpr size_t kMaxMarkdownTableCells = 20'000;       // cells of all its tables (or of all that share a count)

/// Both throw PlanError (with no file: the caller says which text) when the
/// text passes a limit above.
std::string markdownToHtml(std::string_view markdown, const MarkdownOptions &options = {});
std::string markdownToText(std::string_view markdown);

/// True for the link targets documents keep: http:, https: and mailto:.
bool isAllowedLinkTarget(std::string_view url);

} // namespace planverk
