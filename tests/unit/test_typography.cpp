// Typography of the documents: hyphenation, the paper font from the
// template, tables and goals a reader can follow, numbers that never clash.
#include "testsupport.h"

#include "io/planjson.h"
#include "render/documentwriter.h"
#include "render/hyphenatehtml.h"
#include "render/htmlwriter.h"
#include "render/hyphenator.h"
#include "render/paperstyle.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QProcess>
#include <QRegularExpression>

using namespace planverk;
using namespace planverk::test;

namespace {

const QChar shy(0x00AD);

// The word with its soft hyphens shown as '-'.
QString shown(QString s) { return s.replace(shy, u'-'); }

QString pdfRawText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

Plan sample(const char *name) { return readPlanJsonFile(sourcePath(QStringLiteral("data/%1.json").arg(QLatin1String(name)))); }

QString pdfOf(const QTemporaryDir &dir, const Plan &plan, const QString &language = {})
{
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    DocumentOptions o;
    o.language = language;
    writeDocument(plan, pdf, o);
    return pdf;
}

QString htmlOf(const Plan &plan, const QString &language = {})
{
    auto t = TemplateSet::open(QStringLiteral("standard"));
    return QString::fromUtf8(renderHtml(plan, *t, language));
}

} // namespace

TEST_CASE("Long Norwegian compounds get soft hyphens where they may break", "[typography][hyphenation]")
{
    Hyphenator nb(QStringLiteral("nb"));
    REQUIRE(nb.isValid()); // hyphen-no is installed (scripts/packages.txt)
    CHECK(shown(nb.word(QStringLiteral("fylkeskommunestyrebehandling"))).startsWith(QStringLiteral("fyl-kes-kom-mune-")));
    CHECK(shown(nb.word(QStringLiteral("samarbeidsavtalene"))) == QStringLiteral("samarbeids-avta-lene"));
    CHECK(shown(nb.word(QStringLiteral("Fylkestinget"))) == QStringLiteral("Fyl-kes-tin-get"));
    // Short words, acronyms in capitals: whole.
    CHECK(nb.word(QStringLiteral("Region")) == QStringLiteral("Region"));
    CHECK(nb.word(QStringLiteral("EUROMONTANA")) == QStringLiteral("EUROMONTANA"));
    // Never fewer than two letters before a break or three after it.
    for (const QString &w : {QStringLiteral("internasjonalisering"), QStringLiteral("næringsutvikling"), QStringLiteral("Innlandet")}) {
        const QString h = nb.word(w);
        CHECK(QString(h).remove(shy) == w);
        const QString s = nb.word(w);
        CHECK(s.indexOf(shy) >= 2);
        CHECK(s.size() - s.lastIndexOf(shy) - 1 >= 3);
    }

    Hyphenator nn(QStringLiteral("nn"));
    CHECK(shown(nn.word(QStringLiteral("samarbeidsavtalane"))) == QStringLiteral("samarbeids-avta-lane"));
    Hyphenator en(QStringLiteral("en"));
    CHECK(shown(en.word(QStringLiteral("internationalisation"))).contains(u'-'));
    CHECK_FALSE(Hyphenator(QStringLiteral("de")).isValid());
}

TEST_CASE("E-mail and web addresses never get soft hyphens", "[typography][hyphenation]")
{
    Hyphenator nb(QStringLiteral("nb"));
    const QString text = QStringLiteral("Skriv til postmottak@innlandetfylke.no eller se https://www.innlandetfylke.no/internasjonalisering "
                                        "og www.samarbeidsavtalene.no om samarbeidsavtalene &amp; internasjonalisering.");
    const QString out = nb.text(text);
    CHECK(out.contains(QStringLiteral("postmottak@innlandetfylke.no")));
    CHECK(out.contains(QStringLiteral("https://www.innlandetfylke.no/internasjonalisering ")));
    CHECK(out.contains(QStringLiteral("www.samarbeidsavtalene.no")));
    CHECK(out.contains(QStringLiteral("&amp;")));
    CHECK(shown(out).contains(QStringLiteral("om samarbeids-avta-lene")));
    CHECK(QString(out).remove(shy) == text);
}

