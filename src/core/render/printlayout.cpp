#include "render/printlayout.h"

#include "model/planerror.h"
#include "render/allocatortuning.h"
#include "render/anchorpruning.h"
#include "render/chartobject.h"
#include "render/htmlpieces.h"
#include "render/layoutparts.h"
#include "render/pagebreaks.h"
#include "render/pagefurniture.h"
#include "render/hyphenatehtml.h"
#include "render/hyphenator.h"
#include "render/labels.h"
#include "render/paperstyle.h"
#include "render/templatedocument.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace planverk {

namespace {

QString languageOf(const Plan &plan, const QString &language) { return language.isEmpty() ? plan.info.language : language; }

// A part of a long document has at least this many pages (layoutparts.h):
// few enough that Qt's bookkeeping over the whole part stays small (the
// 600-goal report: 1.5 s of loading in one document, 1.0 s in parts of 40
// pages; 20 pages gained nothing more), many enough that each new part, which
// takes the end of the last, costs little.
constexpr int kPartPages = 40;

} // namespace

PrintLayout::PrintLayout(const Plan &plan, TemplateSet &templates, const QString &language)
    : m_language(languageOf(plan, language)), m_partPages(kPartPages)
{
    QElapsedTimer clock;
    clock.start();
    // The hyphenation patterns are read while the view model and the template are made.
    std::jthread patterns = preloadHyphenation(m_language);
    ViewOptions o;
    o.language = language;
    o.forPrint = true;
    m_resources = TemplateResources::of(templates);
    m_resources->setPlanPictures(plan.info);
    setUp(buildViewModel(plan, o), templates, clock);
}

PrintLayout::PrintLayout(nlohmann::json viewModel, const PlanInfo &pictures, TemplateSet &templates, const QString &language)
    : m_language(language), m_partPages(kPartPages)
{
    QElapsedTimer clock;
    clock.start();
    m_resources = TemplateResources::of(templates);
    m_resources->setPlanPictures(pictures);
    setUp(std::move(viewModel), templates, clock);
}

void PrintLayout::setUp(nlohmann::json &&data, TemplateSet &templates, const QElapsedTimer &clock)
{
    std::string html;
    PaperStyle style;
    {
        nlohmann::json viewModel = std::move(data); // freed before the HTML is loaded
        html = templates.renderDocument(viewModel);
        style = paperStyleOf(html); // the font and margins the template asks for
        // The running header and the footer: the template's, rendered once.
        m_furniture = std::make_unique<PageFurniture>(templates, viewModel, m_resources, style.font);
    }
    m_html = hyphenateHtml(dropUnlinkedAnchors(html));
    html = std::string();
    m_timings.html = double(clock.nsecsElapsed()) / 1e6;
    m_parts.push_back({newDocument(style.font)});
    m_marginsMm = style.marginsMm;
    m_lineHeightPercent = style.lineHeightPercent;
    m_pieceBytes = style.pieceBytes;
}

PrintLayout::~PrintLayout() = default;

std::unique_ptr<TemplateDocument> PrintLayout::newDocument(const QFont &font) const
{
    auto doc = std::make_unique<TemplateDocument>(m_resources);
    drawChartsAsVectors(*doc);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font);
    // A word wider than its column widens the column (Qt's default breaks it
    // anywhere: "T10" and "0" in the action plan's number column, an e-mail
    // address in two in the contacts).
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(option);
    return doc;
}

QTextDocument *PrintLayout::document()
{
    load();
    return m_parts.front().doc.get();
}

QList<QTextDocument *> PrintLayout::documents() const
{
    QList<QTextDocument *> docs;
    for (const Part &part : m_parts)
        docs.append(part.doc.get());
    return docs;
}

const PrintLayout::Part &PrintLayout::partOf(const QTextBlock &block) const
{
    for (const Part &part : m_parts)
        if (part.doc.get() == block.document())
            return part;
    return m_parts.front();
}

void PrintLayout::load(const std::function<QTextDocument *()> &afterPiece)
{
    if (m_loaded)
        return;
    QElapsedTimer clock;
    clock.start();
    // Loading and laying out is most of the work: the first 80 %.
    RenderProgress loading;
    if (m_progress)
        loading = [this](double done) { return m_progress(0.8 * done); };
    // The soft hyphens went into the whole HTML (setUp): hyphenating each
    // piece on the parsing thread instead (PieceHyphenator) moved white space
    // at the pieces' edges, so that the Word document walked piece by piece
    // (docstructureload.h) no longer said what the printed one says.
    loadHtmlInPieces(*m_parts.front().doc, m_html, m_pieceBytes, m_resources, loading, afterPiece, m_lineHeightPercent);
    m_loaded = true;
    for (const Part &part : m_parts)
        part.doc->requireResources(); // a refused image or style sheet: an error before anything is written
    m_html = std::string();
    m_timings.load = double(clock.nsecsElapsed()) / 1e6;
}

