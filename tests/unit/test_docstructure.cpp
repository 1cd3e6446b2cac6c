// The Word and OpenDocument texts come from the print HTML parsed in pieces
// and walked piece by piece, never laid out (docstructureload.h): they must
// say exactly what the document PrintLayout loads for paper says.
#include "testsupport.h"

#include "io/planjson.h"
#include "io/ziparchive.h"
#include "render/docstructureload.h"
#include "render/docxwriter.h"
#include "render/printlayout.h"
#include "render/templateset.h"

#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {

QByteArray documentXml(const DocStructure &doc)
{
    for (const ZipEntry &e : readZip(writeDocx(doc), QStringLiteral("docx")))
        if (e.name == QLatin1String("word/document.xml"))
            return e.bytes;
    FAIL("no word/document.xml");
    return {};
}

// The Word document's body from the whole document PrintLayout loads, and from the pieces.
void requireSameBody(const Plan &plan, const QString &language)
{
    auto templates = TemplateSet::open(QStringLiteral("standard"));
    PrintLayout layout(plan, *templates, language);
    const DocStructure whole = buildDocStructure(plan, *layout.document(), language);
    const DocStructure pieces = loadDocStructure(plan, *templates, language);
    REQUIRE(pieces.body.size() == whole.body.size());
    REQUIRE(documentXml(pieces) == documentXml(whole));
}

} // namespace

TEST_CASE("The Word document's text walked piece by piece is the printed document's, for every sample (one in all three languages)", "[docx][odt][documents]")
{
    for (const QString &file : sampleFiles()) {
        const Plan plan = readPlanJsonFile(file);
        // Every sample in its own language, the longest in the other two as well.
        const bool all = file.contains(QLatin1String("innlandet"));
        for (const char *language : {"", "nn", "en"}) {
            if (*language && !all)
                continue;
            INFO(file.toStdString() << " " << language);
            requireSameBody(plan, QLatin1String(language));
        }
    }
    INFO("richPlan");
    requireSameBody(richPlan(), {});
}

TEST_CASE("A long plan, its HTML cut in many pieces, makes the same Word document as the printed one", "[docx][odt][documents]")
{
    // 60 goals of 5 sub-goals and 60 memberships: some 40 pieces of HTML,
    // chapters, lists and tables on either side of the cuts.
    QTemporaryDir dir;
    const QString json = makeSynthetic(dir, QStringLiteral("long.json"), {QStringLiteral("60"), QStringLiteral("5"), QStringLiteral("60")});
    requireSameBody(readPlanJsonFile(json), {});
}
