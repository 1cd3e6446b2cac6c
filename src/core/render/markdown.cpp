#include "render/markdown.h"

#include "model/planerror.h"
#include "render/mustache.h"

#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace planverk {

namespace {

// No permissive autolinks: with them md4c 0.4.8 read uninitialised memory on
// some inputs (fuzzing saw text sizes of 3 GB). <https://…> and <name@host>
// autolinks still work.
constexpr unsigned kFlags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;

std::string attribute(const MD_ATTRIBUTE &a)
{
    return a.text ? std::string(a.text, a.size) : std::string();
}

// Decodes the entities md4c reports (&amp;, &#228;, ...) for plain text.
std::string decodeEntity(std::string_view e)
{
    static const std::pair<const char *, const char *> named[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", "\xC2\xA0"},
        {"&aelig;", "æ"}, {"&oslash;", "ø"}, {"&aring;", "å"}, {"&AElig;", "Æ"}, {"&Oslash;", "Ø"}, {"&Aring;", "Å"},
        {"&ndash;", "–"}, {"&mdash;", "—"}, {"&laquo;", "«"}, {"&raquo;", "»"}};
    for (const auto &[k, v] : named)
        if (e == k)
            return v;
    if (e.size() > 3 && e[1] == '#') {
        unsigned long cp = 0;
        if (e[2] == 'x' || e[2] == 'X')
            cp = std::strtoul(std::string(e.substr(3, e.size() - 4)).c_str(), nullptr, 16);
        else
            cp = std::strtoul(std::string(e.substr(2, e.size() - 3)).c_str(), nullptr, 10);
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        std::string out;
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
        return out;
    }
    return std::string(e);
}

struct HtmlRenderer {
    std::string out;
    MarkdownOptions options;
    std::vector<bool> tightLists;
    int imageDepth = 0;         // inside an image: only its text (the alt text) is written
    bool inHeadRow = false;

    bool skipParagraph(const std::vector<MD_BLOCKTYPE> &stack) const
    {
        return stack.size() >= 2 && stack[stack.size() - 2] == MD_BLOCK_LI && !tightLists.empty() && tightLists.back();
    }

