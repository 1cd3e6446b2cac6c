// The accessible, archival PDF (render --accessible): what a reader's tools
// see in it (pdfinfo, the XMP, the structure tree and the bookmarks through
// qpdf --json, the text through pdftotext), and how the LibreOffice step
// fails: missing, too slow, cancelled, broken. One real conversion (some
// seconds: LibreOffice starts with a fresh profile); the failures use a
// stand-in program.
#include "testsupport.h"

#include "io/planjson.h"
#include "model/planerror.h"
#include "render/libreoffice.h"
#include "render/viewmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <chrono>
#include <csignal>
#include <map>
#include <memory>

using namespace planverk;
using namespace planverk::test;
using namespace std::chrono_literals;

namespace {

QString innlandetJson() { return sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")); }

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

Run cliWith(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binPath(QStringLiteral("planverk-cli")), args);
    REQUIRE(p.waitForFinished(300000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A plan through `render --accessible`, read back with qpdf --json.
struct Converted {
    QTemporaryDir dir;
    QString pdf;
    Run run;
    QJsonObject json;                  // qpdf --json
    std::map<QString, int> structure;  // structure element type (/S) -> how many
    QStringList figureAlt;             // the /Alt of each /Figure
    QStringList outlines;              // top-level bookmark titles
    QJsonObject catalog;
};

std::unique_ptr<Converted> convert(const QStringList &moreArgs)
{
    auto c = std::make_unique<Converted>();
    c->pdf = c->dir.filePath(QStringLiteral("tilgjengelig.pdf"));
    c->run = cli(QStringList{QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), c->pdf, QStringLiteral("--accessible")} + moreArgs);
    if (c->run.exitCode != 0)
        return c;
    c->json = QJsonDocument::fromJson(tool(QStringLiteral("qpdf"), {QStringLiteral("--json"), c->pdf}).toUtf8()).object();
    const QJsonObject objects = c->json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject value = it->toObject().value(QStringLiteral("value")).toObject();
        if (value.value(QStringLiteral("/Type")).toString() == QLatin1String("/Catalog"))
            c->catalog = value;
        if (value.contains(QStringLiteral("/S")) && value.contains(QStringLiteral("/P"))) {
            const QString type = value.value(QStringLiteral("/S")).toString();
            ++c->structure[type];
            if (type == QLatin1String("/Figure"))
                c->figureAlt << value.value(QStringLiteral("/Alt")).toString();
        }
    }
    for (const QJsonValue o : c->json.value(QStringLiteral("outlines")).toArray())
        c->outlines << o.toObject().value(QStringLiteral("title")).toString();
    return c;
}

int count(const Converted &c, const char *type)
{
    const auto it = c.structure.find(QLatin1String(type));
    return it == c.structure.end() ? 0 : it->second;
}

QStringList chapterTitles()
{
    ViewOptions o;
    o.forPrint = true;
    QStringList titles;
    const nlohmann::json model = buildViewModel(readPlanJsonFile(innlandetJson()), o);
    for (const auto &entry : model["toc"])
        titles << QString::fromStdString(entry["number"].get<std::string>() + ' ' + entry["title"].get<std::string>());
    return titles;
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    return !s.mid(s.lastIndexOf(')') + 2, 1).startsWith('Z'); // a zombie is dead, only not yet reaped
}

// A stand-in for soffice: a shell script in `dir`.
QString fakeOffice(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("soffice"));
    writeAll(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

TEST_CASE("render --accessible makes a tagged PDF/A-2b that claims PDF/UA-1", "[accessible][external]")
{
    const std::unique_ptr<Converted> converted = convert({});
    const Converted &c = *converted;
    INFO(c.run.err);
    REQUIRE(c.run.exitCode == 0);
    CHECK(c.run.err.isEmpty());

    const QString info = tool(QStringLiteral("pdfinfo"), {c.pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("^Tagged:\\s+yes$"), QRegularExpression::MultilineOption)));
    CHECK(info.contains(QRegularExpression(QStringLiteral("^Page size:\\s+595.* x 841.* \\(A4\\)$"), QRegularExpression::MultilineOption)));

    const QString xmp = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), c.pdf});
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    CHECK(xmp.contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));

    // The document's language, for a screen reader's voice: the plan's own (Bokmål).
    CHECK(c.catalog.value(QStringLiteral("/Lang")).toString() == QLatin1String("u:nb-NO"));
    CHECK(c.catalog.value(QStringLiteral("/MarkInfo")).toObject().value(QStringLiteral("/Marked")).toBool());
    CHECK(c.catalog.contains(QStringLiteral("/StructTreeRoot")));
    CHECK(c.structure.count(QStringLiteral("/Table")) > 0);

    // The text, æ ø å and all, as a reader copies it.
    const QString text = tool(QStringLiteral("pdftotext"), {c.pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024")));
    CHECK(text.contains(QStringLiteral("Ser over landegrensene for å utvikle Innlandet")));
    CHECK(text.contains(QStringLiteral("Et større årlig seminar med europeisk prosjektsamarbeid som tema")));
    CHECK(text.contains(QStringLiteral("Fylkesutvalget bifalt fylkeskommunedirektørens innstilling")));
    CHECK(text.contains(QStringLiteral("Region Värmland")));

    // The contents with page numbers (LibreOffice updates the index; --convert-to would leave it without).
    const QString contents = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("3"),
                                                                QStringLiteral("-l"), QStringLiteral("3"), c.pdf, QStringLiteral("-")});
    CHECK(contents.contains(QStringLiteral("Innhold")));
    CHECK(contents.contains(QRegularExpression(QStringLiteral("1 Bakgrunn\\.{5,}\\s*4\\n"))));
    CHECK(contents.contains(QRegularExpression(QStringLiteral("9 Referanser\\.{5,}\\s*\\d+\\n"))));

    // The structure tree and the bookmarks (from the DOCX/ODT writers' real
    // headings and header rows; Qt's old ODT had neither).
    const QStringList chapters = chapterTitles();
    REQUIRE(chapters.size() == 9);
    INFO("structure elements: H1 " << count(c, "/H1") << ", Table " << count(c, "/Table") << ", TH " << count(c, "/TH"));
    CHECK(count(c, "/H1") == chapters.size()); // "1 Bakgrunn" … "9 Referanser"
    CHECK(count(c, "/H2") > 0);
    // Header cells: the action plan's five (#, Tiltak, Ansvarlig, Frist, Status) and the memberships' three.
    CHECK(count(c, "/TH") >= 5);
    // One top-level bookmark per chapter, in order.
    CHECK(c.outlines == chapters);
    // The title, shown in the window's title bar instead of the file name.
    CHECK(c.catalog.value(QStringLiteral("/ViewerPreferences")).toObject().value(QStringLiteral("/DisplayDocTitle")).toBool());
    CHECK(info.contains(QStringLiteral("Title:           Internasjonal mål- og handlingsplan 2021–2024\n")));
}

