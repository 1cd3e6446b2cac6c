// Versions: named, dated, read-only copies of the plan in its own file
// (issue 13), through the store, the JSON and the command line.
#include "testsupport.h"

#include "io/planfile.h"
#include "io/planjson.h"
#include "io/versionjson.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace planverk;
using namespace planverk::test;

namespace {

QString innlandet() { return sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")); }

QStringList namesOf(const QList<VersionInfo> &versions)
{
    QStringList out;
    for (const VersionInfo &v : versions)
        out << v.name;
    return out;
}

template<class F>
QString errorOf(F &&work)
{
    try {
        work();
    } catch (const PlanError &e) {
        return e.toString();
    }
    return {};
}

QString today() { return QDate::currentDate().toString(Qt::ISODate); }

} // namespace

TEST_CASE("A version keeps the plan as it was, and its name is its own", "[versions][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    const Plan plan = richPlan();
    auto store = PlanStore::createFrom(path, plan);
    CHECK(store->versions().isEmpty()); // a new file: no automatic version

    const VersionInfo v = store->saveVersion(QStringLiteral("Høringsutkast sendt"), QStringLiteral("Sendt 1. mars"));
    CHECK(v.status == plan.info.status);
    CHECK(v.created.timeSpec() == Qt::UTC);
    CHECK(qAbs(v.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    PlanInfo changed = plan.info;
    changed.title = QStringLiteral("Ny tittel");
    store->updateInfo(changed);
    store->saveVersion(QStringLiteral("Etter endringen"), {});

    const QList<VersionInfo> listed = store->versions();
    CHECK(namesOf(listed) == QStringList{QStringLiteral("Høringsutkast sendt"), QStringLiteral("Etter endringen")});
    CHECK(listed[0] == v);
    CHECK(listed[0].note == QStringLiteral("Sendt 1. mars"));
    CHECK(store->readVersion(QStringLiteral("Høringsutkast sendt")) == plan);
    CHECK(store->readVersion(QStringLiteral("Etter endringen")).info.title == QStringLiteral("Ny tittel"));
    CHECK(store->load().info.title == QStringLiteral("Ny tittel"));

    SECTION("a name that is taken is refused, and nothing changes")
    {
        CHECK(errorOf([&] { store->saveVersion(QStringLiteral("Høringsutkast sendt"), QStringLiteral("igjen")); })
              == QStringLiteral("%1: has a version named \"Høringsutkast sendt\" already (made %2); choose another name").arg(path, versionTimeText(v.created)));
        CHECK(store->versions() == listed);
        CHECK(errorOf([&] { store->saveVersion(QStringLiteral(" "), {}); }).contains(QStringLiteral("a version needs a name")));
        CHECK(errorOf([&] { store->saveVersion(QStringLiteral("to\nlinjer"), {}); }).contains(QStringLiteral("one line of visible text")));
        CHECK(store->versions() == listed);
    }
    SECTION("an unknown version names the file and the version and lists the versions")
    {
        CHECK(errorOf([&] { store->readVersion(QStringLiteral("Vedtatt")); })
              == QStringLiteral("%1@Vedtatt: no such version; the versions in %1 are \"Høringsutkast sendt\", \"Etter endringen\"").arg(path));
    }
    SECTION("the versions are in the file, read-only openers see them")
    {
        store.reset();
        auto ro = PlanStore::open(path, PlanStore::Mode::ReadOnly);
        CHECK(ro->versions() == listed);
        CHECK(ro->readVersion(QStringLiteral("Høringsutkast sendt")) == plan);
        CHECK_THROWS_WITH(ro->saveVersion(QStringLiteral("x"), {}), Catch::Contains("read-only"));
    }
}

TEST_CASE("A change of status makes a version of the plan as it enters the new stage", "[versions][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    Plan plan = richPlan();
    plan.info.status = QStringLiteral("draft");
    auto store = PlanStore::createFrom(path, plan);

    PlanInfo info = plan.info;
    info.subtitle = QStringLiteral("uten statusendring");
    store->updateInfo(info);
    CHECK(store->versions().isEmpty());

    info.status = QStringLiteral("consultation");
    store->updateInfo(info);
    const QString consultation = QStringLiteral("Høringsutkast ") + today();
    REQUIRE(namesOf(store->versions()) == QStringList{consultation});
    CHECK(store->versions()[0].status == QStringLiteral("consultation"));
    CHECK(store->versions()[0].note.isEmpty());
    Plan expected = plan;
    expected.info = info;
    CHECK(store->readVersion(consultation) == expected);

    SECTION("back and forth (undo, redo) makes no copy of a version there is")
    {
        info.status = QStringLiteral("draft");
        store->updateInfo(info);
        info.status = QStringLiteral("consultation");
        store->updateInfo(info);
        CHECK(namesOf(store->versions()) == QStringList{consultation, QStringLiteral("Utkast ") + today()});
    }
    SECTION("a changed plan at the same stage gets a name of its own")
    {
        info.status = QStringLiteral("draft");
        store->updateInfo(info);
        info.title = QStringLiteral("Revidert");
        info.status = QStringLiteral("consultation");
        store->updateInfo(info);
        CHECK(namesOf(store->versions()) == QStringList{consultation, QStringLiteral("Utkast ") + today(), consultation + QStringLiteral(" (2)")});
    }
    SECTION("in the plan's language, and where the whole plan is replaced")
    {
        Plan nynorsk = expected;
        nynorsk.info.language = QStringLiteral("nn");
        nynorsk.info.status = QStringLiteral("adopted");
        store->replaceAll(nynorsk);
        CHECK(namesOf(store->versions()) == QStringList{consultation, QStringLiteral("Vedteke ") + today()});
        CHECK(store->readVersion(QStringLiteral("Vedteke ") + today()) == nynorsk);
    }
}

TEST_CASE("A plan file of schema version 3 opens as before and gains the table of versions", "[versions][store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gammel.planverk"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("tests/fixtures/plan-v3.planverk")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path);
    REQUIRE(original.mid(60, 4) == QByteArray("\0\0\0\3", 4));
    {
        auto ro = PlanStore::open(path, PlanStore::Mode::ReadOnly);
        CHECK(ro->openedSchemaVersion() == 3);
        CHECK(ro->load().info.title == QStringLiteral("Internasjonal temastrategi for Akershus fylkeskommune"));
        CHECK_FALSE(ro->load().info.logo.isEmpty());
        CHECK(ro->versions().isEmpty());
    }
    CHECK(readAll(path) == original);
    {
        auto rw = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        CHECK(rw->openedSchemaVersion() == 3);
        rw->saveVersion(QStringLiteral("Før revisjonen"), {});
    }
    CHECK(readAll(path).mid(60, 4) == QByteArray("\0\0\0", 3) + char(PlanStore::kSchemaVersion)); // migrated to the newest schema
    auto again = PlanStore::open(path, PlanStore::Mode::ReadOnly);
    CHECK(namesOf(again->versions()) == QStringList{QStringLiteral("Før revisjonen")});
    CHECK(again->readVersion(QStringLiteral("Før revisjonen")) == again->load());
}

TEST_CASE("Versions travel in the JSON and come back byte for byte", "[versions][json]")
{
    PlanWithVersions p;
    p.plan = readPlanJsonFile(innlandet());
    Plan consultation = p.plan;
    consultation.info.status = QStringLiteral("consultation");
    consultation.info.title += QStringLiteral(" (høringsutkast)");
    p.versions.append({{QStringLiteral("Høringsutkast 2020-11-24"), versionTimeFromText(QStringLiteral("2020-11-24T09:15:00Z")),
                        QStringLiteral("consultation"), QStringLiteral("Sendt på høring")}, consultation});
    p.versions.append({{QStringLiteral("Vedtatt i fylkestinget sak 7/21"), versionTimeFromText(QStringLiteral("2021-02-17T15:00:00Z")),
                        QStringLiteral("adopted"), QString()}, p.plan});

    const QByteArray json = exportPlanWithVersionsJson(p);
    CHECK(json.startsWith(exportPlanJson(p.plan).chopped(3))); // the plan first, as without versions
    CHECK(json.contains("\"versions\": ["));
    const PlanWithVersions back = importPlanWithVersionsJson(json, QStringLiteral("x.json"));
    CHECK(back.plan == p.plan);
    CHECK(back.versions == p.versions);
    CHECK(exportPlanWithVersionsJson(back) == json);
    CHECK(exportPlanWithVersionsJson({p.plan, {}}) == exportPlanJson(p.plan)); // no versions: the bytes of before

    QTemporaryDir dir;
    SECTION("through a plan file and the command line")
    {
        const QString in = dir.filePath(QStringLiteral("med-versjoner.json"));
        writeAll(in, json);
        const QString file = dir.filePath(QStringLiteral("plan.planverk"));
        REQUIRE(cli({QStringLiteral("import"), in, file}).exitCode == 0);
        const Run out = cli({QStringLiteral("export"), file, QStringLiteral("-")});
        CHECK(out.exitCode == 0);
        CHECK(out.out.toUtf8() == json);
        const Run version = cli({QStringLiteral("export"), file + QStringLiteral("@Høringsutkast 2020-11-24"), QStringLiteral("-")});
        CHECK(version.exitCode == 0);
        CHECK(version.out.toUtf8() == exportPlanJson(consultation));
    }
    SECTION("bad versions are refused with their JSON path")
    {
        auto refusal = [&](const QByteArray &from, const QByteArray &to) {
            QByteArray bad = json;
            bad.replace(from, to);
            return errorOf([&] { importPlanWithVersionsJson(bad, QStringLiteral("x.json")); });
        };
        CHECK(refusal("\"name\": \"Vedtatt i fylkestinget sak 7/21\"", "\"name\": \"Høringsutkast 2020-11-24\"")
              == QStringLiteral("x.json: /versions/1/name: \"Høringsutkast 2020-11-24\" is the name of the version at /versions/0 too"));
        CHECK(refusal("\"created\": \"2020-11-24T09:15:00Z\"", "\"created\": \"24.11.2020\"")
              == QStringLiteral("x.json: /versions/0/created: \"24.11.2020\" is not a time of the form YYYY-MM-DDTHH:MM:SSZ (UTC)"));
        CHECK(refusal("\"status\": \"consultation\",\n      \"note\"", "\"status\": \"draft\",\n      \"note\"")
              == QStringLiteral("x.json: /versions/0/status: \"draft\" is not the status of the version's plan (\"consultation\")"));
        CHECK(refusal("\"planType\": \"goals-and-action-plan\",\n          \"periodStart\"", "\"planType\": \"plan\",\n          \"periodStart\"")
                  .startsWith(QStringLiteral("x.json: /versions/0/plan/plan/planType: \"plan\" is not one of")));
    }
}

TEST_CASE("PLAN@NAME: a version wherever a plan is read", "[versions][cli]")
{
    QTemporaryDir dir;
    // A folder with '@' in its name: the whole path is tried as a file first.
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("arkiv@2026")));
    const QString file = dir.filePath(QStringLiteral("arkiv@2026/plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), innlandet(), file}).exitCode == 0);
    const Run snap = cli({QStringLiteral("snapshot"), file, QStringLiteral("Sendt@e-post"), QStringLiteral("--note"), QStringLiteral("Til alle kommunene")});
    INFO(snap.err);
    REQUIRE(snap.exitCode == 0);
    CHECK(snap.out.startsWith(QStringLiteral("%1: version \"Sendt@e-post\" saved (").arg(file)));
    {
        auto store = PlanStore::open(file, PlanStore::Mode::ReadWrite);
        PlanInfo info = store->load().info;
        info.title = QStringLiteral("Gjeldende tittel");
        store->updateInfo(info);
    }
    const QString version = file + QStringLiteral("@Sendt@e-post");
    CHECK(parsePlanReference(version).file == file);
    CHECK(parsePlanReference(version).version == QStringLiteral("Sendt@e-post"));
    CHECK_FALSE(parsePlanReference(file).version.has_value());

    SECTION("versions lists them")
    {
        const Run r = cli({QStringLiteral("versions"), file});
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Sendt@e-post\t") + today().left(4)));
        CHECK(r.out.endsWith(QStringLiteral("\tadopted\tTil alle kommunene\n")));
        CHECK(r.out.count('\n') == 1);
    }
    SECTION("snapshot refuses a name that is taken and leaves the file as it was")
    {
        const QByteArray before = readAll(file);
        const Run r = cli({QStringLiteral("snapshot"), file, QStringLiteral("Sendt@e-post")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: %1: has a version named \"Sendt@e-post\" already (made ").arg(file)));
        CHECK(readAll(file) == before);
    }
    SECTION("export, check, viewmodel and render read the version")
    {
        const Run vm = cli({QStringLiteral("viewmodel"), version});
        CHECK(vm.exitCode == 0);
        CHECK(vm.out.contains(QStringLiteral("\"title\": \"Internasjonal mål- og handlingsplan 2021–2024\"")));
        CHECK_FALSE(vm.out.contains(QStringLiteral("Gjeldende tittel")));
        CHECK(cli({QStringLiteral("viewmodel"), file}).out.contains(QStringLiteral("Gjeldende tittel")));

        const Run check = cli({QStringLiteral("check"), version});
        CHECK(check.exitCode == 0);
        CHECK(check.out == version + QStringLiteral(": no problems found\n"));

        const Run exp = cli({QStringLiteral("export"), version, QStringLiteral("-")});
        CHECK(exp.exitCode == 0);
        CHECK(exp.out.toUtf8() == readAll(innlandet()));

        const QString html = dir.filePath(QStringLiteral("versjon.html"));
        const Run render = cli({QStringLiteral("render"), version, QStringLiteral("-o"), html});
        INFO(render.err);
        CHECK(render.exitCode == 0);
        CHECK(readAll(html).contains("Internasjonal mål- og handlingsplan 2021–2024"));
        CHECK_FALSE(readAll(html).contains("Gjeldende tittel"));
    }
    SECTION("an unknown version: a clear message, exit 1, nothing written")
    {
        const QByteArray before = readAll(file);
        const QString out = dir.filePath(QStringLiteral("ut.html"));
        for (const QStringList &args : {QStringList{QStringLiteral("render"), file + QStringLiteral("@Vedtatt"), QStringLiteral("-o"), out},
                                        QStringList{QStringLiteral("check"), file + QStringLiteral("@Vedtatt")},
                                        QStringList{QStringLiteral("export"), file + QStringLiteral("@Vedtatt"), QStringLiteral("-")},
                                        QStringList{QStringLiteral("viewmodel"), file + QStringLiteral("@Vedtatt")}}) {
            const Run r = cli(args);
            INFO(args.join(' ').toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err == QStringLiteral("planverk-cli: %1@Vedtatt: no such version; the versions in %1 are \"Sendt@e-post\"\n").arg(file));
        }
        CHECK_FALSE(QFile::exists(out));
        CHECK(readAll(file) == before);
    }
    SECTION("a JSON plan's versions are read the same way")
    {
        const QString json = dir.filePath(QStringLiteral("plan.json"));
        REQUIRE(cli({QStringLiteral("export"), file, json}).exitCode == 0);
        const Run vm = cli({QStringLiteral("viewmodel"), json + QStringLiteral("@Sendt@e-post")});
        CHECK(vm.exitCode == 0);
        CHECK_FALSE(vm.out.contains(QStringLiteral("Gjeldende tittel")));
        const Run bad = cli({QStringLiteral("check"), json + QStringLiteral("@Vedtatt")});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err == QStringLiteral("planverk-cli: %1@Vedtatt: no such version; the versions in %1 are \"Sendt@e-post\"\n").arg(json));
        CHECK(cli({QStringLiteral("versions"), json}).out.startsWith(QStringLiteral("Sendt@e-post\t")));
    }
}