    std::vector<MD_BLOCKTYPE> blocks;

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        blocks.push_back(type);
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: out += "<blockquote>\n"; break;
        case MD_BLOCK_UL:
            tightLists.push_back(static_cast<MD_BLOCK_UL_DETAIL *>(detail)->is_tight);
            out += "<ul>\n";
            break;
        case MD_BLOCK_OL: {
            auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            tightLists.push_back(d->is_tight);
            out += d->start == 1 ? std::string("<ol>\n") : "<ol start=\"" + std::to_string(d->start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI: out += "<li>"; break;
        case MD_BLOCK_HR: out += "<hr>\n"; break;
        case MD_BLOCK_H: {
            const int level = std::min(6, options.headingBase - 1 + int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
            out += "<h" + std::to_string(level) + ">";
            break;
        }
        case MD_BLOCK_CODE: out += "<pre><code>"; break;
        case MD_BLOCK_HTML: break; // not produced: raw HTML is off
        case MD_BLOCK_P:
            if (!skipParagraph(blocks))
                out += "<p>";
            break;
        case MD_BLOCK_TABLE: out += "<table>\n"; break;
        case MD_BLOCK_THEAD:
            inHeadRow = true;
            out += "<thead>\n";
            break;
        case MD_BLOCK_TBODY: out += "<tbody>\n"; break;
        case MD_BLOCK_TR: out += "<tr>"; break;
        case MD_BLOCK_TH: out += inHeadRow ? "<th scope=\"col\">" : "<th>"; break;
        case MD_BLOCK_TD: out += "<td>"; break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: out += "</blockquote>\n"; break;
        case MD_BLOCK_UL:
            tightLists.pop_back();
            out += "</ul>\n";
            break;
        case MD_BLOCK_OL:
            tightLists.pop_back();
            out += "</ol>\n";
            break;
        case MD_BLOCK_LI: out += "</li>\n"; break;
        case MD_BLOCK_HR: break;
        case MD_BLOCK_H: {
            const int level = std::min(6, options.headingBase - 1 + int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
            out += "</h" + std::to_string(level) + ">\n";
            break;
        }
        case MD_BLOCK_CODE: out += "</code></pre>\n"; break;
        case MD_BLOCK_HTML: break;
        case MD_BLOCK_P:
            if (!skipParagraph(blocks))
                out += "</p>\n";
            break;
        case MD_BLOCK_TABLE: out += "</table>\n"; break;
        case MD_BLOCK_THEAD:
            inHeadRow = false;
            out += "</thead>\n";
            break;
        case MD_BLOCK_TBODY: out += "</tbody>\n"; break;
        case MD_BLOCK_TR: out += "</tr>\n"; break;
        case MD_BLOCK_TH: out += "</th>"; break;
        case MD_BLOCK_TD: out += "</td>"; break;
        }
        blocks.pop_back();
    }

    // Every span entered, and the closing tag it needs (empty when nothing
    // was written for it). Leaving pops it whatever came in between, so an
    // unusual order of spans cannot unbalance the output (found by fuzzing).
    std::vector<std::pair<MD_SPANTYPE, const char *>> spans;

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        const char *close = "";
        if (type == MD_SPAN_IMG) {
            ++imageDepth; // the alt text only: documents load no images from text
        } else if (imageDepth == 0) {
            switch (type) {
            case MD_SPAN_EM: out += "<em>"; close = "</em>"; break;
            case MD_SPAN_STRONG: out += "<strong>"; close = "</strong>"; break;
            case MD_SPAN_CODE: out += "<code>"; close = "</code>"; break;
            case MD_SPAN_DEL: out += "<del>"; close = "</del>"; break;
            case MD_SPAN_U: out += "<u>"; close = "</u>"; break;
            case MD_SPAN_A: {
                auto *d = static_cast<MD_SPAN_A_DETAIL *>(detail);
                std::string href = attribute(d->href);
                if (href.find('@') != std::string::npos && href.find(':') == std::string::npos && href.find('/') == std::string::npos)
                    href = "mailto:" + href; // a bare e-mail address
                if (isAllowedLinkTarget(href)) {
                    out += "<a href=\"";
                    mustache::escapeHtml(out, href);
                    const std::string title = attribute(d->title);
                    if (!title.empty()) {
                        out += "\" title=\"";
                        mustache::escapeHtml(out, title);
                    }
                    out += "\">";
                    close = "</a>";
                }
                break;
            }
            default: break;
            }
        }
        spans.emplace_back(type, close);
    }

    void leaveSpan(MD_SPANTYPE)
    {
        if (spans.empty())
            return;
        const auto [type, close] = spans.back();
        spans.pop_back();
        if (type == MD_SPAN_IMG && imageDepth > 0)
            --imageDepth;
        out += close;
    }

    const char *inputBegin = nullptr;
    size_t inputSize = 0;

    void text(MD_TEXTTYPE type, std::string_view s)
    {
        if (s.size() > inputSize)
            return; // no piece of text can be longer than the input (a guard against the parser; fuzzing saw one)
        switch (type) {
        case MD_TEXT_NULLCHAR: out += "\xEF\xBF\xBD"; break;
        case MD_TEXT_BR: out += imageDepth ? " " : "<br>\n"; break;
        case MD_TEXT_SOFTBR: out += imageDepth ? " " : "\n"; break;
        case MD_TEXT_ENTITY: mustache::escapeHtml(out, decodeEntity(s)); break;
        default: mustache::escapeHtml(out, s); break;
        }
    }
};

struct TextRenderer {
    std::string out;
    struct List {
        bool ordered;
        unsigned next;
    };
    std::vector<List> lists;

    void blockBreak()
    {
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        if (out.empty())
            return;
        if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0)
            return;
        out += out.back() == '\n' ? "\n" : "\n\n";
    }
    void lineBreak()
    {
        if (!out.empty() && out.back() != '\n')
            out += '\n';
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
            blockBreak();
            lists.push_back({false, 0});
            break;
        case MD_BLOCK_OL:
            blockBreak();
            lists.push_back({true, static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start});
            break;
        case MD_BLOCK_LI:
            lineBreak();
            out += std::string(2 * (lists.size() - 1), ' ');
            if (!lists.empty() && lists.back().ordered)
                out += std::to_string(lists.back().next++) + ". ";
            else
                out += "• ";
            break;
        case MD_BLOCK_P:
            if (lists.empty())
                blockBreak();
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_TABLE:
        case MD_BLOCK_HR: blockBreak(); break;
        case MD_BLOCK_TR: lineBreak(); break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            if (!out.empty() && out.back() != '\n')
                out += '\t';
            break;
        default: break;
        }
    }
    void leaveBlock(MD_BLOCKTYPE type, void *)
    {
        if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
            lists.pop_back();
        if (type == MD_BLOCK_HR)
            out += "———";
    }
    const char *inputBegin = nullptr;
    size_t inputSize = 0;

    void text(MD_TEXTTYPE type, std::string_view s)
    {
        if (s.size() > inputSize)
            return; // as in HtmlRenderer
        switch (type) {
        case MD_TEXT_NULLCHAR: out += "\xEF\xBF\xBD"; break;
        case MD_TEXT_BR: out += '\n'; break;
        case MD_TEXT_SOFTBR: out += ' '; break;
        case MD_TEXT_ENTITY: out += decodeEntity(s); break;
        default: out.append(s); break;
        }
    }
};