TEST_CASE("HTML gets soft hyphens in its text only, in the language of each text", "[typography][hyphenation]")
{
    const std::string html = "<!DOCTYPE html><html lang=\"en\"><head><title>samarbeidsavtalene</title>"
                             "<style>.samarbeidsavtalene {}</style></head><body>"
                             "<h1>internationalisation</h1><h2 class=\"samarbeidsavtalene\" title=\"samarbeidsavtalene\">internationalisation</h2>"
                             "<p lang=\"nb\">samarbeidsavtalene <a href=\"https://samarbeidsavtalene.no/\">samarbeidsavtalene</a>"
                             "<br><a href=\"mailto:fylkeskommunestyrebehandling@example.no\">fylkeskommunestyrebehandling@example.no</a></p>"
                             "<p lang=\"nn\">samarbeidsavtalane</p><pre>samarbeidsavtalene</pre></body></html>";
    const QString out = shown(QString::fromStdString(hyphenateHtml(html)));
    CHECK(out.contains(QStringLiteral("<title>samarbeidsavtalene</title>")));
    CHECK(out.contains(QStringLiteral(".samarbeidsavtalene {}")));
    CHECK(out.contains(QStringLiteral("<h1>internationalisation</h1><h2 class=\"samarbeidsavtalene\" title=\"samarbeidsavtalene\">in-ter-na-tion-al-isa-tion</h2>")));
    CHECK(out.contains(QStringLiteral("<p lang=\"nb\">samarbeids-avta-lene <a href=\"https://samarbeidsavtalene.no/\">samarbeids-avta-lene</a>")));
    CHECK(out.contains(QStringLiteral(">fylkeskommunestyrebehandling@example.no</a>")));
    CHECK(out.contains(QStringLiteral("<p lang=\"nn\">samarbeids-avta-lane</p>")));
    CHECK(out.contains(QStringLiteral("<pre>samarbeidsavtalene</pre>")));
}

TEST_CASE("HTML hyphenated a piece at a time is hyphenated as the whole document", "[typography][hyphenation]")
{
    // The pieces are cut after tags, inside elements whose language the next piece must still know.
    const std::string html = "<!DOCTYPE html><html lang=\"en\"><head><title>samarbeidsavtalene</title></head><body>\n"
                             "<section lang=\"nb\"><div><p>samarbeidsavtalene</p></div>\n<div><p>fylkeskommunene</p></div>\n</section>\n"
                             "<div><p>internationalisation</p><pre>samarbeidsavtalene\n</pre></div>\n<section lang=\"nn\"><pre>\n</pre>"
                             "<p>samarbeidsavtalane</p></section>\n</body></html>";
    const std::string whole = hyphenateHtml(html);
    std::vector<size_t> cuts{0};
    for (size_t at = html.find(">\n"); at != std::string::npos; at = html.find(">\n", at + 1))
        cuts.push_back(at + 2);
    cuts.push_back(html.size());
    PieceHyphenator hyphenate;
    std::string pieces;
    for (size_t i = 0; i + 1 < cuts.size(); ++i)
        pieces += hyphenate(std::string_view(html).substr(cuts[i], cuts[i + 1] - cuts[i]));
    CHECK(cuts.size() > 6);
    CHECK(shown(QString::fromStdString(pieces)) == shown(QString::fromStdString(whole)));
    CHECK(shown(QString::fromStdString(pieces)).contains(QStringLiteral("<p>fyl-kes-kom-munene</p>")));
    CHECK(shown(QString::fromStdString(pieces)).contains(QStringLiteral("<p>samarbeids-avta-lane</p>")));
}

TEST_CASE("A compound in a narrow table column breaks at a hyphenation point in the PDF", "[typography][hyphenation][pdf]")
{
    Plan p = richPlan();
    REQUIRE_FALSE(p.actions.isEmpty());
    const QString word = QStringLiteral("fylkeskommunestyrebehandling");
    p.actions[0].responsible = word;
    p.info.language = QStringLiteral("nb");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeDocument(p, pdf, {});
    const QStringList lines = pdfRawText(pdf).split(u'\n');
    // The lines the word is set on, from its first letters to its end.
    int first = -1;
    for (int i = 0; i < lines.size() && first < 0; ++i)
        if (lines[i].trimmed().startsWith(QStringLiteral("fyl")) && !lines[i].contains(QStringLiteral("fylkeskommunen")))
            first = i;
    REQUIRE(first >= 0);
    QString joined;
    QStringList pieces;
    for (int i = first; i < lines.size() && joined.size() < word.size(); ++i) {
        const QString line = lines[i].trimmed();
        pieces << line;
        joined += line.endsWith(u'-') ? line.chopped(1) : line;
    }
    INFO("set as: " << pieces.join(QStringLiteral(" / ")).toStdString());
    CHECK(joined == word);
    REQUIRE(pieces.size() >= 2); // the column is narrower than the word
    // Every line but the last ends with a hyphen, at a hyphenation point.
    const QString points = shown(Hyphenator(QStringLiteral("nb")).word(word));
    QStringList prefixes; // fyl, fylkes, fylkeskom, …
    for (int i = points.indexOf(u'-'); i >= 0; i = points.indexOf(u'-', i + 1))
        prefixes << points.left(i).remove(u'-');
    QString sofar;
    for (int i = 0; i + 1 < pieces.size(); ++i) {
        CHECK(pieces[i].endsWith(u'-'));
        sofar += pieces[i].endsWith(u'-') ? pieces[i].chopped(1) : pieces[i];
        INFO("a line ends after '" << sofar.toStdString() << "'");
        CHECK(prefixes.contains(sofar));
    }
}

