#include "render/htmlpieces.h"

#include "render/templatedocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QThread>

#include <cctype>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace planverk {

namespace {

// Qt's HTML parser builds a tree of the whole input before it fills the
// document, and that tree is several times the size of the document: a
// 536-page plan peaked at 110 MB parsed at once. Parsed in pieces of about
// 64 KB, cut after a closing </div> or </section> (never inside a table), the
// peak is one piece's tree. And while this thread inserts one piece (and
// lays it out), a second thread parses the next.

} // namespace

std::optional<HtmlPieces> cutHtml(const std::string &html, size_t pieceSize)
{
    const size_t bodyOpen = html.find("<body");
    const size_t bodyStart = bodyOpen == std::string::npos ? std::string::npos : html.find('>', bodyOpen);
    const size_t bodyEnd = html.rfind("</body>");
    if (bodyStart == std::string::npos || bodyEnd == std::string::npos || bodyEnd < bodyStart)
        return std::nullopt;
    HtmlPieces pieces{html.substr(0, bodyStart + 1), {bodyStart + 1}};
    std::vector<size_t> &cuts = pieces.cuts;
    const size_t kPiece = std::max<size_t>(pieceSize, 1);
    // The first pieces are small, so that the thread that lays them out can
    // start early, and grow to the full size.
    size_t size = std::max<size_t>(kPiece / 16, 1);
    size_t from = bodyStart + 1 + size;
    // Where each closer was last found: a closer the document has few of
    // (</section>) is not looked for again over the whole rest of it for each cut.
    struct Closer {
        std::string_view text;
        size_t at = 0; // its next occurrence at or after `from` (npos: none)
        bool found = false;
    };
    Closer closers[] = {{"</div>\n"}, {"</section>\n"}};
    while (from < bodyEnd) {
        size_t next = std::string::npos;
        for (Closer &c : closers) {
            if (!c.found || (c.at != std::string::npos && c.at < from)) {
                c.at = html.find(c.text, from);
                c.found = true;
            }
            if (c.at != std::string::npos)
                next = std::min(next, c.at + c.text.size());
        }
        if (next == std::string::npos || next >= bodyEnd)
            break;
        // A table opened in the piece (up to one beginning at the cut) and
        // not closed: looked for in the piece alone, not back to the start.
        const std::string_view rest = std::string_view(html).substr(cuts.back());
        const size_t open = rest.substr(0, next - cuts.back() + 6).rfind("<table");
        const size_t close = rest.substr(0, next - cuts.back() + 8).rfind("</table>");
        if (open != std::string::npos && open > 0 && (close == std::string::npos || close < open)) {
            from = html.find("</table>", next); // inside a table: look after it
            if (from == std::string::npos)
                break;
            continue;
        }
        cuts.push_back(next);
        size = std::min(size * 2, kPiece);
        from = next + size;
    }
    cuts.push_back(bodyEnd);
    // A piece of closing tags alone (the </main> after the last chapter)
    // would be an empty paragraph of its own, and could take a page of its
    // own at the end: it goes with the piece before.
    for (size_t i = cuts.size() - 1; i-- > 1;) {
        bool opens = false;
        for (size_t lt = html.find('<', cuts[i]); lt < cuts[i + 1] && !opens; lt = html.find('<', lt + 1))
            opens = lt + 1 < html.size() && html[lt + 1] != '/';
        if (!opens)
            cuts.erase(cuts.begin() + std::ptrdiff_t(i));
    }
    return pieces;
}

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// A chapter that starts a new page should start at the top of it. Qt lays the
// bottom margin of the block before a page break out at the top of the new
// page (a chapter after a paragraph began 9 pt lower than one after a table),
// and the top margin of the block after it too, unless a table came before.
// So on paper neither has one, whatever the template says.
void clearMargin(QTextBlock block, bool top)
{
    if (!block.isValid() || (top ? block.blockFormat().topMargin() : block.blockFormat().bottomMargin()) == 0)
        return;
    QTextBlockFormat f;
    if (top)
        f.setTopMargin(0);
    else
        f.setBottomMargin(0);
    QTextCursor(block).mergeBlockFormat(f);
}

bool startsPage(const QTextBlock &block) { return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore; }

void dropMarginsAtPageBreaks(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (startsPage(b)) {
            clearMargin(b, true);
            clearMargin(b.previous(), false);
        }
    }
}

// The template's line spacing (a percentage of the font's own) on every
// block of `doc`, table cells included: Qt's HTML takes line-height only
// element by element, and a style sheet rule costs Qt a match per element.
void setLineHeight(QTextDocument &doc, double percent)
{
    if (percent == 100)
        return;
    QTextBlockFormat f;
    f.setLineHeight(percent, QTextBlockFormat::ProportionalHeight);
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    all.mergeBlockFormat(f);
}

// A piece of HTML parsed into a fragment, with the format of its first block.
struct ParsedPiece {
    QTextDocumentFragment fragment;
    QTextBlockFormat firstFormat;
};

// Parses the pieces on a thread of its own and hands them over in order, at
// most a few ahead of the thread that inserts them (so that they never pile
// up in memory).
class PieceParser
{
public:
    PieceParser(const std::string &html, const HtmlPieces &pieces, const QFont &font, std::shared_ptr<TemplateResources> resources,
                double lineHeightPercent, const std::function<std::string(std::string_view)> &transform)
        : m_html(html), m_pieces(pieces), m_resources(std::move(resources)), m_lineHeight(lineHeightPercent), m_transform(transform)
    {
        // The font as a description: a QFont shares its data with its
        // copies, and that data is not for two threads at once.
        m_thread.reset(QThread::create([this, font = font.toString()] {
            QFont f;
            f.fromString(font);
            run(f);
        }));
        m_thread->start();
    }
    ~PieceParser()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    /// The next piece, or nothing after the last.
    std::optional<ParsedPiece> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return std::nullopt;
        ParsedPiece piece = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return piece;
    }

