// PrintLayout::paintInTwo: the pages of a PDF painted on two threads at once.
//
// Painting is a third of a long plan's rendering (Qt shapes each line's text
// again, and compresses each page), and it came after everything else on one
// thread while the machine's second core waited. Now a second thread paints
// the pages from one near the middle on into a PDF of its own, which libqpdf
// joins to the first (completePdf).
//
// The two threads share the laid-out document, which they only read, with
// one exception: Qt shapes a block's text again when it paints the block, and
// keeps the result in the block. So the cut is a page break no block lies
// across: each block is painted by one thread. Each thread has its own
// painter, PDF, page furniture and fonts (a QFont's data is not for two
// threads at once; Qt's font cache is one per thread).
#include "render/printlayout.h"

#include "render/pagefurniture.h"
#include "render/templatedocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <numeric>
#include <vector>

namespace planverk {

namespace {

// A document this short is painted on one thread: the second's start costs
// more than it saves.
constexpr int kMinPagesToSplit = 16;

// The share of the text the first thread paints: the second starts cold
// (a furniture and font engines of its own to make) and was done later.
constexpr double kFirstShare = 0.55;

// Each block's text layout keeps the font engine it last shaped with, and
// uses it again for the same text: an engine of the thread that laid the
// document out. Another thread must not use it (its glyph caches are not for
// two threads at once), so the blocks that thread paints forget it first,
// and forget their own again on that thread when it is done.
void forgetFontEngines(const std::vector<QTextBlock> &blocks)
{
    for (const QTextBlock &b : blocks)
        if (QTextLayout *l = b.layout())
            l->setFont(l->font());
}

} // namespace

int PrintLayout::splitPage() const
{
    if (m_pages < kMinPagesToSplit || m_pageHeight <= 0)
        return m_pages;
    // The page breaks some block lies across (is painted on both sides of),
    // table cells' blocks included. Each page is painted through a clip that
    // stops half a pixel short of either edge (paintPages()), so a block that
    // begins at a page's top, or ends at its foot, is painted on that page
    // alone: a quarter of a pixel to spare either way. (With a pixel, every
    // heading moved to the top of a page crossed the break above it: of the
    // 600-goal report's 416 breaks 367 were taken, the cut fell at page 148
    // of 417 and the second thread painted twice as long as the first.)
    // (The first page of each part of the document, layoutparts.h, is free: nothing lies across it.)
    std::vector<bool> crossed(size_t(m_pages) + 1, false);
    std::vector<double> characters(size_t(m_pages), 0.0); // on each page
    for (const Part &part : m_parts) {
        const double offset = part.firstPage * m_pageHeight; // in the pages of the whole
        auto cross = [&](QRectF r) {
            r.translate(0, offset);
            const int first = std::max(1, int(std::floor((r.top() + 0.25) / m_pageHeight)) + 1);
            for (int k = first; k <= m_pages && k * m_pageHeight < r.bottom() - 0.25; ++k)
                crossed[size_t(k)] = true;
        };
        QAbstractTextDocumentLayout *layout = part.doc->documentLayout();
        for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            cross(r);
            characters[size_t(std::clamp(part.firstPage + pageOf(r.top()), 0, m_pages - 1))] += b.length();
        }
        // Tables too: a table's header rows are painted again on each page it
        // continues on, by whichever thread paints that page.
        std::vector<QTextFrame *> frames = {part.doc->rootFrame()};
        while (!frames.empty()) {
            QTextFrame *f = frames.back();
            frames.pop_back();
            for (QTextFrame *child : f->childFrames()) {
                cross(layout->frameBoundingRect(child));
                frames.push_back(child);
            }
        }
    }
    // The free page break nearest the middle of the text (painting is
    // mostly shaping and writing text), not among the first pages (the cover
    // and the contents, with their pictures and page numbers).
    int middle = m_pages / 2;
    if (!characters.empty()) {
        const double share = std::accumulate(characters.begin(), characters.end(), 0.0) * kFirstShare;
        double sum = 0;
        for (middle = 0; middle < m_pages && sum + characters[size_t(middle)] < share; ++middle)
            sum += characters[size_t(middle)];
    }
    for (int d = 0; d < m_pages; ++d)
        for (int k : {middle + d, middle - d})
            if (k > 2 && k < m_pages && !crossed[size_t(k)])
                return k;
    return m_pages;
}

QByteArray PrintLayout::paintInTwo(QPdfWriter *device)
{
    prepareToPaint(device);
    QElapsedTimer clock;
    clock.start();
    m_secondFrom = splitPage();
    QByteArray second;
    std::exception_ptr failed;
    std::atomic<bool> stop = false;
    std::unique_ptr<QThread> thread;
    if (m_secondFrom < m_pages) {
        // What the second thread needs from the first device, read here.
        const QPageLayout pageLayout = device->pageLayout();
        const int resolution = device->resolution();
        const QPagedPaintDevice::PdfVersion version = device->pdfVersion();
        const QString title = device->title();
        const QString creator = device->creator();
        const QString font = m_parts.front().doc->defaultFont().toString();
        std::vector<QTextBlock> theirs; // the blocks on the second thread's pages
        for (const Part &part : m_parts) {
            if (part.firstPage + part.pages <= m_secondFrom)
                continue;
            QAbstractTextDocumentLayout *layout = part.doc->documentLayout();
            for (QTextBlock b = part.doc->begin(); b.isValid(); b = b.next())
                if (part.firstPage * m_pageHeight + layout->blockBoundingRect(b).bottom() > m_secondFrom * m_pageHeight)
                    theirs.push_back(b);
        }
        forgetFontEngines(theirs);
        thread.reset(QThread::create([&, pageLayout, resolution, version, title, creator, font, theirs = std::move(theirs)] {
            try {
                QBuffer buffer(&second);
                buffer.open(QIODevice::WriteOnly);
                {
                    QPdfWriter writer(&buffer);
                    writer.setResolution(resolution);
                    writer.setPdfVersion(version);
                    writer.setPageLayout(pageLayout);
                    writer.setTitle(title);
                    writer.setCreator(creator);
                    PageFurniture furniture(*m_furniture, &writer, writer.width(), m_pages);
                    QFont f;
                    f.fromString(font);
                    QPainter p(&writer);
                    paintPages(p, &writer, m_secondFrom, m_pages, furniture, f, [&stop](int) { return !stop.load(); });
                    p.end();
                }
            } catch (...) {
                failed = std::current_exception();
            }
            forgetFontEngines(theirs);
        }));
        thread->start();
    }
    try {
        QPainter p(device);
        paintPages(p, device, 0, m_secondFrom, *m_furniture, m_parts.front().doc->defaultFont(), [this](int page) {
            return !m_progress || m_progress(0.8 + 0.19 * page / m_secondFrom);
        });
        p.end();
    } catch (...) {
        stop = true;
        if (thread)
            thread->wait();
        throw;
    }
    if (thread)
        thread->wait();
    if (failed)
        std::rethrow_exception(failed);
    m_timings.paint = double(clock.nsecsElapsed()) / 1e6;
    return second;
}

} // namespace planverk
