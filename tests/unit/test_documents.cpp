// Plan documents as a reader sees them: HTML read as text, PDF read back
// through poppler's pdftotext and pdfinfo.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/anchorpruning.h"
#include "render/documentwriter.h"
#include "render/htmlpieces.h"
#include "render/markdown.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QImage>
#include <QTcpServer>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace planverk;
using namespace planverk::test;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last ? last : first);
    return tool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

QString simplified(const QString &s) { return s.simplified(); }

Plan innlandet() { return readPlanJsonFile(sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json"))); }

QString writePdf(const QTemporaryDir &dir, const Plan &plan, const QString &language = {}, bool pdfA = false)
{
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    DocumentOptions o;
    o.language = language;
    o.pdfA = pdfA;
    writeDocument(plan, path, o);
    return path;
}

// The HTML as a reader sees its text: without the soft hyphens (U+00AD) that
// only show where a word breaks at a line end.
QString html(const Plan &plan, const QString &language = {})
{
    auto t = TemplateSet::open(QStringLiteral("standard"));
    return QString::fromUtf8(renderHtml(plan, *t, language)).remove(QChar(0x00AD));
}

// A document's text, without the spaces at line ends: Qt keeps a space at
// the end of the last paragraph of a piece loaded by itself, which lays out
// the same.
QString plainLines(const QTextDocument &d)
{
    QStringList lines = d.toPlainText().split(QLatin1Char('\n'));
    for (QString &l : lines)
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("View model of two sample plans matches the reviewed golden files", "[documents][viewmodel]")
{
    for (const char *name : {"akershus-internasjonal-strategi-2014-2018", "hedmark-oppland-samarbeid"}) {
        INFO(name);
        const Plan plan = readPlanJsonFile(sourcePath(QStringLiteral("data/%1.json").arg(QLatin1String(name))));
        const std::string got = buildViewModel(plan).dump(2) + "\n";
        const QByteArray expected = readAll(sourcePath(QStringLiteral("tests/golden/viewmodel-%1.json").arg(QLatin1String(name))));
        CHECK(got == expected.toStdString());
    }
}

TEST_CASE("The view model speaks the plan's language", "[documents][viewmodel]")
{
    Plan p = innlandet();
    const auto nb = buildViewModel(p);
    CHECK(nb["labels"]["contents"] == "Innhold");
    CHECK(nb["plan"]["adoptedDate"] == "17. februar 2021");
    CHECK(nb["plan"]["statusLabel"] == "Vedtatt");
    p.info.language = QStringLiteral("nn");
    const auto nn = buildViewModel(p);
    CHECK(nn["labels"]["contents"] == "Innhald");
    CHECK(nn["plan"]["statusLabel"] == "Vedteke");
    CHECK(nn["processingChapter"]["title"] == "Politisk handsaming");
    const auto en = buildViewModel(p, {QStringLiteral("en"), false});
    CHECK(en["lang"] == "en");
    CHECK(en["labels"]["contents"] == "Contents");
    CHECK(en["plan"]["adoptedDate"] == "17 February 2021");
    CHECK(en["goalsChapter"]["goals"][0]["subgoals"][5]["sdgsText"] == "8 Decent work and economic growth; 9 Industry, innovation and infrastructure");
}

TEST_CASE("Chapters with nothing in them are left out", "[documents]")
{
    Plan p = innlandet();
    p.memberships.clear();
    p.actions.clear();
    const QString h = html(p);
    CHECK_FALSE(h.contains(QStringLiteral("Nettverk og medlemskap")));
    CHECK_FALSE(h.contains(QStringLiteral("Handlingsplan")));
    CHECK(h.contains(QStringLiteral("Politisk behandling")));
    // Numbering closes up: the chapter after "Mål" and "Virkemidler" is "Samarbeid".
    CHECK(h.contains(QStringLiteral("<span class=\"num\">5</span> Samarbeid")));
}

TEST_CASE("User text reaches HTML escaped and PDF intact", "[documents][security]")
{
    Plan p = innlandet();
    const QString title = QStringLiteral("<script>alert(1)</script> «Plan» \"A&B\" 'C' æøå ÆØÅ");
    p.info.title = title;
    const QString h = html(p);
    CHECK_FALSE(h.contains(QStringLiteral("<script>")));
    CHECK(h.contains(QStringLiteral("<title>&lt;script&gt;alert(1)&lt;/script&gt; «Plan» &quot;A&amp;B&quot; &#39;C&#39; æøå ÆØÅ</title>")));
    CHECK(h.contains(QStringLiteral("<h1>&lt;script&gt;alert(1)&lt;/script&gt;")));

    QTemporaryDir dir;
    const QString pdf = writePdf(dir, p);
    CHECK(simplified(pdfText(pdf, 1)).contains(title));
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) == title);
}

TEST_CASE("Every field of a hostile plan stays text in HTML and PDF", "[documents][security]")
{
    const Plan p = readPlanJsonFile(sourcePath(QStringLiteral("tests/data/hostile-plan.json")));
    const QString payload = QStringLiteral("\"><script>alert(1)</script><img src=x onerror=alert(2)>");
    const QString h = html(p);
    CHECK(h.count(QStringLiteral("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")) > 30);
    CHECK_FALSE(h.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(h.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    CHECK_FALSE(h.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
    CHECK_FALSE(h.contains(QStringLiteral("onmouseover=alert(5)>")));
    CHECK(h.contains(QStringLiteral("&lt;b onmouseover=alert(5)&gt;fet&lt;/b&gt;"))); // raw HTML in Markdown is shown, not obeyed
    CHECK(h.contains(QStringLiteral("klikk")));                                         // the link's text stays, its target goes
    CHECK(h.contains(QStringLiteral("bilde")));                                         // an image becomes its alt text

    QTemporaryDir dir;
    const QString text = simplified(pdfText(writePdf(dir, p)));
    CHECK(text.count(payload) > 10);
}

TEST_CASE("The PDF is an A4 document with contents, footer and metadata", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, innlandet());
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842 pts (A4)")));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 6);
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) == QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024"));
    CHECK(pdfInfo(pdf, QStringLiteral("Author")) == QStringLiteral("Innlandet fylkeskommune"));
    CHECK(pdfInfo(pdf, QStringLiteral("Subject")) == QStringLiteral("Mål- og handlingsplan 2021–2024"));
    CHECK(pdfInfo(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("Planverk ")));

    const QString cover = simplified(pdfText(pdf, 1));
    CHECK(cover.contains(QStringLiteral("Innlandet fylkeskommune")));
    CHECK_FALSE(cover.contains(QStringLiteral("Side 1 av")));
    // The plan's facts are on the back of the cover, as in the county's own documents.
    const QString back = simplified(pdfText(pdf, 2));
    CHECK(back.contains(QStringLiteral("Saksnummer 7/21")));
    CHECK(back.contains(QStringLiteral("Dato vedtatt 17. februar 2021")));

    // Every page after the cover has the running header (organisation and
    // title) and the footer (title and page number); an adopted plan has no draft mark.
    for (int page = 2; page <= pages; ++page) {
        const QStringList lines = pdfText(pdf, page).trimmed().split(QLatin1Char('\n'));
        INFO("page " << page);
        CHECK(simplified(lines.first()) == QStringLiteral("Innlandet fylkeskommune Internasjonal plan")); // the organisation and the short title
        CHECK(simplified(lines.last()) == QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024 Side %1 av %2").arg(page).arg(pages));
        CHECK_FALSE(pdfText(pdf, page).contains(QStringLiteral("Utkast")));
    }

    // The contents give the page each chapter really starts on.
    const QString contents = pdfText(pdf, 3);
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(\\S.*?)\\s{2,}(\\d+)\\s*$"), QRegularExpression::MultilineOption);
    int checked = 0;
    for (auto it = row.globalMatch(contents); it.hasNext();) {
        const auto m = it.next();
        const QString heading = m.captured(1) + ' ' + m.captured(2).simplified();
        const int page = m.captured(3).toInt();
        INFO(heading.toStdString() << " on page " << page);
        bool found = false;
        for (const QString &line : pdfText(pdf, page).split(QLatin1Char('\n')))
            found = found || simplified(line) == heading;
        CHECK(found);
        ++checked;
    }
    CHECK(checked >= 8);
}

TEST_CASE("A chapter begins a new page where the template asks for it, and only there", "[documents][pdf]")
{
    // The built-in template: the contents on a page of their own after the
    // cover, the first chapter after them, the goals and the action plan on
    // new pages; other chapters follow on the page of what came before.
    auto headingsOf = [](const Plan &plan) {
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        PrintLayout layout(plan, *templates, {});
        layout.paint(&writer);
        return layout.headings();
    };
    const QList<PrintLayout::HeadingMark> headings = headingsOf(innlandet());
    double top = 1e9; // the top of the text on a page
    for (const auto &h : headings)
        top = std::min(top, h.at.pointsFromTop);
    const QStringList breakBefore{QStringLiteral("Innhold"), QStringLiteral("1 Bakgrunn"), QStringLiteral("3 Mål"), QStringLiteral("7 Handlingsplan")};
    int page = -1, breaks = 0, following = 0, atTop = 0;
    for (const auto &h : headings) {
        INFO(h.title << " on page " << h.at.page + 1 << ", " << h.at.pointsFromTop << " pt from the top");
        if (h.level == 2 && breakBefore.contains(h.title)) {
            CHECK(h.at.page > page);
            CHECK(std::abs(h.at.pointsFromTop - top) < 0.5); // at the top of the text, after paragraphs, lists and tables alike
            ++breaks;
        } else if (h.level == 2) {
            // On the page of what came before, unless that page is full: no page wasted.
            if (h.at.pointsFromTop <= top + 10)
                ++atTop;
            ++following;
        }
        page = h.at.page;
    }
    CHECK(breaks == 4);
    CHECK(following == 6);
    CHECK(atTop <= 1); // one may fall at a page top where the page before it filled up

    // Akershus 2024–2027, as in the county's own document (seed 003): the short chapters 1–3 share a page.
    const auto akershus = headingsOf(readPlanJsonFile(sourcePath(QStringLiteral("data/akershus-internasjonal-temastrategi-2024-2027.json"))));
    QHash<QString, int> pageOf;
    for (const auto &h : akershus)
        pageOf.insert(h.title, h.at.page);
    CHECK(pageOf.value(QStringLiteral("1 Formål"), -1) == 3); // after the cover, its back and the contents
    CHECK(pageOf.value(QStringLiteral("2 Forhold til regionale planer"), -1) == 3); // after the cover, its back and the contents
    CHECK(pageOf.value(QStringLiteral("3 Målgruppe og virkemidler"), -1) == 3); // after the cover, its back and the contents
}

TEST_CASE("PDF pages are in the language asked for", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString en = writePdf(dir, innlandet(), QStringLiteral("en"));
    const QString page3 = simplified(pdfText(en, 3));
    CHECK(page3.contains(QStringLiteral("Contents")));
    CHECK(page3.contains(QStringLiteral("Page 3 of")));
    CHECK(simplified(pdfText(en, 2)).contains(QStringLiteral("Date adopted 17 February 2021")));
    Plan nn = innlandet();
    nn.info.language = QStringLiteral("nn");
    const QString nnPdf = writePdf(dir, nn);
    CHECK(simplified(pdfText(nnPdf, 3)).contains(QStringLiteral("Innhald"))); // the contents, after the cover and its back
}

TEST_CASE("Tables that run over a page repeat their header row", "[documents][pdf]")
{
    Plan p = innlandet();
    for (int i = 0; i < 60; ++i)
        p.memberships.append({newId(), QStringLiteral("Nettverk nummer %1 for europeiske regioner").arg(i + 1), QStringLiteral("FNX"), QStringLiteral("professional"),
                              QStringLiteral("Et faglig nettverk der fylkeskommunen deltar."), {}, {p.goals[0].id}});
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, p);
    int pagesWithTable = 0;
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    for (int page = 1; page <= pages; ++page) {
        const QString text = simplified(pdfText(pdf, page));
        if (text.contains(QStringLiteral("(FNX)"))) { // a row of the table
            ++pagesWithTable;
            INFO("page " << page);
            CHECK(text.contains(QStringLiteral("Organisasjon Type Bidrar til")));
        }
    }
    CHECK(pagesWithTable >= 2);
}

TEST_CASE("PDF/A-1b for the archive", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir, innlandet(), {}, true);
    const QString meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    CHECK(meta.contains(QStringLiteral("pdfaid:part")));
    CHECK(QRegularExpression(QStringLiteral("pdfaid:part[^0-9]*1")).match(meta).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("pdfaid:conformance[^A-Z]*B")).match(meta).hasMatch());
    CHECK(simplified(pdfText(pdf, 1)).contains(QStringLiteral("Internasjonal mål- og handlingsplan")));
}

