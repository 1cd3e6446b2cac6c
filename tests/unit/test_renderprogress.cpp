// The progress of a long render (the editor's progress dialog), and a render
// stopped half-way: it writes nothing, and an older file stays as it was.
#include "testsupport.h"

#include "io/planjson.h"
#include "render/documentwriter.h"

#include <QFile>

#include <vector>

using namespace planverk;
using namespace planverk::test;

namespace {

Plan longPlan()
{
    Plan plan = readPlanJsonFile(sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")));
    for (int i = 0; i < 120; ++i)
        plan.memberships.append({QUuid::createUuid(), QStringLiteral("Nettverk %1").arg(i), QString(), QStringLiteral("professional"),
                                 QStringLiteral("Kunnskap og erfaring på tvers av grenser. ").repeated(10), {}, {}});
    return plan;
}

} // namespace

TEST_CASE("A render reports its progress, from 0 towards 1, for PDF and ODT", "[documents]")
{
    const Plan plan = longPlan();
    QTemporaryDir dir;
    for (const char *name : {"lang.pdf", "lang.odt"}) {
        std::vector<double> seen;
        DocumentOptions o;
        o.progress = [&](double done) {
            seen.push_back(done);
            return true;
        };
        writeDocument(plan, dir.filePath(QString::fromLatin1(name)), o);
        INFO(name);
        REQUIRE(seen.size() > 1); // ODT: only the pieces of the document; PDF: its pages too
        CHECK(seen.front() == 0.0);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.back() <= 1.0);
        CHECK(QFile(dir.filePath(QString::fromLatin1(name))).size() > 1000);
    }
}

TEST_CASE("A cancelled render writes nothing and leaves an older file as it was", "[documents]")
{
    const Plan plan = longPlan();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    writeAll(pdf, "the old file");
    for (const double stopAt : {0.0, 0.5, 0.9}) {
        DocumentOptions o;
        o.progress = [stopAt](double done) { return done < stopAt; };
        REQUIRE_THROWS_AS(writeDocument(plan, pdf, o), RenderCancelled);
        CHECK(readAll(pdf) == QByteArray("the old file"));
    }
    const QString odt = dir.filePath(QStringLiteral("plan.odt"));
    DocumentOptions o;
    o.progress = [](double done) { return done < 0.3; };
    REQUIRE_THROWS_AS(writeDocument(plan, odt, o), RenderCancelled);
    CHECK(!QFile::exists(odt));
}
