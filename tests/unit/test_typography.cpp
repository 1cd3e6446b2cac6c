// Typography of the documents: hyphenation, the paper font from the
// template, tables and goals a reader can follow, numbers that never clash.
#include "testsupport.h"

#include "render/documentwriter.h"
#include "render/hyphenatehtml.h"
#include "render/hyphenator.h"
#include "render/paperstyle.h"

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
                             "<h1 class=\"samarbeidsavtalene\" title=\"samarbeidsavtalene\">internationalisation</h1>"
                             "<p lang=\"nb\">samarbeidsavtalene <a href=\"https://samarbeidsavtalene.no/\">samarbeidsavtalene</a>"
                             "<br><a href=\"mailto:fylkeskommunestyrebehandling@example.no\">fylkeskommunestyrebehandling@example.no</a></p>"
                             "<p lang=\"nn\">samarbeidsavtalane</p><pre>samarbeidsavtalene</pre></body></html>";
    const QString out = shown(QString::fromStdString(hyphenateHtml(html)));
    CHECK(out.contains(QStringLiteral("<title>samarbeidsavtalene</title>")));
    CHECK(out.contains(QStringLiteral(".samarbeidsavtalene {}")));
    CHECK(out.contains(QStringLiteral("<h1 class=\"samarbeidsavtalene\" title=\"samarbeidsavtalene\">in-ter-na-tion-al-isa-tion</h1>")));
    CHECK(out.contains(QStringLiteral("<p lang=\"nb\">samarbeids-avta-lene <a href=\"https://samarbeidsavtalene.no/\">samarbeids-avta-lene</a>")));
    CHECK(out.contains(QStringLiteral(">fylkeskommunestyrebehandling@example.no</a>")));
    CHECK(out.contains(QStringLiteral("<p lang=\"nn\">samarbeids-avta-lane</p>")));
    CHECK(out.contains(QStringLiteral("<pre>samarbeidsavtalene</pre>")));
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
