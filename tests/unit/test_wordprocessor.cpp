// DOCX and ODT as a word processor sees them: read back with python-docx and
// odfpy (Debian's python3-docx, python3-odf), and opened by LibreOffice
// headless, whose PDF is read with qpdf and pdftotext. And county Word
// templates filled with a plan, good and bad.
#include "testsupport.h"

#include "io/planfile.h"
#include "io/ziparchive.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextBlock>
#include <QTextDocument>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace planverk;
using namespace planverk::test;
using nlohmann::json;

namespace {

QString run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(timeoutMs));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

json inspect(const QString &file)
{
    const QString out = run(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/tools/inspect_office.py")), file});
    return json::parse(out.toStdString());
}

QString s(const json &j) { return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString(); }

void makeCountyTemplate(const QString &path, const QStringList &options = {})
{
    run(QStringLiteral("/usr/bin/python3"), QStringList{sourcePath(QStringLiteral("tests/tools/make_county_template.py")), path} + options);
}

// The chapters of the PDF (its h2 headings), in order.
QStringList pdfChapters(const Plan &plan)
{
    auto templates = TemplateSet::open(QStringLiteral("standard"));
    PrintLayout layout(plan, *templates, {});
    QTextDocument *doc = layout.document();
    QStringList chapters;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2 && b.text().remove(QChar(0x00AD)).simplified() != QLatin1String("Innhold"))
            chapters << b.text().remove(QChar(0x00AD)).simplified(); // as printed: the soft hyphens are not text
    return chapters;
}

QStringList headingsOf(const json &docx, const char *style)
{
    QStringList out;
    for (const auto &p : docx["paragraphs"])
        if (s(p[0]) == QLatin1String(style))
            out << s(p[1]);
    return out;
}

QStringList outlineTitles(const QString &pdf)
{
    const json j = json::parse(run(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf}).toStdString());
    QStringList titles;
    std::function<void(const json &)> walk = [&](const json &list) {
        for (const auto &o : list) {
            titles << s(o["title"]).simplified();
            walk(o["kids"]);
        }
    };
    walk(j["outlines"]);
    return titles;
}

QString pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .simplified();
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

} // namespace

TEST_CASE("A DOCX has real styles, language, properties, repeated table headers and page fields", "[docx]")
{
    QTemporaryDir dir;
    const QString planPath = sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json"));
    const QString docx = dir.filePath(QStringLiteral("innlandet.docx"));
    const Run r = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), docx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const json d = inspect(docx);

    const Plan plan = readPlanFile(planPath);
    const QStringList chapters = pdfChapters(plan);
    REQUIRE(chapters.size() >= 8);
    CHECK(headingsOf(d, "Heading 1") == chapters); // the same chapters as the PDF, in Heading 1
    CHECK(QStringList{headingsOf(d, "Title").value(0).remove(QChar(0x2060))} == QStringList{plan.info.title}); // the period joined (a word joiner), so it never breaks
    CHECK_FALSE(headingsOf(d, "Heading 2").isEmpty());
    CHECK(d["outline Heading 1"] == 0);
    CHECK(d["outline Heading 2"] == 1);
    CHECK(s(d["language"]) == QLatin1String("nb-NO"));
    CHECK(s(d["properties"]["title"]) == plan.info.title);
    CHECK(s(d["properties"]["author"]) == plan.info.author);
    CHECK(s(d["properties"]["subject"]).contains(QStringLiteral("2021–2024")));
    CHECK(s(d["properties"]["keywords"]).contains(plan.info.organisation));
    CHECK(d["pageWidthMm"] == 210);

    // The action plan: its header row repeats, and its columns fit their text.
    bool actionTable = false;
    for (const auto &t : d["tables"]) {
        if (t["header"].size() < 2 || s(t["header"][1]) != QLatin1String("Tiltak"))
            continue;
        actionTable = true;
        CHECK(t["headerRepeats"] == true);
        const auto &w = t["widths"];
        int sum = 0;
        for (const auto &x : w) {
            CHECK(x.get<int>() > 400);
            sum += x.get<int>();
        }
        CHECK(sum >= 9000);               // the text width, not 100 pt
        CHECK(w[0].get<int>() < w[1].get<int>() / 2); // "#" is narrow, the action wide
    }
    CHECK(actionTable);

    // Footer "Side N av M" as fields; a contents field; links go to bookmarks that exist.
    CHECK(d["footer"] == json::array({"PAGE", "NUMPAGES"}));
    CHECK(s(d["footerText"]).contains(QStringLiteral("Side 1 av 1")));
    CHECK(s(d["footerText"]).startsWith(plan.info.title));
    REQUIRE_FALSE(d["fields"].empty());
    CHECK(s(d["fields"][0]).startsWith(QStringLiteral("TOC ")));
    QStringList bookmarks;
    for (const auto &b : d["bookmarks"])
        bookmarks << s(b);
    REQUIRE(d["links"].size() >= size_t(chapters.size()));
    for (const auto &l : d["links"])
        CHECK(bookmarks.contains(s(l)));

    // The plan's language: Nynorsk and English on the styles.
    const QString nn = dir.filePath(QStringLiteral("nn.docx"));
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), nn, QStringLiteral("--lang"), QStringLiteral("en")}).exitCode == 0);
    const json en = inspect(nn);
    CHECK(s(en["language"]) == QLatin1String("en-GB"));
    CHECK(s(en["footerText"]).contains(QStringLiteral("Page 1 of 1")));
}

