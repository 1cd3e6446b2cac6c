#include "render/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace planverk {

namespace {

// One thing of the main flow: a paragraph (or heading, or list item) or a
// table or other frame, in document order.
struct Item {
    QTextBlock block;           // a block of the main flow, or
    QTextFrame *frame = nullptr; // a frame (a table) in it

    // A heading, or a block kept with what follows it as a heading is (a table's caption).
    bool isHeading() const { return !frame && (block.blockFormat().headingLevel() > 0 || block.userState() == kKeepWithNextState); }
};

class Scan
{
public:
    explicit Scan(QTextDocument &doc) : m_doc(doc), m_layout(doc.documentLayout()), m_pageHeight(doc.pageSize().height())
    {
        const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
        m_frames.assign(frames.begin(), frames.end());
    }

    // The item that starts at `block` (a block of the main flow or the first block of a frame).
    Item itemAt(const QTextBlock &block)
    {
        while (m_nextFrame < m_frames.size() && m_frames[m_nextFrame]->lastPosition() < block.position())
            ++m_nextFrame;
        if (m_nextFrame < m_frames.size() && m_frames[m_nextFrame]->firstPosition() <= block.position())
            return {block, m_frames[m_nextFrame]};
        return {block, nullptr};
    }
    Item next(const Item &item)
    {
        const QTextBlock b = item.frame ? m_doc.findBlock(item.frame->lastPosition() + 1) : item.block.next();
        return b.isValid() ? itemAt(b) : Item{};
    }
    // Back to `block`, which may be before the items seen last: to the first
    // frame that does not end before it, found by halving (from the first
    // frame on, each move walked all the tables of the document before it).
    void rewind(const QTextBlock &block)
    {
        const int position = block.position();
        m_nextFrame = size_t(std::partition_point(m_frames.begin(), m_frames.end(), [position](QTextFrame *f) { return f->lastPosition() < position; })
                             - m_frames.begin());
    }

    int pageOf(double y) const { return int((y + 0.5) / m_pageHeight); }
    double lineTop(const QTextBlock &b, int line) const
    {
        double y = m_layout->blockBoundingRect(b).top();
        if (b.layout() && b.layout()->lineCount() > line)
            y += b.layout()->lineAt(line).y();
        return y;
    }
    int lines(const QTextBlock &b) const { return b.layout() ? b.layout()->lineCount() : 0; }
    // The page of the item's first line.
    int firstPage(const Item &item) const { return pageOf(lineTop(item.frame ? firstTextBlock(item) : item.block, 0)); }
    // Whether the item begins at the top of its page already: moving it would not help.
    bool atPageTop(const Item &item) const
    {
        const double y = item.frame ? m_layout->frameBoundingRect(item.frame).top() : lineTop(item.block, 0);
        return y - pageOf(y) * m_pageHeight < 1.0;
    }
    // The page of what must be on the page of the headings before the item:
    // its second line, or a table's first row after its header, all of it
    // (every line of every cell) unless that row is taller than a page.
    int keepPage(const Item &item) const
    {
        if (!item.frame)
            return pageOf(lineTop(item.block, std::min(1, std::max(0, lines(item.block) - 1))));
        auto *table = qobject_cast<QTextTable *>(item.frame);
        if (!table || table->rows() == 0)
            return pageOf(lineTop(firstTextBlock(item), 0));
        // The row's lines, on the page of its first line and after it.
        const int row = firstBodyRow(table);
        const int first = pageOf(lineTop(firstTextBlock(item), 0));
        double top = 1e300, firstBottom = -1, nextTop = 1e300, bottom = -1;
        int last = first;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (cell.row() != row || cell.column() != c)
                continue;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock b = it.currentBlock();
                if (!b.isValid() || !b.layout())
                    continue;
                const double blockTop = m_layout->blockBoundingRect(b).top();
                for (int i = 0; i < b.layout()->lineCount(); ++i) {
                    const QTextLine l = b.layout()->lineAt(i);
                    const double y = blockTop + l.y();
                    const int page = pageOf(y);
                    top = std::min(top, y);
                    last = std::max(last, page);
                    if (page == first) {
                        firstBottom = std::max(firstBottom, y + l.height());
                    } else {
                        nextTop = std::min(nextTop, y);
                        bottom = std::max(bottom, y + l.height());
                    }
                }
            }
        }
        if (last == first)
            return first;
        // Split: kept whole on the next page unless taller than what that
        // page holds below its repeated header.
        const double height = (firstBottom - top) + (bottom - nextTop);
        const double room = (first + 1) * m_pageHeight + m_pageHeight - nextTop;
        return last == first + 1 && height < room ? last : first;
    }
    // Whether a table has a cell that spans rows (a chart beside its
    // numbers): such a table is kept whole on a page, with its headings.
    static bool spansRows(QTextTable *table)
    {
        for (int r = 0; r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c)
                if (table->cellAt(r, c).rowSpan() > 1)
                    return true;
        return false;
    }
    // Whether the table ends on a later page than it begins.
    bool split(const Item &item) const
    {
        const QRectF r = m_layout->frameBoundingRect(item.frame);
        return pageOf(r.bottom() - 1) > pageOf(r.top());
    }
    // The page of a table's first line, its header's: what keeps its first
    // row after the header must keep the header too.
    int tablePage(const Item &item) const { return pageOf(lineTop(m_doc.findBlock(item.frame->firstPosition()), 0)); }

