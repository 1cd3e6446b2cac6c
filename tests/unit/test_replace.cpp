// Find and replace over the whole plan (core): what matches, in which order,
// and what a replacement changes — and leaves alone.
#include "testsupport.h"

#include "model/planreplace.h"

using namespace planverk;
using namespace planverk::test;

namespace {

Plan smallPlan()
{
    Plan p;
    p.info.title = QStringLiteral("Internasjonal strategi for Innlandet");
    p.info.summary = QStringLiteral("**Innlandet** vil samarbeide. innlandet!");
    p.info.website = QStringLiteral("https://innlandet.no");
    Section s{newId(), QStringLiteral("Bakgrunn"), QStringLiteral("Innlandet og Innlandet"), {}};
    s.sections << Section{newId(), QStringLiteral("Innlandet i verden"), {}, {}};
    p.sections << s;
    Goal g{newId(), QStringLiteral("Et grønnere Innlandet"), QStringLiteral("Klima"), {}, {}, {13}, {}};
    g.subgoals << Goal{newId(), QStringLiteral("Delmål"), {}, QStringLiteral("Fylkeskommunen i Innlandet"), {}, {}, {}};
    p.goals << g;
    p.themes << Theme{newId(), QStringLiteral("Klima"), QStringLiteral("Ingen treff her")};
    Processing pr{newId(), QStringLiteral("Fylkestinget i Innlandet"), QDate(2021, 2, 17), QStringLiteral("7/21"), QStringLiteral("adopted"), {}, {}};
    pr.amendments << Amendment{newId(), QStringLiteral("Ap"), {}, QStringLiteral("Hele Innlandet"), QStringLiteral("adopted"), 40, 3, {}};
    p.processing << pr;
    return p;
}

QStringList where(const QList<TextMatch> &matches)
{
    QStringList out;
    for (const TextMatch &m : matches)
        out << QStringLiteral("%1/%2@%3").arg(m.entity).arg(m.field).arg(m.start);
    return out;
}

} // namespace

TEST_CASE("Find lists every occurrence in document order, the plan's settings first", "[replace]")
{
    const Plan p = smallPlan();
    SECTION("matching case")
    {
        CHECK(where(findText(p, QStringLiteral("Innlandet"), Qt::CaseSensitive))
              == QStringList{"0/title@27", "0/summary@2", "1/body@0", "1/body@13", "2/title@0", "3/title@12", "4/description@17", "6/body@15",
                             "7/text@5"});
    }
    SECTION("ignoring case: the web address and the lower-case word too")
    {
        const QList<TextMatch> m = findText(p, QStringLiteral("innlandet"), Qt::CaseInsensitive);
        CHECK(where(m) == QStringList{"0/title@27", "0/website@8", "0/summary@2", "0/summary@30", "1/body@0", "1/body@13", "2/title@0", "3/title@12",
                                      "4/description@17", "6/body@15", "7/text@5"});
        CHECK(m[3].occurrence == 1);
        CHECK(!m[0].kind);
        CHECK(m[4].kind == EntityKind::Section);
        CHECK(m[10].kind == EntityKind::Amendment);
        CHECK(m[10].id == p.processing[0].amendments[0].id);
    }
    SECTION("codes, dates and numbers are not text")
    {
        CHECK(findText(p, QStringLiteral("adopted"), Qt::CaseInsensitive).isEmpty());
        CHECK(findText(p, QStringLiteral("2021"), Qt::CaseInsensitive).isEmpty());
        CHECK(findText(p, QStringLiteral("13"), Qt::CaseInsensitive).isEmpty());
    }
    CHECK(findText(p, QString(), Qt::CaseInsensitive).isEmpty());
    CHECK(findText(p, QStringLiteral("Trøndelag"), Qt::CaseInsensitive).isEmpty());
}