// Issue 12: Qt's ODT had bold body paragraphs for headings, no language, no
// properties, no repeated header rows and no footer.
TEST_CASE("An ODT has headings with outline levels, language, properties, repeated table headers and page fields", "[docx][odt]")
{
    QTemporaryDir dir;
    const QString planPath = sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json"));
    const QString odt = dir.filePath(QStringLiteral("innlandet.odt"));
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), odt}).exitCode == 0);
    const json d = inspect(odt);
    const Plan plan = readPlanFile(planPath);
    QStringList level1;
    for (const auto &h : d["headings"])
        if (s(h[1]) == QLatin1String("1"))
            level1 << s(h[2]);
    CHECK(level1 == pdfChapters(plan));
    CHECK(s(d["outline Heading_20_1"]) == QLatin1String("1"));
    CHECK(s(d["outline Heading_20_2"]) == QLatin1String("2"));
    CHECK(s(d["language"]) == QLatin1String("nb-NO"));
    CHECK(s(d["properties"]["title"]) == plan.info.title);
    CHECK(s(d["properties"]["author"]) == plan.info.author);
    CHECK(s(d["properties"]["subject"]).contains(QStringLiteral("2021–2024")));
    CHECK(s(d["properties"]["keywords"]).contains(plan.info.organisation));
    bool repeated = false;
    for (const auto &t : d["tables"])
        repeated = repeated || t["headerRepeats"] == true;
    CHECK(repeated);
    CHECK(d["footer"] == json::array({"PAGE", "NUMPAGES"}));
    CHECK(s(d["footerText"]).contains(QStringLiteral("Side 1 av 1")));
    CHECK(d["contents"] == 1);
    CHECK(d["bookmarks"].size() >= size_t(level1.size()));
}

