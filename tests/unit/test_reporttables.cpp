// The follow-up report's tables on paper: thin rules under the rows, without
// collapsed borders. Qt 6 works out a collapsed border for every edge of every
// cell against its neighbours' (each a search of the table's cells), each time
// it lays a table out and paints it: with border-collapse the 600-goal report
// spent about a third of its instructions on it (callgrind: 7.89 G -> 5.67 G for
// the 120-goal report, the same pages).
#include "testsupport.h"

#include "io/planjson.h"
#include "render/followupview.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

using namespace planverk;
using namespace planverk::test;

TEST_CASE("The report's tables on paper have their rules without collapsed borders", "[followup][report][pdf]")
{
    const Plan whole = readPlanJsonFile(sourcePath(QStringLiteral("data/demo-oppfolging-2024-2027.json")));
    const Plan plan = planAsOf(whole, reportPeriodOf(whole));
    auto templates = TemplateSet::open(QStringLiteral("rapport"));
    PrintLayout layout(plan, *templates, QString());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(300);
    layout.paint(writer.get());
    REQUIRE(layout.pageCount() >= 1);

    int tables = 0, ruled = 0;
    QList<QTextFrame *> frames; // of every part of the document (layoutparts.h)
    for (QTextDocument *doc : layout.documents())
        frames += doc->rootFrame()->childFrames();
    for (QTextFrame *frame : std::as_const(frames)) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++tables;
        INFO("table " << tables << ": " << table->rows() << " rows, " << table->columns() << " columns");
        CHECK_FALSE(table->format().borderCollapse());
        // The rules are still there, a thin solid line under the data cells,
        // and they meet: no space between the cells of a ruled table.
        int rules = 0;
        for (int r = 0; r < table->rows(); ++r)
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCellFormat f = table->cellAt(r, c).format().toTableCellFormat();
                rules += f.bottomBorderStyle() == QTextFrameFormat::BorderStyle_Solid && f.bottomBorder() > 0;
            }
        if (rules > 0)
            CHECK(table->format().cellSpacing() == 0);
        ruled += rules;
    }
    // The summary's two tables (in the table that sets them side by side), and
    // per goal with indicators or actions an indicator table and an action table.
    CHECK(tables >= 4);
    CHECK(ruled >= 20);
}
