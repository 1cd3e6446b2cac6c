// Texts compared word by word, the way a Norwegian reader sees them.
#include "testsupport.h"

#include "model/worddiff.h"

using namespace planverk;

namespace {

QString marked(const char *before, const char *after) { return markedText(diffText(QString::fromUtf8(before), QString::fromUtf8(after))); }

// Joining the pieces without the inserted ones gives the old text; without the deleted ones, the new.
void checkRebuilds(const QString &before, const QString &after)
{
    QString a, b;
    for (const TextPiece &p : diffText(before, after)) {
        if (p.op != TextPiece::Op::Inserted)
            a += p.text;
        if (p.op != TextPiece::Op::Deleted)
            b += p.text;
    }
    CHECK(a == before);
    CHECK(b == after);
}

} // namespace

TEST_CASE("word tokens: Norwegian words, hyphenated compounds, punctuation, Markdown", "[diff][worddiff]")
{
    CHECK(wordTokens(QStringLiteral("Grensekomiteen Innlandet-Dalarna, også på høring."))
          == QStringList{"Grensekomiteen", " ", "Innlandet-Dalarna", ",", " ", "også", " ", "på", " ", "høring", "."});
    CHECK(wordTokens(QStringLiteral("EU-programmene og 2021–2024")) == QStringList{"EU-programmene", " ", "og", " ", "2021", "–", "2024"});
    CHECK(wordTokens(QStringLiteral("**viktig** tekst")) == QStringList{"**", "viktig", "**", " ", "tekst"});
    CHECK(wordTokens(QStringLiteral("- første punkt\n2. andre")) == QStringList{"- ", "første", " ", "punkt", "\n", "2. ", "andre"});
    CHECK(wordTokens(QStringLiteral("Ærlig, økt og årlig - ikke en liste")) == QStringList{"Ærlig", ",", " ", "økt", " ", "og", " ", "årlig", " ", "-", " ", "ikke", " ", "en", " ", "liste"});
    CHECK(wordTokens(QStringLiteral("Det var...")) == QStringList{"Det", " ", "var", "..."});
    CHECK(wordTokens(QString()).isEmpty());
}

TEST_CASE("word diff of Norwegian text", "[diff][worddiff]")
{
    // One word changed: only that word, not the sentence.
    CHECK(marked("Fylkeskommunen skal styrke samarbeidet med Värmland.", "Fylkeskommunen skal videreutvikle samarbeidet med Värmland.")
          == QStringLiteral("Fylkeskommunen skal [-styrke-]{+videreutvikle+} samarbeidet med Värmland."));
    // A hyphenated compound is one word; æøå are letters.
    CHECK(marked("Delta i EU-programmene for kultur.", "Delta i Interreg-programmene for kultur og næring.")
          == QStringLiteral("Delta i [-EU-programmene-]{+Interreg-programmene+} for kultur{+ og næring+}."));
    CHECK(marked("Økt deltakelse på høring.", "Økt deltakelse i høringer.") == QStringLiteral("Økt deltakelse [-på høring-]{+i høringer+}."));
    // Punctuation is its own token.
    CHECK(marked("Kultur, idrett og friluftsliv.", "Kultur; idrett og friluftsliv!") == QStringLiteral("Kultur[-,-]{+;+} idrett og friluftsliv[-.-]{+!+}"));
    // Equal texts: one unchanged piece.
    const QList<TextPiece> same = diffText(QStringLiteral("Uendret tekst."), QStringLiteral("Uendret tekst."));
    REQUIRE(same.size() == 1);
    CHECK(same[0].op == TextPiece::Op::Same);
    // From nothing and to nothing.
    CHECK(marked("", "Ny tekst.") == QStringLiteral("{+Ny tekst.+}"));
    CHECK(marked("Gammel tekst.", "") == QStringLiteral("[-Gammel tekst.-]"));
}

TEST_CASE("word diff keeps Markdown whole: emphasis markers and list items", "[diff][worddiff]")
{
    // Emphasis added round a word: the "**" markers are inserted whole.
    CHECK(marked("Dette er viktig for regionen.", "Dette er **viktig** for regionen.") == QStringLiteral("Dette er {+**+}viktig{+**+} for regionen."));
    // A list item added: the whole line, with its marker.
    CHECK(marked("- Kultur\n- Samferdsel\n", "- Kultur\n- Næring\n- Samferdsel\n") == QStringLiteral("- Kultur\n{+- Næring\n+}- Samferdsel\n"));
    // A word changed in one list item: the other lines untouched, the marker kept.
    CHECK(marked("1. Første tiltak\n2. Andre tiltak\n", "1. Første tiltak\n2. Andre viktige tiltak\n") == QStringLiteral("1. Første tiltak\n2. Andre {+viktige +}tiltak\n"));
    // A paragraph changed far from another: each paragraph compared on its own.
    CHECK(marked("Første avsnitt.\n\nAndre avsnitt om Namibia.\n", "Første avsnitt.\n\nAndre avsnitt om Oshikoto.\n")
          == QStringLiteral("Første avsnitt.\n\nAndre avsnitt om [-Namibia-]{+Oshikoto+}.\n"));
}

TEST_CASE("word diff gives both texts back", "[diff][worddiff]")
{
    checkRebuilds(QStringLiteral("a b c d e f"), QStringLiteral("a x c y e f z"));
    checkRebuilds(QStringLiteral("- en\n- to\n\n**tre** fire."), QStringLiteral("* en\n- to og tre\n\nfire *fem*."));
    checkRebuilds(QStringLiteral("æ ø å"), QStringLiteral("å ø æ"));
    QString longA, longB;
    for (int i = 0; i < 3000; ++i) {
        longA += QStringLiteral("ord%1 ").arg(i);
        longB += QStringLiteral("ord%1 ").arg(i % 7 == 0 ? i + 1 : i);
    }
    checkRebuilds(longA, longB);
    checkRebuilds(longA, QStringLiteral("helt annen tekst"));
}