TEST_CASE("A county Word template keeps its look and gets the plan: placeholders, also split over runs, and the chapters", "[docx][template]")
{
    QTemporaryDir dir;
    const QString planPath = sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json"));
    const Plan plan = readPlanFile(planPath);
    for (const QString &name : {QStringLiteral("fylke.docx"), QStringLiteral("fylke.dotx")}) {
        INFO(name.toStdString());
        const QString tpl = dir.filePath(name);
        makeCountyTemplate(tpl, name.endsWith(QLatin1String("dotx")) ? QStringList{QStringLiteral("--dotx")} : QStringList{});
        const QByteArray before = readAll(tpl);
        const QString out = dir.filePath(QStringLiteral("plan-") + QFileInfo(name).completeBaseName() + QStringLiteral(".docx"));
        const Run r = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), out, QStringLiteral("--template"), tpl});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.trimmed() == tpl + QStringLiteral(": warning: unknown placeholder [Ukjent felt] left as it is"));
        CHECK(readAll(tpl) == before);
        const json d = inspect(out); // python-docx refuses a template's content type: a .dotx made a .docx
        QStringList texts;
        for (const auto &p : d["paragraphs"])
            texts << s(p[1]);
        CHECK(texts.first() == QStringLiteral("Internasjonal plan")); // [STIKK|TIT|TEL], three runs: the short title
        CHECK(texts.contains(plan.info.title));
        CHECK(texts.contains(QStringLiteral("Dato vedtatt: 17. februar 2021")));
        CHECK(texts.contains(QStringLiteral("Saksnummer: 7/21")));
        CHECK(texts.contains(QStringLiteral("Vedtatt av: Fylkestinget")));
        CHECK(texts.contains(QStringLiteral("Fotograf: Planverk (tegning)")));
        CHECK(texts.contains(QStringLiteral("Kontor: [Ukjent felt]"))); // unknown: left visible
        CHECK_FALSE(texts.contains(QStringLiteral("[Planinnhold]")));
        CHECK(texts.last() == QStringLiteral("Fylkeskommunens sluttord.")); // the template's text after the chapters stays
        CHECK(headingsOf(d, "Heading 1") == pdfChapters(plan));          // in the template's own Heading 1
        CHECK(s(d["header"]).contains(plan.info.title));
        CHECK(s(d["footerText"]).startsWith(plan.info.organisation));
        CHECK(s(d["properties"]["title"]) == plan.info.title);
        bool grid = false;
        for (const auto &t : d["tables"])
            grid = grid || (s(t["style"]) == QLatin1String("Table Grid") && t["headerRepeats"] == true);
        CHECK(grid); // the template's table style, header rows repeating
    }
}

TEST_CASE("A county OpenDocument template (.odt, .ott) keeps its look and gets the plan", "[docx][odt][template]")
{
    QTemporaryDir dir;
    const QString planPath = sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json"));
    const Plan plan = readPlanFile(planPath);
    for (const QString &name : {QStringLiteral("fylke.odt"), QStringLiteral("fylke.ott")}) {
        INFO(name.toStdString());
        const QString tpl = dir.filePath(name);
        run(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/tools/make_county_odt_template.py")), tpl,
                                                 name.endsWith(QLatin1String("ott")) ? QStringLiteral("--ott") : QStringLiteral("--odt")});
        const QString out = dir.filePath(QStringLiteral("plan-") + QFileInfo(name).suffix() + QStringLiteral(".odt"));
        const Run r = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), out, QStringLiteral("--template"), tpl});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.trimmed() == tpl + QStringLiteral(": warning: unknown placeholder [Ukjent felt] left as it is"));
        CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("mimetype")}) == QLatin1String("application/vnd.oasis.opendocument.text"));
        const json d = inspect(out);
        QStringList texts;
        for (const auto &p : d["paragraphs"])
            texts << s(p);
        CHECK(texts.first() == QStringLiteral("Internasjonal plan")); // [STIKK|TIT|TEL], three spans: the short title
        CHECK(texts.contains(plan.info.title));
        CHECK(texts.contains(QStringLiteral("Dato vedtatt: 17. februar 2021")));
        CHECK(texts.contains(QStringLiteral("Saksnummer: 7/21")));
        CHECK(texts.contains(QStringLiteral("Kontor: [Ukjent felt]")));
        CHECK_FALSE(texts.contains(QStringLiteral("[Planinnhold]")));
        CHECK(texts.last() == QStringLiteral("Fylkeskommunens sluttord."));
        QStringList level1;
        for (const auto &h : d["headings"])
            if (s(h[1]) == QLatin1String("1"))
                level1 << s(h[2]);
        CHECK(level1 == pdfChapters(plan));
        CHECK(s(d["header"]) == plan.info.title);
        CHECK(s(d["footerText"]).startsWith(plan.info.organisation + QStringLiteral(" – side")));
        CHECK(s(d["properties"]["title"]) == plan.info.title);
        bool repeated = false;
        for (const auto &t : d["tables"])
            repeated = repeated || t["headerRepeats"] == true;
        CHECK(repeated);
    }
    // Without the marker: refused, nothing written.
    const QString bad = dir.filePath(QStringLiteral("uten.odt"));
    run(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/tools/make_county_odt_template.py")), bad, QStringLiteral("--no-marker")});
    const Run r = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.odt")), QStringLiteral("--template"), bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(bad + QStringLiteral(": has no paragraph [Planinnhold]")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.odt"))));
    // A Word document is no OpenDocument template, and an ODF template makes no .docx.
    const QString word = dir.filePath(QStringLiteral("word.odt"));
    makeCountyTemplate(word);
    const Run notOdf = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("y.odt")), QStringLiteral("--template"), word});
    CHECK(notOdf.exitCode == 1);
    CHECK(notOdf.err.contains(word + QStringLiteral(": is not an OpenDocument text")));
    const Run mismatch = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("y.docx")), QStringLiteral("--template"), bad});
    CHECK(mismatch.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.docx"))));
}

