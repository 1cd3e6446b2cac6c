#include "render/documentwriter.h"

#include "io/atomicfile.h"
#include "model/planerror.h"
#include "render/labels.h"
#include "render/templatedocument.h"
#include "render/templateset.h"
#include "render/viewmodel.h"
#include "version.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <cctype>
#include <cstring>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>
#include <QThread>
#include <QTextDocumentFragment>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

#include <string_view>
#include <unordered_set>

namespace planverk {

namespace {

// Qt's HTML parser builds a tree of the whole input before it fills the
// document, and that tree is several times the size of the document: a
// 536-page plan peaked at 110 MB parsed at once. Parsed in pieces of about
// 64 KB, cut after a closing </div> or </section> (never inside a table), the
// peak is one piece's tree. And while this thread inserts one piece (and
// lays it out), a second thread parses the next.

// Where Qt may cut the HTML: the end of <head> and of <body>, and between
// top-level elements, after a closing </div> or </section> about every
// `pieceSize` bytes, never inside a table.
struct HtmlPieces {
    std::string head;        // up to and including <body ...>
    std::vector<size_t> cuts; // piece i is [cuts[i], cuts[i + 1])
};

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
    while (from < bodyEnd) {
        size_t next = std::string::npos;
        for (const char *closer : {"</div>\n", "</section>\n"}) {
            const size_t f = html.find(closer, from);
            if (f != std::string::npos)
                next = std::min(next, f + std::strlen(closer));
        }
        if (next == std::string::npos || next >= bodyEnd)
            break;
        const size_t open = html.rfind("<table", next);
        const size_t close = html.rfind("</table>", next);
        if (open != std::string::npos && open > cuts.back() && (close == std::string::npos || close < open)) {
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
    return pieces;
}

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
    PieceParser(const std::string &html, const HtmlPieces &pieces, const QFont &font, std::shared_ptr<TemplateResources> resources)
        : m_html(html), m_pieces(pieces), m_resources(std::move(resources))
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
        for (size_t i = 0; i + 1 < m_pieces.cuts.size(); ++i) {
            const std::string_view piece = trimmed(std::string_view(m_html).substr(m_pieces.cuts[i], m_pieces.cuts[i + 1] - m_pieces.cuts[i]));
            if (piece.empty())
                continue;
            // Parsed with the head, so that its style sheet applies.
            auto parsed = std::make_unique<TemplateDocument>(m_resources);
            parsed->setDefaultFont(font);
            parsed->setUndoRedoEnabled(false);
            parsed->setHtml(QString::fromUtf8((m_pieces.head + std::string(piece) + "</body></html>").c_str()));
            dropMarginsAtPageBreaks(*parsed);
            if (pending) {
                if (startsPage(parsed->begin()))
                    clearMargin(pending->lastBlock(), false);
                if (!handOver(*pending))
                    return;
            }
            pending = std::move(parsed);
        }
        if (pending && !handOver(*pending))
            return;
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    // Copies a parsed piece into a fragment for the inserting thread; false
    // when that thread no longer wants it.
    bool handOver(QTextDocument &parsed)
    {
        ParsedPiece piece{QTextDocumentFragment(&parsed), parsed.begin().blockFormat()};
        // A fragment's document creates its root frame, a QObject, the first
        // time the fragment is inserted; a QObject must be created in the
        // thread its parent belongs to, this one. So the first insertion
        // happens here.
        TemplateDocument scratch(m_resources);
        QTextCursor(&scratch).insertFragment(piece.fragment);
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
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ParsedPiece> m_ready;
    bool m_done = false;
    bool m_stop = false;
};

} // namespace

void loadHtmlInPieces(QTextDocument &doc, const std::string &html, size_t pieceSize, const std::shared_ptr<TemplateResources> &resources,
                      const RenderProgress &progress, const std::function<void()> &afterPiece)
{
    const std::optional<HtmlPieces> pieces = cutHtml(html, pieceSize);
    if (!pieces) {
        // Not a whole HTML document: loaded at once, and laid out after.
        const QSizeF pageSize = doc.pageSize();
        doc.setPageSize(QSizeF());
        doc.setHtml(QString::fromUtf8(html.data(), qsizetype(html.size())));
        dropMarginsAtPageBreaks(doc);
        doc.setPageSize(pageSize);
        return;
    }
    PieceParser parser(html, *pieces, doc.defaultFont(), resources);
    // The head sets the document up (title, the body's format); the body
    // comes in pieces from the parser.
    doc.setHtml(QString::fromUtf8((pieces->head + "</body></html>").c_str()));
    QTextCursor cursor(&doc);
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
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::End);
        if (!first)
            cursor.insertBlock(piece->firstFormat, QTextCharFormat());
        first = false;
        const int start = cursor.position();
        cursor.insertFragment(piece->fragment);
        QTextCursor firstBlock(&doc);
        firstBlock.setPosition(start);
        firstBlock.setBlockFormat(piece->firstFormat);
        cursor.endEditBlock();
        if (afterPiece)
            afterPiece();
    }
}

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

