// Outputs never destroy files: an output that is an input is refused, every
// write is checked (a full disk, a full standard output), a failed write
// leaves the old file and no temporary file, a forced import gives exactly
// the new plan, and a FIFO or a device is written through, never replaced.
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace planverk;
using namespace planverk::test;

namespace {

QString troms() { return sourcePath(QStringLiteral("data/troms-internasjonalt-arbeid.json")); }
QString innlandet() { return sourcePath(QStringLiteral("data/innlandet-internasjonal-2021-2024.json")); }

struct Limits {
    QString standardOutput;  // a file standard output goes to
    qint64 maxFileSize = -1; // RLIMIT_FSIZE of the process: a disk that is full after this many bytes
};

// planverk-cli with standard output sent to a file, or with a file size limit
// (writes past it fail with EFBIG, as on a full disk; SIGXFSZ ignored).
Run cliLimited(const QStringList &args, const Limits &limits, const QString &workDir = {})
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment());
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    if (!limits.standardOutput.isEmpty())
        p.setStandardOutputFile(limits.standardOutput);
    const qint64 max = limits.maxFileSize;
    p.setChildProcessModifier([max] {
        if (max >= 0) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit r{rlim_t(max), rlim_t(max)};
            ::setrlimit(RLIMIT_FSIZE, &r);
        }
    });
    p.start(binPath(QStringLiteral("planverk-cli")), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Every entry of a folder (hidden ones too) with its kind and the hash of its bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString path = dir.filePath(name);
        struct stat st {};
        REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        if (S_ISLNK(st.st_mode))
            out.insert(name, "link to " + QFile::encodeName(QFile::symLinkTarget(path)));
        else if (S_ISREG(st.st_mode))
            out.insert(name, QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
        else if (S_ISDIR(st.st_mode))
            out.insert(name, "folder");
        else
            out.insert(name, "special " + QByteArray::number(uint(st.st_mode & S_IFMT)));
    }
    return out;
}