TEST_CASE("ODT for finishing in a word processor", "[documents]")
{
    auto t = TemplateSet::open(QStringLiteral("standard"));
    const QByteArray odt = renderOdt(innlandet(), *t);
    CHECK(odt.startsWith("PK"));
    CHECK(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    CHECK(odt.size() > 5000);
    CHECK_FALSE(odt.contains("[[page:"));
}

TEST_CASE("User templates: a folder like the built-in one, images only from that folder, never from a server", "[documents][templates]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("min-mal"));
    QDir().mkpath(folder);
    writeAll(folder + QStringLiteral("/document.mustache"),
             "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{plan.title}}</title></head><body>"
             "<h1>{{plan.title}}</h1>{{>logo}}<p>{{counts.subgoals}} delmål</p></body></html>");
    // A local image next to the template, and one on a server that must never be asked.
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    writeAll(folder + QStringLiteral("/logo.mustache"), "<img src=\"logo.png\" alt=\"logo\">");
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    REQUIRE(logo.save(folder + QStringLiteral("/logo.png")));

    DocumentOptions o;
    o.templateName = folder;
    const QString pdf = dir.filePath(QStringLiteral("ut.pdf"));
    writeDocument(innlandet(), pdf, o);
    CHECK(simplified(pdfText(pdf)).contains(QStringLiteral("6 delmål")));
    CHECK(tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).count(QStringLiteral("image")) >= 1);

    // An image on a server is an error, and the server is never asked.
    writeAll(folder + QStringLiteral("/logo.mustache"), QStringLiteral("<img src=\"http://127.0.0.1:%1/spor.png\" alt=\"\">").arg(server.serverPort()).toUtf8());
    try {
        writeDocument(innlandet(), pdf, o);
        FAIL("expected an error");
    } catch (const PlanError &e) {
        CHECK(e.toString() == folder + QStringLiteral("/logo.mustache:1:11: image 'http://127.0.0.1:%1/spor.png' is not a file in the template folder "
                                                      "('http:'): rendering loads nothing over the network").arg(server.serverPort()));
    }
    CHECK_FALSE(server.waitForNewConnection(300)); // nothing was fetched
    CHECK_FALSE(server.hasPendingConnections());

    // A partial that is not there names the template file, line and column.
    writeAll(folder + QStringLiteral("/document.mustache"), "<html>\n  {{>bunntekst}}\n</html>");
    const QString before = QStringLiteral("uendret");
    writeAll(dir.filePath(QStringLiteral("ut.html")), before.toUtf8());
    try {
        DocumentOptions o2;
        o2.templateName = folder;
        writeDocument(innlandet(), dir.filePath(QStringLiteral("ut.html")), o2);
        FAIL("expected an error");
    } catch (const PlanError &e) {
        CHECK(e.toString() == folder + QStringLiteral("/document.mustache:2:3: partial 'bunntekst' not found"));
    }
    CHECK(readAll(dir.filePath(QStringLiteral("ut.html"))) == before.toUtf8()); // the old file is untouched
}