void PrintLayout::setUpForPages(TemplateDocument &doc, QPagedPaintDevice *device) const
{
    doc.documentLayout()->setPaintDevice(device);
    doc.setPageSize(QSizeF(device->width(), m_pageHeight));
}

QTextDocument *PrintLayout::startNextPart(QPagedPaintDevice *device, const QTextBlock &cut)
{
    Part &last = m_parts.back();
    last.pages = pageOf(firstLineTop(cut)); // the pages before `cut`'s
    Part next{newDocument(m_parts.front().doc->defaultFont()), last.firstPage + last.pages, 0};
    setUpForPages(*next.doc, device);
    moveToNextPart(*last.doc, cut, *next.doc);
    m_parts.push_back(std::move(next));
    return m_parts.back().doc.get();
}

void PrintLayout::layOut(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(m_marginsMm, QPageLayout::Millimeter);
    m_pointsPerPixel = 72.0 / device->logicalDpiY();
    const double gap = 4.0 / 25.4 * device->logicalDpiY(); // 4 mm between the text and the header or footer
    m_furniture->layOut(device, device->width());
    m_bodyTop = m_furniture->headerHeight() > 0 ? m_furniture->headerHeight() + gap : 0;
    m_footerTop = device->height() - m_furniture->footerHeight();
    // A whole number of device pixels: Qt counts page tops in 26.6 fixed
    // point, and a fraction there, rounded, added up over 400 pages, put
    // headings a page off from where this layout looked for them.
    m_pageHeight = std::floor(m_footerTop - (m_furniture->footerHeight() > 0 ? gap : 0) - m_bodyTop);
    m_topMarginPoints = device->pageLayout().margins(QPageLayout::Point).top() + m_bodyTop * m_pointsPerPixel;
    // With the page size set first, each piece of the document is laid out
    // as it is loaded, while the next piece is being parsed.
    setUpForPages(*m_parts.front().doc, device);
    // Each piece is laid out as it comes: a document past the page limit
    // stops there, before it has cost minutes. Headings that would end a
    // page and paragraphs that would leave one line behind move to the next
    // page as soon as their piece is laid out (later, each move would lay
    // out all that follows again). Every m_partPages pages or so the rest goes
    // on in a new document (layoutparts.h).
    auto breaks = std::make_unique<PageBreaks>(*m_parts.front().doc);
    int pieces = 0;
    m_movedToNextPage = 0;
    QTextBlock searched; // where the last search for a place to cut began
    load([this, device, &breaks, &pieces, &searched]() -> QTextDocument * {
        checkPageCount();
        breaks->settle(false);
        // The pages the two threads' heaps no longer use go back every 16
        // pieces (1 MB of HTML), and when the loading is done: the 595-page
        // synthetic plan peaked at 82 MB without, 75 MB with.
        if (++pieces % 16 == 0)
            returnFreeMemory();
        QTextDocument &doc = *m_parts.back().doc;
        if (m_partPages <= 0 || doc.pageCount() < m_partPages)
            return nullptr;
        const QTextBlock cut = findPartCut(doc, breaks->settledBefore(), std::max(1, m_partPages / 2), searched);
        if (!cut.isValid()) {
            searched = breaks->settledBefore();
            return nullptr;
        }
        searched = QTextBlock();
        m_movedToNextPage += breaks->moved();
        QTextDocument *next = startNextPart(device, cut);
        breaks = std::make_unique<PageBreaks>(*next);
        return next;
    });
    returnFreeMemory();
    QElapsedTimer clock;
    clock.start();
    breaks->settle(true);
    m_movedToNextPage += breaks->moved();
    Part &last = m_parts.back();
    last.pages = last.doc->pageCount();
    m_pages = last.firstPage + last.pages;
    checkPageCount();
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
    for (const Part &part : m_parts) {
        QAbstractTextDocumentLayout *layout = part.doc->documentLayout();
        const double end = part.pages * m_pageHeight + 1;
        for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            if (r.top() < -1 || r.bottom() > end)
                throw PlanError(QString(), {}, QStringLiteral("the document could not be laid out whole: part of it falls outside "
                                                              "the pages Qt counted (is it taller than Qt can lay out?)"));
        }
    }
}

void PrintLayout::checkPageCount() const
{
    const int pages = m_parts.back().firstPage + m_parts.back().doc->pageCount();
    if (pages > kMaxPrintPages)
        throw PlanError(QString(), {}, QStringLiteral("the document has more than %L1 pages (the limit of a printed plan)").arg(kMaxPrintPages));
}

int PrintLayout::pageOf(double y) const
{
    return m_pageHeight > 0 ? int(std::floor((y + 0.5) / m_pageHeight)) : 0; // +0.5 px: rounding at page tops
}

PrintLayout::PagePosition PrintLayout::positionOf(const QTextBlock &block) const
{
    const Part &part = partOf(block);
    const double y = firstLineTop(block);
    const int page = pageOf(y);
    return {part.firstPage + page, m_topMarginPoints + (y - page * m_pageHeight) * m_pointsPerPixel};
}