QStringList names(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QString tromsJson() { return QString::fromUtf8(readAll(troms())); }

// Runs an external program (cp): a copy made by this process would drop the
// POSIX locks SQLite holds on the file in this process.
void copyFile(const QString &from, const QString &to)
{
    REQUIRE(QProcess::execute(QStringLiteral("/bin/cp"), {from, to}) == 0);
}

// Another SQLite program (the sqlite3 shell, a database browser) uses
// SQLite's own "unix" VFS. Named explicitly: once a store has been opened in
// this process, Planverk's locking VFS is the default, and it refuses WAL mode.
void openAsAnotherProgram(QSqlDatabase &db, const QString &plan)
{
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    db.setDatabaseName(QStringLiteral("file:%1?vfs=unix").arg(QString::fromUtf8(QUrl::toPercentEncoding(plan, "/"))));
}

// A plan file as a crash leaves it with a log of an edit that the file
// itself does not hold yet.
void leaveWal(const QString &plan)
{
    const QString saved = plan + QStringLiteral(".saved-wal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        openAsAnotherProgram(db, plan);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(q.exec(QStringLiteral("UPDATE plan_info SET title = 'Den gamle planen'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE goal SET title = 'Gammelt mål'")));
        copyFile(plan + QStringLiteral("-wal"), saved);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    REQUIRE(QFile::rename(saved, plan + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(plan + QStringLiteral("-wal")).size() > 0);
}

// A plan file as a crash in the middle of a transaction leaves it in
// rollback-journal mode: half-written, with a hot journal beside it.
void leaveHotJournal(const QString &plan)
{
    const QString savedPlan = plan + QStringLiteral(".saved");
    const QString savedJournal = plan + QStringLiteral(".saved-journal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        openAsAnotherProgram(db, plan);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = 10"))); // spill: pages reach the file before the commit
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        REQUIRE(q.exec(QStringLiteral("UPDATE plan_info SET title = 'Den gamle planen'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE goal SET title = 'Gammelt mål', description = hex(randomblob(900))")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE fyll (x)")));
        REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                                      "INSERT INTO fyll SELECT randomblob(2000) FROM n")));
        REQUIRE(QFileInfo(plan + QStringLiteral("-journal")).size() > 0);
        copyFile(plan, savedPlan);
        copyFile(plan + QStringLiteral("-journal"), savedJournal);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));
    REQUIRE(QFile::remove(plan));
    REQUIRE(QFile::rename(savedPlan, plan));
    REQUIRE(QFile::rename(savedJournal, plan + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("An output that is an input is refused, through any path or link", "[security][output]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString plan = dir.filePath(QStringLiteral("plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), troms(), plan}).exitCode == 0);
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(QFile::copy(troms(), json));
    const QString tpl = dir.filePath(QStringLiteral("mal.mustache"));
    writeAll(tpl, "{{title}} {{>del}}\n");
    const QString data = dir.filePath(QStringLiteral("data.json"));
    writeAll(data, "{\"title\": \"x\"}\n");
    REQUIRE(dir.mkpath(QStringLiteral("deler")));
    REQUIRE(dir.mkpath(QStringLiteral("under")));
    const QString partial = dir.filePath(QStringLiteral("deler/del.mustache"));
    writeAll(partial, "del\n");
    REQUIRE(QFile::link(plan, dir.filePath(QStringLiteral("lenke.json"))));
    REQUIRE(QFile::link(json, dir.filePath(QStringLiteral("lenke.planverk"))));
    REQUIRE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.json"))).constData()) == 0);
    REQUIRE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.html"))).constData()) == 0);
    REQUIRE(::link(QFile::encodeName(partial).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.mustache"))).constData()) == 0);

    const QString sameFile = QStringLiteral("(the same file); it was left as it is");
    const QString companion = QStringLiteral("a companion file SQLite keeps beside the input");
    const struct {
        QStringList args;
        QString says;
    } cases[] = {
        {{QStringLiteral("export"), plan, plan}, sameFile},
        {{QStringLiteral("export"), QStringLiteral("plan.planverk"), QStringLiteral("./under/../plan.planverk")}, sameFile},
        {{QStringLiteral("export"), plan, dir.filePath(QStringLiteral("lenke.json"))}, sameFile},
        {{QStringLiteral("export"), plan, dir.filePath(QStringLiteral("hard.json"))}, sameFile},
        {{QStringLiteral("export"), plan, plan + QStringLiteral("-wal")}, companion},
        {{QStringLiteral("export"), plan, plan + QStringLiteral("-journal")}, companion},
        {{QStringLiteral("export"), QStringLiteral("plan.planverk"), QStringLiteral("under/../plan.planverk-shm")}, companion},
        {{QStringLiteral("render"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("hard.html"))}, sameFile},
        {{QStringLiteral("viewmodel"), plan, QStringLiteral("-o"), plan}, sameFile},
        {{QStringLiteral("viewmodel"), json, QStringLiteral("-o"), dir.filePath(QStringLiteral("lenke.planverk"))}, sameFile},
        {{QStringLiteral("mustache"), tpl, data, QStringLiteral("-o"), tpl}, sameFile},
        {{QStringLiteral("mustache"), tpl, data, QStringLiteral("-o"), data}, sameFile},
        {{QStringLiteral("mustache"), tpl, data, QStringLiteral("--partials"), dir.filePath(QStringLiteral("deler")), QStringLiteral("-o"),
          dir.filePath(QStringLiteral("hard.mustache"))}, sameFile},
        {{QStringLiteral("import"), QStringLiteral("--force"), json, json}, sameFile},
        {{QStringLiteral("import"), QStringLiteral("--force"), json, dir.filePath(QStringLiteral("lenke.planverk"))}, sameFile},
    };
    const auto before = snapshot(dir.path());
    for (const auto &c : cases) {
        INFO(c.args.join(' ').toStdString());
        const Run r = cli(c.args, dir.path());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: ")));
        CHECK(r.err.contains(c.says));
        CHECK(snapshot(dir.path()) == before);
    }
}

TEST_CASE("A write to standard output that fails is an error", "[security][output]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString plan = dir.filePath(QStringLiteral("plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), troms(), plan}).exitCode == 0);
    const QString tpl = dir.filePath(QStringLiteral("mal.mustache"));
    writeAll(tpl, "{{title}}\n");
    const QList<QStringList> commands{
        {QStringLiteral("export"), plan, QStringLiteral("-")},
        {QStringLiteral("viewmodel"), plan},
        {QStringLiteral("mustache"), tpl, troms()},
        {QStringLiteral("check"), plan},
        {QStringLiteral("templates")},
        {QStringLiteral("--help")},
    };
    for (const QStringList &args : commands) {
        INFO(args.join(' ').toStdString());
        const Run r = cliLimited(args, {QStringLiteral("/dev/full"), -1});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: standard output: cannot be written")));
    }
    const Run r = cliLimited({QStringLiteral("export"), plan, QStringLiteral("-")}, {QStringLiteral("/dev/full"), -1});
    CHECK(r.err == QStringLiteral("planverk-cli: standard output: cannot be written: No space left on device\n"));
}

