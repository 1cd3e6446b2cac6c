// Follow-up through planverk-cli (issue 14): import-values and report, on the
// fictional demo plan (data/demo-oppfolging-2024-2027.json).
#include "testsupport.h"

#include "io/planjson.h"
#include "io/valuescsv.h"
#include "model/planerror.h"
#include "render/chartobject.h"
#include "render/followupview.h"
#include "render/indicatorchart.h"
#include "store/planstore.h"

#include <QProcess>

using namespace planverk;
using namespace planverk::test;

namespace {

const QString kDemo = QStringLiteral("data/demo-oppfolging-2024-2027.json");

// The demo plan as a .planverk file in `dir`.
QString demoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.planverk"));
    const Run r = cli({QStringLiteral("import"), sourcePath(kDemo), path});
    REQUIRE(r.exitCode == 0);
    return path;
}

double valueOf(const Followup &f, const QString &indicator, const QString &period)
{
    QUuid pid;
    for (const ReportingPeriod &x : f.periods)
        if (x.name == period)
            pid = x.id;
    for (const Indicator &i : f.indicators)
        if (i.name == indicator)
            for (const IndicatorValue &v : i.values)
                if (v.period == pid)
                    return v.value;
    return -1;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("import-values reads a spreadsheet's CSV into the plan, all or nothing", "[followup][cli][csv]")
{
    QTemporaryDir dir;
    const QString plan = demoFile(dir);
    const QString csv = dir.filePath(QStringLiteral("verdier.csv"));

    SECTION("semicolons, decimal commas, a BOM and quotes")
    {
        writeAll(csv, QByteArray("\xEF\xBB\xBF") + "indikator;periode;verdi;merknad;kilde\r\n"
                      "Antall EU-prosjekter med deltakere fra fylket;2026;14;\"Endelig tall; revidert\";Prosjektoversikten\r\n"
                      "Klimagassutslipp fra tjenestereiser til utlandet;2026;\"1 318,75\";;\r\n");
        // Norwegian headers are not the documented ones: refused at line 1, column 1.
        Run r = cli({QStringLiteral("import-values"), plan, csv});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(csv + QStringLiteral(":1:1: unknown column \"indikator\"")));
        writeAll(csv, QByteArray("\xEF\xBB\xBF") + "indicator;period;value;note;source\r\n"
                      "Antall EU-prosjekter med deltakere fra fylket;2026;14;\"Endelig tall; revidert\";Prosjektoversikten\r\n"
                      "Klimagassutslipp fra tjenestereiser til utlandet;2026;\"1 318,75\";;\r\n");
        r = cli({QStringLiteral("import-values"), plan, csv});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("0 values added, 2 replaced")));
        const Plan p = PlanStore::open(plan, PlanStore::Mode::ReadOnly)->load();
        CHECK(valueOf(p.followup, QStringLiteral("Antall EU-prosjekter med deltakere fra fylket"), QStringLiteral("2026")) == 14);
        CHECK(valueOf(p.followup, QStringLiteral("Klimagassutslipp fra tjenestereiser til utlandet"), QStringLiteral("2026")) == 1318.75);
    }
    SECTION("a bad row names the file, the line and the column, and nothing is written")
    {
        const QByteArray before = readAll(plan);
        writeAll(csv, "indicator,period,value\n"
                      "Antall EU-prosjekter med deltakere fra fylket,2026,15\n"
                      "Antall EU-prosjekter med deltakere fra fylket,2031,3\n");
        Run r = cli({QStringLiteral("import-values"), plan, csv});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(csv + QStringLiteral(":3:47: the plan has no reporting period \"2031\"")));
        writeAll(csv, "indicator,period,value\nAntall EU-prosjekter med deltakere fra fylket,2026,mange\n");
        r = cli({QStringLiteral("import-values"), plan, csv});
        CHECK(r.err.contains(csv + QStringLiteral(":2:52: \"mange\" is not a number")));
        writeAll(csv, "indicator,period,value\nAntall EU-prosjekter med deltakere fra fylket,2025,15\n");
        r = cli({QStringLiteral("import-values"), plan, csv});
        CHECK(r.err.contains(csv + QStringLiteral(":2:47: the period 2025 is closed; reopen it to change its indicator values")));
        writeAll(csv, "indicator,period,value\nUkjent indikator,2026,15\n");
        r = cli({QStringLiteral("import-values"), plan, csv});
        CHECK(r.err.contains(csv + QStringLiteral(":2:1: the plan has no indicator \"Ukjent indikator\"")));
        CHECK(readAll(plan) == before);
    }
}