namespace {

QString languageOf(const Plan &plan, const QString &language) { return language.isEmpty() ? plan.info.language : language; }

// Adds /Author and /Subject to the PDF's document information dictionary,
// which QPdfWriter (Qt 6.4) cannot set, and corrects the cross-reference table.
QByteArray addInfoEntries(QByteArray pdf, const QString &author, const QString &subject)
{
    auto pdfString = [](const QString &s) -> QByteArray {
        // UTF-16BE with BOM, as a hex string: safe for any text.
        QByteArray hex = "<FEFF";
        for (QChar c : s)
            hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
        return hex + '>';
    };
    const qsizetype producer = pdf.indexOf("/Producer");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (producer < 0 || xref < 0 || startxref < 0 || producer > xref)
        return pdf;
    QByteArray entries;
    if (!author.isEmpty())
        entries += "/Author " + pdfString(author) + "\n";
    if (!subject.isEmpty())
        entries += "/Subject " + pdfString(subject) + "\n";
    const qsizetype delta = entries.size();
    pdf.insert(producer, entries);
    // Every object that starts after the insertion moves by delta.
    const qsizetype table = xref + delta + 6;
    qsizetype line = pdf.indexOf('\n', table) + 1; // after "0 N"
    const qsizetype trailer = pdf.indexOf("trailer", line);
    while (line > 0 && line < trailer) {
        const QByteArray entry = pdf.mid(line, 20);
        if (entry.size() == 20 && entry[17] == 'n') {
            const qint64 offset = entry.left(10).toLongLong();
            if (offset > producer)
                pdf.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
        line += 20;
    }
    const qsizetype sx = pdf.lastIndexOf("startxref\n") + 10;
    const qsizetype end = pdf.indexOf('\n', sx);
    pdf.replace(sx, end - sx, QByteArray::number(xref + 1 + delta));
    return pdf;
}

} // namespace

DocumentFormat documentFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return DocumentFormat::Odt;
    throw PlanError(path, {}, QStringLiteral("unknown document type '.%1': use .pdf, .html or .odt").arg(suffix));
}

QByteArray renderHtml(const Plan &plan, TemplateSet &templates, const QString &language)
{
    ViewOptions o;
    o.language = language;
    const std::string html = templates.renderDocument(buildViewModel(plan, o));
    return QByteArray::fromStdString(html);
}

// ---------------------------------------------------------------- PrintLayout

PrintLayout::PrintLayout(const Plan &plan, TemplateSet &templates, const QString &language)
    : m_footerTitle(plan.info.organisation.isEmpty() ? plan.info.title : plan.info.title + QStringLiteral(" · ") + plan.info.organisation),
      m_language(languageOf(plan, language))
{
    QElapsedTimer clock;
    clock.start();
    ViewOptions o;
    o.language = language;
    o.forPrint = true;
    m_html = dropUnlinkedAnchors(templates.renderDocument(buildViewModel(plan, o)));
    m_timings.html = double(clock.nsecsElapsed()) / 1e6;
    m_resources = TemplateResources::of(templates);
    m_doc = std::make_unique<TemplateDocument>(m_resources);
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    m_doc->setDefaultFont(font);
}

PrintLayout::~PrintLayout() = default;

QTextDocument *PrintLayout::document()
{
    load();
    return m_doc.get();
}

void PrintLayout::load(const std::function<void()> &afterPiece)
{
    if (m_loaded)
        return;
    QElapsedTimer clock;
    clock.start();
    // Loading and laying out is most of the work: the first 80 %.
    RenderProgress loading;
    if (m_progress)
        loading = [this](double done) { return m_progress(0.8 * done); };
    loadHtmlInPieces(*m_doc, m_html, 64 * 1024, m_resources, loading, afterPiece);
    m_loaded = true;
    m_doc->requireResources(); // a refused image or style sheet: an error before anything is written
    m_html = std::string();
    m_timings.load = double(clock.nsecsElapsed()) / 1e6;
}

