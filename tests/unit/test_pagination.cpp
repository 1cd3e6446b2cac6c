// Pages as a reader sees them: the PDF read back page by page with poppler's
// pdftotext, beside what PrintLayout says about its own pages.
#include "testsupport.h"

#include "io/planjson.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <map>

using namespace planverk;
using namespace planverk::test;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A plan laid out and painted into a PDF, with what the layout says about it.
struct Printed {
    QString pdf;
    QStringList pages; // pdftotext -layout of each page
    QList<PrintLayout::HeadingMark> headings;
    QHash<QString, PrintLayout::PagePosition> anchors;
    int blocksOnTwoPages = 0; // paragraphs of the main flow that go on over a page break
    QStringList badBreaks;    // those of them that leave one line behind or ahead
    int tableRows = 0;        // rows of tables in the main flow
    QStringList splitRows;    // those of them whose text is on two pages
};

Printed print(const Plan &plan, const QTemporaryDir &dir, const QString &name, const QString &templateName = QStringLiteral("standard"))
{
    Printed out;
    out.pdf = dir.filePath(name + QStringLiteral(".pdf"));
    auto templates = TemplateSet::open(templateName);
    {
        QPdfWriter writer(out.pdf);
        writer.setResolution(300);
        PrintLayout layout(plan, *templates, {});
        layout.paint(&writer);
        out.headings = layout.headings();
        out.anchors = layout.anchorPositions();
        // Widows and orphans: a paragraph of the main flow that runs over a
        // page break keeps at least two lines on either side of it.
        // Every part of the document (a long one is laid out in several, layoutparts.h).
        for (QTextDocument *doc : layout.documents()) {
            const double pageHeight = doc->pageSize().height();
            for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
                if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                    // Table rows: on one page each (none of these is taller than a page).
                    for (int r = 0; r < table->rows(); ++r) {
                        std::map<int, int> linesOnPage;
                        for (int c = 0; c < table->columns(); ++c) {
                            const QTextTableCell cell = table->cellAt(r, c);
                            for (QTextFrame::iterator in = cell.begin(); !in.atEnd(); ++in) {
                                const QTextBlock b = in.currentBlock();
                                if (!b.isValid() || !b.layout())
                                    continue;
                                const double top = doc->documentLayout()->blockBoundingRect(b).top();
                                for (int i = 0; i < b.layout()->lineCount(); ++i)
                                    ++linesOnPage[int((top + b.layout()->lineAt(i).y() + 1) / pageHeight)];
                            }
                        }
                        ++out.tableRows;
                        if (linesOnPage.size() > 1)
                            out.splitRows << table->cellAt(r, 0).firstCursorPosition().block().text().left(40);
                    }
                    continue;
                }
                const QTextBlock b = it.currentBlock();
                if (!b.isValid() || !b.layout() || b.layout()->lineCount() < 2)
                    continue;
                const double top = doc->documentLayout()->blockBoundingRect(b).top();
                std::map<int, int> linesOnPage;
                for (int i = 0; i < b.layout()->lineCount(); ++i)
                    ++linesOnPage[int((top + b.layout()->lineAt(i).y() + 1) / pageHeight)];
                if (linesOnPage.size() < 2)
                    continue;
                ++out.blocksOnTwoPages;
                if (linesOnPage.begin()->second < 2 || linesOnPage.rbegin()->second < 2)
                    out.badBreaks << b.text().left(60);
            }
        }
    }
    out.pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out.pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!out.pages.isEmpty() && out.pages.last().trimmed().isEmpty())
        out.pages.removeLast();
    return out;
}

// The synthetic 600-goal plan of the benchmarks (595 pages), printed once for all the tests here.
const Printed &synthetic()
{
    static QTemporaryDir dir;
    static const Printed printed = [] {
        const QString json = dir.filePath(QStringLiteral("big.json"));
        run(binPath(QStringLiteral("planverk-make-synthetic")), {json});
        return print(readPlanJsonFile(json), dir, QStringLiteral("big"));
    }();
    return printed;
}

Plan sample(const char *name) { return readPlanJsonFile(sourcePath(QStringLiteral("data/%1.json").arg(QLatin1String(name)))); }