private:
    int firstBodyRow(QTextTable *table) const
    {
        const int header = table->format().headerRowCount();
        return header < table->rows() ? header : 0;
    }
    QTextBlock firstTextBlock(const Item &item) const
    {
        if (auto *table = qobject_cast<QTextTable *>(item.frame))
            return m_doc.findBlock(table->cellAt(firstBodyRow(table), 0).firstPosition());
        return m_doc.findBlock(item.frame->firstPosition());
    }

    QTextDocument &m_doc;
    QAbstractTextDocumentLayout *m_layout;
    double m_pageHeight;
    std::vector<QTextFrame *> m_frames;
    size_t m_nextFrame = 0;
};

// `item` begins the next page. Qt would put the bottom margin of the block
// before it and its own top margin at the top of that page: on paper a page
// break has no margin on either side.
void startPage(const Item &item)
{
    if (item.frame) {
        QTextFrameFormat f = item.frame->frameFormat();
        f.setPageBreakPolicy(f.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        item.frame->setFrameFormat(f);
        return;
    }
    // One edit: Qt lays out what follows once, not once per format.
    QTextCursor edit(item.block);
    edit.beginEditBlock();
    const QTextBlock before = item.block.previous();
    if (before.isValid() && before.blockFormat().bottomMargin() != 0 && !QTextCursor(before).currentFrame()->parentFrame()) {
        QTextBlockFormat b;
        b.setBottomMargin(0);
        QTextCursor(before).mergeBlockFormat(b);
    }
    QTextBlockFormat f;
    f.setPageBreakPolicy(item.block.blockFormat().pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    f.setTopMargin(0);
    edit.mergeBlockFormat(f);
    edit.endEditBlock();
}

// A widow (the last line of a paragraph alone at the top of a page) when
// the page before holds three lines of it or more: a little more space above
// the paragraph, just enough to send its last line on that page over too,
// instead of moving all of it (and leaving the foot of the page empty).
const int kPushedProperty = QTextFormat::UserProperty + 0x504C; // set once: a paragraph is pushed down at most once

void pushLastLineOver(QTextDocument &doc, const QTextBlock &block, int line, double pageEnd)
{
    const QTextLine l = block.layout()->lineAt(line);
    const double top = doc.documentLayout()->blockBoundingRect(block).top() + l.y();
    const double extra = pageEnd - (top + l.height()) + 1; // device pixels
    // Qt scales block margins from 96 dpi to the device, and puts the larger
    // of this block's top margin and the last one's bottom margin between them.
    const double scale = doc.documentLayout()->paintDevice() ? doc.documentLayout()->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    const QTextBlock before = block.previous();
    const double margin = std::max(block.blockFormat().topMargin(), before.isValid() ? before.blockFormat().bottomMargin() : 0.0);
    QTextBlockFormat f;
    f.setTopMargin(margin + extra / scale);
    f.setProperty(kPushedProperty, true);
    QTextCursor(block).mergeBlockFormat(f);
}

// Table rows are not split over two pages unless taller than a page. Qt
// moves a row to the next page only when no cell's first line fits on this
// one; so the row before one that would be split gets just enough space below
// its text to push that row's first lines past the foot of the page, and Qt
// moves the row over (the row before reaches the foot of the page, as when Qt
// moves a row itself). Each change lays the whole table out again, so the
// rows of all pages are found at once: from the rows' heights and the gaps
// between them, as laid out, the rows are placed on the pages as they will
// be, and the few the estimate misses are found when it is checked.
struct Row {
    double top = 1e300;   // the top of its first lines
    double bottom = 0;    // the bottom of its last lines
    double height = 0;    // of its text, without the jump to the next page
    bool split = false;   // its text is on two pages or more
    double nextPageTop = 0; // where its text goes on on the next page, when split
};

Row rowOf(QTextDocument &doc, QTextTable *table, int r, double pageHeight)
{
    Row row;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(r, c);
        if (cell.row() != r || cell.rowSpan() != 1 || cell.column() != c)
            continue;
        double cellTop = 1e300, cellBottom = 0, jumps = 0, lastBottom = -1;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            if (!b.isValid() || !b.layout())
                continue;
            const double blockTop = layout->blockBoundingRect(b).top();
            for (int i = 0; i < b.layout()->lineCount(); ++i) {
                const QTextLine l = b.layout()->lineAt(i);
                const double top = blockTop + l.y(), bottom = top + l.height();
                if (lastBottom >= 0 && int((top + 0.5) / pageHeight) > int((lastBottom - 0.5) / pageHeight)) {
                    jumps += top - lastBottom;
                    row.split = true;
                    if (row.nextPageTop == 0 || top < row.nextPageTop)
                        row.nextPageTop = top;
                }
                cellTop = std::min(cellTop, top);
                cellBottom = std::max(cellBottom, bottom);
                lastBottom = bottom;
            }
        }
        if (cellBottom == 0)
            continue;
        row.top = std::min(row.top, cellTop);
        row.bottom = std::max(row.bottom, cellBottom);
        row.height = std::max(row.height, cellBottom - cellTop - jumps);
    }
    return row;
}

