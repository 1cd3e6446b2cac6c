// Plan documents: HTML (standalone, for the web), PDF (A4, for the council
// meeting and the archive) and ODT (to finish in LibreOffice or Word).
//
// One pipeline: plan → view model → template → HTML. For paper the HTML is
// laid out with QTextDocument and painted page by page (PrintLayout), the
// same way for a PDF file and for a printer.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace planverk {

class TemplateDocument;
class TemplateResources;
class TemplateSet;

enum class DocumentFormat { Html, Pdf, Odt };

/// Told how far a long render has come (0 to 1), now and then; returning
/// false stops the render, which then throws RenderCancelled.
using RenderProgress = std::function<bool(double done)>;
struct RenderCancelled : std::exception {
    const char *what() const noexcept override { return "the render was cancelled"; }
};

/// From the file name's extension (.html/.htm, .pdf, .odt); throws PlanError.
DocumentFormat documentFormatFor(const QString &path);

/// Paper documents longer than this are refused with an error: laying one
/// out takes minutes, and Qt's layout, which counts in 26.6 fixed point,
/// cannot place anything beyond 2^25 device pixels (some 11 000 A4 pages at
/// 300 dpi). The longest real plans have a few hundred pages.
inline constexpr int kMaxPrintPages = 2500;

struct DocumentOptions {
    QString templateName = QStringLiteral("standard"); // built-in name or folder
    QString language;                                  // empty: the plan's own
    bool pdfA = false;                                 // PDF/A-1b for archiving
    RenderProgress progress;                           // optional
};

/// A plan laid out on A4 pages: cover, contents with page numbers, chapters,
/// and a running footer with title, organisation and "Side N av M".
class PrintLayout
{
public:
    PrintLayout(const Plan &plan, TemplateSet &templates, const QString &language);
    ~PrintLayout();

    /// Lays the document out for `device` (page size, margins, resolution)
    /// and paints every page on it. Throws PlanError, before anything is
    /// painted, when the document has more than kMaxPrintPages pages or
    /// when any of it lies outside the pages the layout counted.
    void paint(QPagedPaintDevice *device);
    int pageCount() const { return m_pages; }
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
    /// The document (laid out after paint()), e.g. for ODT export.
    QTextDocument *document();

private:
    void load(const std::function<void()> &afterPiece = {});
    void layOut(QPagedPaintDevice *device);
    void findContentsPages();
    void checkPageCount() const;
    void checkPlacement() const;

    // A row of the contents: the cell its page number goes into, and the page.
    struct ContentsSlot {
        QRectF cell; // where the page number goes, in document coordinates
        int page;    // the number to write
        bool bold;
    };

    QString m_footerTitle; // title · organisation
    QString m_language;
    std::string m_html; // until it is loaded
    std::shared_ptr<TemplateResources> m_resources;
    std::unique_ptr<TemplateDocument> m_doc;
    bool m_loaded = false;
    int m_pages = 0;
    double m_pageHeight = 0;
    double m_footerHeight = 0;
    Timings m_timings;
    QList<ContentsSlot> m_contents;
    RenderProgress m_progress;
};

/// Fills `doc` with `html` a piece at a time (pieces of about `pieceSize`
/// bytes, cut between top-level elements): the same document as
/// QTextDocument::setHtml, at a fraction of the peak memory. The pieces are
/// parsed on a second thread while this one inserts them, and, when `doc`
/// has a page size, lays each out as it comes. Images and style sheets the
/// HTML names while it is parsed come only through `resources` (none when null).
/// `progress` is told how far it got (false cancels); `afterPiece`, when given,
/// is called after each piece is inserted (and laid out): it may throw to stop the loading.
void loadHtmlInPieces(QTextDocument &doc, const std::string &html, size_t pieceSize = 64 * 1024,
                      const std::shared_ptr<TemplateResources> &resources = {}, const RenderProgress &progress = {},
                      const std::function<void()> &afterPiece = {});

/// `html` without the id attributes (and <a name>) that no link in it
/// points to ("#name") and that are not in `keep`: on paper and in the
/// preview they do nothing, and Qt loads a document with thousands of them
/// many times slower (it compares each one's format with all the others).
std::string dropUnlinkedAnchors(const std::string &html, const std::vector<std::string> &keep = {});

QByteArray renderHtml(const Plan &plan, TemplateSet &templates, const QString &language = {});
QByteArray renderPdf(const Plan &plan, TemplateSet &templates, const QString &language = {}, bool pdfA = false,
                     const RenderProgress &progress = {});
QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language = {}, const RenderProgress &progress = {});

/// Renders in the format of `outPath`'s extension and writes it atomically.
void writeDocument(const Plan &plan, const QString &outPath, const DocumentOptions &options);

} // namespace planverk