TEST_CASE("Replace all changes every occurrence and names what changed", "[replace]")
{
    const Plan p = smallPlan();
    const Replacement r = replaceAll(p, QStringLiteral("Innlandet"), QStringLiteral("Viken"), Qt::CaseSensitive);
    CHECK(r.count == 9);
    CHECK(r.info);
    CHECK(r.plan.info.title == QStringLiteral("Internasjonal strategi for Viken"));
    CHECK(r.plan.info.summary == QStringLiteral("**Viken** vil samarbeide. innlandet!")); // case kept apart
    CHECK(r.plan.info.website == QStringLiteral("https://innlandet.no"));
    CHECK(r.plan.sections[0].body == QStringLiteral("Viken og Viken"));
    CHECK(r.plan.sections[0].sections[0].title == QStringLiteral("Viken i verden"));
    CHECK(r.plan.goals[0].subgoals[0].description == QStringLiteral("Fylkeskommunen i Viken"));
    CHECK(r.plan.processing[0].amendments[0].text == QStringLiteral("Hele Viken"));
    // Everything else as it was.
    CHECK(r.plan.goals[0].area == p.goals[0].area);
    CHECK(r.plan.goals[0].sdgs == p.goals[0].sdgs);
    CHECK(r.plan.themes == p.themes);
    CHECK(r.plan.processing[0].date == p.processing[0].date);
    const QList<std::pair<EntityKind, QUuid>> expected{
        {EntityKind::Section, p.sections[0].id},  {EntityKind::Section, p.sections[0].sections[0].id}, {EntityKind::Goal, p.goals[0].id},
        {EntityKind::Goal, p.goals[0].subgoals[0].id}, {EntityKind::Processing, p.processing[0].id},
        {EntityKind::Amendment, p.processing[0].amendments[0].id}};
    CHECK(r.entities == expected);
    CHECK(findText(r.plan, QStringLiteral("Innlandet"), Qt::CaseSensitive).isEmpty());

    SECTION("ignoring case")
    {
        const Replacement i = replaceAll(p, QStringLiteral("INNLANDET"), QStringLiteral("Viken"), Qt::CaseInsensitive);
        CHECK(i.count == 11);
        CHECK(i.plan.info.summary == QStringLiteral("**Viken** vil samarbeide. Viken!"));
        CHECK(i.plan.info.website == QStringLiteral("https://Viken.no"));
    }
    SECTION("a replacement that contains the text is not replaced again")
    {
        const Replacement again = replaceAll(p, QStringLiteral("Innlandet"), QStringLiteral("Innlandet og Innlandet"), Qt::CaseSensitive);
        CHECK(again.count == 9);
        CHECK(again.plan.sections[0].sections[0].title == QStringLiteral("Innlandet og Innlandet i verden"));
    }
    SECTION("with nothing, and nothing found")
    {
        CHECK(replaceAll(p, QStringLiteral("Innlandet "), QString(), Qt::CaseSensitive).plan.sections[0].body == QStringLiteral("og Innlandet"));
        const Replacement none = replaceAll(p, QStringLiteral("Trøndelag"), QStringLiteral("x"), Qt::CaseSensitive);
        CHECK(none.count == 0);
        CHECK(!none.info);
        CHECK(none.entities.isEmpty());
        CHECK(none.plan == p);
    }
}

TEST_CASE("Replace one changes that occurrence only, and only if it is still there", "[replace]")
{
    const Plan p = smallPlan();
    const QList<TextMatch> m = findText(p, QStringLiteral("Innlandet"), Qt::CaseSensitive);
    const Replacement r = replaceOne(p, m[3], QStringLiteral("Innlandet"), QStringLiteral("Hedmark"), Qt::CaseSensitive);
    CHECK(r.count == 1);
    CHECK(!r.info);
    CHECK(r.plan.sections[0].body == QStringLiteral("Innlandet og Hedmark"));
    CHECK(r.entities == QList<std::pair<EntityKind, QUuid>>{{EntityKind::Section, p.sections[0].id}});
    // The same match again: the text there has changed.
    CHECK(replaceOne(r.plan, m[3], QStringLiteral("Innlandet"), QStringLiteral("Hedmark"), Qt::CaseSensitive).count == 0);
    // In the plan's settings.
    const Replacement info = replaceOne(p, m[0], QStringLiteral("Innlandet"), QStringLiteral("Oppland"), Qt::CaseSensitive);
    CHECK(info.info);
    CHECK(info.plan.info.title == QStringLiteral("Internasjonal strategi for Oppland"));
    CHECK(info.plan.info.summary == p.info.summary);
}

TEST_CASE("Matches order as the document does", "[replace]")
{
    const QList<TextMatch> m = findText(smallPlan(), QStringLiteral("Innlandet"), Qt::CaseSensitive);
    for (qsizetype i = 1; i < m.size(); ++i) {
        CHECK(m[i - 1].before(m[i]));
        CHECK(!m[i].before(m[i - 1]));
    }
}