// Adds `extra` device pixels of space below the text of every cell of row `r`.
void padRow(QTextTable *table, int r, double extra, double scale)
{
    const double padding = table->format().cellPadding();
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(r, c);
        if (cell.row() != r || cell.column() != c)
            continue;
        QTextTableCellFormat f = cell.format().toTableCellFormat();
        const double bottom = f.hasProperty(QTextFormat::TableCellBottomPadding) ? f.bottomPadding() : padding;
        f.setBottomPadding(bottom + extra / scale);
        cell.setFormat(f);
    }
}

// Returns how many rows were moved to the next page.
int keepRowsTogether(QTextDocument &doc, QTextTable *table)
{
    const double pageHeight = doc.pageSize().height();
    const int rows = table->rows();
    const int header = std::min(table->format().headerRowCount(), rows - 1);
    const double scale = doc.documentLayout()->paintDevice() ? doc.documentLayout()->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    int moved = 0;
    // A few rounds: each lays the table out once; the estimate is near enough that the second finds little.
    for (int round = 0; round < 3; ++round) {
        std::vector<Row> r(size_t(std::max(rows, 0)));
        for (int i = 0; i < rows; ++i)
            r[size_t(i)] = rowOf(doc, table, i, pageHeight);
        // The first row split that would fit on a page, after a row of its own table.
        int first = -1;
        double capacity = 0, gap = -1, pageTopOffset = -1, footRoom = 0;
        for (int i = header + 1; i < rows && first < 0; ++i)
            if (r[size_t(i)].split && r[size_t(i - 1)].bottom > 0) {
                const Row &row = r[size_t(i)];
                const int page = int((row.top + 0.5) / pageHeight);
                pageTopOffset = row.nextPageTop - (page + 1) * pageHeight;
                capacity = pageHeight - pageTopOffset;
                if (row.height < capacity - pageTopOffset)
                    first = i;
            }
        if (first < 0)
            return moved;
        // The gap from one row's text to the next, as laid out (the smallest seen).
        for (int i = header; i + 1 < rows; ++i) {
            const Row &a = r[size_t(i)], &b = r[size_t(i + 1)];
            if (!a.split && !b.split && a.bottom > 0 && b.bottom > 0 && int((a.top + 0.5) / pageHeight) == int((b.top + 0.5) / pageHeight))
                gap = gap < 0 ? b.top - a.bottom : std::min(gap, b.top - a.bottom);
        }
        if (gap < 0)
            gap = r[size_t(first)].top - r[size_t(first - 1)].bottom;
        // What Qt keeps free at the foot of a page below a cell's text: the
        // bottom padding, border and spacing below it and the table's own.
        const QTextTableFormat tf = table->format();
        footRoom = (tf.cellPadding() + 2 * tf.border() + tf.cellSpacing() + tf.bottomMargin() + tf.padding()) * scale;
        // Rows from the first split one on, placed on the pages as they will be.
        std::vector<std::pair<int, double>> pads;
        double y = r[size_t(first)].top;
        int page = int((y + 0.5) / pageHeight);
        for (int i = first; i < rows; ++i) {
            const Row &row = r[size_t(i)];
            if (row.bottom == 0)
                break;
            if (i > first)
                y += gap;
            const double pageEnd = (page + 1) * pageHeight;
            if (y + row.height > pageEnd - footRoom) {
                if (row.height > capacity - footRoom)
                    break; // taller than a page: it is split, and what follows is for the next round
                if (y < pageEnd - footRoom)
                    pads.emplace_back(i - 1, pageEnd - y + 1);
                ++page;
                y = page * pageHeight + pageTopOffset;
            }
            y += row.height;
        }
        if (pads.empty())
            return moved;
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        for (const auto &[row, extra] : pads)
            padRow(table, row, extra, scale);
        edit.endEditBlock(); // Qt lays the table out again, once
        moved += int(pads.size());
    }
    return moved;
}