// The lines of a page's text, trimmed, empty ones left out.
QStringList linesOf(const QString &page)
{
    QStringList lines;
    for (const QString &l : page.split(QLatin1Char('\n'))) {
        const QString t = l.simplified();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

// Whether `line` is a whole line of `lines`, or two lines one after the
// other (a long heading wraps).
bool hasLine(const QStringList &lines, const QString &line)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] == line)
            return true;
        if (i + 1 < lines.size() && line.startsWith(lines[i] + QLatin1Char(' ')) && lines[i] + QLatin1Char(' ') + lines[i + 1] == line)
            return true;
    }
    return false;
}

// Pages (1 is the first) where `line` is a whole line of the text.
QList<int> pagesWithLine(const Printed &p, const QString &line)
{
    QList<int> found;
    for (int i = 0; i < p.pages.size(); ++i)
        if (hasLine(linesOf(p.pages[i]), line))
            found << i + 1;
    return found;
}

struct ContentsRow {
    QString heading; // "10 Tematiske prioriteringer"
    int page;
};

// The rows of the contents (the pages after the cover and its back up to the first chapter).
QList<ContentsRow> contentsRows(const Printed &p)
{
    QList<ContentsRow> rows;
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)*)\\s+(\\S.*?)\\s{2,}(\\d+)\\s*$"));
    for (int i = 1; i < p.pages.size(); ++i) {
        bool any = false;
        for (const QString &l : p.pages[i].split(QLatin1Char('\n'))) {
            const auto m = row.match(l);
            if (m.hasMatch()) {
                rows.append({m.captured(1) + ' ' + m.captured(2).simplified(), m.captured(3).toInt()});
                any = true;
            }
        }
        if ((!any && !rows.isEmpty()) || i > 20) // the back of the cover comes before them
            break;
    }
    return rows;
}

} // namespace

