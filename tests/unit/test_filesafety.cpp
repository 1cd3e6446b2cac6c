// The plan file while it is open for editing: what other descriptors in the
// same process, other processes, crashes and other programs' files can and
// cannot do to it (docs/file-safety.md).
#include "testsupport.h"

#include "model/planerror.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace planverk;
using namespace planverk::test;

namespace {

// Every file in the folder with its bytes: "nothing changed" means this is equal.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        out.insert(name, readAll(QDir(folder).filePath(name)));
    return out;
}

PlanInfo retitled(PlanInfo info, const QString &title)
{
    info.title = title;
    return info;
}

// Runs raw SQL on a file through a connection of its own (as another program would).
struct Raw {
    QString name;
    explicit Raw(const QString &path, const QString &options = {})
    {
        static int n = 0;
        name = QStringLiteral("raw-%1").arg(++n);
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(options);
        REQUIRE(d.open());
    }
    ~Raw()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
};

} // namespace

TEST_CASE("An edit made after another descriptor on the plan was closed and another process read it is in the file", "[store][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(path, richPlan());
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    store->updateInfo(retitled(store->load().info, QStringLiteral("Før dialogen")));

    // What a file dialog's type column does: read the plan to guess its type,
    // then close that descriptor. With classic POSIX locks this released
    // every lock the process held on the file.
    QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        f.read(4096);
    }
    // Another process opens and closes the plan meanwhile.
    REQUIRE(cli({QStringLiteral("check"), path}).exitCode == 0);

    store->updateInfo(retitled(store->load().info, QStringLiteral("Etter dialogen, med æøå")));
    const Run out = cli({QStringLiteral("export"), path, QStringLiteral("-")});
    REQUIRE(out.exitCode == 0);
    CHECK(out.out.contains(QStringLiteral("Etter dialogen, med æøå")));
    CHECK(store->problem().isEmpty());
    store.reset();
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().info.title == QStringLiteral("Etter dialogen, med æøå"));
}

TEST_CASE("Other programs read an open plan, see every acknowledged edit and change nothing", "[store][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(path, richPlan());
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    for (int i = 1; i <= 3; ++i) {
        store->updateInfo(retitled(store->load().info, QStringLiteral("Utgave %1").arg(i)));
        const auto before = snapshot(dir.path());
        // Between edits the plan is one file: no journal, log or index beside it.
        CHECK(before.keys() == QStringList{QStringLiteral("plan.planverk")});
        const Run out = cli({QStringLiteral("export"), path, QStringLiteral("-")});
        CHECK(out.out.contains(QStringLiteral("\"Utgave %1\"").arg(i)));
        CHECK(cli({QStringLiteral("check"), path}).exitCode == 0);
        QTemporaryDir outDir;
        CHECK(cli({QStringLiteral("render"), path, QStringLiteral("-o"), outDir.filePath(QStringLiteral("p.html"))}).exitCode == 0);
        auto reader = PlanStore::open(path, PlanStore::Mode::ReadOnly); // a second editor, read-only
        CHECK(reader->load().info.title == QStringLiteral("Utgave %1").arg(i));
        reader.reset();
        CHECK(snapshot(dir.path()) == before);
    }
    // The readers left the writer able to write at once.
    store->updateInfo(retitled(store->load().info, QStringLiteral("Siste")));
    CHECK(store->problem().isEmpty());
}

TEST_CASE("A reader holding the plan open does not stop the editor from saving", "[store][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    PlanStore::createFrom(path, richPlan());
    auto writer = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    auto reader = PlanStore::open(path, PlanStore::Mode::ReadOnly);
    reader->load();
    writer->updateInfo(retitled(writer->load().info, QStringLiteral("Mens noen leser")));
    CHECK(reader->load().info.title == QStringLiteral("Mens noen leser"));
}

TEST_CASE("The store refuses to write once its file was moved, deleted, replaced or changed by another program", "[store][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    const QString moved = dir.filePath(QStringLiteral("flyttet.planverk"));
    PlanStore::createFrom(path, richPlan());

    SECTION("renamed")
    {
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        REQUIRE(QFile::rename(path, moved));
        CHECK_FALSE(store->verify().isEmpty());
        CHECK_THROWS_AS(store->updateInfo(retitled(store->load().info, QStringLiteral("Tapt"))), PlanError);
        CHECK_FALSE(QFileInfo::exists(path)); // nothing saved elsewhere
        store.reset();
        CHECK(PlanStore::open(moved, PlanStore::Mode::ReadOnly)->load().info.title != QStringLiteral("Tapt"));
    }
    SECTION("deleted, without asking first")
    {
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        REQUIRE(QFile::remove(path));
        try {
            store->updateInfo(retitled(store->load().info, QStringLiteral("Tapt")));
            FAIL("an edit was acknowledged into a deleted file");
        } catch (const PlanError &e) {
            CHECK(e.toString().contains(QStringLiteral("moved, renamed or deleted")));
        }
        CHECK_FALSE(store->problem().isEmpty());
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("replaced by another file of the same name")
    {
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        PlanStore::createFrom(moved, richPlan());
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::rename(moved, path));
        const QByteArray other = readAll(path);
        CHECK_THROWS_AS(store->updateInfo(retitled(store->load().info, QStringLiteral("Tapt"))), PlanError);
        CHECK(readAll(path) == other);
    }
    SECTION("written by another program")
    {
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
        {
            Raw other(path);
            other.exec(QStringLiteral("UPDATE plan_info SET title = 'Skrevet av et annet program'"));
        }
        CHECK(store->verify().contains(QStringLiteral("changed by another program")));
        CHECK_THROWS_AS(store->updateInfo(retitled(store->load().info, QStringLiteral("Tapt"))), PlanError);
        store.reset();
        CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().info.title == QStringLiteral("Skrevet av et annet program"));
    }
}

