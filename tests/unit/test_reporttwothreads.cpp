// The follow-up report painted on two threads (PrintLayout::paintInTwo): the
// second thread takes a share of the pages, cut between the first and the
// last quarter, and the reader gets the pages painted on one thread.
#include "paintedpdf.h"
#include "testsupport.h"

#include "io/planjson.h"
#include "render/followupview.h"


#include <memory>

using namespace planverk;
using namespace planverk::test;

TEST_CASE("The report's pages are painted on two threads from near the middle, the same pages as on one", "[report][pdf][pages]")
{
    // The synthetic plan with 30 goals and three periods: 31 pages, on half of
    // which PageBreaks moved a heading or a chart to the top. Each of those
    // page breaks counted as lying under the heading, and no other was free:
    // all 31 pages were painted on one thread. (The 600-goal report's cut
    // fell at page 148 of 417, the second thread painting twice as long.)
    QTemporaryDir dir;
    const QString json = makeSynthetic(dir, QStringLiteral("tretti-mål.json"), {QStringLiteral("30"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("--followup")});
    const Plan whole = readPlanJsonFile(json);
    const Plan plan = planAsOf(whole, reportPeriodOf(whole));
    const PaintedPdf one = paintPdf(plan, QStringLiteral("rapport"), false);
    const PaintedPdf two = paintPdf(plan, QStringLiteral("rapport"), true);
    REQUIRE(one.pages >= 20);
    REQUIRE(two.pages == one.pages);
    INFO("the second thread paints from page " << two.secondFrom + 1 << " of " << two.pages);
    CHECK(two.secondFrom < two.pages);
    CHECK(two.secondFrom >= two.pages / 4);
    CHECK(two.secondFrom <= two.pages * 3 / 4);

    const QString onePath = dir.filePath(QStringLiteral("one.pdf"));
    const QString twoPath = dir.filePath(QStringLiteral("two.pdf"));
    writeAll(onePath, one.pdf);
    writeAll(twoPath, two.pdf);
    const QStringList oneText = pdfPageTexts(onePath);
    const QStringList twoText = pdfPageTexts(twoPath);
    REQUIRE(twoText.size() == oneText.size());
    for (qsizetype i = 0; i < oneText.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(twoText[i] == oneText[i]);
    }
}
