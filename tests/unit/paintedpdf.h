// A plan's PDF painted the way renderPdf paints it, on one thread or on two
// (PrintLayout::paint / paintInTwo), for tests that compare the two.
#pragma once

#include "model/plan.h"
#include "render/printlayout.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace planverk::test {

struct PaintedPdf {
    QByteArray pdf;     // complete: bookmarks, links and metadata (completePdf), dated 2026-01-01
    int pages = 0;
    int secondFrom = 0; // the first page the second thread painted (pages: none)
    int parts = 1;      // the documents it was laid out in (layoutparts.h)
    QList<PrintLayout::HeadingMark> headings;
    QHash<QString, PrintLayout::PagePosition> anchors;
};

/// The text of each page of the PDF file `path` (pdftotext -layout), in order.
QStringList pdfPageTexts(const QString &path);

/// `plan` through the built-in template `templateName` ("standard", "rapport");
/// `partPages`, when not negative, is PrintLayout::setPartPages (0: one document);
/// `dpi` the device's resolution (a printer's is 1200).
PaintedPdf paintPdf(const Plan &plan, const QString &templateName, bool twoThreads, int partPages = -1, int dpi = 300);

} // namespace planverk::test