TEST_CASE("The CSV reader takes what spreadsheets write", "[followup][csv]")
{
    const Plan plan = readPlanJsonFile(sourcePath(kDemo));
    const QString name = QStringLiteral("Antall EU-prosjekter med deltakere fra fylket");
    auto read = [&](const QByteArray &csv) { return importValuesCsv(csv, QStringLiteral("v.csv"), plan); };
    CHECK(read("value,indicator,period\n\"14,5\"," + name.toUtf8() + ",2026\n").replaced == 1);
    CHECK(valueOf(read("indicator;period;value\n" + name.toUtf8() + ";2026;-2,25\n").followup, name, QStringLiteral("2026")) == -2.25);
    CHECK_THROWS_WITH(read("indicator,period,value\n\"" + name.toUtf8() + ",2026,1\n"), Catch::Contains("v.csv:2:1: the quote that opens this field is never closed"));
    CHECK_THROWS_WITH(read("indicator,period,value\n" + name.toUtf8() + ",2026,1\n" + name.toUtf8() + ",2026,2\n"),
                      Catch::Contains("v.csv:3:1: the indicator has a value for 2026 already on line 2"));
    CHECK_THROWS_WITH(read("indicator,period\n"), Catch::Contains("v.csv:1:1: the header has no column \"value\""));
    CHECK_THROWS_WITH(read("indicator,period,value\nx\xff,2026,1\n"), Catch::Contains("v.csv:2: is not UTF-8 text"));
}

TEST_CASE("report writes the follow-up report of the latest period, or of the one named", "[followup][cli][report]")
{
    QTemporaryDir dir;
    const QString plan = demoFile(dir);
    const QString html = dir.filePath(QStringLiteral("rapport.html"));
    Run r = cli({QStringLiteral("report"), plan, QStringLiteral("-o"), html});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString page = QString::fromUtf8(readAll(html)).remove(QChar(0x00AD)); // without the soft hyphens
    CHECK(page.contains(QStringLiteral("<h1>Rapport 2026 – Internasjonal handlingsplan 2024–2027 (demo)</h1>")));
    CHECK(page.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    CHECK(page.contains(QStringLiteral("▲</span>&nbsp;Forsinket")));    // symbol and word
    CHECK(page.contains(QStringLiteral("▲</span>&nbsp;Delvis i rute</b> – 3 av 4 tiltak i rute; 1 forsinket; 0 av 2 indikatorer på mål")));
    CHECK_FALSE(page.contains(QStringLiteral("Partnerskapsavtalen er inngått"))); // 2025's comment

    const QString pdf = dir.filePath(QStringLiteral("rapport-2025.pdf"));
    r = cli({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2025"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Rapport 2025 – Internasjonal handlingsplan 2024–2027 (demo)")));
    CHECK(text.contains(QStringLiteral("Partnerskapsavtalen er inngått")));
    CHECK(text.contains(QStringLiteral("✓ Fullført")));
    CHECK_FALSE(text.contains(QStringLiteral("Foreløpig tall"))); // a 2026 note

    r = cli({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2030"), QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(plan + QStringLiteral(": has no reporting period \"2030\" (it has 2024, 2025, 2026)")));
}

TEST_CASE("A goal with nothing to report says so once, not twice", "[followup][cli][report]")
{
    // The synthetic plan's sub-goals have neither actions nor indicators: the
    // report said "– Ingen rapporter – ingen rapporter" under each.
    QTemporaryDir dir;
    const QString json = makeSynthetic(dir, QStringLiteral("tretti.json"), {QStringLiteral("30"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("--followup")});
    const QString html = dir.filePath(QStringLiteral("rapport.html"));
    const Run r = cli({QStringLiteral("report"), json, QStringLiteral("-o"), html});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString page = QString::fromUtf8(readAll(html)).remove(QChar(0x00AD));
    CHECK(page.contains(QStringLiteral("–</span>&nbsp;Ingen rapporter</b></p>")));
    CHECK_FALSE(page.contains(QStringLiteral("ingen rapporter</p>")));
    CHECK(page.contains(QStringLiteral("tiltak i rute"))); // the goals with actions keep their reason
}

namespace {

QString pdfPageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QChar(0x00AD)).simplified();
}

// The pictures in a PDF, one line each (pdfimages -list, without its two head lines).
QStringList pdfImages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    return lines.mid(2);
}

} // namespace