QTextFormat::PageBreakFlags policyOf(const Item &item)
{
    if (!item.block.isValid())
        return QTextFormat::PageBreak_Auto;
    return item.frame ? item.frame->frameFormat().pageBreakPolicy() : item.block.blockFormat().pageBreakPolicy();
}

bool breaksBefore(const Item &item) { return policyOf(item) & QTextFormat::PageBreak_AlwaysBefore; }
bool breaksAfter(const Item &item) { return policyOf(item) & QTextFormat::PageBreak_AlwaysAfter; }

// A page break after one thing and another before the next are one page
// break, as in CSS; Qt makes two, with an empty page between them (the
// contents, which end a page, and the goals chapter, which starts one, in a
// plan without text chapters). So the second goes.
void dropBreakBefore(const Item &item)
{
    if (item.frame) {
        QTextFrameFormat f = item.frame->frameFormat();
        f.setPageBreakPolicy(f.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
        item.frame->setFrameFormat(f);
        return;
    }
    QTextBlockFormat f;
    f.setPageBreakPolicy(policyOf(item) & ~QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(item.block).mergeBlockFormat(f);
}

} // namespace

void PageBreaks::settle(bool final)
{
    if (m_doc.pageSize().height() <= 0)
        return;
    Scan scan(m_doc);
    const QTextBlock start = m_from.isValid() ? m_from : m_doc.begin();
    scan.rewind(start);
    Item item = scan.itemAt(start);
    Item lead;             // the first of the headings just before `item`
    std::vector<Item> chain; // those headings
    Item previous;         // the item before `item`, when known
    while (item.block.isValid()) {
        if (breaksAfter(previous) && breaksBefore(item)) {
            dropBreakBefore(item); // Qt lays the rest out again
            scan.rewind(item.block);
            item = scan.itemAt(item.block);
        }
        // Headings before a page break the template asks for have nothing
        // after them to keep with (a chapter of headings alone): they stay.
        if (breaksBefore(item) || breaksAfter(previous))
            chain.clear();
        if (item.isHeading()) {
            if (chain.empty())
                lead = item;
            chain.push_back(item);
            previous = item;
            item = scan.next(item);
            continue;
        }
        // A body item: it and the headings before it.
        const Item first = chain.empty() ? item : lead;
        Item move;
        if (!chain.empty() && scan.keepPage(item) > scan.firstPage(lead)) {
            move = lead; // the headings would end a page, or lose what follows
        } else if (item.frame && qobject_cast<QTextTable *>(item.frame) && scan.keepPage(item) > scan.tablePage(item)) {
            move = first; // the table's header, and its headings, would be parted from its first row
        } else if (auto *t = qobject_cast<QTextTable *>(item.frame); t && scan.split(item) && Scan::spansRows(t)) {
            move = first; // a cell spanning rows would be cut: the table goes over whole, with its headings
        } else if (!item.frame && scan.lines(item.block) >= 2) {
            const int n = scan.lines(item.block);
            const int top = scan.pageOf(scan.lineTop(item.block, 0));
            const int bottom = scan.pageOf(scan.lineTop(item.block, n - 1));
            if (bottom > top) {
                int onFirst = 0, onLast = 0;
                for (int i = 0; i < n; ++i) {
                    const int p = scan.pageOf(scan.lineTop(item.block, i));
                    onFirst += p == top;
                    onLast += p == bottom;
                }
                if (onLast == 1 && onFirst >= 3 && bottom == top + 1 && !item.block.blockFormat().hasProperty(kPushedProperty)
                    && !breaksBefore(item)) {
                    pushLastLineOver(m_doc, item.block, onFirst - 1, (top + 1) * m_doc.pageSize().height());
                    ++m_moved;
                    scan.rewind(item.block);
                    item = scan.itemAt(item.block);
                    chain.clear();
                    continue;
                }
                if (onFirst < 2 || onLast < 2)
                    move = first; // an orphan or a widow: the paragraph (with its headings) goes over whole
            }
        }
        if (move.block.isValid() && !breaksBefore(move) && !scan.atPageTop(move)) {
            startPage(move); // Qt lays the rest out again
            ++m_moved;
            const QTextBlock from = move.block.isValid() ? move.block : item.block;
            scan.rewind(from);
            item = scan.itemAt(from);
            chain.clear();
            previous = Item{}; // the item before `from` needs no looking at: `from` begins a page now
            continue;
        }
        // Where the table begins is settled: its rows now. (Its first row after
        // the header is whole on the page of the header and the headings
        // before it, which went over with it when it would have been split.)
        // A table on one page has no row to keep together: its rows are not
        // looked at (finding each cell's lines cost the 600-goal report a
        // tenth of its layout time).
        if (auto *table = qobject_cast<QTextTable *>(item.frame); table && !m_tablesDone.contains(table)) {
            if (scan.split(item))
                m_moved += keepRowsTogether(m_doc, table);
            m_tablesDone.insert(table);
        }
        chain.clear();
        m_from = item.block;
        previous = item;
        item = scan.next(item);
    }
    if (!final && !chain.empty())
        m_from = lead.block;
}

} // namespace planverk
