// Completing the PDF that QPdfWriter wrote, through libqpdf: bookmarks,
// links inside the document, the document's language, and the same metadata
// in the Info dictionary and in XMP (PDF/A-1b asks for both to agree).
#pragma once

#include "render/printlayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace planverk {

/// What the document says about itself (Info and XMP alike).
struct PdfMetadata {
    QString title;
    QString author;   // Info /Author, XMP dc:creator
    QString subject;  // Info /Subject, XMP dc:description
    QString keywords; // Info /Keywords, XMP pdf:Keywords; left out when empty
    QString creator;  // the program: Info /Creator, XMP xmp:CreatorTool
    QString language; // nb, nn or en (or a BCP 47 tag)
    QDateTime created; // CreationDate and ModDate; now when not valid
    bool pdfA = false; // PDF/A-1b: pdfaid in XMP, no object streams
};

/// Where things are on the pages, as the layout knows it.
struct PdfNavigation {
    QList<PrintLayout::HeadingMark> headings; // in document order, for the bookmarks
    QHash<QString, PrintLayout::PagePosition> anchors; // targets of "#anchor" links
};

/// The PDF `pdf` (as QPdfWriter wrote it) with an outline of the headings
/// (the document's own title on the cover left out), its "#anchor" links
/// turned into jumps inside the document (links to an unknown anchor
/// removed), /Lang, the title shown in the window's title bar, and `meta` in
/// Info and XMP. `rest`, when given, is a PDF of the pages that follow
/// (PrintLayout::paintInTwo): its pages are appended first, and `navigation`
/// counts pages through both. Throws std::runtime_error if `pdf` or `rest`
/// cannot be read.
QByteArray completePdf(const QByteArray &pdf, const PdfMetadata &meta, const PdfNavigation &navigation, const QByteArray &rest = {});

/// The language tag a PDF reader expects: nb → nb-NO, nn → nn-NO, en → en-GB.
QString pdfLanguageTag(const QString &language);

} // namespace planverk