void PrintLayout::layOut(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(22, 18, 22, 16), QPageLayout::Millimeter);
    m_doc->documentLayout()->setPaintDevice(device);
    const double dpi = device->logicalDpiY();
    m_footerHeight = 26.0 / 72.0 * dpi; // two lines of 8 pt and some air
    m_pageHeight = device->height() - m_footerHeight;
    // With the page size set first, each piece of the document is laid out
    // as it is loaded, while the next piece is being parsed.
    m_doc->setPageSize(QSizeF(device->width(), m_pageHeight));
    // Each piece is laid out as it comes: a document past the page limit
    // stops there, before it has cost minutes.
    load([this] { checkPageCount(); });
    QElapsedTimer clock;
    clock.start();
    checkPageCount();
    m_pages = m_doc->pageCount();
    checkPlacement();
    m_timings.layout = double(clock.nsecsElapsed()) / 1e6;
}

// Qt's layout counts in 26.6 fixed point: in a document taller than 2^25
// device pixels the positions wrap around, and what lies beyond is painted on
// no page (26 000 goals gave a one-page PDF with exit 0). So every block must
// lie on the pages the layout counted, or the document is refused: whatever
// the cause, a document is never printed short.
void PrintLayout::checkPlacement() const
{
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const double end = m_pages * m_pageHeight + 1;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QRectF r = layout->blockBoundingRect(b);
        if (r.top() < -1 || r.bottom() > end)
            throw PlanError(QString(), {}, QStringLiteral("the document could not be laid out whole: part of it falls outside "
                                                          "the pages Qt counted (is it taller than Qt can lay out?)"));
    }
}

void PrintLayout::checkPageCount() const
{
    const int pages = m_doc->pageCount();
    if (pages > kMaxPrintPages)
        throw PlanError(QString(), {}, QStringLiteral("the document has more than %L1 pages (the limit of a printed plan)").arg(kMaxPrintPages));
}

// Finds the page each heading starts on, and the contents rows that link to
// it (<a href="#anchor"> in a table row): their last cell gets the number
// when the page is painted. Writing the numbers into the document instead
// would make Qt lay the whole document out again.
void PrintLayout::findContentsPages()
{
    m_contents.clear();
    QHash<QString, int> pageOf;
    struct Link {
        QTextBlock block;
        QString anchor;
        bool bold;
    };
    QList<Link> links;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            const QString href = f.anchorHref();
            if (href.startsWith('#'))
                links.append({b, href.mid(1), f.fontWeight() >= QFont::Bold});
            const QStringList names = f.anchorNames();
            if (names.isEmpty())
                continue;
            // The first line's top: the block itself may start in the gap a page break leaves.
            double y = m_doc->documentLayout()->blockBoundingRect(b).top();
            if (b.layout() && b.layout()->lineCount() > 0)
                y += b.layout()->lineAt(0).y();
            for (const QString &n : names)
                if (!pageOf.contains(n))
                    pageOf.insert(n, int((y + 1.0) / m_pageHeight) + 1); // +1 px: rounding at page tops
        }
    }
    for (const Link &l : links) {
        QTextCursor c(l.block);
        QTextTable *table = c.currentTable();
        if (!table || !pageOf.contains(l.anchor))
            continue;
        const QTextTableCell cell = table->cellAt(c);
        const QTextTableCell pageCell = table->cellAt(cell.row(), table->columns() - 1);
        if (!pageCell.isValid() || pageCell.column() == cell.column())
            continue;
        const QRectF cellRect = m_doc->documentLayout()->blockBoundingRect(m_doc->findBlock(pageCell.firstPosition()));
        m_contents.append({cellRect, pageOf.value(l.anchor), l.bold});
    }
}