TEST_CASE("A bad county template is refused with the file's name, and nothing is written", "[docx][template][badinput]")
{
    QTemporaryDir dir;
    const QString planPath = sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"));
    const QString good = dir.filePath(QStringLiteral("god.docx"));
    makeCountyTemplate(good);
    const QByteArray goodBytes = readAll(good);

    struct Case {
        const char *name;
        QByteArray bytes;
        const char *message;
    };
    QList<Case> cases;
    cases.append({"tekst.docx", QByteArrayLiteral("Dette er ikke et Word-dokument.\n"), "is not a Word or OpenDocument file"});
    cases.append({"skadet.docx", goodBytes.left(goodBytes.size() / 2), "damaged zip"});
    {
        QTemporaryDir d2;
        makeCountyTemplate(d2.filePath(QStringLiteral("x.docx")), {QStringLiteral("--no-marker")});
        cases.append({"uten-markor.docx", readAll(d2.filePath(QStringLiteral("x.docx"))), "has no paragraph [Planinnhold]"});
    }
    {
        ZipWriter bomb; // 20 MB of zeros packs into some 20 kB
        bomb.add(QStringLiteral("[Content_Types].xml"), QByteArray(20 * 1024 * 1024, ' '));
        bomb.add(QStringLiteral("word/document.xml"), QByteArrayLiteral("<w:document/>"));
        cases.append({"bombe.docx", bomb.finish(), "refused as a zip bomb"});
        ZipWriter many;
        for (int i = 0; i < 2500; ++i)
            many.add(QStringLiteral("word/media/%1.png").arg(i), QByteArrayLiteral("x"));
        cases.append({"mange.docx", many.finish(), "members, more than"});
    }
    {
        ZipWriter odt; // a zip, but no Word document
        odt.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true);
        cases.append({"feil.docx", odt.finish(), "is not a Word document"});
    }
    for (const Case &c : cases) {
        INFO(c.name);
        const QString tpl = dir.filePath(QLatin1String(c.name));
        writeAll(tpl, c.bytes);
        const QString out = dir.filePath(QStringLiteral("ut.docx"));
        writeAll(out, QByteArrayLiteral("the old file"));
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const Run r = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), out, QStringLiteral("--template"), tpl});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(tpl));
        CHECK(r.err.contains(QLatin1String(c.message)));
        CHECK(readAll(out) == "the old file");
        CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
    }
    // A missing template, and a Word template for an ODT.
    const Run missing = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.docx")), QStringLiteral("--template"), dir.filePath(QStringLiteral("borte.docx"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("borte.docx: no such file")));
    const Run odt = cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.odt")), QStringLiteral("--template"), good});
    CHECK(odt.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("a.odt"))));
}

