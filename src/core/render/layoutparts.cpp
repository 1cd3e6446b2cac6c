#include "render/layoutparts.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>

#include <cmath>

namespace planverk {

double firstLineTop(const QTextBlock &block)
{
    double y = block.document()->documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0)
        y += block.layout()->lineAt(0).y();
    return y;
}

QTextBlock findPartCut(QTextDocument &doc, const QTextBlock &settledBefore, int minPage, const QTextBlock &searched)
{
    const double pageHeight = doc.pageSize().height();
    if (!settledBefore.isValid() || pageHeight <= 0)
        return {};
    QTextFrame *root = doc.rootFrame();
    const QTextBlock stop = searched.isValid() ? searched.previous() : QTextBlock(); // looked at before
    for (QTextBlock b = settledBefore.previous(); b.isValid() && b != doc.begin() && b != stop; b = b.previous()) {
        const double top = firstLineTop(b);
        const int page = int(std::floor((top + 0.5) / pageHeight));
        if (page < minPage)
            break;
        if (!(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) || std::abs(top - page * pageHeight) > 0.01)
            continue;
        // A list would be numbered anew in the next part: not inside or just after one.
        if (b.textList() || b.previous().textList() || b.blockFormat().indent() != 0)
            continue;
        if (QTextCursor(b).currentFrame() != root)
            continue;
        return b;
    }
    return {};
}

void moveToNextPart(QTextDocument &from, const QTextBlock &cut, QTextDocument &to)
{
    // At the top of the first page of `to`, the page break is where it begins.
    QTextBlockFormat first = cut.blockFormat();
    first.setPageBreakPolicy(first.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);

    QTextCursor tail(&from);
    tail.setPosition(cut.position());
    tail.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    const QTextDocumentFragment moved(tail);
    tail.beginEditBlock();
    tail.removeSelectedText();
    // What is left of `cut` in `from`: an empty block that takes no room (and
    // asks for no page of its own).
    QTextBlockFormat nothing;
    nothing.setLineHeight(0, QTextBlockFormat::FixedHeight);
    tail.setBlockFormat(nothing);
    tail.endEditBlock();

    to.rootFrame()->setFrameFormat(from.rootFrame()->frameFormat());
    QTextCursor into(&to);
    into.beginEditBlock();
    into.insertFragment(moved); // its first block merges into the empty one `to` has, and takes its format:
    QTextCursor(to.begin()).setBlockFormat(first);
    into.endEditBlock(); // laid out once (the fragment keeps each block's state too: a caption kept with its table)
}

} // namespace planverk
