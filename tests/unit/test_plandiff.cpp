// What changed between two plans: golden change lists for hand-made pairs
// (tests/data/diff/base.json against each other file there), the CLI's exit
// codes and outputs, and the change document.
#include "testsupport.h"

#include "io/planfile.h"
#include "io/ziparchive.h"
#include "model/diffreport.h"
#include "model/plandiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace planverk;
using namespace planverk::test;

namespace {

QString diffData(const QString &name) { return sourcePath(QStringLiteral("tests/data/diff/") + name); }

QString report(const char *name)
{
    return diffReport(diffPlans(readPlanFile(diffData(QStringLiteral("base.json"))), readPlanFile(diffData(QString::fromLatin1(name) + QStringLiteral(".json")))));
}

QString golden(const char *name) { return QString::fromUtf8(readAll(diffData(QString::fromLatin1(name) + QStringLiteral(".expected.txt")))); }

} // namespace

TEST_CASE("change lists of hand-made pairs match the golden files", "[diff][plandiff]")
{
    for (const char *name : {"equal", "added", "removed", "reordered", "moved", "text", "links", "info"}) {
        INFO(name);
        CHECK(report(name) == golden(name));
    }
}

TEST_CASE("a plan compared with itself has no changes; the other way round, added is removed", "[diff][plandiff]")
{
    const Plan base = readPlanFile(diffData(QStringLiteral("base.json")));
    CHECK(diffPlans(base, base).isEmpty());
    const Plan added = readPlanFile(diffData(QStringLiteral("added.json")));
    const PlanDiff back = diffPlans(added, base);
    int removed = 0;
    for (const EntityChange &e : back.entities) {
        CHECK(e.removed);
        ++removed;
    }
    CHECK(removed == 3);
}

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("planverk-cli diff: exit codes 0 equal, 3 different, 1 bad input, 2 usage", "[diff][cli]")
{
    const QString base = diffData(QStringLiteral("base.json"));
    const Run equal = cli({QStringLiteral("diff"), base, diffData(QStringLiteral("equal.json"))});
    CHECK(equal.exitCode == 0);
    CHECK(equal.out == QStringLiteral("no changes\n"));
    const Run different = cli({QStringLiteral("diff"), base, diffData(QStringLiteral("text.json"))});
    CHECK(different.exitCode == 3);
    CHECK(different.out == golden("text"));

    QTemporaryDir dir;
    const Run missing = cli({QStringLiteral("diff"), base, dir.filePath(QStringLiteral("borte.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("borte.json: no such file")));
    writeAll(dir.filePath(QStringLiteral("ødelagt.json")), "{\"format\": \"planverk-plan\", ");
    const Run broken = cli({QStringLiteral("diff"), dir.filePath(QStringLiteral("ødelagt.json")), base});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("ødelagt.json")));

    CHECK(cli({QStringLiteral("diff"), base}).exitCode == 2);
    CHECK(cli({QStringLiteral("diff"), base, base, QStringLiteral("--pretty")}).exitCode == 2);
    CHECK(cli({QStringLiteral("diff"), base, base, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.odt"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("diff"), base, base, QStringLiteral("--lang"), QStringLiteral("de")}).exitCode == 2);
    // An output that is one of the inputs is refused, and the input left as it was.
    const QString copy = dir.filePath(QStringLiteral("plan.html"));
    QFile::copy(base, copy);
    const QByteArray before = readAll(copy);
    const Run same = cli({QStringLiteral("diff"), copy, base, QStringLiteral("-o"), copy});
    CHECK(same.exitCode == 1);
    CHECK(readAll(copy) == before);
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("diff A B [-o OUT.(html|pdf|docx)] [--json]")));
}

TEST_CASE("planverk-cli diff --json: the change list", "[diff][cli]")
{
    const Run r = cli({QStringLiteral("diff"), diffData(QStringLiteral("base.json")), diffData(QStringLiteral("moved.json")), QStringLiteral("--json")});
    CHECK(r.exitCode == 3);
    const auto j = nlohmann::json::parse(r.out.toStdString());
    CHECK(j["format"] == "planverk-diff");
    CHECK(j["equal"] == false);
    CHECK(j["summary"]["goal"]["moved"] == 1);
    REQUIRE(j["changes"].size() == 2);
    const auto &goal = j["changes"][1];
    CHECK(goal["kind"] == "goal");
    CHECK(goal["title"] == "Styrke samarbeidet med Värmland");
    CHECK(goal["change"] == "moved");
    CHECK(goal["place"] == nlohmann::json::array({2, 2}));
    CHECK(goal["oldPlace"] == nlohmann::json::array({1, 2}));
    CHECK(goal["moved"]["reparented"] == true);
    CHECK(goal["moved"]["toParent"] == "Internasjonal kompetanse i egen organisasjon");
}

TEST_CASE("the change document: HTML with ins and del and their labels, PDF with the legend, DOCX struck and underlined", "[diff][document]")
{
    QTemporaryDir dir;
    const QString base = diffData(QStringLiteral("base.json")), text = diffData(QStringLiteral("text.json"));
    const QString html = dir.filePath(QStringLiteral("endringer.html"));
    REQUIRE(cli({QStringLiteral("diff"), base, text, QStringLiteral("-o"), html}).exitCode == 3);
    const QString page = QString::fromUtf8(readAll(html)).remove(QChar(0xAD));
    CHECK(page.contains(QStringLiteral("<h1>Endringer fra base.json til text.json</h1>")));
    CHECK(page.contains(QStringLiteral("<ins><span class=\"visually-hidden\">[lagt til: </span>Interreg-programmene<span class=\"visually-hidden\">]</span></ins>")));
    CHECK(page.contains(QStringLiteral("<del><span class=\"visually-hidden\">[fjernet: </span>EU-programmene<span class=\"visually-hidden\">]</span></del>")));
    CHECK(page.contains(QStringLiteral("Understreket tekst er lagt til.")));
    CHECK(page.contains(QStringLiteral("Gjennomstreket tekst er fjernet.")));
    CHECK(page.contains(QStringLiteral("<span class=\"num\">M1.1</span> Delta i EU-programmene")));

    // Nynorsk and English labels.
    const QString nn = dir.filePath(QStringLiteral("nn.html"));
    REQUIRE(cli({QStringLiteral("diff"), base, text, QStringLiteral("-o"), nn, QStringLiteral("--lang"), QStringLiteral("nn")}).exitCode == 3);
    CHECK(QString::fromUtf8(readAll(nn)).contains(QStringLiteral("Endringar frå base.json til text.json")));
    const QString en = dir.filePath(QStringLiteral("en.html"));
    REQUIRE(cli({QStringLiteral("diff"), base, text, QStringLiteral("-o"), en, QStringLiteral("--lang"), QStringLiteral("en")}).exitCode == 3);
    CHECK(QString::fromUtf8(readAll(en)).contains(QStringLiteral("Changes from base.json to text.json")));

    const QString pdf = dir.filePath(QStringLiteral("endringer.pdf"));
    REQUIRE(cli({QStringLiteral("diff"), base, diffData(QStringLiteral("links.json")), QStringLiteral("-o"), pdf}).exitCode == 3);
    const QString words = pdfText(pdf).remove(QChar(0xAD));
    CHECK(words.contains(QStringLiteral("Endringer fra base.json til links.json")));
    CHECK(words.contains(QStringLiteral("Slik leser du endringene")));
    CHECK(words.contains(QStringLiteral("lagt til: Understreket tekst er lagt til.")));
    CHECK(words.contains(QStringLiteral("fjernet: Gjennomstreket tekst er fjernet.")));
    CHECK(words.contains(QStringLiteral("Klima og miljø")));
    CHECK(words.contains(QStringLiteral("Kultur og frivillighet")));
    CHECK(words.contains(QStringLiteral("30. juni 2025")));

    const QString docx = dir.filePath(QStringLiteral("endringer.docx"));
    REQUIRE(cli({QStringLiteral("diff"), base, text, QStringLiteral("-o"), docx}).exitCode == 3);
    QString xml;
    for (const ZipEntry &e : readZip(readAll(docx), docx))
        if (e.name == QLatin1String("word/document.xml"))
            xml = QString::fromUtf8(e.bytes);
    QString runs; // the text of the runs, without Word's optional hyphens
    static const QRegularExpression run(QStringLiteral("<w:t(?: [^>]*)?>([^<]*)</w:t>"));
    for (const auto &m : run.globalMatch(xml))
        runs += m.captured(1);
    CHECK(xml.contains(QStringLiteral("<w:strike/>")));
    CHECK(xml.contains(QStringLiteral("<w:u w:val=\"single\"/>")));
    CHECK(runs.contains(QStringLiteral("Interreg-programmene")));
    CHECK(runs.contains(QStringLiteral("Tekst:Fylkeskommunen deltar i:")));
}