TEST_CASE("The report's charts are vector graphics in the PDF, their numbers text", "[followup][cli][report][chart]")
{
    QTemporaryDir dir;
    const QString plan = demoFile(dir);
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const Run r = cli({QStringLiteral("report"), plan, QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // No picture at all: the three charts are drawn (300-dpi pictures before).
    CHECK(pdfImages(pdf).isEmpty());
    const QString text = pdfText(pdf).remove(QChar(0x00AD));
    // The chart's own text: the first chart's scale (0, 8,8 and 17,6: a
    // tenth above the highest target, 16), besides the table of its numbers.
    CHECK(text.contains(QStringLiteral("17,6")));
    CHECK(text.contains(QStringLiteral("8,8")));
    CHECK(text.count(QStringLiteral("Tallene i diagrammet")) == 3);
}

TEST_CASE("The report's first page is filled, and a chart stays on the page of its heading", "[followup][cli][report][pages]")
{
    QTemporaryDir dir;
    const QString plan = demoFile(dir);
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const Run r = cli({QStringLiteral("report"), plan, QStringLiteral("-o"), pdf});
    REQUIRE(r.exitCode == 0);
    // The summary and the first goal's indicator with its chart and numbers
    // on page 1 (before, the chart went over and left a quarter page empty).
    const QString first = pdfPageText(pdf, 1);
    CHECK(first.contains(QStringLiteral("Mål etter status")));
    CHECK(first.contains(QStringLiteral("Indikator: Antall EU-prosjekter med deltakere fra fylket")));
    CHECK(first.contains(QStringLiteral("Tallene i diagrammet")));
    // The first page has its footer too (the report has no cover), and the
    // key gives every symbol for what it is the status of (▲ is three things).
    CHECK(first.contains(QStringLiteral("Side 1 av")));
    CHECK(first.contains(QStringLiteral("Tiltak: ○ Ikke startet ● I rute ▲ Forsinket ✓ Fullført ✕ Avlyst")));
    CHECK(first.contains(QStringLiteral("Mål: ● I rute ▲ Delvis i rute ■ Ikke i rute – Ingen rapporter")));
    CHECK(first.contains(QStringLiteral("Indikatorer: ● På mål ▲ Under mål")));
    // On every page, each indicator's heading has its chart and numbers with it.
    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfPageText(pdf, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.count(QStringLiteral("Indikator:")) == text.count(QStringLiteral("Tallene i diagrammet")));
    }
}

namespace {

// The lines of each page of a PDF as pdftotext -layout sets them, trimmed,
// without empty lines and soft hyphens.
QList<QStringList> pdfPageLines(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    QList<QStringList> pages;
    for (const QString &page : QString::fromUtf8(p.readAllStandardOutput()).remove(QChar(0x00AD)).split(QChar('\f'))) {
        QStringList lines;
        for (const QString &line : page.split(QChar('\n')))
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        if (!lines.isEmpty())
            pages << lines;
    }
    return pages;
}

} // namespace

TEST_CASE("The report never leaves a table's caption or a chart's heading alone at the foot of a page", "[followup][cli][report][pages]")
{
    // The synthetic plan with 10 goals and three periods: 17 pages, of which
    // three ended with the caption "Tiltak", their action tables on the next.
    QTemporaryDir dir;
    const QString json = makeSynthetic(dir, QStringLiteral("ti-mål.json"), {QStringLiteral("10"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("--followup")});
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const Run r = cli({QStringLiteral("report"), json, QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QList<QStringList> pages = pdfPageLines(pdf);
    REQUIRE(pages.size() > 10);
    int captions = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList &lines = pages[i];
        REQUIRE(lines.size() >= 3);
        const bool footer = lines.last().contains(QStringLiteral("Side %1 av").arg(i + 1)); // on every page but the first
        CHECK((footer || i == 0));
        captions += int(lines.count(QStringLiteral("Tiltak")));
        // The last line of the text, above the footer.
        const QString last = lines[lines.size() - (footer ? 2 : 1)];
        INFO("page " << i + 1 << " ends with: " << last.toStdString());
        CHECK(last != QStringLiteral("Tiltak"));
        CHECK_FALSE(last.startsWith(QStringLiteral("Indikator:")));
    }
    CHECK(captions >= 10); // every goal's action table has its caption
}

TEST_CASE("Every indicator gets its chart on paper, however many the plan has", "[followup][report][chart]")
{
    Plan plan = readPlanJsonFile(sourcePath(kDemo));
    REQUIRE(!plan.followup.indicators.isEmpty());
    const Indicator model = plan.followup.indicators.first();
    for (int i = 0; i < 20; ++i) { // 23 indicators (12 got charts on paper before)
        Indicator more = model;
        more.id = QUuid::createUuid();
        more.name = QStringLiteral("Indikator %1").arg(i);
        plan.followup.indicators.append(more);
    }
    const nlohmann::json view = followupView(plan, QStringLiteral("nb"), true);
    int charts = 0;
    for (const auto &goal : view["goals"])
        for (const auto &indicator : goal["indicators"]) {
            const QString html = QString::fromStdString(indicator["chartHtml"].get<std::string>());
            CHECK(html.startsWith(QStringLiteral("<img src=\"planchart:nb/t")));
            ++charts;
        }
    CHECK(charts == 23);
}

TEST_CASE("A chart's image name carries its numbers", "[followup][chart]")
{
    IndicatorChart c;
    c.language = QStringLiteral("nn");
    c.targets = {{2024, 10}, {2025, 12.5}};
    c.values = {{2023, 8}, {2024, 1.0 / 3}};
    const QString name = c.imageName();
    CHECK(IndicatorChart::isImageName(name));
    CHECK(IndicatorChart::fromImageName(name) == c);
    CHECK_FALSE(IndicatorChart::fromImageName(QStringLiteral("planchart:nb/t2024=x/v")));
    CHECK_FALSE(IndicatorChart::fromImageName(QStringLiteral("logo.png")));
    // As a picture (DOCX, ODT): drawn, white where nothing is.
    const QImage image = chartImage(name, {240, 100}, 2);
    REQUIRE(image.size() == QSize(480, 200));
    CHECK(image.pixelColor(1, 1) == QColor(Qt::white));
}
