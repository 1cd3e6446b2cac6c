// A long document is laid out in parts, a new text document every few dozen
// pages at a page break it already has (layoutparts.h), and the reader gets
// the pages of one document: the same text on every page, the contents' page
// numbers, bookmarks and links to the same places.
#include "paintedpdf.h"
#include "testsupport.h"

#include "io/planjson.h"
#include "render/followupview.h"


#include <cmath>

using namespace planverk;
using namespace planverk::test;

namespace {

Plan synthetic(const QTemporaryDir &dir, const QStringList &args)
{
    return readPlanJsonFile(makeSynthetic(dir, QStringLiteral("syntetisk-æøå.json"), args));
}

QStringList pagesOf(const QTemporaryDir &dir, const QString &name, const QByteArray &pdf)
{
    const QString path = dir.filePath(name);
    writeAll(path, pdf);
    return pdfPageTexts(path);
}

// In parts of `partPages` pages, on one thread and on two, against one document.
void compareWithOneDocument(const Plan &plan, const QString &templateName, int partPages, int dpi = 300)
{
    QTemporaryDir dir;
    const PaintedPdf one = paintPdf(plan, templateName, false, 0, dpi);
    const PaintedPdf parts = paintPdf(plan, templateName, false, partPages, dpi);
    const PaintedPdf partsOnTwo = paintPdf(plan, templateName, true, partPages, dpi);
    REQUIRE(one.parts == 1);
    INFO(one.pages << " pages, laid out in " << parts.parts << " parts");
    REQUIRE(parts.parts >= 3);
    REQUIRE(parts.pages == one.pages);
    REQUIRE(partsOnTwo.pages == one.pages);

    const QStringList oneText = pagesOf(dir, QStringLiteral("one.pdf"), one.pdf);
    const QStringList partsText = pagesOf(dir, QStringLiteral("parts.pdf"), parts.pdf);
    const QStringList twoText = pagesOf(dir, QStringLiteral("two.pdf"), partsOnTwo.pdf);
    REQUIRE(partsText.size() == oneText.size());
    REQUIRE(twoText.size() == oneText.size());
    for (qsizetype i = 0; i < oneText.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(partsText[i] == oneText[i]);
        CHECK(twoText[i] == oneText[i]);
    }
    // Bookmarks and links: each heading and anchor at the same page and height.
    REQUIRE(parts.headings.size() == one.headings.size());
    for (qsizetype i = 0; i < one.headings.size(); ++i) {
        INFO("heading " << one.headings[i].title.toStdString());
        CHECK(parts.headings[i].title == one.headings[i].title);
        CHECK(parts.headings[i].at.page == one.headings[i].at.page);
        CHECK(std::abs(parts.headings[i].at.pointsFromTop - one.headings[i].at.pointsFromTop) < 0.01);
    }
    REQUIRE(parts.anchors.size() == one.anchors.size());
    for (auto it = one.anchors.cbegin(); it != one.anchors.cend(); ++it) {
        INFO("anchor " << it.key().toStdString());
        REQUIRE(parts.anchors.contains(it.key()));
        CHECK(parts.anchors.value(it.key()).page == it.value().page);
        CHECK(std::abs(parts.anchors.value(it.key()).pointsFromTop - it.value().pointsFromTop) < 0.01);
    }
}

} // namespace

TEST_CASE("A long plan laid out in parts gives the pages, contents, bookmarks and links of one document", "[pdf][pages]")
{
    QTemporaryDir dir;
    // 60 goals: some 60 pages, with contents, chapters and tables across them.
    const Plan plan = synthetic(dir, {QStringLiteral("60"), QStringLiteral("3"), QStringLiteral("30")});
    compareWithOneDocument(plan, QStringLiteral("standard"), 8);
    // At a printer's resolution (the editor's Print and Print preview) too.
    compareWithOneDocument(plan, QStringLiteral("standard"), 8, 1200);
}

TEST_CASE("A long follow-up report laid out in parts gives the pages of one document", "[report][pdf][pages]")
{
    QTemporaryDir dir;
    // 30 goals and three periods: 31 pages, a table or two on each, and
    // headings and charts PageBreaks moves to the next page on half of them.
    const Plan whole = synthetic(dir, {QStringLiteral("30"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("--followup")});
    compareWithOneDocument(planAsOf(whole, reportPeriodOf(whole)), QStringLiteral("rapport"), 6);
}
