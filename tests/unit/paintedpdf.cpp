#include "paintedpdf.h"

#include "render/pdfstructure.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QBuffer>
#include <QDateTime>
#include <QPdfWriter>
#include <QProcess>

#include <catch2/catch.hpp>

#include <memory>

namespace planverk::test {

QStringList pdfPageTexts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
}

PaintedPdf paintPdf(const Plan &plan, const QString &templateName, bool twoThreads, int partPages, int dpi)
{
    auto templates = TemplateSet::open(templateName);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto layout = std::make_unique<PrintLayout>(plan, *templates, QString());
    if (partPages >= 0)
        layout->setPartPages(partPages);
    auto writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(dpi);
    QByteArray rest;
    if (twoThreads)
        rest = layout->paintInTwo(writer.get());
    else
        layout->paint(writer.get());
    writer.reset();
    PdfMetadata meta;
    meta.title = plan.info.title;
    meta.language = plan.info.language;
    meta.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const QList<PrintLayout::HeadingMark> headings = layout->headings();
    const QHash<QString, PrintLayout::PagePosition> anchors = layout->anchorPositions();
    return {completePdf(buffer.data(), meta, {headings, anchors}, rest), layout->pageCount(), layout->secondPartFrom(),
            int(layout->documents().size()), headings, anchors};
}

} // namespace planverk::test
