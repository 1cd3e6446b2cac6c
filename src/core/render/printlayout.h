// A plan laid out on A4 pages with QTextDocument: the same layout for a PDF
// file and for a printer.
#pragma once

#include "model/plan.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class QElapsedTimer;
class QFont;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextBlock;
class QTextDocument;

namespace planverk {

class PageFurniture;
class TemplateDocument;
class TemplateResources;
class TemplateSet;

/// Paper documents longer than this are refused with an error: laying one
/// out takes minutes, and Qt's layout, which counts in 26.6 fixed point,
/// cannot place anything beyond 2^25 device pixels (some 11 000 A4 pages at
/// 300 dpi). The longest real plans have a few hundred pages.
inline constexpr int kMaxPrintPages = 2500;

/// A plan laid out on A4 pages: cover, contents with page numbers, chapters,
/// and the template's running header and footer (PageFurniture) on every page.
class PrintLayout
{
public:
    PrintLayout(const Plan &plan, TemplateSet &templates, const QString &language);
    /// Another document than a plan's (the change document): its view model,
    /// the pictures it may show and the language it is in (nb, nn, en).
    PrintLayout(nlohmann::json viewModel, const PlanInfo &pictures, TemplateSet &templates, const QString &language);
    ~PrintLayout();

    /// Lays the document out for `device` (page size, margins, resolution)
    /// and paints every page on it. Throws PlanError, before anything is
    /// painted, when the document has more than kMaxPrintPages pages or
    /// when any of it lies outside the pages the layout counted.
    void paint(QPagedPaintDevice *device);
    /// Like paint(), for a PDF, on two threads: the pages from one near the
    /// middle on are painted at the same time on a second thread, into a PDF
    /// of their own (`device`'s page layout, resolution and PDF version),
    /// which is returned; completePdf() joins the two. Empty, with every page
    /// on `device`, when no page break suits (printlayoutsplit.cpp).
    QByteArray paintInTwo(QPdfWriter *device);
    /// After paint() or paintInTwo(): the first page of the second PDF (pageCount() when there is none).
    int secondPartFrom() const { return m_secondFrom; }
    int pageCount() const { return m_pages; }
    /// For tests and benchmarks: a long document goes on in a new part
    /// (layoutparts.h) once its last has this many pages (0: never).
    void setPartPages(int pages) { m_partPages = pages; }
    /// Reports loading and painting; a cancel throws RenderCancelled out of paint() or document().
    void setProgress(RenderProgress progress) { m_progress = std::move(progress); }

    /// Where the time went, in milliseconds (for benchmarks).
    struct Timings {
        double html = 0;     // view model and template
        double load = 0;     // HTML into the text document, laid out as it comes
        double layout = 0;   // what was left of the layout after loading
        double contents = 0; // page numbers into the contents
        double paint = 0;    // pages onto the device
    };
    const Timings &timings() const { return m_timings; }
    /// After paint(): how many headings, paragraphs and table rows were moved
    /// to the next page, so as not to end a page with a heading, leave one
    /// line behind or split a row (PageBreaks).
    int movedToNextPage() const { return m_movedToNextPage; }
    /// The document, e.g. for ODT export. After paint(), the first part of it:
    /// a long document is laid out in parts (documents()).
    QTextDocument *document();
    /// After paint(): the parts the document was laid out in, in order, each
    /// on pages of its own (layoutparts.h): one for all but long documents.
    QList<QTextDocument *> documents() const;

    /// A place on a page, after paint(): the page (0 is the first) and the
    /// distance of the place from the top edge of the paper, in points.
    struct PagePosition {
        int page = 0;
        double pointsFromTop = 0;
    };
    /// A heading of the laid-out document (h1 to h6), in document order.
    struct HeadingMark {
        int level = 0;  // 1 for h1 ...
        QString title;  // its text as printed, numbers included
        PagePosition at; // its first line
    };
    /// After paint(): every heading, for the PDF's bookmarks.
    QList<HeadingMark> headings() const;
    /// After paint(): where each anchor a link of the document points to is
    /// (the first line of the block holding it), for links inside the PDF.
    QHash<QString, PagePosition> anchorPositions() const;

private:
    void setUp(nlohmann::json &&viewModel, TemplateSet &templates, const QElapsedTimer &clock);
    void load(const std::function<QTextDocument *()> &afterPiece = {});
    void layOut(QPagedPaintDevice *device);
    void findContentsPages();
    void prepareToPaint(QPagedPaintDevice *device); // layOut(), the contents' page numbers, the furniture's page count
    /// Paints pages [from, to) on `device` (its first page is `from`) with
    /// `furniture`; `goOn(page)` false cancels (RenderCancelled). Only reads
    /// the laid-out document: two threads may paint disjoint pages at once,
    /// if no block lies on both (splitPage()), each with its own furniture and font.
    void paintPages(QPainter &p, QPagedPaintDevice *device, int from, int to, PageFurniture &furniture, const QFont &font,
                    const std::function<bool(int)> &goOn) const;
    int splitPage() const; // where a second thread can begin to paint (m_pages: nowhere)
    void checkPageCount() const;
    void checkPlacement() const;

    // A row of the contents: the cell its page number goes into, and the page.
    struct ContentsSlot {
        QRectF cell; // where the page number goes, in its part's coordinates
        int part;    // in m_parts
        int page;    // the number to write
        bool bold;
    };
    // A part of the laid-out document (layoutparts.h): its pages are [firstPage, firstPage + pages).
    struct Part {
        std::unique_ptr<TemplateDocument> doc;
        int firstPage = 0;
        int pages = 0;
    };
    std::unique_ptr<TemplateDocument> newDocument(const QFont &font) const;
    QTextDocument *startNextPart(QPagedPaintDevice *device, const QTextBlock &cut);
    const Part &partOf(const QTextBlock &block) const;
    void setUpForPages(TemplateDocument &doc, QPagedPaintDevice *device) const;

    QString m_language;
    QMarginsF m_marginsMm; // from the template
    double m_lineHeightPercent = 100; // from the template
    size_t m_pieceBytes = 64 * 1024;   // from the template
    std::string m_html; // until it is loaded
    std::shared_ptr<TemplateResources> m_resources;
    std::vector<Part> m_parts; // the document: one part until it is laid out on pages
    int m_partPages;
    bool m_loaded = false;
    int m_pages = 0;
    int m_movedToNextPage = 0;
    int m_secondFrom = 0; // the first page painted into the second PDF
    double m_pageHeight = 0; // of the text on each page, in device pixels (a whole number)
    double m_bodyTop = 0;    // where the text begins below the top margin (under the header)
    double m_footerTop = 0;  // where the footer begins
    std::unique_ptr<PageFurniture> m_furniture;
    Timings m_timings;
    double m_topMarginPoints = 0; // the paper above the text area
    double m_pointsPerPixel = 1;
    int pageOf(double y) const; // the page of a place in the document
    PagePosition positionOf(const QTextBlock &block) const;
    QList<ContentsSlot> m_contents;
    RenderProgress m_progress;
};

} // namespace planverk