TEST_CASE("planverk-cli render, templates, viewmodel and mustache", "[documents][cli]")
{
    QTemporaryDir dir;
    const QString plan = sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json"));
    const QString pdf = dir.filePath(QStringLiteral("troms.pdf"));
    const Run r = cli({QStringLiteral("render"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("nn")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(simplified(pdfText(pdf, 3)).contains(QStringLiteral("Innhald")));
    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("t.html"))}).exitCode == 0);
    CHECK(readAll(dir.filePath(QStringLiteral("t.html"))).startsWith("<!DOCTYPE html>\n<html lang=\"nb\">"));
    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("t.odt"))}).exitCode == 0);

    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("t.docx"))}).exitCode == 0);
    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("t.rtf"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("render"), plan}).exitCode == 2);
    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("se")}).exitCode == 2);
    CHECK(cli({QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("t.html")), QStringLiteral("--pdfa")}).exitCode == 2);
    const Run missing = cli({QStringLiteral("render"), dir.filePath(QStringLiteral("borte.json")), QStringLiteral("-o"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("borte.json: no such file")));
    const Run badTemplate = cli({QStringLiteral("render"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--template"), QStringLiteral("finnes-ikke")});
    CHECK(badTemplate.exitCode == 1);
    CHECK(badTemplate.err.contains(QStringLiteral("is neither a built-in template (rapport, standard) nor a folder")));

    const Run list = cli({QStringLiteral("templates")});
    CHECK(list.exitCode == 0);
    CHECK(list.out == QStringLiteral("rapport\nstandard\n")); // the follow-up report (issue 14) and the plan

    const Run vm = cli({QStringLiteral("viewmodel"), plan, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(vm.exitCode == 0);
    CHECK(vm.out.contains(QStringLiteral("\"contents\": \"Contents\"")));

    writeAll(dir.filePath(QStringLiteral("t.mustache")), "Hei {{navn}}! {{>hilsen}}\n");
    writeAll(dir.filePath(QStringLiteral("hilsen.mustache")), "Vennlig hilsen {{fra}}");
    writeAll(dir.filePath(QStringLiteral("d.json")), R"({"navn": "Åse & Ørjan", "fra": "fylket"})");
    const Run m = cli({QStringLiteral("mustache"), dir.filePath(QStringLiteral("t.mustache")), dir.filePath(QStringLiteral("d.json")),
                       QStringLiteral("--partials"), dir.path()});
    CHECK(m.exitCode == 0);
    CHECK(m.out == QStringLiteral("Hei Åse &amp; Ørjan! Vennlig hilsen fylket\n"));
    writeAll(dir.filePath(QStringLiteral("bad.mustache")), "{{#liste}}\n{{navn}}\n");
    const Run bad = cli({QStringLiteral("mustache"), dir.filePath(QStringLiteral("bad.mustache")), dir.filePath(QStringLiteral("d.json"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == QStringLiteral("planverk-cli: %1:1:1: section 'liste' is never closed\n").arg(dir.filePath(QStringLiteral("bad.mustache"))));
}

TEST_CASE("Markdown gives safe and balanced HTML even for odd input found by fuzzing", "[documents][security]")
{
    CHECK(markdownToHtml("Se **[planen](https://afk.no/plan)** og [dette](javascript:alert(1)) og <b>rå</b> ![logo](http://x.no/l.png)")
          == "<p>Se <strong><a href=\"https://afk.no/plan\">planen</a></strong> og dette og &lt;b&gt;rå&lt;/b&gt; logo</p>");
    CHECK(markdownToHtml("Skriv til <post@afk.no>") == "<p>Skriv til <a href=\"mailto:post@afk.no\">post@afk.no</a></p>");
    CHECK(markdownToText("# Mål\n\n- én\n- to\n\n1. a\n2. b") == "Mål\n\n• én\n• to\n\n1. a\n2. b");
    for (const char *file : {"regression-span-order.md", "regression-onerror-text.md"}) {
        const std::string md = readAll(sourcePath(QStringLiteral("tests/fuzz/corpus/markdown/") + QLatin1String(file))).toStdString();
        const std::string html = markdownToHtml(md);
        auto count = [&](const std::string &needle) {
            size_t n = 0;
            for (size_t i = html.find(needle); i != std::string::npos; i = html.find(needle, i + 1))
                ++n;
            return n;
        };
        CHECK(count("<a ") == count("</a>"));
        CHECK(count("<em>") == count("</em>"));
        CHECK(count("<strong>") == count("</strong>"));
        CHECK(count("<img") == 0);
    }
}

TEST_CASE("A large plan loaded in pieces is the same document as loaded at once", "[documents][pdf]")
{
    // 120 goals with 5 sub-goals each and 80 memberships: a print HTML of many pieces.
    Plan p = innlandet();
    const Goal model = p.goals[0];
    for (int g = 0; g < 120; ++g) {
        Goal goal = model;
        goal.id = newId();
        goal.title = QStringLiteral("Mål %1 med æøå").arg(g + 2);
        goal.subgoals.clear();
        for (int s = 0; s < 5; ++s) {
            Goal sub = model.subgoals[s];
            sub.id = newId();
            goal.subgoals.append(sub);
        }
        p.goals.append(goal);
    }
    for (int m = 0; m < 80; ++m)
        p.memberships.append({newId(), QStringLiteral("Nettverk %1").arg(m), QStringLiteral("N%1").arg(m), QStringLiteral("professional"), QStringLiteral("Om nettverket."), {}, {p.goals[m].id}});
    auto templates = TemplateSet::open(QStringLiteral("standard"));
    ViewOptions o;
    o.forPrint = true;
    const std::string html = templates->renderDocument(buildViewModel(p, o));
    REQUIRE(html.size() > 4 * 64 * 1024);

    QTextDocument whole;
    whole.setHtml(QString::fromStdString(html));
    // On paper a page break has no margin on either side of it.
    for (QTextBlock b = whole.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            QTextBlockFormat top;
            top.setTopMargin(0);
            QTextCursor(b).mergeBlockFormat(top);
            if (b.previous().isValid()) {
                QTextBlockFormat bottom;
                bottom.setBottomMargin(0);
                QTextCursor(b.previous()).mergeBlockFormat(bottom);
            }
        }
    }
    QTextDocument pieces;
    // With a page size, each piece is laid out as it is loaded.
    pieces.setPageSize(QSizeF(500, 700));
    loadHtmlInPieces(pieces, html, 16 * 1024); // many pieces, parsed on a second thread
    // The same text, block for block; the one difference Qt makes is a space
    // at the end of the last paragraph of a piece, which lays out the same.
    const auto text = plainLines;
    const QString wt = text(whole), pt = text(pieces);
    qsizetype at = 0;
    while (at < wt.size() && at < pt.size() && wt[at] == pt[at])
        ++at;
    INFO("first difference at " << at << ": whole «" << wt.mid(std::max<qsizetype>(0, at - 40), 80).toStdString() << "» pieces «"
                                << pt.mid(std::max<qsizetype>(0, at - 40), 80).toStdString() << "»");
    CHECK(pt == wt);
    CHECK(pieces.blockCount() == whole.blockCount());
    int breaks = 0;
    QTextBlock a = whole.begin();
    QTextBlock b = pieces.begin();
    for (; a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
        INFO(a.text().toStdString());
        CHECK(a.blockFormat().pageBreakPolicy() == b.blockFormat().pageBreakPolicy());
        CHECK(a.blockFormat().headingLevel() == b.blockFormat().headingLevel());
        CHECK(a.blockFormat().topMargin() == b.blockFormat().topMargin());
        breaks += a.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore;
    }
    CHECK(breaks >= 3); // the contents, the goals and the action plan
    whole.setPageSize(QSizeF(500, 700));
    CHECK(pieces.pageCount() == whole.pageCount());
    // Laid out piece by piece, every block is where the whole document has it.
    int moved = 0;
    for (QTextBlock a = whole.begin(), b = pieces.begin(); a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
        const QRectF ra = whole.documentLayout()->blockBoundingRect(a);
        const QRectF rb = pieces.documentLayout()->blockBoundingRect(b);
        moved += std::abs(ra.top() - rb.top()) > 0.01 || std::abs(ra.height() - rb.height()) > 0.01;
    }
    CHECK(moved == 0);
}

TEST_CASE("A long document whose last piece would be closing tags alone has no empty page at its end", "[documents][pagination]")
{
    // Cut after the last chapter's </section>, the piece left is "</main>": it
    // was loaded as an empty paragraph, which took a page of its own when the
    // chapter filled its last page.
    std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n<main>\n";
    for (int i = 0; i < 38; ++i) // 38: the last cut falls after the last </section>
        html += "<section><p>Avsnitt " + std::to_string(i) + " om samarbeid på tvers av grenser.</p></section>\n";
    html += "</main>\n</body></html>\n";
    QTextDocument whole;
    whole.setHtml(QString::fromStdString(html));
    QTextDocument pieces;
    loadHtmlInPieces(pieces, html, 256);
    CHECK(plainLines(pieces) == plainLines(whole));
    CHECK(pieces.blockCount() == whole.blockCount());
}

TEST_CASE("A style sheet in a template's head applies to every piece of a long document", "[documents][templates]")
{
    std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p.note { color: #aa0000; font-weight: bold }</style></head><body>\n";
    for (int i = 0; i < 400; ++i)
        html += "<div><p>Avsnitt " + std::to_string(i) + " om samarbeid på tvers av grenser.</p><p class=\"note\">Merknad " + std::to_string(i) + "</p></div>\n";
    html += "</body></html>\n";
    QTextDocument whole;
    whole.setHtml(QString::fromStdString(html));
    QTextDocument pieces;
    loadHtmlInPieces(pieces, html, 2 * 1024);
    REQUIRE(plainLines(pieces) == plainLines(whole));
    int notes = 0;
    for (QTextBlock b = pieces.begin(); b.isValid(); b = b.next()) {
        if (!b.text().startsWith(QStringLiteral("Merknad")))
            continue;
        INFO(b.text().toStdString());
        CHECK(b.charFormat().foreground().color() == QColor(0xaa, 0, 0));
        CHECK(b.charFormat().fontWeight() == QFont::Bold);
        ++notes;
    }
    CHECK(notes == 400);
}

TEST_CASE("On paper, anchors no link points to are dropped and linked ones kept", "[documents][pdf]")
{
    const std::string in = "<html><head><style>/* <p id=\"css\"> */</style></head><body>\n"
                           "<nav><a href=\"#kap-1\">1 Mål</a> <a href='#kap-2'>2 Tiltak</a></nav>\n"
                           "<h2 id=\"kap-1\" class=\"x\">Mål</h2><h3 id=\"goal-7\">Delmål</h3>\n"
                           "<h2 class=\"y\" id='kap-2' title=\"a > b\">Tiltak</h2>\n"
                           "<p id=\"unused\">Tekst med id=&quot;unused&quot; i seg</p><a name=\"old\">x</a><a name=\"kap-1\">y</a>\n"
                           "<!-- <p id=\"comment\"> --></body></html>";
    const std::string out = dropUnlinkedAnchors(in);
    CHECK(out.find("id=\"kap-1\"") != std::string::npos);
    CHECK(out.find("id='kap-2' title=\"a > b\"") != std::string::npos);
    CHECK(out.find("<h3>Delmål</h3>") != std::string::npos);
    CHECK(out.find("<p>Tekst med id=&quot;unused&quot; i seg</p>") != std::string::npos);
    CHECK(out.find("<a>x</a>") != std::string::npos);
    CHECK(out.find("<a name=\"kap-1\">y</a>") != std::string::npos);
    CHECK(out.find("<p id=\"css\">") != std::string::npos);     // inside the style sheet: not a tag
    CHECK(out.find("<p id=\"comment\">") != std::string::npos); // inside a comment
    // Nothing else changes.
    CHECK(out.size() == in.size() - std::string(" id=\"goal-7\"").size() - std::string(" id=\"unused\"").size() - std::string(" name=\"old\"").size());
    // A link with no closing quote (found by fuzzing) does not hide the links after it.
    const std::string odd = "<h2 id=\"kap-9\">Ni</h2><p>a href='#x</p><a href=\"#kap-9\">9</a>";
    CHECK(dropUnlinkedAnchors(odd) == odd);
}

TEST_CASE("A membership's goals are on lines of their own, with no empty line after the last", "[documents][pdf]")
{
    // Innlandet's memberships serve two goals and more. A line break after
    // each goal left an empty line at the foot of every row of the table:
    // 700 of them in the synthetic plan, some 16 pages.
    const Plan plan = readPlanJsonFile(sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")));
    const QString page = html(plan);
    CHECK(page.contains(QRegularExpression(QStringLiteral("<td>M\\d[^<]*<br>M\\d[^<]*</td>"))));
    CHECK_FALSE(page.contains(QStringLiteral("<br></td>")));
}
