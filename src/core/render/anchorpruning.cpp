#include "render/anchorpruning.h"

#include <string_view>
#include <unordered_set>

namespace planverk {

// Qt's text document keeps an anchor's names as a list, and its format table
// hashes every list alike: each element with an id becomes a format that is
// compared with every other such format when it is stored. A 536-page plan
// has some 4 500 ids (one per goal, sub-goal, row ...), and loading it spent
// more than half its time in those comparisons. On paper an anchor matters
// only when a link in the document points to it (the contents' page numbers),
// so the others are dropped before the HTML is loaded.
std::string dropUnlinkedAnchors(const std::string &html, const std::vector<std::string> &keep)
{
    std::unordered_set<std::string_view> linked(keep.begin(), keep.end());
    for (size_t at = html.find("href="); at != std::string::npos; at = html.find("href=", at + 5)) {
        const size_t q = at + 5;
        if (q + 1 >= html.size() || (html[q] != '"' && html[q] != '\'') || html[q + 1] != '#')
            continue;
        const size_t end = html.find(html[q], q + 2);
        if (end == std::string::npos)
            continue; // unterminated: the links after it may use the other quote
        linked.emplace(html.data() + q + 2, end - q - 2);
    }
    std::string out;
    out.reserve(html.size());
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    size_t copied = 0;
    size_t at = 0;
    while ((at = html.find('<', at)) != std::string::npos) {
        if (html.compare(at, 4, "<!--") == 0) { // comments, and the style sheet: no tags inside
            const size_t end = html.find("-->", at + 4);
            at = end == std::string::npos ? html.size() : end + 3;
            continue;
        }
        if (html.compare(at, 6, "<style") == 0 || html.compare(at, 7, "<script") == 0) {
            const size_t end = html.find(html[at + 2] == 't' ? "</style" : "</script", at + 6);
            at = end == std::string::npos ? html.size() : end + 2;
            continue;
        }
        const bool isLink = html.compare(at, 3, "<a ") == 0 || html.compare(at, 3, "<a\n") == 0;
        // The tag's attributes, up to its '>' outside quotes.
        size_t i = at + 1;
        char quote = 0;
        for (; i < html.size(); ++i) {
            const char c = html[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (isSpace(c) && i + 1 < html.size()) {
                const size_t name = i + 1;
                size_t len = 0;
                if (html.compare(name, 3, "id=") == 0)
                    len = 3;
                else if (isLink && html.compare(name, 5, "name=") == 0)
                    len = 5;
                const size_t q = name + len;
                if (len == 0 || q >= html.size() || (html[q] != '"' && html[q] != '\''))
                    continue;
                const size_t end = html.find(html[q], q + 1);
                if (end == std::string::npos)
                    break;
                if (!linked.count(std::string_view(html.data() + q + 1, end - q - 1))) {
                    out.append(html, copied, i - copied); // up to the space before the attribute
                    copied = end + 1;
                }
                i = end;
            }
        }
        at = i;
    }
    out.append(html, copied, std::string::npos);
    return out;
}

} // namespace planverk
