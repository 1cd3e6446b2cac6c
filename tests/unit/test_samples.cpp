#include "testsupport.h"

#include "io/planjson.h"
#include "model/planchecks.h"
#include "store/planstore.h"

using namespace planverk;
using namespace planverk::test;

TEST_CASE("Every sample plan survives import into a plan file and export unchanged", "[samples]")
{
    const QStringList files = sampleFiles();
    REQUIRE(files.size() >= 5);
    for (const QString &file : files) {
        INFO(file.toStdString());
        const QByteArray original = readAll(file);
        const Plan plan = importPlanJson(original, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.planverk"));
        PlanStore::createFrom(path, plan);
        const QByteArray exported = exportPlanJson(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load());
        CHECK(exported == original);
        // No errors; the only warnings are placeholders left from the county's
        // Word template (the Akershus 2024–2027 draft's case number "[nnnn/nn]").
        QStringList findings;
        for (const Finding &f : checkPlan(plan))
            if (f.isError() || !f.message.contains(QLatin1String("placeholder left from a Word template")))
                findings << f.path + QStringLiteral(": ") + f.message;
        CHECK(findings.isEmpty());
    }
}

TEST_CASE("The Innlandet sample carries the facts of the seed", "[samples]")
{
    const Plan p = readPlanJsonFile(sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")));
    CHECK(p.info.organisation == QStringLiteral("Innlandet fylkeskommune"));
    CHECK(p.info.periodStart == 2021);
    CHECK(p.info.periodEnd == 2024);
    CHECK(p.info.caseNumber == QStringLiteral("7/21"));
    REQUIRE(p.goals.size() == 1);
    QStringList areas;
    for (const Goal &g : p.goals[0].subgoals)
        areas << g.area;
    CHECK(areas == QStringList{QStringLiteral("Kultur"), QStringLiteral("Samfunnsutvikling"), QStringLiteral("Samferdsel"), QStringLiteral("Eiendom"),
                               QStringLiteral("Kompetanse og tannhelse"), QStringLiteral("Næring og internasjonalt samarbeid")});
    CHECK(p.memberships.size() == 7);
    REQUIRE(p.processing.size() == 2);
    REQUIRE(p.processing[1].amendments.size() == 1);
    const Amendment &a = p.processing[1].amendments[0];
    CHECK(a.proposers == QStringLiteral("Ap, Sp og SV"));
    CHECK(a.votesAgainst == 3);
    CHECK(a.text.contains(QStringLiteral("Namibiaforeningen")));
    CHECK(a.text.contains(QStringLiteral("Forut")));
}