TEST_CASE("render --accessible with the county's Word template: its cover, pictures with alt text, the plan's chapters", "[accessible][external]")
{
    const std::unique_ptr<Converted> converted =
        convert({QStringLiteral("--template"), sourcePath(QStringLiteral("resources/wordtemplates/fylkesmal.dotx"))});
    const Converted &c = *converted;
    INFO(c.run.err);
    REQUIRE(c.run.exitCode == 0);
    CHECK(c.run.err.isEmpty()); // every placeholder of the sample template is known
    CHECK(tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), c.pdf}).contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
    // The logo and the cover picture, each with its alt text.
    CHECK(c.figureAlt.size() == 2);
    for (const QString &alt : c.figureAlt)
        CHECK(alt.size() > 6);
    CHECK(count(c, "/H1") == chapterTitles().size());
    CHECK(c.outlines == chapterTitles());
    const QString text = tool(QStringLiteral("pdftotext"), {c.pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Saksnummer: 7/21")));
    CHECK(text.contains(QStringLiteral("Et større årlig seminar med europeisk prosjektsamarbeid som tema")));
    CHECK(!text.contains(QStringLiteral("[Tittel]")));
    CHECK(!text.contains(QStringLiteral("[Planinnhold]")));
}

TEST_CASE("render --accessible without LibreOffice names the package, exits 1 and writes nothing", "[accessible]")
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("empty"))); // no soffice, no libreoffice
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));

    const Run missing = cliWith(env, {QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), pdf, QStringLiteral("--accessible")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("libreoffice-writer-nogui")));
    CHECK(missing.err.contains(pdf));
    CHECK(!QFile::exists(pdf));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // An old file of that name stays as it was.
    writeAll(pdf, "the old PDF");
    CHECK(cliWith(env, {QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), pdf, QStringLiteral("--accessible")}).exitCode == 1);
    CHECK(readAll(pdf) == "the old PDF");

    // The ordinary PDF never needs LibreOffice.
    CHECK(cliWith(env, {QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), pdf}).exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));

    // Wrong usage: --accessible is for a PDF, and is PDF/A already.
    CHECK(cli({QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), dir.filePath(QStringLiteral("a.html")), QStringLiteral("--accessible")}).exitCode == 2);
    CHECK(cli({QStringLiteral("render"), innlandetJson(), QStringLiteral("-o"), pdf, QStringLiteral("--accessible"), QStringLiteral("--pdfa")}).exitCode == 2);
}