TEST_CASE("The paper font comes from the template, DejaVu Sans when it is missing", "[typography][pdf]")
{
    const std::string head = "<html><head><meta name=\"planverk-font-family\" content=\"No Such Font, 'Open Sans'\">"
                             "<meta name=\"planverk-font-size\" content=\"11pt\">"
                             "<meta name=\"planverk-page-margins\" content=\"18mm 33mm 16mm 30mm\"></head><body></body></html>";
    const PaperStyle style = paperStyleOf(head);
    CHECK(style.font.family() == QStringLiteral("Open Sans")); // fonts-open-sans (scripts/packages.txt)
    CHECK(style.font.pointSizeF() == 11);
    CHECK(style.marginsMm == QMarginsF(30, 18, 33, 16));
    const PaperStyle missing = paperStyleOf("<html><head><meta name=\"planverk-font-family\" content=\"No Such Font\">"
                                            "<meta name=\"planverk-font-size\" content=\"huge\"></head><body></body></html>");
    CHECK(missing.font.family() == QStringLiteral("DejaVu Sans"));
    CHECK(missing.font.pointSizeF() == 9.5);
    CHECK(missing.lineHeightPercent == 100); // the font's own line spacing
    CHECK(style.lineHeightPercent == 100);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-line-height\" content=\"90%\"></head></html>").lineHeightPercent == 90);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-line-height\" content=\"10%\"></head></html>").lineHeightPercent == 100);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-line-height\" content=\"1.2em\"></head></html>").lineHeightPercent == 100);
    // The pieces the document is loaded in: 64 KB unless the template asks for 4–1024 KB.
    CHECK(missing.pieceBytes == 64 * 1024);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-piece-size\" content=\"16KB\"></head></html>").pieceBytes == 16 * 1024);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-piece-size\" content=\"1KB\"></head></html>").pieceBytes == 64 * 1024);
    CHECK(paperStyleOf("<html><head><meta name=\"planverk-piece-size\" content=\"lots\"></head></html>").pieceBytes == 64 * 1024);

    // The standard template sets Open Sans: the PDF embeds it, not DejaVu Sans.
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdfOf(dir, sample("innlandet-internasjonal-2021-2024"))});
    REQUIRE(p.waitForFinished(60000));
    const QString fonts = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(fonts.contains(QStringLiteral("OpenSans")));
    CHECK_FALSE(fonts.contains(QStringLiteral("DejaVuSans ")));
}

TEST_CASE("A body paragraph on A4 sets lines of 60 to 80 characters", "[typography][pdf]")
{
    QTemporaryDir dir;
    const QStringList lines = pdfRawText(pdfOf(dir, sample("akershus-internasjonal-temastrategi-2024-2027"))).split(u'\n');
    // The lines of the first text section's paragraph, "Internasjonalt engasjement hører naturlig …".
    int first = -1;
    for (int i = 0; i < lines.size() && first < 0; ++i)
        if (lines[i].startsWith(QStringLiteral("Internasjonalt engasjement hører")))
            first = i;
    REQUIRE(first >= 0);
    for (int i = first; i < first + 3; ++i) {
        INFO("line: " << lines[i].toStdString());
        CHECK(lines[i].size() >= 60);
        CHECK(lines[i].size() <= 80);
    }
}