// The synthetic plan is printed once for all of these (a process of its own per
// test case would print it five times: minutes under the sanitizers).
TEST_CASE("The synthetic plan's pages: contents, headings, hidden text, page ends, table rows", "[pagination][pdf][scale]")
{
    SECTION("The synthetic plan is set as a council document, not spread over 771 pages")
    {
        // 600 goals with 3 000 sub-goals, 700 memberships and 200 actions:
        // Open Sans 11 pt at the font's own line spacing, with a blank line
        // below each membership's goals, took 771 pages (3.2 s to print).
        // At 10.5 pt on 90 % of that spacing, goal headings on their facts
        // and a theme's index of goals as small as the tables: some 600.
        const Printed &p = synthetic();
        INFO("pages: " << p.pages.size());
        CHECK(p.pages.size() < 640);
    }

    SECTION("Every contents row of the synthetic plan gives the page its heading is on")
    {
        const Printed &p = synthetic();
        REQUIRE(p.pages.size() > 400);
        const QList<ContentsRow> rows = contentsRows(p);
        REQUIRE(rows.size() >= 14);
        for (const ContentsRow &r : rows) {
            INFO(r.heading << " is given page " << r.page);
            // The contents give it with its page number, so not as a whole line:
            // the heading's own line is on the page the row gives (and on no
            // later one: a copy clipped away at the foot of the page before
            // would still be text in the PDF, and is tested below).
            const QList<int> at = pagesWithLine(p, r.heading);
            REQUIRE(at.size() >= 1);
            CHECK(at.last() == r.page);
        }
    }

    SECTION("The layout's headings and anchors lie on the pages where the PDF has them")
    {
        const Printed &p = synthetic();
        REQUIRE(p.headings.size() > 3000);
        int checked = 0;
        for (const PrintLayout::HeadingMark &h : p.headings) {
            if (h.level < 2 || h.title.isEmpty())
                continue;
            INFO(h.title << " said to be on page " << h.at.page + 1);
            REQUIRE(h.at.page < p.pages.size());
            CHECK(linesOf(p.pages[h.at.page]).join(QLatin1Char(' ')).contains(h.title)); // a long heading takes two lines
            CHECK(h.at.pointsFromTop > 30);
            CHECK(h.at.pointsFromTop < 800);
            ++checked;
        }
        CHECK(checked > 3000);
        // The contents rows link to these anchors; each is on the page its row gives.
        int chapter10 = 0;
        for (const ContentsRow &r : contentsRows(p))
            if (r.heading.startsWith(QStringLiteral("10 ")))
                chapter10 = r.page;
        CHECK(chapter10 > 400);
        CHECK(p.anchors.value(QStringLiteral("chapter-10")).page + 1 == chapter10);
    }

    SECTION("No page carries hidden text of another page")
    {
        const Printed &p = synthetic();
        CHECK_FALSE(p.pages.value(0).contains(QStringLiteral("Innhold")));
        int checked = 0;
        for (const PrintLayout::HeadingMark &h : p.headings) {
            if (h.level != 2 && h.level != 3)
                continue;
            INFO(h.title);
            // Each heading is a line of its own page and of no other (the contents give it with a page number).
            CHECK(pagesWithLine(p, h.title) == QList<int>{h.at.page + 1});
            ++checked;
        }
        CHECK(checked > 600);

        QTemporaryDir dir;
        const Printed innlandet = print(sample("innlandet-internasjonal-2021-2024"), dir, QStringLiteral("innlandet"));
        CHECK_FALSE(innlandet.pages.value(0).contains(QStringLiteral("Innhold")));
        for (const PrintLayout::HeadingMark &h : innlandet.headings) {
            // Its first line (a long goal takes two) on its own page and on no
            // other (the contents give a page number after it).
            QList<int> at;
            for (int i = 0; i < innlandet.pages.size(); ++i)
                for (const QString &line : linesOf(innlandet.pages[i]))
                    if ((line == h.title || (line.size() > 20 && h.title.startsWith(line))) && !at.contains(i + 1))
                        at << i + 1;
            INFO(h.title);
            if (h.level == 2 || h.level == 3)
                CHECK(at == QList<int>{h.at.page + 1});
        }
    }

    SECTION("No page ends with a heading, and no paragraph leaves one line behind")
    {
        const Printed &p = synthetic();
        int endingWithHeading = 0;
        for (const PrintLayout::HeadingMark &h : p.headings) {
            const QStringList lines = linesOf(p.pages.value(h.at.page));
            // The last line is the footer's; the one before it the last of the text.
            if (h.at.page > 0 && lines.size() >= 2 && lines[lines.size() - 2] == h.title) {
                ++endingWithHeading;
                UNSCOPED_INFO("page " << h.at.page + 1 << " ends with " << h.title);
            }
        }
        CHECK(endingWithHeading == 0);
    }

    SECTION("Table rows are not split over two pages")
    {
        const Printed &p = synthetic(); // 700 memberships and 200 actions in tables over some 80 pages
        CHECK(p.tableRows > 900);
        INFO(p.splitRows.join(QStringLiteral(" | ")).toStdString());
        CHECK(p.splitRows.isEmpty());

        // The networks table's first row, its header and the chapter heading go
        // over together (they fell at the foot of a page), and the row's first
        // line is in the PDF's text once: not again, clipped away, on the next
        // page above the repeated header.
        QList<int> firstLine, header, heading;
        for (int i = 0; i < p.pages.size(); ++i) {
            const QStringList lines = linesOf(p.pages[i]);
            for (const QString &l : lines) {
                if (l.startsWith(QStringLiteral("Europeisk nettverk nr. 1 for ")) && l.contains(QStringLiteral("M1 Mål 1")))
                    firstLine << i + 1;
                if (l == QStringLiteral("Organisasjon Type Bidrar til") && !header.contains(i + 1))
                    header << i + 1;
            }
            if (hasLine(lines, QStringLiteral("11 Nettverk og medlemskap")))
                heading << i + 1;
        }
        const auto pages = [](const QList<int> &l) {
            QStringList s;
            for (int n : l)
                s << QString::number(n);
            return s.join(QLatin1Char(','));
        };
        INFO("heading on page " << pages(heading) << ", header row on " << pages(header) << ", first row's first line on " << pages(firstLine));
        REQUIRE(heading.size() >= 1);
        CHECK(firstLine.size() == 1);
        CHECK(firstLine.value(0) == heading.last());
        CHECK(header.value(0) == heading.last());
    }
}