TEST_CASE("A version edited by hand in the file is refused with the file, the version and the reason", "[versions][store][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(path, richPlan())->saveVersion(QStringLiteral("v1"), {});
    auto rawUpdate = [&](const QString &sql) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    };
    auto readError = [&] { return errorOf([&] { PlanStore::open(path, PlanStore::Mode::ReadOnly)->readVersion(QStringLiteral("v1")); }); };
    SECTION("bytes that are not a compressed plan")
    {
        rawUpdate(QStringLiteral("UPDATE plan_version SET plan = x'0000001000112233'"));
        CHECK(readError() == path + QStringLiteral("@v1: the version's plan cannot be unpacked (the file is damaged)"));
        const Run check = cli({QStringLiteral("check"), path});
        CHECK(check.exitCode == 1);
        CHECK(check.out.startsWith(path + QStringLiteral(": error: version \"v1\": the version's plan cannot be unpacked (the file is damaged)\n")));
    }
    SECTION("a blob that claims to unpack to 4 GB is refused before anything is allocated")
    {
        rawUpdate(QStringLiteral("UPDATE plan_version SET plan = x'FFFFFFF000112233'"));
        CHECK(readError().startsWith(path + QStringLiteral("@v1: the version's plan says it is 4294967280 bytes")));
    }
    SECTION("a time that is not one")
    {
        rawUpdate(QStringLiteral("UPDATE plan_version SET created = '2026-13-45T99:00:00Z'"));
        CHECK(errorOf([&] { PlanStore::open(path, PlanStore::Mode::ReadOnly)->versions(); })
              .contains(QStringLiteral("table plan_version, row 1, column created: \"2026-13-45T99:00:00Z\" is not a time")));
    }
}