// A few conversions only (each costs LibreOffice some seconds): a plan with
// a long action plan, as DOCX, as ODT and through county templates of both kinds.
TEST_CASE("LibreOffice opens the DOCX, the ODT and filled county templates: bookmarks, page numbers, repeated table header, æøå", "[docx][libreoffice][external]")
{
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("lang.json"));
    run(binPath(QStringLiteral("planverk-make-synthetic")), {planPath, QStringLiteral("12"), QStringLiteral("2"), QStringLiteral("4")});
    const Plan plan = readPlanFile(planPath);
    const QStringList chapters = pdfChapters(plan);
    const QString tpl = dir.filePath(QStringLiteral("fylke.docx"));
    makeCountyTemplate(tpl);
    const QString odfTpl = dir.filePath(QStringLiteral("fylke.ott"));
    run(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/tools/make_county_odt_template.py")), odfTpl, QStringLiteral("--ott")});
    const QStringList outputs = {dir.filePath(QStringLiteral("plan.docx")), dir.filePath(QStringLiteral("plan.odt")), dir.filePath(QStringLiteral("fylkesplan.docx")),
                                 dir.filePath(QStringLiteral("fylkesplan-odf.odt"))};
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), outputs[0]}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), outputs[1]}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), outputs[2], QStringLiteral("--template"), tpl}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("render"), planPath, QStringLiteral("-o"), outputs[3], QStringLiteral("--template"), odfTpl}).exitCode == 0);
    const json d = inspect(outputs[0]);
    CHECK(d["numbered"].get<int>() > 0); // the plan's bullet lists are real lists

    const QString pdfDir = dir.filePath(QStringLiteral("pdf"));
    run(QStringLiteral("timeout"), QStringList{QStringLiteral("120"), QStringLiteral("soffice"), QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                                               QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), pdfDir} + outputs,
        180000);
    for (const QString &output : outputs) {
        const QString pdf = pdfDir + '/' + QFileInfo(output).completeBaseName() + QStringLiteral(".pdf");
        INFO(pdf.toStdString());
        REQUIRE(QFile::exists(pdf));
        const bool county = output.contains(QLatin1String("fylkesplan"));
        const QStringList outline = outlineTitles(pdf);
        for (const QString &chapter : chapters)
            CHECK(outline.contains(chapter)); // every chapter is a bookmark
        const int pages = pageCount(pdf);
        REQUIRE(pages > 10);
        // The footer's page fields, filled in by the word processor.
        CHECK(pageText(pdf, 3).contains(county ? QStringLiteral("side 3") : QStringLiteral("Side 3 av %1").arg(pages)));
        // The action plan's header row on the page after the one the table starts on.
        int start = 0;
        for (int p = 2; p <= pages && !start; ++p)
            if (pageText(pdf, p).contains(QStringLiteral("# Tiltak Ansvarlig Frist Status")))
                start = p;
        REQUIRE(start > 0);
        CHECK(pageText(pdf, start + 1).contains(QStringLiteral("# Tiltak Ansvarlig Frist Status")));
        CHECK(pageText(pdf, start + 2).contains(QStringLiteral("# Tiltak Ansvarlig Frist Status")));
        // Norwegian letters intact.
        const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        CHECK(all.contains(QStringLiteral("Prøvefylket")));
        CHECK(all.contains(QStringLiteral("Ødegård")));
        CHECK(all.contains(QStringLiteral("årlig seminar")));
        CHECK(all.contains(QStringLiteral("Bærekraftsmål")));
    }
}