QList<PrintLayout::HeadingMark> PrintLayout::headings() const
{
    QList<HeadingMark> marks;
    for (const Part &part : m_parts) {
        for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level > 0)
                marks.append({level, b.text().remove(QChar(0x00AD)).simplified(), positionOf(b)}); // without the soft hyphens
        }
    }
    return marks;
}

QHash<QString, PrintLayout::PagePosition> PrintLayout::anchorPositions() const
{
    QHash<QString, PagePosition> at;
    for (const Part &part : m_parts) {
        for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QStringList names = it.fragment().charFormat().anchorNames();
                for (const QString &n : names)
                    if (!at.contains(n))
                        at.insert(n, positionOf(b));
            }
        }
    }
    return at;
}

// Finds the page each heading starts on, and the contents rows that link to
// it (<a href="#anchor"> in a table row): their last cell gets the number
// when the page is painted. Writing the numbers into the document instead
// would make Qt lay the whole document out again.
void PrintLayout::findContentsPages()
{
    m_contents.clear();
    QHash<QString, int> pageOfAnchor;
    struct Link {
        QTextBlock block;
        QString anchor;
        bool bold;
    };
    QList<Link> links;
    for (const Part &part : m_parts) {
        for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                const QString href = f.anchorHref();
                if (href.startsWith('#'))
                    links.append({b, href.mid(1), f.fontWeight() >= QFont::Bold});
                const QStringList names = f.anchorNames();
                if (names.isEmpty())
                    continue;
                const int page = positionOf(b).page + 1;
                for (const QString &n : names)
                    if (!pageOfAnchor.contains(n))
                        pageOfAnchor.insert(n, page);
            }
        }
    }
    for (const Link &l : links) {
        QTextCursor c(l.block);
        QTextTable *table = c.currentTable();
        if (!table || !pageOfAnchor.contains(l.anchor))
            continue;
        const QTextTableCell cell = table->cellAt(c);
        const QTextTableCell pageCell = table->cellAt(cell.row(), table->columns() - 1);
        if (!pageCell.isValid() || pageCell.column() == cell.column())
            continue;
        const QTextDocument *doc = l.block.document();
        const QRectF cellRect = doc->documentLayout()->blockBoundingRect(doc->findBlock(pageCell.firstPosition()));
        m_contents.append({cellRect, int(&partOf(l.block) - m_parts.data()), pageOfAnchor.value(l.anchor), l.bold});
    }
}

void PrintLayout::prepareToPaint(QPagedPaintDevice *device)
{
    layOut(device);
    QElapsedTimer clock;
    clock.start();
    findContentsPages();
    m_furniture->setPageCount(m_pages);
    m_timings.contents = double(clock.nsecsElapsed()) / 1e6;
}

void PrintLayout::paint(QPagedPaintDevice *device)
{
    prepareToPaint(device);
    m_secondFrom = m_pages;
    QElapsedTimer clock;
    clock.start();
    QPainter p(device);
    paintPages(p, device, 0, m_pages, *m_furniture, m_parts.front().doc->defaultFont(), [this](int page) {
        return !m_progress || m_progress(0.8 + 0.2 * page / m_pages);
    });
    p.end();
    m_timings.paint = double(clock.nsecsElapsed()) / 1e6;
}

void PrintLayout::paintPages(QPainter &p, QPagedPaintDevice *device, int from, int to, PageFurniture &furniture, const QFont &font,
                             const std::function<bool(int)> &goOn) const
{
    const double width = device->width();
    size_t part = 0;
    for (int page = from; page < to; ++page) {
        if (!goOn(page))
            throw RenderCancelled();
        if (page > from)
            device->newPage();
        while (part + 1 < m_parts.size() && m_parts[part + 1].firstPage <= page)
            ++part;
        QTextDocument *doc = m_parts[part].doc.get();
        const int local = page - m_parts[part].firstPage; // the page in its part
        p.save();
        p.translate(0, m_bodyTop - local * m_pageHeight);
        const QRectF onPage(0, local * m_pageHeight, width, m_pageHeight);
        p.setClipRect(onPage);
        // Only what lies on this page is painted: Qt paints every line that
        // touches the rectangle it is given, and a line that begins where
        // the page ends (the next chapter's heading) would be in the PDF's
        // text, clipped away, on this page too. So the rectangle Qt is given
        // stops half a pixel short of either edge.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = onPage.adjusted(0, 0.5, 0, -0.5);
        doc->documentLayout()->draw(&p, context);
        // Page numbers of the contents rows on this page.
        for (const ContentsSlot &slot : std::as_const(m_contents)) {
            const QRectF &r = slot.cell;
            if (slot.part != int(part) || pageOf(r.top()) != local)
                continue;
            QFont f = font;
            f.setBold(slot.bold);
            p.setFont(f);
            p.setPen(QColor(0x1d, 0x1d, 0x1d));
            p.drawText(r, Qt::AlignRight | Qt::AlignTop, QString::number(slot.page));
        }
        p.restore();
        furniture.paint(&p, page, QPointF(0, 0), QPointF(0, m_footerTop));
    }
}

} // namespace planverk
