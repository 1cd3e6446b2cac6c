// A long PDF is painted on two threads, each into a PDF of its own, which
// libqpdf joins (PrintLayout::paintInTwo): the reader gets the document
// painted on one thread, page for page.
#define POINTERHOLDER_TRANSITION 4

#include "paintedpdf.h"
#include "testsupport.h"

#include "io/planjson.h"

#include <QProcess>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <memory>

using namespace planverk;
using namespace planverk::test;

namespace {

QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr);

// A synthetic plan of 60 goals: some 60 pages, chapters and tables across them.
Plan longPlan(const QTemporaryDir &dir)
{
    const QString json = dir.filePath(QStringLiteral("long.json"));
    tool(binPath(QStringLiteral("planverk-make-synthetic")), {json, QStringLiteral("60"), QStringLiteral("3"), QStringLiteral("30")});
    return readPlanJsonFile(json);
}

QString tool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Each bookmark's title and the page it leads to.
QStringList bookmarksOf(const QString &path)
{
    QPDF pdf;
    pdf.processFile(path.toLocal8Bit().constData());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    QStringList out;
    std::function<void(std::vector<QPDFOutlineObjectHelper>)> walk = [&](std::vector<QPDFOutlineObjectHelper> items) {
        for (QPDFOutlineObjectHelper &item : items) {
            QPDFObjectHandle dest = item.getDest();
            int page = -1;
            for (size_t i = 0; i < pages.size() && dest.isArray(); ++i)
                if (pages[i].getObjectHandle().getObjGen() == dest.getArrayItem(0).getObjGen())
                    page = int(i);
            out << QString::fromStdString(item.getTitle()) + QStringLiteral(" → %1").arg(page);
            walk(item.getKids());
        }
    };
    QPDFOutlineDocumentHelper outlines(pdf);
    walk(outlines.getTopLevelOutlines());
    return out;
}

} // namespace

TEST_CASE("A long PDF painted on two threads is the PDF painted on one: the same pages, text, bookmarks and links", "[pdf]")
{
    QTemporaryDir dir;
    const Plan plan = longPlan(dir);
    const PaintedPdf one = paintPdf(plan, QStringLiteral("standard"), false);
    const PaintedPdf two = paintPdf(plan, QStringLiteral("standard"), true);
    REQUIRE(one.pages > 30);
    CHECK(two.pages == one.pages);
    // The second thread painted the pages from one near the middle on.
    CHECK(two.secondFrom > one.pages / 4);
    CHECK(two.secondFrom < one.pages);
    CHECK(one.secondFrom == one.pages);

    const QString onePath = dir.filePath(QStringLiteral("one.pdf"));
    const QString twoPath = dir.filePath(QStringLiteral("two.pdf"));
    writeAll(onePath, one.pdf);
    writeAll(twoPath, two.pdf);
    int exitCode = -1;
    const QString check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), twoPath}, &exitCode);
    INFO(check.toStdString());
    CHECK(exitCode == 0);
    CHECK(tool(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), twoPath}).trimmed() == QString::number(one.pages));
    // Page for page the same text, the page furniture's numbers included.
    const QStringList oneText = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), onePath, QStringLiteral("-")}).split(QLatin1Char('\f'));
    const QStringList twoText = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), twoPath, QStringLiteral("-")}).split(QLatin1Char('\f'));
    REQUIRE(twoText.size() == oneText.size());
    for (qsizetype i = 0; i < oneText.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(twoText[i] == oneText[i]);
    }
    CHECK(twoText[two.secondFrom].contains(QString::number(two.secondFrom + 1)));
    // Bookmarks and the links inside the document lead to the same pages.
    const QStringList bookmarks = bookmarksOf(onePath);
    CHECK(bookmarks.size() > 10);
    CHECK(bookmarksOf(twoPath) == bookmarks);
    const QString oneLinks = tool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=pages"), onePath});
    const QString twoLinks = tool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=pages"), twoPath});
    CHECK(oneLinks.count(QStringLiteral("\"/Link\"")) == twoLinks.count(QStringLiteral("\"/Link\"")));
}
