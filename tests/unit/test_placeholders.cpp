// `check` warns about text left from a county's Word template ([nnnn/nn],
// [Dato], [STIKKTITTEL], any bracketed word), wherever it stands in the plan.
#include "testsupport.h"

#include "model/planchecks.h"

using namespace planverk;
using namespace planverk::test;

namespace {

QStringList warnings(const Plan &plan)
{
    QStringList out;
    for (const Finding &f : checkPlan(plan))
        if (!f.isError())
            out << f.path + QStringLiteral(": ") + f.message;
    return out;
}

QString placeholder(const QString &path, const QString &text)
{
    return QStringLiteral("%1: \"%2\" looks like a placeholder left from a Word template: fill it in or remove it").arg(path, text);
}

} // namespace

TEST_CASE("check warns about placeholders left from Word templates, in every field", "[checks][placeholders]")
{
    Plan p = richPlan();
    REQUIRE(warnings(p).isEmpty());
    p.info.subtitle = QStringLiteral("[STIKKTITTEL]");
    p.info.caseNumber = QStringLiteral("[nnnn/nn]");
    p.goals[0].description = QStringLiteral("Vedtatt [Dato] i fylkestinget.");
    REQUIRE(!p.goals[0].subgoals.isEmpty());
    p.goals[0].subgoals[0].title = QStringLiteral("Delmål [Riktig kreditering av fotograf]");
    REQUIRE(!p.processing.isEmpty());
    REQUIRE(!p.processing[1].amendments.isEmpty());
    p.processing[1].amendments[0].text = QStringLiteral("Endring vedtatt [Dato vedtatt].");
    const QStringList w = warnings(p);
    CHECK(w.contains(placeholder(QStringLiteral("/plan/subtitle"), QStringLiteral("[STIKKTITTEL]"))));
    CHECK(w.contains(placeholder(QStringLiteral("/plan/caseNumber"), QStringLiteral("[nnnn/nn]"))));
    CHECK(w.contains(placeholder(QStringLiteral("/goals/0/description"), QStringLiteral("[Dato]"))));
    CHECK(w.contains(placeholder(QStringLiteral("/goals/0/subgoals/0/title"), QStringLiteral("[Riktig kreditering av fotograf]"))));
    CHECK(w.contains(placeholder(QStringLiteral("/processing/1/amendments/0/text"), QStringLiteral("[Dato vedtatt]"))));
    CHECK(w.size() == 5);
}

TEST_CASE("Markdown's own brackets and numbered references are not placeholders", "[checks][placeholders]")
{
    Plan p = richPlan();
    p.goals[0].description = QStringLiteral("Se [strategien](https://example.org/strategi), ![kart](kart.png), [rapporten][1] og [1].\n\n"
                                            "[1]: https://example.org/rapport\n\n- [x] gjort\n- [ ] ikke gjort\n\nEt \\[sitat\\] og [12–14].");
    CHECK(warnings(p).isEmpty());
}

TEST_CASE("The Akershus 2024–2027 sample is warned about its case number placeholder", "[checks][placeholders][cli]")
{
    const QString sample = sourcePath(QStringLiteral("data/akershus-internasjonal-temastrategi-2024-2027.json"));
    const Run r = cli({QStringLiteral("check"), sample});
    CHECK(r.exitCode == 0); // a warning, not an error: the plan is not adopted yet
    CHECK(r.out.contains(QStringLiteral("%1: /plan/caseNumber: warning: \"[nnnn/nn]\" looks like a placeholder left from a Word template").arg(sample)));
}
