#include "render/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <vector>

namespace planverk {

namespace {

// One thing of the main flow: a paragraph (or heading, or list item) or a
// table or other frame, in document order.
struct Item {
    QTextBlock block;           // a block of the main flow, or
    QTextFrame *frame = nullptr; // a frame (a table) in it

    bool isHeading() const { return !frame && block.blockFormat().headingLevel() > 0; }
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
    // Back to `block`, which may be before the items seen last.
    void rewind() { m_nextFrame = 0; }

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
    // its second line, or a table's first row after its header.
    int keepPage(const Item &item) const
    {
        if (!item.frame)
            return pageOf(lineTop(item.block, std::min(1, std::max(0, lines(item.block) - 1))));
        return pageOf(lineTop(firstTextBlock(item), 0));
    }

private:
    QTextBlock firstTextBlock(const Item &item) const
    {
        if (auto *table = qobject_cast<QTextTable *>(item.frame)) {
            const int header = table->format().headerRowCount();
            const int row = header < table->rows() ? header : 0;
            return m_doc.findBlock(table->cellAt(row, 0).firstPosition());
        }
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
    QTextBlockFormat f;
    f.setPageBreakPolicy(item.block.blockFormat().pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    f.setTopMargin(0);
    QTextCursor(item.block).mergeBlockFormat(f);
    const QTextBlock before = item.block.previous();
    if (before.isValid() && before.blockFormat().bottomMargin() != 0 && !QTextCursor(before).currentFrame()->parentFrame()) {
        QTextBlockFormat b;
        b.setBottomMargin(0);
        QTextCursor(before).mergeBlockFormat(b);
    }
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

bool breaksBefore(const Item &item)
{
    const auto policy = item.frame ? item.frame->frameFormat().pageBreakPolicy() : item.block.blockFormat().pageBreakPolicy();
    return policy & QTextFormat::PageBreak_AlwaysBefore;
}

} // namespace

void PageBreaks::settle(bool final)
{
    if (m_doc.pageSize().height() <= 0)
        return;
    Scan scan(m_doc);
    Item item = scan.itemAt(m_from.isValid() ? m_from : m_doc.begin());
    Item lead;             // the first of the headings just before `item`
    std::vector<Item> chain; // those headings
    while (item.block.isValid()) {
        // Headings before a page break the template asks for have nothing
        // after them to keep with (a chapter of headings alone): they stay.
        if (breaksBefore(item))
            chain.clear();
        if (item.isHeading()) {
            if (chain.empty())
                lead = item;
            chain.push_back(item);
            item = scan.next(item);
            continue;
        }
        // A body item: it and the headings before it.
        const Item first = chain.empty() ? item : lead;
        Item move;
        if (!chain.empty() && scan.keepPage(item) > scan.firstPage(lead)) {
            move = lead; // the headings would end a page, or lose what follows
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
                    scan.rewind();
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
            scan.rewind();
            item = scan.itemAt(move.block.isValid() ? move.block : item.block);
            chain.clear();
            continue;
        }
        chain.clear();
        m_from = item.block;
        item = scan.next(item);
    }
    if (!final && !chain.empty())
        m_from = lead.block;
}

} // namespace planverk