// Counts what the text asks for as md4c reports it, and stops md4c (a
// callback that returns non-zero) at the first limit passed.
struct LimitGuard {
    int nesting = 0;
    int spans = 0;
    size_t &cells;
    QString passed; // the limit, once one is passed

    int enterBlock(MD_BLOCKTYPE type, const void *detail)
    {
        if ((type == MD_BLOCK_QUOTE || type == MD_BLOCK_UL || type == MD_BLOCK_OL) && ++nesting > kMaxMarkdownNesting) {
            passed = QStringLiteral("lists and quotes are nested more than %1 levels deep (the limit)").arg(kMaxMarkdownNesting);
        } else if (type == MD_BLOCK_TABLE) {
            const auto *table = static_cast<const MD_BLOCK_TABLE_DETAIL *>(detail);
            cells += size_t(table->col_count) * (size_t(table->head_row_count) + table->body_row_count);
            if (table->col_count > kMaxMarkdownTableColumns)
                passed = QStringLiteral("a table has more than %1 columns (the limit)").arg(kMaxMarkdownTableColumns);
            else if (cells > kMaxMarkdownTableCells)
                passed = QStringLiteral("its tables have more than %L1 cells (the limit)").arg(kMaxMarkdownTableCells);
        }
        return passed.isEmpty() ? 0 : 1;
    }
    void leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_QUOTE || type == MD_BLOCK_UL || type == MD_BLOCK_OL)
            --nesting;
    }
    int enterSpan()
    {
        if (++spans > kMaxMarkdownSpanNesting)
            passed = QStringLiteral("emphasis and links are nested more than %1 levels deep (the limit)").arg(kMaxMarkdownSpanNesting);
        return passed.isEmpty() ? 0 : 1;
    }
};

template<class R>
struct Parse {
    R &r;
    LimitGuard guard;
};

template<class R>
void parse(std::string_view markdown, R &r, size_t *tableCells = nullptr)
{
    if (markdown.size() > kMaxMarkdownBytes)
        throw PlanError({}, {}, QStringLiteral("the text is larger than %1 MiB (the limit)").arg(kMaxMarkdownBytes >> 20));
    using P = Parse<R>;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kFlags;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        P *p = static_cast<P *>(u);
        if (p->guard.enterBlock(t, d))
            return 1;
        p->r.enterBlock(t, d);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        P *p = static_cast<P *>(u);
        p->guard.leaveBlock(t);
        p->r.leaveBlock(t, d);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
        P *p = static_cast<P *>(u);
        if (p->guard.enterSpan())
            return 1;
        if constexpr (requires { p->r.enterSpan(MD_SPAN_EM, nullptr); })
            p->r.enterSpan(t, d);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE t, void *, void *u) {
        P *p = static_cast<P *>(u);
        --p->guard.spans;
        if constexpr (requires { p->r.leaveSpan(MD_SPAN_EM); })
            p->r.leaveSpan(t);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
        R *self = &static_cast<P *>(u)->r;
        std::string_view v(s, n);
        // Text inside the input never reaches past its end (md4c 0.4.8 sometimes
        // says it does: found by fuzzing).
        if (s >= self->inputBegin && s <= self->inputBegin + self->inputSize)
            v = v.substr(0, std::min<size_t>(n, size_t(self->inputBegin + self->inputSize - s)));
        self->text(t, v);
        return 0;
    };
    // md4c may also read a little past the end itself: give it zeros to read.
    std::string padded(markdown);
    padded.append(64, '\0');
    r.inputBegin = padded.data();
    size_t cells = tableCells ? *tableCells : 0;
    P p{r, {0, 0, cells, {}}};
    md_parse(padded.data(), MD_SIZE(markdown.size()), &parser, &p);
    if (tableCells)
        *tableCells = cells;
    if (!p.guard.passed.isEmpty())
        throw PlanError({}, {}, p.guard.passed);
}

} // namespace

bool isAllowedLinkTarget(std::string_view url)
{
    auto starts = [&](std::string_view p) {
        if (url.size() < p.size())
            return false;
        for (size_t i = 0; i < p.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(url[i])) != p[i])
                return false;
        return true;
    };
    return starts("http://") || starts("https://") || starts("mailto:");
}

std::string markdownToHtml(std::string_view markdown, const MarkdownOptions &options)
{
    HtmlRenderer r;
    r.options = options;
    r.inputSize = markdown.size();
    r.out.reserve(markdown.size() + markdown.size() / 4 + 16);
    parse(markdown, r, options.tableCells);
    while (!r.out.empty() && r.out.back() == '\n')
        r.out.pop_back();
    return std::move(r.out);
}

std::string markdownToText(std::string_view markdown)
{
    TextRenderer r;
    r.inputSize = markdown.size();
    parse(markdown, r);
    while (!r.out.empty() && (r.out.back() == '\n' || r.out.back() == ' '))
        r.out.pop_back();
    return std::move(r.out);
}

} // namespace planverk