TEST_CASE("No paragraph leaves a single line at the foot or the head of a page", "[pagination][pdf]")
{
    // Goals with descriptions of a few lines each: paragraphs run over page breaks at every offset.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("texts.json"));
    run(binPath(QStringLiteral("planverk-make-synthetic")), {json, QStringLiteral("60"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("--text"), QStringLiteral("420")});
    const Printed p = print(readPlanJsonFile(json), dir, QStringLiteral("texts"));
    INFO(p.badBreaks.join(QStringLiteral(" | ")));
    CHECK(p.badBreaks.isEmpty());
    CHECK(p.blocksOnTwoPages > 3); // paragraphs still run over pages: they are not all moved whole
}

TEST_CASE("A plan that is not adopted says so on every page", "[pagination][pdf]")
{
    QTemporaryDir dir;
    Plan plan = sample("akershus-internasjonal-temastrategi-2024-2027"); // a draft
    const struct {
        const char *status;
        const char *language;
        const char *mark;
    } cases[] = {{"draft", "nb", "Utkast"}, {"started", "nb", "Utkast"}, {"consultation", "nb", "Høringsutkast"},
                 {"consultation", "nn", "Høyringsutkast"}, {"consultation", "en", "Consultation draft"}};
    for (const auto &c : cases) {
        plan.info.status = QString::fromLatin1(c.status);
        plan.info.language = QString::fromLatin1(c.language);
        const Printed p = print(plan, dir, QStringLiteral("mark"));
        REQUIRE(p.pages.size() >= 3);
        for (int i = 0; i < p.pages.size(); ++i) {
            INFO(c.status << " (" << c.language << "), page " << i + 1);
            // In the running header, the first line of every page, the cover's too.
            CHECK(linesOf(p.pages[i]).value(0).contains(QString::fromUtf8(c.mark)));
        }
    }
    for (const char *adopted : {"adopted", "archived"}) {
        plan.info.status = QString::fromLatin1(adopted);
        plan.info.language = QStringLiteral("nb");
        const Printed p = print(plan, dir, QStringLiteral("adopted"));
        for (int i = 0; i < p.pages.size(); ++i) {
            INFO(adopted << ", page " << i + 1);
            CHECK_FALSE(p.pages[i].contains(QStringLiteral("Utkast")));
            CHECK_FALSE(p.pages[i].contains(QStringLiteral("Høringsutkast")));
        }
    }
}

TEST_CASE("The running header and the footer come from the template, the built-in ones when it has none", "[pagination][pdf][templates]")
{
    QTemporaryDir dir;
    const Plan plan = sample("innlandet-internasjonal-2021-2024");
    const QString folder = dir.filePath(QStringLiteral("min-mal"));
    QDir().mkpath(folder);
    const QDir standard(sourcePath(QStringLiteral("resources/templates/standard")));
    for (const QString &f : standard.entryList({QStringLiteral("*.mustache")}))
        if (!f.startsWith(QStringLiteral("page-")))
            REQUIRE(QFile::copy(standard.filePath(f), folder + '/' + f));

    // A template folder made before templates had page furniture: the built-in header and footer.
    const Printed old = print(plan, dir, QStringLiteral("old"), folder);
    REQUIRE(old.pages.size() >= 3);
    for (int i = 1; i < old.pages.size(); ++i) {
        INFO("page " << i + 1);
        const QStringList lines = linesOf(old.pages[i]);
        CHECK(lines.first() == QStringLiteral("Innlandet fylkeskommune Internasjonal plan") /* organisation and short title */);
        CHECK(lines.last() == QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024 Side %1 av %2").arg(i + 1).arg(old.pages.size()));
    }

    // Its own footer, with the page number where it wants it, and no header at all.
    writeAll(folder + QStringLiteral("/page-footer.mustache"), "<p align=\"center\">– {{page.number}} –<br>{{plan.organisation}}, {{page.count}} sider</p>\n");
    writeAll(folder + QStringLiteral("/page-header.mustache"), "{{! no header }}\n");
    const Printed own = print(plan, dir, QStringLiteral("own"), folder);
    for (int i = 0; i < own.pages.size(); ++i) {
        INFO("page " << i + 1);
        const QStringList lines = linesOf(own.pages[i]);
        CHECK(QString(lines.value(lines.size() - 2)).remove(QLatin1Char(' ')) == QStringLiteral("–%1–").arg(i + 1)); // pdftotext may drop the spaces
        CHECK(lines.last() == QStringLiteral("Innlandet fylkeskommune, %1 sider").arg(own.pages.size()));
        CHECK_FALSE(own.pages[i].contains(QStringLiteral("Side ")));
    }
    // The text begins higher up without a header: the headings say where they are.
    CHECK(own.headings.value(1).at.pointsFromTop < old.headings.value(1).at.pointsFromTop - 10);
}

TEST_CASE("A heading before a page break the template asks for stays where it is", "[pagination][pdf]")
{
    // Hedmark–Oppland: theme 6.5 has no text, and the action plan after it begins a new page.
    QTemporaryDir dir;
    const Printed p = print(sample("hedmark-oppland-samarbeid"), dir, QStringLiteral("ho"));
    QHash<QString, int> pageOf;
    for (const PrintLayout::HeadingMark &h : p.headings)
        pageOf.insert(h.title, h.at.page);
    CHECK(pageOf.value(QStringLiteral("6.5 Forskning og utvikling"), -1) == pageOf.value(QStringLiteral("6.4 Innovasjon"), -2));
    CHECK(pageOf.value(QStringLiteral("7 Handlingsplan"), -1) == pageOf.value(QStringLiteral("6.5 Forskning og utvikling"), -2) + 1);
}

TEST_CASE("No page of a sample is empty: a page break after the contents and one before the goals are one", "[pagination][pdf]")
{
    // The demo plan has no text chapters: its contents (which end a page)
    // were followed by the goals chapter (which starts one), and Qt made two
    // page breaks of them, page 4 of 6 holding the running header and the footer alone.
    QTemporaryDir dir;
    for (const char *name : {"demo-oppfolging-2024-2027", "akershus-internasjonal-temastrategi-2024-2027", "hedmark-oppland-samarbeid"}) {
        const Printed p = print(sample(name), dir, QString::fromLatin1(name));
        REQUIRE(p.pages.size() >= 3);
        for (int i = 0; i < p.pages.size(); ++i) {
            INFO(name << ", page " << i + 1 << " of " << p.pages.size() << ":\n" << p.pages[i].toStdString());
            CHECK(linesOf(p.pages[i]).size() > 2); // more than the header and the footer
        }
    }
    const Printed demo = print(sample("demo-oppfolging-2024-2027"), dir, QStringLiteral("demo"));
    CHECK(pagesWithLine(demo, QStringLiteral("1 Mål")) == QList<int>{4}); // right after the contents, page 3
}

TEST_CASE("Columns fit their words: action numbers, amounts and e-mail addresses are never cut in two", "[pagination][pdf]")
{
    // The action plan's number column was 6 % wide: "T100" came out as "T10"
    // over "0", and "990 000 kr" as "990 000 k" over "r"; the contacts'
    // e-mail column took what four fixed columns left: "kontakt1@example.or" over "g".
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("seksti.json"));
    run(binPath(QStringLiteral("planverk-make-synthetic")), {json, QStringLiteral("60"), QStringLiteral("3"), QStringLiteral("30")});
    const Plan plan = readPlanJsonFile(json);
    const Printed p = print(plan, dir, QStringLiteral("seksti"));
    const QString text = p.pages.join(QLatin1Char('\n'));
    REQUIRE(plan.actions.size() >= 150);
    for (qsizetype i = 0; i < plan.actions.size(); ++i) {
        const QString number = QStringLiteral("T%1").arg(i + 1);
        INFO(number.toStdString());
        // The row's first line begins with the whole number.
        CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\n) *%1 ").arg(number))));
    }
    int budgets = 0, emails = 0;
    for (const Action &a : plan.actions) {
        if (!a.budget || *a.budget < 1000000)
            continue;
        ++budgets;
        // "1 000 000 kr", with the spaces Norwegian numbers have
        const QString amount = QLocale(QLocale::NorwegianBokmal).toString(*a.budget).replace(QChar(0x00A0), QLatin1Char(' '));
        INFO(amount.toStdString());
        CHECK(text.contains(QRegularExpression(QRegularExpression::escape(amount) + QStringLiteral("\\s?kr"))));
    }
    for (const Contact &c : plan.contacts) {
        if (c.email.isEmpty())
            continue;
        ++emails;
        INFO(c.email.toStdString());
        CHECK(text.contains(c.email));
    }
    CHECK(budgets >= 10);
    CHECK(emails >= 10);
}

TEST_CASE("The pages are the same at the printer's resolution as in the PDF", "[pagination][pdf]")
{
    // Print and Print preview paint the same layout on a 1200 dpi printer.
    for (const char *name : {"innlandet-internasjonal-2021-2024", "hedmark-oppland-samarbeid"}) {
        const Plan plan = sample(name);
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        QList<QList<PrintLayout::HeadingMark>> headings;
        QList<int> pages;
        for (int dpi : {300, 1200}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(dpi);
            PrintLayout layout(plan, *templates, {});
            layout.paint(&writer);
            pages << layout.pageCount();
            headings << layout.headings();
        }
        INFO(name);
        CHECK(pages[0] == pages[1]);
        REQUIRE(headings[0].size() == headings[1].size());
        for (int i = 0; i < headings[0].size(); ++i) {
            INFO(headings[0][i].title);
            CHECK(headings[0][i].at.page == headings[1][i].at.page); // (Qt's line heights differ by a few points over a page)
        }
    }
}