void PrintLayout::paint(QPagedPaintDevice *device)
{
    layOut(device);
    QElapsedTimer clock;
    clock.start();
    findContentsPages();
    m_timings.contents = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    QPainter p(device);
    const double width = device->width();
    const double dpi = device->logicalDpiY();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    const QFontMetricsF fm(footerFont, device);
    const QRectF footer(0, m_pageHeight + m_footerHeight * 0.35, width, m_footerHeight * 0.65);
    const QRectF footerText = footer.adjusted(0, dpi * 0.04, 0, 0);
    auto pageText = [this](int page) {
        return QStringLiteral("%1 %2 %3 %4").arg(labelFor(m_language, "page")).arg(page).arg(labelFor(m_language, "pageOf")).arg(m_pages);
    };
    // The title and organisation are the same on every page: laid out once,
    // shortened with "…" to leave room for the widest page number.
    const double pageNumberWidth = fm.horizontalAdvance(pageText(m_pages)) + dpi * 0.2;
    QTextLayout leftText(fm.elidedText(m_footerTitle, Qt::ElideRight, footerText.width() - pageNumberWidth), footerFont, device);
    leftText.setCacheEnabled(true);
    leftText.beginLayout();
    leftText.createLine();
    leftText.endLayout();
    for (int page = 0; page < m_pages; ++page) {
        if (m_progress && !m_progress(0.8 + 0.2 * page / m_pages))
            throw RenderCancelled();
        if (page > 0)
            device->newPage();
        p.save();
        p.translate(0, -page * m_pageHeight);
        m_doc->drawContents(&p, QRectF(0, page * m_pageHeight, width, m_pageHeight));
        // Page numbers of the contents rows on this page.
        for (const ContentsSlot &slot : std::as_const(m_contents)) {
            const QRectF &r = slot.cell;
            if (r.top() < page * m_pageHeight || r.top() >= (page + 1) * m_pageHeight)
                continue;
            QFont f = m_doc->defaultFont();
            f.setBold(slot.bold);
            p.setFont(f);
            p.setPen(QColor(0x1d, 0x1d, 0x1d));
            p.drawText(r, Qt::AlignRight | Qt::AlignTop, QString::number(slot.page));
        }
        p.restore();
        if (page == 0)
            continue; // the cover has no footer
        p.setPen(QPen(QColor(0x88, 0x99, 0xaa), dpi / 144.0));
        p.drawLine(QPointF(0, footer.top()), QPointF(width, footer.top()));
        p.setFont(footerFont);
        p.setPen(QColor(0x33, 0x33, 0x33));
        leftText.draw(&p, footerText.topLeft());
        p.drawText(footerText, Qt::AlignRight | Qt::AlignTop, pageText(page + 1));
    }
    p.end();
    m_timings.paint = double(clock.nsecsElapsed()) / 1e6;
}

QByteArray renderPdf(const Plan &plan, TemplateSet &templates, const QString &language, bool pdfA, const RenderProgress &progress)
{
    const QString lang = languageOf(plan, language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(plan.info.title);
        writer.setCreator(QStringLiteral("Planverk " PLANVERK_VERSION));
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        PrintLayout layout(plan, templates, language);
        layout.setProgress(progress);
        layout.paint(&writer);
    }
    QString subject = codeLabel(lang, "planType", plan.info.planType);
    if (plan.info.periodStart || plan.info.periodEnd)
        subject += QStringLiteral(" %1–%2").arg(plan.info.periodStart ? QString::number(*plan.info.periodStart) : QString(),
                                                 plan.info.periodEnd ? QString::number(*plan.info.periodEnd) : QString());
    const QString author = plan.info.author.isEmpty() ? plan.info.organisation : plan.info.author;
    return addInfoEntries(buffer.data(), author, subject);
}

QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    // The contents' page column stays empty: page numbers belong to the word processor.
    PrintLayout layout(plan, templates, language);
    layout.setProgress(progress);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(layout.document()))
        throw PlanError(QString(), {}, QStringLiteral("the ODT document could not be written"));
    if (progress && !progress(1.0)) // cancelled while Qt wrote the ODF: nothing is kept
        throw RenderCancelled();
    return buffer.data();
}

void writeDocument(const Plan &plan, const QString &outPath, const DocumentOptions &options)
{
    const DocumentFormat format = documentFormatFor(outPath);
    if (!options.language.isEmpty() && !codes::languages.contains(options.language))
        throw PlanError(QString(), {}, QStringLiteral("unknown language '%1': use nb, nn or en").arg(options.language));
    auto templates = TemplateSet::open(options.templateName);
    QByteArray bytes;
    switch (format) {
    case DocumentFormat::Html: bytes = renderHtml(plan, *templates, options.language); break;
    case DocumentFormat::Pdf: bytes = renderPdf(plan, *templates, options.language, options.pdfA, options.progress); break;
    case DocumentFormat::Odt: bytes = renderOdt(plan, *templates, options.language, options.progress); break;
    }
    writeFileAtomically(outPath, bytes);
}

} // namespace planverk