TEST_CASE("Body lines on paper are set at the template's line height", "[typography][pdf]")
{
    // The distance from one line of a paragraph to the next, in points, from
    // pdftotext's word boxes: 90 % of Open Sans's own spacing at 10.5 pt is
    // 13 pt (the font's own, 14.3 pt; at 11 pt, 15 pt).
    QTemporaryDir dir;
    const QString pdf = pdfOf(dir, sample("akershus-internasjonal-temastrategi-2024-2027"));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(p.readAllStandardOutput());
    // The first words of the first three lines of "Internasjonalt engasjement hører …".
    const QRegularExpression word(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"[\\d.]+\">(\\S+)</word>"));
    QList<double> tops;
    bool inParagraph = false;
    QString before;
    for (auto it = word.globalMatch(boxes); it.hasNext() && tops.size() < 3;) {
        const auto m = it.next();
        const QString w = m.captured(2);
        if (!inParagraph && before == QStringLiteral("Internasjonalt") && w == QStringLiteral("engasjement"))
            inParagraph = true, tops << 0; // its top is the line's
        before = w;
        if (!inParagraph)
            continue;
        const double y = m.captured(1).toDouble();
        if (tops.size() == 1 && tops[0] == 0)
            tops[0] = y;
        else if (y > tops.last() + 1)
            tops << y;
    }
    REQUIRE(tops.size() == 3);
    INFO("line tops: " << tops[0] << ", " << tops[1] << ", " << tops[2]);
    CHECK(tops[1] - tops[0] == Approx(13.0).margin(0.6));
    CHECK(tops[2] - tops[1] == Approx(13.0).margin(0.6));
}

TEST_CASE("Goal numbers never look like section numbers", "[typography][viewmodel]")
{
    const Plan plan = sample("innlandet-internasjonal-2021-2024");
    const nlohmann::json vm = buildViewModel(plan);
    const auto &goals = vm["goalsChapter"]["goals"];
    CHECK(goals[0]["number"] == "M1");
    CHECK(goals[0]["subgoals"][4]["number"] == "M1.5");
    CHECK(goals[0]["subgoals"][4]["anchor"] == "goal-1-5");
    CHECK(vm["actionsChapter"]["actions"][0]["number"] == "T1");
    CHECK(buildViewModel(plan, {QStringLiteral("en"), false})["goalsChapter"]["goals"][0]["number"] == "G1");

    // In the PDF's action plan the goals of an action read "Mål: M1.5", and
    // the goal's heading "M1.5 …": never a bare "1.5" beside chapter 1.5.
    QTemporaryDir dir;
    const QString text = pdfRawText(pdfOf(dir, plan)).remove(QChar(0x00AD));
    CHECK(text.contains(QStringLiteral("Mål: M1.5")));
    CHECK(text.contains(QStringLiteral("M1.5 Sikre elever")));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("Mål: \\d"))));
}

TEST_CASE("In the action plan the words fit their columns", "[typography][pdf]")
{
    // Innlandet's first action is "Et større årlig seminar med europeisk
    // prosjektsamarbeid som tema": the word is never cut without a hyphen.
    QTemporaryDir dir;
    const QStringList lines = pdfRawText(pdfOf(dir, sample("innlandet-internasjonal-2021-2024"))).split(u'\n');
    for (const QString &line : lines) {
        INFO("line: " << line.toStdString());
        CHECK_FALSE(line.endsWith(QStringLiteral("prosjektsam")));
        CHECK_FALSE(line.startsWith(QStringLiteral("arbeid ")));
        // A word cut at a line end is cut at a hyphen; a line never ends in
        // the middle of a word of these tables without one.
        CHECK_FALSE(line.endsWith(QStringLiteral("fyl")));
    }
}

TEST_CASE("With the labels in English, a Norwegian plan's own text keeps lang=nb", "[typography][html]")
{
    const Plan plan = sample("innlandet-internasjonal-2021-2024");
    const QString en = htmlOf(plan, QStringLiteral("en")).remove(QChar(0x00AD));
    CHECK(en.contains(QStringLiteral("<html lang=\"en\">")));
    // Goals, text sections, table bodies: the plan's words in its own language.
    CHECK(en.contains(QRegularExpression(QStringLiteral("<div class=\"goal\" lang=\"nb\">\\s*<h3 id=\"goal-1\"><span class=\"num\">G1</span> Fylkeskommunen skal"))));
    CHECK(en.contains(QRegularExpression(QStringLiteral("<section class=\"level2\" aria-labelledby=\"section-1\" lang=\"nb\">"))));
    CHECK(en.contains(QStringLiteral("<tbody lang=\"nb\">")));
    // ... and the English labels inside them are marked English.
    CHECK(en.contains(QStringLiteral("<p class=\"kind\" lang=\"en\">Main goal")));
    // In the plan's own language nothing needs saying.
    const QString nb = htmlOf(plan);
    CHECK(nb.count(QStringLiteral(" lang=\"nb\"")) == 1); // <html lang="nb">
    CHECK_FALSE(nb.contains(QStringLiteral(" lang=\"en\"")));
}