TEST_CASE("LibreOffice that takes too long is stopped with everything it started", "[accessible]")
{
    QTemporaryDir dir;
    const QString pids = dir.filePath(QStringLiteral("pids"));
    LibreOfficeJob job;
    // Like soffice: a launcher that starts the real worker and waits for it.
    job.program = fakeOffice(dir, "sleep 60 &\necho $$ $! > '" + pids.toUtf8() + "'\nwait\n");
    job.outputName = dir.filePath(QStringLiteral("plan.pdf"));
    job.timeLimit = 700ms;
    QElapsedTimer clock;
    clock.start();
    try {
        convertToAccessiblePdf("not a document", QStringLiteral("odt"), job);
        FAIL("no error");
    } catch (const PlanError &e) {
        CHECK(e.file() == job.outputName);
        CHECK(e.message().contains(QStringLiteral("did not finish the PDF within")));
    }
    CHECK(clock.elapsed() < 10000);
    const QList<QByteArray> started = readAll(pids).trimmed().split(' ');
    REQUIRE(started.size() == 2);
    for (const QByteArray &pid : started)
        CHECK(!alive(pid.toLongLong()));
    CHECK(!QFile::exists(job.outputName));
}

TEST_CASE("a cancelled LibreOffice conversion stops at once", "[accessible]")
{
    QTemporaryDir dir;
    LibreOfficeJob job;
    job.program = fakeOffice(dir, "sleep 60\n");
    int reports = 0;
    job.progress = [&](double done) {
        CHECK(done >= 0.0);
        CHECK(done < 1.0);
        return ++reports < 4;
    };
    QElapsedTimer clock;
    clock.start();
    CHECK_THROWS_AS(convertToAccessiblePdf("not a document", QStringLiteral("odt"), job), RenderCancelled);
    CHECK(clock.elapsed() < 10000);
    CHECK(reports == 4);
}

TEST_CASE("LibreOffice that fails or makes no PDF is an error that says what it said", "[accessible]")
{
    QTemporaryDir dir;
    LibreOfficeJob job;
    job.outputName = QStringLiteral("plan.pdf");
    SECTION("exit code")
    {
        job.program = fakeOffice(dir, "echo 'Error: source file could not be loaded' >&2\nexit 81\n");
        try {
            convertToAccessiblePdf("not a document", QStringLiteral("odt"), job);
            FAIL("no error");
        } catch (const PlanError &e) {
            CHECK(e.message().contains(QStringLiteral("exit code 81")));
            CHECK(e.message().contains(QStringLiteral("source file could not be loaded")));
        }
    }
    SECTION("no PDF (soffice says so on standard output and exits 0)")
    {
        job.program = fakeOffice(dir, "echo 'Error: source file could not be loaded'\n");
        try {
            convertToAccessiblePdf("not a document", QStringLiteral("odt"), job);
            FAIL("no error");
        } catch (const PlanError &e) {
            CHECK(e.message().contains(QStringLiteral("LibreOffice made no PDF")));
            CHECK(e.message().contains(QStringLiteral("source file could not be loaded")));
        }
    }
    SECTION("the arguments: its own profile, headless, a macro that exports PDF/A-2b with tags and PDF/UA")
    {
        const QString args = dir.filePath(QStringLiteral("args"));
        const QString macro = dir.filePath(QStringLiteral("macro"));
        job.program = fakeOffice(dir, "for a in \"$@\"; do echo \"$a\"; done > '" + args.toUtf8() + "'\n"
                                      "cat \"${1#-env:UserInstallation=file://}/user/basic/Standard/Module1.xba\" > '" + macro.toUtf8() + "'\n");
        CHECK_THROWS_AS(convertToAccessiblePdf("x", QStringLiteral("odt"), job), PlanError);
        const QStringList given = QString::fromUtf8(readAll(args)).split(QLatin1Char('\n'));
        CHECK(given.filter(QRegularExpression(QStringLiteral("^-env:UserInstallation=file:///.*/profile$"))).size() == 1);
        CHECK(given.contains(QStringLiteral("--headless")));
        CHECK(given.filter(QRegularExpression(QStringLiteral(
                  "^macro:///Standard.Module1.Convert\\(\"file:///.*/dokument.odt\",\"file:///.*/dokument.pdf\",\"file:///.*/error.txt\"\\)$"))).size() == 1);
        const QString module = QString::fromUtf8(readAll(macro));
        CHECK(module.contains(QStringLiteral("Prop(&quot;SelectPdfVersion&quot;, CLng(2))")));
        CHECK(module.contains(QStringLiteral("Prop(&quot;UseTaggedPDF&quot;, True)")));
        CHECK(module.contains(QStringLiteral("Prop(&quot;PDFUACompliance&quot;, True)")));
        CHECK(module.contains(QStringLiteral("getDocumentIndexes()")));
    }
}
