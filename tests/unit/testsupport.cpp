#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace planverk::test {

Plan richPlan()
{
    // Ids derived from a counter, so that every call gives the same plan.
    int counter = 0;
    auto newId = [&counter] { return QUuid::createUuidV5(QUuid(), QString::number(++counter)); };
    Plan p;
    p.info.title = QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024");
    p.info.organisation = QStringLiteral("Innlandet fylkeskommune");
    p.info.planType = QStringLiteral("goals-and-action-plan");
    p.info.periodStart = 2021;
    p.info.periodEnd = 2024;
    p.info.status = QStringLiteral("adopted");
    p.info.adoptedBy = QStringLiteral("Fylkestinget");
    p.info.adoptedDate = QDate(2021, 2, 17);
    p.info.caseNumber = QStringLiteral("7/21");
    p.info.summary = QStringLiteral("Planen gjør *Innlandet* synlig.");

    Theme t1{newId(), QStringLiteral("Kultur"), QStringLiteral("Kunst og kulturarv")};
    Theme t2{newId(), QStringLiteral("Samferdsel"), {}};
    p.themes = {t1, t2};
    p.instruments = {{newId(), QStringLiteral("Prosjektutvikling"), QStringLiteral("EU-prosjekter")}};

    Goal main{newId(), QStringLiteral("Utnytte internasjonale muligheter"), {}, QStringLiteral("Hovedmålet."), {}, {9, 17}, {}};
    Goal sub1{newId(), QStringLiteral("Videreutvikle kulturlivet"), QStringLiteral("Kultur"), {}, {t1.id}, {4}, {}};
    Goal sub2{newId(), QStringLiteral("Grønne transportløsninger"), QStringLiteral("Samferdsel"), {}, {t2.id, t1.id}, {}, {}};
    main.subgoals = {sub1, sub2};
    Goal second{newId(), QStringLiteral("Et annet mål"), {}, {}, {}, {}, {}};
    p.goals = {main, second};

    Section s1{newId(), QStringLiteral("Formål"), QStringLiteral("Tekst med **fet** skrift."), {}};
    s1.sections = {{newId(), QStringLiteral("Bakgrunn"), QStringLiteral("Under."), {}}};
    p.sections = {s1, {newId(), QStringLiteral("Forhold til regionale planer"), {}, {}}};

    p.memberships = {{newId(), QStringLiteral("Assembly of European Regions"), QStringLiteral("AER"), QStringLiteral("political"), {}, QStringLiteral("https://aer.eu"), {main.id, sub1.id}},
                     {newId(), QStringLiteral("Euromontana"), {}, QStringLiteral("political"), {}, {}, {}}};
    p.partnerships = {{newId(), QStringLiteral("Oshikoto"), QStringLiteral("Namibia"), QStringLiteral("Namibiaforeningen"), QStringLiteral("1990"), {}}};
    p.actions = {{newId(), QStringLiteral("Årlig seminar om europeisk prosjektsamarbeid"), {}, QStringLiteral("Internasjonal enhet"), QDate(2021, 11, 1), QStringLiteral("planned"), 250000, {sub2.id}}};
    Processing fu{newId(), QStringLiteral("Fylkesutvalget"), QDate(2021, 2, 2), QStringLiteral("7/21"), QStringLiteral("adopted-unanimously"), {}, {}};
    Processing ft{newId(), QStringLiteral("Fylkestinget"), QDate(2021, 2, 17), QStringLiteral("7/21"), QStringLiteral("adopted"), QStringLiteral("Planen vedtas."), {}};
    ft.amendments = {{newId(), QStringLiteral("Ap, Sp og SV"), QStringLiteral("Hans Kristian Enge"), QStringLiteral("Fortsette samarbeidet med Namibiaforeningen og Forut."),
                      QStringLiteral("adopted"), std::nullopt, 3, QStringLiteral("mot FrPs tre stemmer")}};
    p.processing = {fu, ft};
    p.contacts = {{newId(), QStringLiteral("Sissel By Ingvaldsen"), QStringLiteral("Sekretær"), QStringLiteral("Oppland fylkeskommune"), QStringLiteral("Sekretærer"),
                   QStringLiteral("sissel.by.ingvaldsen@oppland.org"), QStringLiteral("911 54 172")}};
    p.references = {{newId(), QStringLiteral("Innlandsstrategien"), {}, {}}};
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString sourcePath(const QString &relative) { return QStringLiteral(PLANVERK_SOURCE_DIR "/") + relative; }
QString binPath(const QString &program) { return QStringLiteral(PLANVERK_BIN_DIR "/") + program; }

QStringList sampleFiles()
{
    QStringList out;
    const QDir dir(sourcePath(QStringLiteral("data")));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString makeSynthetic(const QTemporaryDir &dir, const QString &name, const QStringList &args)
{
    const QString json = dir.filePath(name);
    QProcess make;
    make.start(binPath(QStringLiteral("planverk-make-synthetic")), QStringList{json} + args);
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);
    return json;
}

Run cli(const QStringList &args, const QString &workDir)
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment()); // no DISPLAY, no HOME, nothing
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(binPath(QStringLiteral("planverk-cli")), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace planverk::test
