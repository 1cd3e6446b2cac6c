// Markdown bodies (CommonMark through md4c) to HTML and to plain text.
//
// Safe for publishing: raw HTML in the Markdown is not passed through (it is
// shown as text), links keep only http, https and mailto targets, and images
// become their alternative text, so rendering never loads anything.
#pragma once

#include <string>
#include <string_view>

namespace planverk {

struct MarkdownOptions {
    /// Markdown "# Heading" becomes <h(headingBase)>, "##" one level down, and so on (at most h6).
    int headingBase = 3;
};

std::string markdownToHtml(std::string_view markdown, const MarkdownOptions &options = {});
std::string markdownToText(std::string_view markdown);

/// True for the link targets documents keep: http:, https: and mailto:.
bool isAllowedLinkTarget(std::string_view url);

} // namespace planverk