TEST_CASE("Reading a plan with a journal left by a crash never changes the file or the journal", "[store][files]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.planverk"));
    const QString path = dir.filePath(QStringLiteral("crashed.planverk"));
    Plan plan = richPlan();
    plan.info.title = QStringLiteral("Vedtatt tittel");
    PlanStore::createFrom(live, plan);
    {
        // A transaction half-way through its writes, frozen as a crash leaves
        // it: the file already has some of the new pages, the journal the old.
        Raw writer(live);
        writer.exec(QStringLiteral("PRAGMA cache_size = 1"));
        writer.exec(QStringLiteral("BEGIN"));
        writer.exec(QStringLiteral("UPDATE plan_info SET title = 'Halvskrevet', summary = replace(hex(zeroblob(100000)), '0', 'x')"));
        writer.exec(QStringLiteral("UPDATE goal SET description = replace(hex(zeroblob(10000)), '0', 'y')"));
        REQUIRE(QFileInfo(live + QStringLiteral("-journal")).size() > 0);
        REQUIRE(QFile::copy(live, path));
        REQUIRE(QFile::copy(live + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        writer.exec(QStringLiteral("ROLLBACK"));
    }
    const auto before = snapshot(dir.path());

    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().info.title == QStringLiteral("Vedtatt tittel"));
    const Run out = cli({QStringLiteral("export"), path, QStringLiteral("-")});
    CHECK(out.exitCode == 0);
    CHECK(out.out.contains(QStringLiteral("Vedtatt tittel")));
    CHECK(cli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(snapshot(dir.path()) == before);

    // Opened for editing, the crash is undone in the file itself.
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    CHECK(store->load().info.title == QStringLiteral("Vedtatt tittel"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(store->integrityProblems().isEmpty());
}

TEST_CASE("Another program's database with a write-ahead log is refused and left exactly as it was", "[store][files]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString path = dir.filePath(QStringLiteral("annet.planverk"));
    {
        Raw other(live);
        other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); // the locking VFS opens WAL files only so
        other.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        other.exec(QStringLiteral("PRAGMA application_id = 1234"));
        other.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        other.exec(QStringLiteral("INSERT INTO notes VALUES ('hemmelig')"));
        REQUIRE(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(live, path));
        REQUIRE(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    QFile::remove(live);
    QFile::remove(live + QStringLiteral("-wal"));
    const auto before = snapshot(dir.path());
    for (const auto mode : {PlanStore::Mode::ReadOnly, PlanStore::Mode::ReadWrite}) {
        try {
            PlanStore::open(path, mode);
            FAIL("another program's database was opened");
        } catch (const PlanError &e) {
            CHECK(e.toString().contains(QStringLiteral("another program")));
        }
    }
    const Run out = cli({QStringLiteral("export"), path, QStringLiteral("-")});
    CHECK(out.exitCode == 1);
    CHECK(out.err.contains(QStringLiteral("another program")));
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("A plan in write-ahead-log mode from an earlier Planverk is read in a copy and converted when opened for editing", "[store][files]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.planverk"));
    const QString path = dir.filePath(QStringLiteral("gammel.planverk"));
    PlanStore::createFrom(live, richPlan());
    {
        Raw old(live);
        old.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        old.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        old.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        old.exec(QStringLiteral("UPDATE plan_info SET title = 'Bare i loggen'"));
        REQUIRE(QFile::copy(live, path));
        REQUIRE(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    const auto before = readAll(path);
    const auto walBefore = readAll(path + QStringLiteral("-wal"));
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().info.title == QStringLiteral("Bare i loggen"));
    CHECK(readAll(path) == before);
    CHECK(readAll(path + QStringLiteral("-wal")) == walBefore);

    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite);
    CHECK(store->load().info.title == QStringLiteral("Bare i loggen"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(readAll(path).at(18) == 1); // rollback journal from now on
    store->updateInfo(retitled(store->load().info, QStringLiteral("Redigert")));
    store.reset();
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadOnly)->load().info.title == QStringLiteral("Redigert"));
}
