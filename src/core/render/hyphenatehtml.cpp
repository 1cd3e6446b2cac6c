#include "render/hyphenatehtml.h"

#include "render/hyphenator.h"

#include <QString>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

namespace planverk {

namespace {

bool isVoid(std::string_view name)
{
    static const std::string_view kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                            "link", "meta", "param", "source", "track", "wbr"};
    return std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid);
}

// Elements whose text is never hyphenated: raw text, code, the head, and
// the document's title (h1): a title is broken between words or not at all.
bool keepsTextWhole(std::string_view name)
{
    return name == "head" || name == "h1" || name == "title" || name == "style" || name == "script" || name == "pre" || name == "code"
        || name == "textarea";
}

bool isRawText(std::string_view name) { return name == "style" || name == "script" || name == "title" || name == "textarea"; }

struct Open {
    std::string name;
    std::string lang;
    bool whole;
};

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The value of attribute `attr` in the tag text `tag` ("<p lang=nb class=x>"), or "" .
std::string attribute(std::string_view tag, std::string_view attr)
{
    size_t i = 1;
    while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '>' && tag[i] != '/')
        ++i;
    while (i < tag.size()) {
        while (i < tag.size() && (std::isspace(static_cast<unsigned char>(tag[i])) || tag[i] == '/'))
            ++i;
        const size_t nameStart = i;
        while (i < tag.size() && tag[i] != '=' && tag[i] != '>' && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '/')
            ++i;
        const std::string name = lower(tag.substr(nameStart, i - nameStart));
        if (name.empty())
            break;
        std::string value;
        if (i < tag.size() && tag[i] == '=') {
            ++i;
            if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
                const char q = tag[i++];
                const size_t end = tag.find(q, i);
                const size_t stop = end == std::string_view::npos ? tag.size() : end;
                value = std::string(tag.substr(i, stop - i));
                i = stop + 1;
            } else {
                const size_t start = i;
                while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '>')
                    ++i;
                value = std::string(tag.substr(start, i - start));
            }
        }
        if (name == attr)
            return value;
    }
    return {};
}

// The end of the tag starting at `i` ('<'): one past its '>', quotes respected.
size_t tagEnd(std::string_view html, size_t i)
{
    char quote = 0;
    for (size_t k = i + 1; k < html.size(); ++k) {
        const char c = html[k];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return k + 1;
        }
    }
    return html.size();
}

} // namespace

// Walks the HTML a piece at a time: the elements left open at the end of one
// piece (and their languages) are open at the start of the next.
class HyphenationWalker
{
public:
    std::string run(std::string_view html)
    {
        m_html = html;
        m_out.clear();
        m_out.reserve(html.size() + html.size() / 20);
        size_t i = 0;
        const size_t n = m_html.size();
        while (i < n) {
            const size_t lt = m_html.find('<', i);
            const size_t textEnd = lt == std::string::npos ? n : lt;
            if (textEnd > i)
                text(std::string_view(m_html).substr(i, textEnd - i));
            if (lt == std::string::npos)
                break;
            i = tag(lt);
        }
        return std::move(m_out);
    }

private:
    size_t tag(size_t lt)
    {
        if (m_html.compare(lt, 4, "<!--") == 0) {
            const size_t end = m_html.find("-->", lt + 4);
            const size_t stop = end == std::string::npos ? m_html.size() : end + 3;
            m_out.append(m_html, lt, stop - lt);
            return stop;
        }
        const size_t end = tagEnd(m_html, lt);
        const std::string_view t = std::string_view(m_html).substr(lt, end - lt);
        m_out.append(t);
        if (t.size() < 3 || t[1] == '!' || t[1] == '?')
            return end;
        const bool closing = t[1] == '/';
        size_t k = closing ? 2 : 1;
        const size_t nameStart = k;
        while (k < t.size() && (std::isalnum(static_cast<unsigned char>(t[k])) || t[k] == '-'))
            ++k;
        const std::string name = lower(t.substr(nameStart, k - nameStart));
        if (name.empty())
            return end;
        if (closing) {
            for (size_t j = m_open.size(); j-- > 0;)
                if (m_open[j].name == name) {
                    m_open.resize(j);
                    break;
                }
            return end;
        }
        if (isRawText(name)) {
            // Copied as it is up to its end tag.
            const std::string close = "</" + name;
            size_t stop = end;
            while (stop < m_html.size()) {
                stop = m_html.find("</", stop);
                if (stop == std::string::npos) {
                    stop = m_html.size();
                    break;
                }
                if (lower(std::string_view(m_html).substr(stop, close.size())) == close)
                    break;
                stop += 2;
            }
            m_out.append(m_html, end, stop - end);
            return stop;
        }
        if (isVoid(name) || t[t.size() - 2] == '/')
            return end;
        std::string lang = attribute(t, "lang");
        const Open *parent = m_open.empty() ? nullptr : &m_open.back();
        if (lang.empty() && parent)
            lang = parent->lang;
        m_open.push_back({name, lang, keepsTextWhole(name) || (parent && parent->whole)});
        return end;
    }

    void text(std::string_view t)
    {
        if (m_open.empty() || m_open.back().whole || m_open.back().lang.empty()) {
            m_out.append(t);
            return;
        }
        // Only text with a word long enough to break is worth converting.
        size_t run = 0;
        bool long_ = false;
        for (char c : t) {
            const bool letter = std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
            run = letter ? run + 1 : 0;
            if (run >= size_t(Hyphenator::kMinWordLength)) {
                long_ = true;
                break;
            }
        }
        if (!long_) {
            m_out.append(t);
            return;
        }
        Hyphenator &h = hyphenator(m_open.back().lang);
        m_out += h.text(QString::fromUtf8(t.data(), qsizetype(t.size()))).toStdString();
    }

    Hyphenator &hyphenator(const std::string &lang)
    {
        std::unique_ptr<Hyphenator> &h = m_hyphenators[lang];
        if (!h) {
            // nb-NO, no, nob → nb; nn-NO, nno → nn; en-GB, en → en
            QString code = QString::fromStdString(lang).toLower();
            if (code.startsWith(QLatin1String("no")) || code == QLatin1String("nob"))
                code = QStringLiteral("nb");
            else if (code == QLatin1String("nno"))
                code = QStringLiteral("nn");
            h = std::make_unique<Hyphenator>(code.left(2));
        }
        return *h;
    }

    std::string_view m_html;
    std::string m_out;
    std::vector<Open> m_open;
    std::map<std::string, std::unique_ptr<Hyphenator>> m_hyphenators;
};

std::string hyphenateHtml(const std::string &html) { return HyphenationWalker().run(html); }

PieceHyphenator::PieceHyphenator() : m_walker(std::make_unique<HyphenationWalker>()) {}
PieceHyphenator::~PieceHyphenator() = default;
std::string PieceHyphenator::operator()(std::string_view piece) { return m_walker->run(piece); }

} // namespace planverk
