#include "render/mustache.h"

#include "model/planerror.h"

#include <QString>

#include <array>
#include <charconv>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace planverk::mustache {

using json = nlohmann::json;

struct Template::Node {
    enum Kind : unsigned char { Text, Variable, RawVariable, Section, Inverted, Partial, Parent, Block };
    Kind kind = Text;
    bool dynamic = false;      // {{>*name}}, {{<*name}}: the name is looked up in the data
    bool lineStart = false;    // Text: begins a line of the source
    uint32_t end = 0;          // Section, Inverted, Parent, Block: index past the last child
    size_t offset = 0;         // where the tag starts in the source, for messages
    std::string text;          // Text: the text; tags: the name as written
    std::vector<std::string> path; // dotted name, split; empty for "."
    std::string indent;        // Partial, Parent: standalone indentation; Block: slot indentation
};

using Node = Template::Node;

namespace {

QString placeOf(std::string_view source, size_t offset)
{
    int line = 1;
    size_t lineStart = 0;
    offset = std::min(offset, source.size());
    for (size_t i = 0; i < offset; ++i)
        if (source[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    int column = 1;
    for (size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80)
            ++column;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string> splitPath(std::string_view name)
{
    std::vector<std::string> parts;
    if (name == ".")
        return parts;
    size_t start = 0;
    while (true) {
        const size_t dot = name.find('.', start);
        parts.emplace_back(name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

struct Token {
    enum Type { TextToken, TagToken } type = TextToken;
    char sigil = 0; // 0 variable; { & # ^ / ! > < $ =
    std::string_view content;
    size_t offset = 0;
    bool dynamic = false;
    // Filled in by the standalone pass:
    bool removed = false;      // whitespace of a standalone line
    bool lineStart = false;    // first text of a line
    bool standalone = false;   // tag on a standalone line
    std::string_view indent;   // standalone: the line's leading whitespace; otherwise whitespace before the tag if only that precedes it
};

bool canStandAlone(char sigil) { return sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>' || sigil == '<' || sigil == '$' || sigil == '='; }
bool isOpener(char sigil) { return sigil == '#' || sigil == '^' || sigil == '<' || sigil == '$'; }

} // namespace

class Parser
{
public:
    Parser(Template &t) : m_t(t), m_src(t.m_source) {}

    void run()
    {
        tokenize();
        markStandalone();
        build();
    }

private:
    [[noreturn]] void fail(size_t offset, const QString &message) const
    {
        throw PlanError(QString::fromStdString(m_t.m_name), placeOf(m_src, offset), message);
    }

    void addText(size_t from, size_t to)
    {
        while (from < to) {
            const size_t nl = m_src.find('\n', from);
            const size_t end = (nl == std::string_view::npos || nl >= to) ? to : nl + 1;
            Token tok;
            tok.content = m_src.substr(from, end - from);
            tok.offset = from;
            m_tokens.push_back(tok);
            from = end;
        }
    }

    void tokenize()
    {
        std::string open = "{{", close = "}}";
        size_t pos = 0;
        const size_t n = m_src.size();
        while (pos < n) {
            const size_t start = m_src.find(open, pos);
            if (start == std::string_view::npos) {
                addText(pos, n);
                break;
            }
            addText(pos, start);
            size_t p = start + open.size();
            Token tok;
            tok.type = Token::TagToken;
            tok.offset = start;
            size_t contentEnd = 0;
            size_t next = 0;
            const char c = p < n ? m_src[p] : 0;
            if (c == '{') {
                tok.sigil = '{';
                const std::string closer = "}" + close;
                contentEnd = m_src.find(closer, p + 1);
                if (contentEnd == std::string_view::npos)
                    fail(start, QStringLiteral("unclosed tag: '{{{' without '}}}'"));
                ++p;
                next = contentEnd + closer.size();
            } else if (c == '=') {
                tok.sigil = '=';
                const std::string closer = "=" + close;
                contentEnd = m_src.find(closer, p + 1);
                if (contentEnd == std::string_view::npos)
                    fail(start, QStringLiteral("unclosed delimiter change: expected '=%1'").arg(QString::fromStdString(close)));
                ++p;
                next = contentEnd + closer.size();
            } else {
                if (c == '&' || c == '#' || c == '^' || c == '/' || c == '!' || c == '>' || c == '<' || c == '$') {
                    tok.sigil = c;
                    ++p;
                }
                contentEnd = m_src.find(close, p);
                if (contentEnd == std::string_view::npos)
                    fail(start, QStringLiteral("unclosed tag: '%1' without '%2'").arg(QString::fromStdString(open), QString::fromStdString(close)));
                next = contentEnd + close.size();
            }
            std::string_view content = trim(m_src.substr(p, contentEnd - p));
            if ((tok.sigil == '>' || tok.sigil == '<') && !content.empty() && content.front() == '*') {
                tok.dynamic = true;
                content = trim(content.substr(1));
            }
            tok.content = content;
            if (tok.sigil == '=') {
                const size_t space = content.find_first_of(" \t\r\n");
                if (space == std::string_view::npos)
                    fail(start, QStringLiteral("bad delimiter change: expected two delimiters separated by a space"));
                const std::string_view a = content.substr(0, space);
                const std::string_view b = trim(content.substr(space));
                if (a.empty() || b.empty() || b.find_first_of(" \t\r\n") != std::string_view::npos
                    || a.find('=') != std::string_view::npos || b.find('=') != std::string_view::npos)
                    fail(start, QStringLiteral("bad delimiter change: expected two delimiters separated by a space"));
                open = std::string(a);
                close = std::string(b);
            } else if (tok.sigil != '!' && content.empty()) {
                fail(start, QStringLiteral("empty tag"));
            }
            m_tokens.push_back(tok);
            pos = next;
        }
    }

    // Decides which lines are standalone: nothing on them but whitespace and
    // tags that render nothing in place. Such a line disappears from the
    // output, newline and all; its indentation goes to a partial, parent or
    // block on it. One tag per line, except that a parent tag may share the
    // line with the tags of its arguments ({{<parent}}{{$block}}).
    void markStandalone()
    {
        std::vector<char> stack; // sigils of open tags
        size_t i = 0;
        while (i < m_tokens.size()) {
            size_t end = i;
            while (end < m_tokens.size()) {
                const Token &t = m_tokens[end++];
                if (t.type == Token::TextToken && t.content.back() == '\n')
                    break;
            }
            // The line is [i, end).
            bool onlyBlank = true;
            int tags = 0;
            bool allInheritance = true;
            bool hasParent = false;
            size_t localPops = 0;
            std::vector<char> local;
            std::string_view leading;
            bool beforeFirstTag = true;
            for (size_t k = i; k < end; ++k) {
                Token &t = m_tokens[k];
                if (t.type == Token::TextToken) {
                    std::string_view s = t.content;
                    if (!s.empty() && s.back() == '\n')
                        s.remove_suffix(1);
                    if (!s.empty() && s.back() == '\r')
                        s.remove_suffix(1);
                    for (char ch : s)
                        if (!isBlank(ch))
                            onlyBlank = false;
                    if (beforeFirstTag && k == i)
                        leading = s;
                    continue;
                }
                beforeFirstTag = false;
                ++tags;
                if (!canStandAlone(t.sigil))
                    onlyBlank = false;
                if (t.sigil != '<' && t.sigil != '$' && t.sigil != '/' && t.sigil != '!')
                    allInheritance = false;
                if (t.sigil == '<')
                    hasParent = true;
                if (isOpener(t.sigil)) {
                    local.push_back(t.sigil);
                } else if (t.sigil == '/') {
                    char closed = 0;
                    if (!local.empty()) {
                        closed = local.back();
                        local.pop_back();
                    } else if (stack.size() > localPops) {
                        closed = stack[stack.size() - 1 - localPops];
                        ++localPops;
                    }
                    if (closed == '<')
                        hasParent = true;
                }
            }
            const bool standalone = onlyBlank && (tags == 1 || (tags > 1 && allInheritance && hasParent));

            // Whitespace before each tag when only whitespace precedes it.
            bool blankSoFar = true;
            std::string_view blankText;
            for (size_t k = i; k < end; ++k) {
                Token &t = m_tokens[k];
                if (t.type == Token::TextToken) {
                    if (k == i)
                        t.lineStart = true;
                    bool blank = true;
                    for (char ch : t.content)
                        if (!isBlank(ch))
                            blank = false;
                    if (blank && k == i)
                        blankText = t.content;
                    else
                        blankSoFar = false;
                    if (standalone)
                        t.removed = true;
                } else {
                    if (standalone) {
                        t.standalone = true;
                        t.indent = leading;
                        leading = {}; // only the first tag gets the indentation
                    } else if (blankSoFar) {
                        t.indent = blankText;
                    }
                    blankSoFar = false;
                    if (isOpener(t.sigil))
                        stack.push_back(t.sigil);
                    else if (t.sigil == '/' && !stack.empty())
                        stack.pop_back();
                }
            }
            i = end;
        }
    }

    void build()
    {
        struct Open {
            size_t node;
            bool standalone;
        };
        std::vector<Open> stack;
        auto &nodes = m_t.m_nodes;
        size_t mergeFrom = 0; // text may be appended to a text node at or after this index
        nodes.reserve(m_tokens.size());
        for (const Token &tok : m_tokens) {
            if (tok.type == Token::TextToken) {
                if (tok.removed || tok.content.empty())
                    continue;
                if (!nodes.empty() && nodes.back().kind == Node::Text && nodes.size() - 1 >= mergeFrom) {
                    nodes.back().text.append(tok.content);
                    continue;
                }
                Node n;
                n.kind = Node::Text;
                n.text = std::string(tok.content);
                n.lineStart = tok.lineStart;
                n.offset = tok.offset;
                nodes.push_back(std::move(n));
                continue;
            }
            switch (tok.sigil) {
            case '!':
            case '=':
                break;
            case '/': {
                if (stack.empty())
                    fail(tok.offset, QStringLiteral("closing tag '%1' has no opening tag").arg(QString::fromUtf8(tok.content.data(), qsizetype(tok.content.size()))));
                const Open open = stack.back();
                Node &opened = nodes[open.node];
                if (opened.text != tok.content)
                    fail(tok.offset, QStringLiteral("closing tag '%1' does not match the open section '%2' (opened at %3)")
                                         .arg(QString::fromUtf8(tok.content.data(), qsizetype(tok.content.size())), QString::fromStdString(opened.text),
                                              placeOf(m_src, opened.offset)));
                stack.pop_back();
                opened.end = uint32_t(nodes.size());
                mergeFrom = nodes.size();
                if (opened.kind == Node::Block)
                    finishBlock(open.node, open.standalone);
                break;
            }
            default: {
                Node n;
                n.offset = tok.offset;
                n.text = std::string(tok.content);
                n.dynamic = tok.dynamic;
                n.indent = std::string(tok.indent);
                switch (tok.sigil) {
                case 0: n.kind = Node::Variable; break;
                case '&':
                case '{': n.kind = Node::RawVariable; break;
                case '#': n.kind = Node::Section; break;
                case '^': n.kind = Node::Inverted; break;
                case '>': n.kind = Node::Partial; break;
                case '<': n.kind = Node::Parent; break;
                case '$': n.kind = Node::Block; break;
                }
                if (n.kind != Node::Partial && n.kind != Node::Parent && n.kind != Node::Block)
                    n.indent.clear();
                if (n.kind == Node::Partial && !tok.standalone)
                    n.indent.clear();
                if (n.kind == Node::Parent && !tok.standalone)
                    n.indent.clear();
                if (n.kind != Node::Block && n.kind != Node::Parent && (n.kind != Node::Partial || n.dynamic))
                    n.path = splitPath(n.text);
                if (n.kind == Node::Parent && n.dynamic)
                    n.path = splitPath(n.text);
                if (n.kind == Node::Variable || n.kind == Node::RawVariable || n.kind == Node::Section || n.kind == Node::Inverted)
                    for (const std::string &part : n.path)
                        if (part.empty())
                            fail(tok.offset, QStringLiteral("'%1' is not a valid name").arg(QString::fromStdString(n.text)));
                const bool opens = n.kind == Node::Section || n.kind == Node::Inverted || n.kind == Node::Parent || n.kind == Node::Block;
                nodes.push_back(std::move(n));
                if (opens) {
                    if (stack.size() >= size_t(kMaxSectionDepth))
                        fail(tok.offset, QStringLiteral("sections are nested more than %1 levels deep").arg(kMaxSectionDepth));
                    stack.push_back({nodes.size() - 1, tok.standalone});
                }
            }
            }
        }
        if (!stack.empty()) {
            const Node &n = nodes[stack.back().node];
            fail(n.offset, QStringLiteral("section '%1' is never closed").arg(QString::fromStdString(n.text)));
        }
    }

    // A block's own indentation: when its opening tag stands alone, the
    // indentation of its first line (or of the tag, when it has no content);
    // that indentation is taken off its lines here and put back, as the
    // slot's, where the block is rendered.
    void finishBlock(size_t index, bool standalone)
    {
        auto &nodes = m_t.m_nodes;
        Node &block = nodes[index];
        if (!standalone)
            return; // indent: whitespace before the tag on its line, if only that
        std::string intrinsic = block.indent;
        const size_t first = index + 1;
        if (first < block.end && nodes[first].kind == Node::Text && nodes[first].lineStart) {
            const std::string &t = nodes[first].text;
            size_t k = 0;
            while (k < t.size() && isBlank(t[k]))
                ++k;
            if (k > 0)
                intrinsic = t.substr(0, k);
        }
        block.indent = intrinsic;
        if (!intrinsic.empty())
            dedent(first, block.end, intrinsic);
    }

    static std::string without(const std::string &s, const std::string &prefix)
    {
        size_t k = 0;
        while (k < s.size() && k < prefix.size() && s[k] == prefix[k])
            ++k;
        return s.substr(k);
    }

    void dedent(size_t from, size_t to, const std::string &prefix)
    {
        auto &nodes = m_t.m_nodes;
        size_t i = from;
        while (i < to) {
            Node &n = nodes[i];
            switch (n.kind) {
            case Node::Text: {
                std::string out;
                out.reserve(n.text.size());
                size_t pos = 0;
                bool atLineStart = n.lineStart;
                while (pos < n.text.size()) {
                    if (atLineStart) {
                        size_t k = 0;
                        while (k < prefix.size() && pos + k < n.text.size() && n.text[pos + k] == prefix[k])
                            ++k;
                        pos += k;
                    }
                    const size_t nl = n.text.find('\n', pos);
                    const size_t end = nl == std::string::npos ? n.text.size() : nl + 1;
                    out.append(n.text, pos, end - pos);
                    pos = end;
                    atLineStart = true;
                }
                n.text = std::move(out);
                ++i;
                break;
            }
            case Node::Partial:
                n.indent = without(n.indent, prefix);
                ++i;
                break;
            case Node::Parent:
            case Node::Block:
                n.indent = without(n.indent, prefix);
                i = n.end;
                break;
            default:
                ++i;
            }
        }
    }

    Template &m_t;
    std::string_view m_src;
    std::vector<Token> m_tokens;
};

// ---------------------------------------------------------------- rendering

class Renderer
{
public:
    Renderer(std::string &out, PartialLoader *loader, const RenderOptions &options)
        : m_out(out), m_loader(loader), m_options(options)
    {}

    void render(const Template &t, const json &data)
    {
        m_context.push_back(&data);
        renderRange(t, 0, t.m_nodes.size());
    }

private:
    struct Override {
        const std::string *name;
        const Template *tpl;
        size_t node;
    };

    [[noreturn]] void fail(const Template &t, const Node &n, const QString &message) const
    {
        throw PlanError(QString::fromStdString(t.m_name), placeOf(t.m_source, n.offset), message);
    }

    void text(std::string_view s)
    {
        if (s.empty())
            return;
        if (m_indent.empty()) {
            m_out.append(s);
            m_pending = s.back() == '\n';
            return;
        }
        size_t i = 0;
        while (i < s.size()) {
            const size_t nl = s.find('\n', i);
            const size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
            if (m_pending && s[i] != '\n' && s[i] != '\r')
                m_out.append(m_indent);
            m_out.append(s.data() + i, end - i);
            m_pending = nl != std::string_view::npos;
            i = end;
        }
    }

    void value(const json &v, bool escape)
    {
        char buf[32];
        std::string_view s;
        std::string tmp;
        switch (v.type()) {
        case json::value_t::string:
            s = v.get_ref<const std::string &>();
            break;
        case json::value_t::number_integer: {
            auto r = std::to_chars(buf, buf + sizeof buf, v.get<json::number_integer_t>());
            s = std::string_view(buf, size_t(r.ptr - buf));
            break;
        }
        case json::value_t::number_unsigned: {
            auto r = std::to_chars(buf, buf + sizeof buf, v.get<json::number_unsigned_t>());
            s = std::string_view(buf, size_t(r.ptr - buf));
            break;
        }
        case json::value_t::number_float:
            tmp = v.dump();
            s = tmp;
            break;
        case json::value_t::boolean:
            s = v.get<bool>() ? "true" : "false";
            break;
        default:
            return; // null, objects and lists print nothing
        }
        if (s.empty())
            return;
        if (m_pending && !m_indent.empty())
            m_out.append(m_indent);
        m_pending = false;
        if (escape)
            escapeHtml(m_out, s);
        else
            m_out.append(s);
    }

    const json *lookup(const std::vector<std::string> &path)
    {
        if (path.empty())
            return m_context.back();
        const json *v = nullptr;
        for (auto it = m_context.rbegin(); it != m_context.rend(); ++it) {
            ++m_steps; // a name missing from deeply nested contexts costs each of them
            const json &frame = **it;
            if (frame.is_object()) {
                auto f = frame.find(path[0]);
                if (f != frame.end()) {
                    v = &*f;
                    break;
                }
            }
        }
        for (size_t i = 1; v && i < path.size(); ++i) {
            if (!v->is_object())
                return nullptr;
            auto f = v->find(path[i]);
            v = f == v->end() ? nullptr : &*f;
        }
        return v;
    }

    static bool truthy(const json *v)
    {
        if (!v)
            return false;
        switch (v->type()) {
        case json::value_t::null: return false;
        case json::value_t::boolean: return v->get<bool>();
        case json::value_t::array: return !v->empty();
        default: return true;
        }
    }

    // The template a partial or parent tag names; nullptr when there is none.
    std::shared_ptr<const Template> resolve(const Template &t, const Node &n)
    {
        std::string name = n.text;
        if (n.dynamic) {
            const json *v = lookup(n.path);
            if (!v || !v->is_string())
                return nullptr;
            name = v->get<std::string>();
        }
        std::shared_ptr<const Template> found;
        try {
            found = m_loader ? m_loader->load(name) : nullptr;
        } catch (const PartialRefused &refused) {
            fail(t, n, QStringLiteral("partial '%1' %2").arg(QString::fromStdString(name), QString::fromUtf8(refused.what())));
        }
        if (!found && m_options.missingPartialIsError)
            fail(t, n, QStringLiteral("partial '%1' not found").arg(QString::fromStdString(name)));
        if (found && m_depth >= m_options.maxPartialDepth)
            fail(t, n, QStringLiteral("partials nested more than %1 levels deep (does '%2' include itself?)").arg(m_options.maxPartialDepth).arg(QString::fromStdString(name)));
        return found;
    }

    void withIndent(const std::string &extra, auto &&work)
    {
        if (extra.empty()) {
            work();
            return;
        }
        const size_t saved = m_indent.size();
        m_indent += extra;
        work();
        m_indent.resize(saved);
    }

    // Ends a render that does more than the options allow, naming the limit
    // and the tag where it was passed.
    void checkLimits(const Template &t, const Node &n)
    {
        if (m_steps > m_options.maxSteps)
            fail(t, n, QStringLiteral("rendering takes more than %L1 steps (the limit): are sections nested over long lists, "
                                      "or do partials include others many times over?").arg(m_options.maxSteps));
        if (m_out.size() > m_options.maxOutputBytes) {
            const size_t mib = m_options.maxOutputBytes >> 20;
            fail(t, n, mib << 20 == m_options.maxOutputBytes
                           ? QStringLiteral("the output is larger than %L1 MiB (the limit)").arg(mib)
                           : QStringLiteral("the output is larger than %L1 bytes (the limit)").arg(m_options.maxOutputBytes));
        }
    }

    void renderRange(const Template &t, size_t begin, size_t end)
    {
        const auto &nodes = t.m_nodes;
        size_t i = begin;
        while (i < end) {
            const Node &n = nodes[i];
            ++m_steps;
            checkLimits(t, n);
            switch (n.kind) {
            case Node::Text:
                text(n.text);
                ++i;
                break;
            case Node::Variable:
            case Node::RawVariable:
                if (const json *v = lookup(n.path))
                    value(*v, n.kind == Node::Variable);
                ++i;
                break;
            case Node::Section: {
                const json *v = lookup(n.path);
                if (truthy(v)) {
                    if (v->is_array()) {
                        for (const json &item : *v) {
                            ++m_steps; // an empty section over a long list costs too
                            m_context.push_back(&item);
                            renderRange(t, i + 1, n.end);
                            m_context.pop_back();
                        }
                    } else {
                        m_context.push_back(v);
                        renderRange(t, i + 1, n.end);
                        m_context.pop_back();
                    }
                }
                i = n.end;
                break;
            }
            case Node::Inverted:
                if (!truthy(lookup(n.path)))
                    renderRange(t, i + 1, n.end);
                i = n.end;
                break;
            case Node::Partial:
                if (auto p = resolve(t, n)) {
                    ++m_depth;
                    withIndent(n.indent, [&] { renderRange(*p, 0, p->m_nodes.size()); });
                    --m_depth;
                }
                ++i;
                break;
            case Node::Parent:
                if (auto p = resolve(t, n)) {
                    // This call's arguments: the blocks directly inside it.
                    const size_t mark = m_overrides.size();
                    for (size_t k = i + 1; k < n.end;) {
                        const Node &c = nodes[k];
                        if (c.kind == Node::Block)
                            m_overrides.push_back({&c.text, &t, k});
                        k = (c.kind == Node::Section || c.kind == Node::Inverted || c.kind == Node::Parent || c.kind == Node::Block) ? c.end : k + 1;
                    }
                    m_frames.push_back(mark);
                    ++m_depth;
                    withIndent(n.indent, [&] { renderRange(*p, 0, p->m_nodes.size()); });
                    --m_depth;
                    m_frames.pop_back();
                    m_overrides.resize(mark);
                }
                i = n.end;
                break;
            case Node::Block: {
                // The outermost caller's argument wins over inner ones.
                const Override *use = nullptr;
                for (const Override &o : m_overrides)
                    if (*o.name == n.text) {
                        use = &o;
                        break;
                    }
                if (use && m_depth >= m_options.maxPartialDepth) // an argument that contains its own block (found by fuzzing)
                    fail(t, n, QStringLiteral("blocks nested more than %1 levels deep (does block '%2' contain itself?)")
                                   .arg(m_options.maxPartialDepth).arg(QString::fromStdString(n.text)));
                ++m_depth;
                withIndent(n.indent, [&] {
                    if (use)
                        renderRange(*use->tpl, use->node + 1, use->tpl->m_nodes[use->node].end);
                    else
                        renderRange(t, i + 1, n.end);
                });
                --m_depth;
                i = n.end;
                break;
            }
            }
            checkLimits(t, n);
        }
    }

    std::string &m_out;
    PartialLoader *m_loader;
    const RenderOptions &m_options;
    std::vector<const json *> m_context;
    std::vector<Override> m_overrides; // arguments of the parent calls being rendered, outermost first
    std::vector<size_t> m_frames;
    std::string m_indent;
    bool m_pending = true; // at the start of a line: indentation goes before the next output
    int m_depth = 0;
    uint64_t m_steps = 0;
};

// ---------------------------------------------------------------- Template

Template::Template(std::string name, std::string source) : m_name(std::move(name)), m_source(std::move(source)) {}
Template::~Template() = default;

std::shared_ptr<const Template> Template::compile(std::string_view source, std::string name)
{
    auto t = std::make_shared<Template>(std::move(name), std::string(source));
    Parser(*t).run();
    return t;
}

std::string Template::render(const json &data, PartialLoader *partials, const RenderOptions &options) const
{
    std::string out;
    out.reserve(m_source.size() * 2);
    renderTo(out, data, partials, options);
    return out;
}

void Template::renderTo(std::string &out, const json &data, PartialLoader *partials, const RenderOptions &options) const
{
    Renderer(out, partials, options).render(*this, data);
}

std::shared_ptr<const Template> MapPartialLoader::load(const std::string &name)
{
    if (auto it = m_compiled.find(name); it != m_compiled.end())
        return it->second;
    auto src = m_sources.find(name);
    if (src == m_sources.end())
        return nullptr;
    auto t = Template::compile(src->second, name);
    m_compiled.emplace(name, t);
    return t;
}

namespace {

struct Escape {
    const char *text;
    unsigned char size;
};
constexpr Escape kEscapes[] = {{"", 0}, {"&amp;", 5}, {"&lt;", 4}, {"&gt;", 4}, {"&quot;", 6}, {"&#39;", 5}};

// For every byte, its entry in kEscapes (0: copied as it is).
constexpr std::array<unsigned char, 256> kEscapeIndex = [] {
    std::array<unsigned char, 256> t{};
    t[static_cast<unsigned char>('&')] = 1;
    t[static_cast<unsigned char>('<')] = 2;
    t[static_cast<unsigned char>('>')] = 3;
    t[static_cast<unsigned char>('"')] = 4;
    t[static_cast<unsigned char>('\'')] = 5;
    return t;
}();

// Index of the first character that needs escaping at or after `i`, or size.
size_t nextSpecial(std::string_view s, size_t i)
{
#ifdef __SSE2__
    // Sixteen bytes at a time: most text has nothing to escape.
    const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'), quot = _mm_set1_epi8('"'),
                  apos = _mm_set1_epi8('\'');
    while (i + 16 <= s.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)),
                                                      _mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, quot))),
                                         _mm_cmpeq_epi8(v, apos));
        const int mask = _mm_movemask_epi8(hit);
        if (mask)
            return i + size_t(__builtin_ctz(unsigned(mask)));
        i += 16;
    }
#endif
    while (i < s.size() && !kEscapeIndex[static_cast<unsigned char>(s[i])])
        ++i;
    return i;
}

} // namespace

void escapeHtml(std::string &out, std::string_view s)
{
    if (out.capacity() - out.size() < s.size())
        out.reserve(std::max(out.size() + s.size(), out.capacity() * 2));
    size_t start = 0;
    while (true) {
        const size_t i = nextSpecial(s, start);
        out.append(s.data() + start, i - start);
        if (i == s.size())
            return;
        const Escape &e = kEscapes[kEscapeIndex[static_cast<unsigned char>(s[i])]];
        out.append(e.text, e.size);
        start = i + 1;
    }
}

} // namespace planverk::mustache
