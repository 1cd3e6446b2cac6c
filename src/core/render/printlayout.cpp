#include "render/printlayout.h"

#include "model/planerror.h"
#include "render/anchorpruning.h"
#include "render/htmlpieces.h"
#include "render/labels.h"
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

namespace planverk {

namespace {

QString languageOf(const Plan &plan, const QString &language) { return language.isEmpty() ? plan.info.language : language; }

} // namespace

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
    m_resources->setPlanPictures(plan.info);
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
    m_topMarginPoints = device->pageLayout().margins(QPageLayout::Point).top();
    m_pointsPerPixel = 72.0 / device->logicalDpiY();
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

PrintLayout::PagePosition PrintLayout::positionOf(const QTextBlock &block) const
{
    // The first line's top: the block itself may start in the gap a page break leaves.
    double y = m_doc->documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0)
        y += block.layout()->lineAt(0).y();
    const int page = m_pageHeight > 0 ? int((y + 1.0) / m_pageHeight) : 0; // +1 px: rounding at page tops
    return {page, m_topMarginPoints + (y - page * m_pageHeight) * m_pointsPerPixel};
}

QList<PrintLayout::HeadingMark> PrintLayout::headings() const
{
    QList<HeadingMark> marks;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level > 0)
            marks.append({level, b.text().simplified(), positionOf(b)});
    }
    return marks;
}

QHash<QString, PrintLayout::PagePosition> PrintLayout::anchorPositions() const
{
    QHash<QString, PagePosition> at;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &n : names)
                if (!at.contains(n))
                    at.insert(n, positionOf(b));
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

} // namespace planverk