private:
    void run(const QFont &font)
    {
        // Each piece waits here until the next is parsed: if that one begins
        // on a new page, this one's last block loses its bottom margin.
        std::unique_ptr<QTextDocument> pending;
        if (m_transform)
            m_transform(m_pieces.head);
        std::string transformed;
        for (size_t i = 0; i + 1 < m_pieces.cuts.size(); ++i) {
            std::string_view piece = std::string_view(m_html).substr(m_pieces.cuts[i], m_pieces.cuts[i + 1] - m_pieces.cuts[i]);
            if (m_transform) {
                transformed = m_transform(piece);
                piece = transformed;
            }
            piece = trimmed(piece);
            if (piece.empty())
                continue;
            // Parsed with the head, so that its style sheet applies.
            auto parsed = std::make_unique<TemplateDocument>(m_resources);
            parsed->setDefaultFont(font);
            parsed->setUndoRedoEnabled(false);
            parsed->setHtml(QString::fromUtf8((m_pieces.head + std::string(piece) + "</body></html>").c_str()));
            dropMarginsAtPageBreaks(*parsed);
            setLineHeight(*parsed, m_lineHeight);
            if (pending) {
                if (startsPage(parsed->begin()))
                    clearMargin(pending->lastBlock(), false);
                if (!handOver(std::move(pending)))
                    return;
            }
            pending = std::move(parsed);
        }
        if (pending && !handOver(std::move(pending)))
            return;
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    // Copies a parsed piece into a fragment for the inserting thread; false
    // when that thread no longer wants it. The parsed piece and the scratch
    // copy are freed before this thread waits for the other: a table of the
    // synthetic plan is a piece of 270 KB, and its three copies at once were
    // the high-water mark of this thread's heap.
    bool handOver(std::unique_ptr<QTextDocument> parsed)
    {
        ParsedPiece piece{QTextDocumentFragment(parsed.get()), parsed->begin().blockFormat()};
        parsed.reset();
        // A fragment's document creates its root frame, a QObject, the first
        // time the fragment is inserted; a QObject must be created in the
        // thread its parent belongs to, this one. So the first insertion
        // happens here.
        {
            TemplateDocument scratch(m_resources);
            QTextCursor(&scratch).insertFragment(piece.fragment);
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < kAhead || m_stop; });
        if (m_stop)
            return false;
        m_ready.push_back(std::move(piece));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    static constexpr size_t kAhead = 2;
    const std::string &m_html;
    const HtmlPieces &m_pieces;
    const std::shared_ptr<TemplateResources> m_resources;
    const double m_lineHeight;
    const std::function<std::string(std::string_view)> &m_transform;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ParsedPiece> m_ready;
    bool m_done = false;
    bool m_stop = false;
};

} // namespace

std::string pieceHtml(const std::string &html, const HtmlPieces &pieces, size_t i)
{
    const std::string_view piece = trimmed(std::string_view(html).substr(pieces.cuts[i], pieces.cuts[i + 1] - pieces.cuts[i]));
    if (piece.empty())
        return {};
    return pieces.head + std::string(piece) + "</body></html>";
}

void loadHtmlInPieces(QTextDocument &doc, const std::string &html, size_t pieceSize, const std::shared_ptr<TemplateResources> &resources,
                      const RenderProgress &progress, const std::function<QTextDocument *()> &afterPiece, double lineHeightPercent,
                      const std::function<std::string(std::string_view)> &transform)
{
    const std::optional<HtmlPieces> pieces = cutHtml(html, pieceSize);
    if (!pieces) {
        // Not a whole HTML document: loaded at once, and laid out after.
        const QSizeF pageSize = doc.pageSize();
        doc.setPageSize(QSizeF());
        const std::string whole = transform ? transform(html) : std::string();
        const std::string &text = transform ? whole : html;
        doc.setHtml(QString::fromUtf8(text.data(), qsizetype(text.size())));
        dropMarginsAtPageBreaks(doc);
        setLineHeight(doc, lineHeightPercent);
        doc.setPageSize(pageSize);
        return;
    }
    PieceParser parser(html, *pieces, doc.defaultFont(), resources, lineHeightPercent, transform);
    // The head sets the document up (title, the body's format); the body
    // comes in pieces from the parser.
    doc.setHtml(QString::fromUtf8((pieces->head + "</body></html>").c_str()));
    QTextDocument *target = &doc; // the pieces go on in the document afterPiece() hands back
    bool first = true;
    const double pieceCount = double(pieces->cuts.size() - 1);
    int inserted = 0;
    while (const std::optional<ParsedPiece> piece = parser.next()) {
        if (progress && !progress(inserted++ / pieceCount))
            throw RenderCancelled();
        // Inserted, a piece's first block merges into the block at the
        // cursor and keeps that block's format: so a block with the format
        // of the piece's first block (a heading's level, margins, page
        // break) is started first. One edit: a document with a page size is
        // laid out once per piece.
        QTextCursor cursor(target);
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::End);
        if (!first)
            cursor.insertBlock(piece->firstFormat, QTextCharFormat());
        first = false;
        const int start = cursor.position();
        cursor.insertFragment(piece->fragment);
        QTextCursor firstBlock(target);
        firstBlock.setPosition(start);
        firstBlock.setBlockFormat(piece->firstFormat);
        cursor.endEditBlock();
        if (afterPiece)
            if (QTextDocument *next = afterPiece())
                target = next;
    }
}

} // namespace planverk