TEST_CASE("On a full disk an output file is left as it was, with nothing beside it", "[security][output]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    // A plan whose outputs are over 100 KB; the disk is full after 64 KB
    // (room for what SQLite may keep beside the plan while reading it).
    QByteArray source = readAll(innlandet());
    const QByteArray marker = "\"summary\": \"";
    source.insert(source.indexOf(marker) + marker.size(), QByteArray(100'000, 'x'));
    const QString planJson = dir.filePath(QStringLiteral("plan.json"));
    writeAll(planJson, source);
    const QString plan = dir.filePath(QStringLiteral("plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), planJson, plan}).exitCode == 0);
    const QString json = dir.filePath(QStringLiteral("ut.json"));
    const QString html = dir.filePath(QStringLiteral("ut.html"));
    writeAll(json, "{\"the old\": \"export\"}\n");
    writeAll(html, "<p>the old document</p>\n");
    REQUIRE(QFile::setPermissions(json, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const auto before = snapshot(dir.path());

    const Limits full{{}, 64 * 1024};
    const Run exp = cliLimited({QStringLiteral("export"), plan, json}, full);
    CHECK(exp.exitCode == 1);
    CHECK(exp.err == QStringLiteral("planverk-cli: %1: cannot be written: File too large; the old file was left as it was\n").arg(json));
    const Run ren = cliLimited({QStringLiteral("render"), planJson, QStringLiteral("-o"), html}, full);
    CHECK(ren.exitCode == 1);
    CHECK(ren.err == QStringLiteral("planverk-cli: %1: cannot be written: File too large; the old file was left as it was\n").arg(html));
    const QString fresh = dir.filePath(QStringLiteral("ny.json"));
    const Run vm = cliLimited({QStringLiteral("viewmodel"), planJson, QStringLiteral("-o"), fresh}, full);
    CHECK(vm.exitCode == 1);
    CHECK(vm.err == QStringLiteral("planverk-cli: %1: cannot be written: File too large; nothing was written\n").arg(fresh));
    CHECK(snapshot(dir.path()) == before);

    // With room, the file is replaced and keeps its permissions.
    CHECK(cli({QStringLiteral("export"), plan, json}).exitCode == 0);
    CHECK(readAll(json) == source);
    CHECK(QFile::permissions(json) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup));
    CHECK(names(dir.path()) == QStringList({QStringLiteral("plan.json"), QStringLiteral("plan.planverk"), QStringLiteral("ut.html"), QStringLiteral("ut.json")}));

    // A link is followed: the file it points to is replaced, the link stays.
    const QString link = dir.filePath(QStringLiteral("lenke.html"));
    REQUIRE(QFile::link(html, link));
    CHECK(cli({QStringLiteral("render"), planJson, QStringLiteral("-o"), link}).exitCode == 0);
    CHECK(QFileInfo(link).isSymLink());
    CHECK(readAll(html).startsWith("<!DOCTYPE html>"));
}

TEST_CASE("A failed import leaves nothing; a forced import gives exactly the new plan", "[security][output][import]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString target = dir.filePath(QStringLiteral("plan.planverk"));

    SECTION("a full disk, a new file")
    {
        const Run r = cliLimited({QStringLiteral("import"), troms(), target}, {{}, 32 * 1024});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: %1: ").arg(target)));
        CHECK(names(dir.path()).isEmpty());
    }
    SECTION("a full disk, an old file")
    {
        REQUIRE(cli({QStringLiteral("import"), innlandet(), target}).exitCode == 0);
        const auto before = snapshot(dir.path());
        const Run r = cliLimited({QStringLiteral("import"), QStringLiteral("--force"), troms(), target}, {{}, 32 * 1024});
        CHECK(r.exitCode == 1);
        CHECK(snapshot(dir.path()) == before);
    }
    SECTION("an old file with a log left beside it")
    {
        REQUIRE(cli({QStringLiteral("import"), innlandet(), target}).exitCode == 0);
        leaveWal(target);
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--force"), troms(), target});
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK(names(dir.path()) == QStringList{QStringLiteral("plan.planverk")});
        CHECK(cli({QStringLiteral("export"), target, QStringLiteral("-")}).out == tromsJson());
        CHECK(cli({QStringLiteral("check"), target}).exitCode == 0);
    }
    SECTION("an old file with a hot rollback journal beside it")
    {
        REQUIRE(cli({QStringLiteral("import"), innlandet(), target}).exitCode == 0);
        leaveHotJournal(target);
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--force"), troms(), target});
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK(names(dir.path()) == QStringList{QStringLiteral("plan.planverk")});
        CHECK(cli({QStringLiteral("export"), target, QStringLiteral("-")}).out == tromsJson());
        CHECK(cli({QStringLiteral("check"), target}).exitCode == 0);
    }
    SECTION("a log left beside a missing file is not taken over without --force")
    {
        writeAll(target + QStringLiteral("-wal"), QByteArray(4096, 'w'));
        const auto before = snapshot(dir.path());
        const Run r = cli({QStringLiteral("import"), troms(), target});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("plan.planverk-wal")));
        CHECK(snapshot(dir.path()) == before);
        CHECK(cli({QStringLiteral("import"), QStringLiteral("--force"), troms(), target}).exitCode == 0);
        CHECK(names(dir.path()) == QStringList{QStringLiteral("plan.planverk")});
        CHECK(cli({QStringLiteral("export"), target, QStringLiteral("-")}).out == tromsJson());
    }
    SECTION("while an editor has the plan open, --force is refused")
    {
        REQUIRE(cli({QStringLiteral("import"), innlandet(), target}).exitCode == 0);
        QLockFile editor(target + QStringLiteral(".lock")); // what MainWindow::openFile holds
        REQUIRE(editor.tryLock(0));
        const auto before = snapshot(dir.path());
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--force"), troms(), target});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("planverk-cli: %1: is open in Planverk (process %2 ").arg(target).arg(QCoreApplication::applicationPid())));
        CHECK(snapshot(dir.path()) == before);
    }
}

TEST_CASE("A FIFO or a device named as output is written through, never replaced", "[security][output]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString plan = dir.filePath(QStringLiteral("plan.planverk"));
    REQUIRE(cli({QStringLiteral("import"), innlandet(), plan}).exitCode == 0);

    SECTION("a FIFO")
    {
        const QString fifo = dir.filePath(QStringLiteral("ut.json"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // Read without blocking while the export runs.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        REQUIRE(fd >= 0);
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment());
        p.start(binPath(QStringLiteral("planverk-cli")), {QStringLiteral("export"), plan, fifo});
        QByteArray got;
        for (bool finished = false;;) {
            char buffer[65536];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                got.append(buffer, n);
                continue;
            }
            if (finished)
                break;
            finished = p.waitForFinished(10);
        }
        ::close(fd);
        CHECK(p.exitCode() == 0);
        CHECK(got == readAll(innlandet()));
        struct stat st {};
        REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
        CHECK(S_ISFIFO(st.st_mode));
    }
    SECTION("a character device")
    {
        // Device nodes of our own (the machine's /dev/null and /dev/full are
        // not put at risk): mknod needs root, as CI runs.
        const QString null = dir.filePath(QStringLiteral("null.html"));
        const QString full = dir.filePath(QStringLiteral("full.json"));
        if (::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0
            || ::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
            WARN("mknod is refused (not root): the device case is not run");
            return;
        }
        const Run toNull = cli({QStringLiteral("render"), plan, QStringLiteral("-o"), null});
        const Run toFull = cli({QStringLiteral("export"), plan, full});
        CHECK(toFull.exitCode == 1); // a full device, or one this file system will not open (nodev)
        for (const QString &device : {null, full}) {
            struct stat st {};
            REQUIRE(::lstat(QFile::encodeName(device).constData(), &st) == 0);
            CHECK(S_ISCHR(st.st_mode));
        }
        INFO(toNull.err.toStdString());
        CHECK((toNull.exitCode == 0 || toNull.err.contains(QStringLiteral("cannot be opened for writing"))));
        CHECK(names(dir.path()) == QStringList({QStringLiteral("full.json"), QStringLiteral("null.html"), QStringLiteral("plan.planverk")}));
    }
}
