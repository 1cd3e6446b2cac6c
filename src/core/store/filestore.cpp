#include "store/filestore.h"

#include "io/versionblob.h"
#include "model/planerror.h"
#include "store/followupstore.h"
#include "store/lockingvfs.h"
#include "store/plantables.h"
#include "store/rowcheck.h"
#include "store/schemacheck.h"
#include "store/sqlconnection.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <functional>

#include <sqlite3.h>

namespace planverk {

namespace {

QString quoted(const QString &name) { return '"' + name + '"'; }

// ------------------------------------------------------------ file header

void checkIdentity(const QString &path, quint32 applicationId, quint32 userVersion)
{
    if (applicationId != PlanStore::kApplicationId)
        throw PlanError(path, {}, QStringLiteral("is an SQLite database of another program, not a Planverk plan (application_id 0x%1)")
                                      .arg(applicationId, 8, 16, QLatin1Char('0')));
    if (userVersion > quint32(PlanStore::kSchemaVersion))
        throw PlanError(path, {}, QStringLiteral("was written by a newer Planverk (schema version %1; this version reads up to %2)")
                                      .arg(userVersion).arg(PlanStore::kSchemaVersion));
    if (userVersion < 1)
        throw PlanError(path, {}, QStringLiteral("has no Planverk schema (user_version 0); the file is damaged"));
}

struct Header {
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    bool walMode = false;    // the file format says write-ahead log (older Planverk, other programs)
    bool hasWal = false;     // a non-empty -wal beside it
    bool hasJournal = false; // a non-empty -journal beside it (live, or left by a crash)
    // The newest header may be in the log or the journal: then SQLite itself
    // answers the identity questions, on a private copy.
    bool fromLog() const { return hasWal || hasJournal; }
};

// Reads the 100-byte SQLite header without opening the database, so that a
// file that is not ours is never touched by SQLite.
Header inspect(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (fi.isDir())
        throw PlanError(path, {}, QStringLiteral("is a folder, not a plan file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    if (f.size() == 0)
        throw PlanError(path, {}, QStringLiteral("the file is empty, not a Planverk plan"));
    const QByteArray h = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!h.startsWith(magic)) {
        const QByteArray t = h.trimmed();
        if (t.startsWith('{') || t.startsWith('['))
            throw PlanError(path, {}, QStringLiteral("is a JSON file, not a .planverk plan file; import it with 'planverk-cli import'"));
        throw PlanError(path, {}, QStringLiteral("is not a Planverk plan (not an SQLite database)"));
    }
    if (h.size() < 100)
        throw PlanError(path, {}, QStringLiteral("is truncated: the database header is incomplete"));
    const auto *b = reinterpret_cast<const uchar *>(h.constData());
    Header r;
    r.pageSize = qFromBigEndian<quint16>(b + 16);
    if (r.pageSize == 1)
        r.pageSize = 65536;
    r.pageCount = qFromBigEndian<quint32>(b + 28);
    r.pageCountValid = qFromBigEndian<quint32>(b + 24) == qFromBigEndian<quint32>(b + 92) && r.pageCount > 0;
    r.userVersion = qFromBigEndian<quint32>(b + 60);
    r.applicationId = qFromBigEndian<quint32>(b + 68);
    r.walMode = b[18] == 2 || b[19] == 2;
    r.hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    r.hasJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!r.fromLog()) {
        checkIdentity(path, r.applicationId, r.userVersion);
        if (r.pageCountValid && qint64(r.pageCount) * r.pageSize > f.size())
            throw PlanError(path, {}, QStringLiteral("is truncated: the database needs %1 bytes but the file has %2")
                                          .arg(qint64(r.pageCount) * r.pageSize).arg(f.size()));
    }
    return r;
}



} // namespace

// ------------------------------------------------------------ Impl

struct FileStore::Impl {
    QString path;     // what the user named
    QString dbPath;   // what SQLite has open (a private copy when reading must not touch the file)
    SqlConnection conn;
    bool readOnly = false;
    int openedVersion = 0;
    mutable QString problem; // set once the file is no longer ours to write (moved, deleted, changed by another program)
    qint64 dataVersion = 0; // PRAGMA data_version as this connection last saw it
    std::unique_ptr<QTemporaryDir> tempDir;
    mutable std::unique_ptr<PlanTables> planTables; // the SQL of the plan's tables, on conn

    QSqlDatabase db() const { return conn.db(); }

    const PlanTables &tables() const
    {
        if (!planTables)
            planTables = std::make_unique<PlanTables>(conn, path, SqlDialect::SQLite);
        return *planTables;
    }

    // The version made when the status changes; none for a new file.
    void makeAutomaticVersion(const Plan &plan) const
    {
        if (!creating)
            tables().makeAutomaticVersion(plan);
    }

    [[noreturn]] void fail(const QString &what, const QSqlError &e) const
    {
        throw PlanError(path, {}, QStringLiteral("%1: %2").arg(what, e.text()));
    }

    void execScript(const QString &script) const
    {
        QSqlQuery q(db());
        for (const QString &s : sqldialect::statements(script)) {
            if (!q.exec(s))
                fail(QStringLiteral("schema update failed"), q.lastError());
        }
    }

    QVariant pragma(const QString &p) const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA ") + p))
            fail(QStringLiteral("PRAGMA %1 failed").arg(p), q.lastError());
        return q.next() ? q.value(0) : QVariant();
    }

    mutable int depth = 0; // transactions within a transaction join it
    bool creating = false;  // createFrom() is writing a new file

    template<class F>
    void transaction(F &&work) const
    {
        if (readOnly)
            throw PlanError(path, {}, QStringLiteral("is open read-only; the change was not saved"));
        if (depth == 0)
            requireUnchanged();
        if (depth > 0) {
            work();
            return;
        }
        struct Depth {
            int &d;
            Depth(int &x) : d(x) { ++d; }
            ~Depth() { --d; }
        } guard(depth);
        QSqlDatabase d = db();
        if (!d.transaction())
            fail(QStringLiteral("cannot start a transaction"), d.lastError());
        try {
            work();
        } catch (...) {
            d.rollback();
            throw;
        }
        if (!d.commit()) {
            const QSqlError e = d.lastError();
            d.rollback();
            fail(QStringLiteral("the change could not be saved"), e);
        }
        // Moved or deleted between the check and the commit: the edit went
        // into a file that is no longer the plan; say so rather than "saved".
        requireUnchanged();
    }

    sqlite3 *handle() const { return *static_cast<sqlite3 *const *>(db().driver()->handle().constData()); }

    // What happened to the file since it was opened, or an empty string.
    // "Moved" is SQLite's own test: the path no longer names the inode it
    // has open (renamed, deleted, or replaced by another file).
    QString currentProblem() const
    {
        if (!problem.isEmpty())
            return problem;
        int moved = 0;
        if (sqlite3_file_control(handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
            return QStringLiteral("was moved, renamed or deleted while it was open; nothing more is saved to it");
        if (pragma(QStringLiteral("data_version")).toLongLong() != dataVersion)
            return QStringLiteral("was changed by another program while it was open; nothing more is saved to it");
        return {};
    }

    void requireUnchanged() const
    {
        problem = currentProblem();
        if (!problem.isEmpty())
            throw PlanError(path, {}, problem);
    }

    // Reads from a private copy of the file and whatever journal or log lies
    // beside it, taken under a reader's lock, so that SQLite can roll back a
    // journal or replay a log without touching the user's files.
    void useCopy(bool mustLock)
    {
        ReadLock lock(path, 5000);
        if (mustLock && !lock.isLocked())
            throw PlanError(path, {}, QStringLiteral("is being written by another program; try again"));
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid())
            throw PlanError(path, {}, QStringLiteral("cannot be read: no temporary folder (%1)").arg(tempDir->errorString()));
        dbPath = tempDir->filePath(QStringLiteral("reading.planverk"));
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
            if (suffix.isEmpty() || QFileInfo::exists(path + suffix)) {
                QFile from(path + suffix);
                if (!from.copy(dbPath + suffix))
                    throw PlanError(path + suffix, {}, QStringLiteral("cannot be copied for reading: %1").arg(from.errorString()));
                QFile::setPermissions(dbPath + suffix, QFile::ReadOwner | QFile::WriteOwner);
            }
        }
    }

    // Opens the connection; `beforeWrites` runs after the file has been
    // read-checked and before any pragma that could write to it. A
    // read-only connection is read-only in SQLite too: it never writes the
    // file or creates anything beside it. `exclusive` is for a private copy
    // or a file in WAL mode, which the locking VFS opens only that way.
    void openConnection(bool asReadOnly, bool exclusive, const std::function<void()> &beforeWrites = {})
    {
        registerLockingVfs(); // before the first connection: see lockingvfs.h
        QSqlDatabase d = conn.add(QStringLiteral("QSQLITE"), QStringLiteral("planverk"));
        d.setDatabaseName(dbPath);
        d.setConnectOptions(asReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000") : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            fail(QStringLiteral("cannot be opened"), d.lastError());
        // Untrusted files: no functions with side effects from the schema,
        // and no writes to the schema tables by SQL.
        if (sqlite3 *h = handle()) {
            sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
            sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        }
        pragma(QStringLiteral("trusted_schema = OFF"));
        pragma(QStringLiteral("foreign_keys = ON"));
        if (exclusive)
            pragma(QStringLiteral("locking_mode = EXCLUSIVE"));
        if (beforeWrites)
            beforeWrites();
        if (!asReadOnly) {
            // A rollback journal, never a write-ahead log: between two edits
            // the plan is one self-contained file and the editor holds no
            // lock and no companion file, so nothing another descriptor in
            // the process does can cost an edit (docs/file-safety.md). A file
            // in WAL mode (older Planverk) is converted here, its log
            // checkpointed into it first.
            pragma(QStringLiteral("journal_mode = DELETE"));
            // EXTRA: each commit syncs the journal, the file, and the folder
            // after deleting the journal, so an acknowledged edit survives a
            // crash of the program and a power cut.
            pragma(QStringLiteral("synchronous = EXTRA"));
        }
        dataVersion = pragma(QStringLiteral("data_version")).toLongLong();
    }

    // Back to normal locking after opening in exclusive mode, and the lock
    // given up now rather than at the next transaction.
    void endExclusive()
    {
        pragma(QStringLiteral("locking_mode = NORMAL"));
        pragma(QStringLiteral("schema_version"));
    }

    void checkIntact() const
    {
        // The schema first: nothing below may touch a view, a trigger or a
        // generated column a hand-edited file could hold (schemacheck.h).
        checkSchema(*static_cast<sqlite3 *const *>(db().driver()->handle().constData()), path, pragma(QStringLiteral("user_version")).toInt(), sqldialect::migrationScripts());
        // quick_check would name only the table of a failed CHECK constraint;
        // load() checks every value those constraints check and names the row.
        pragma(QStringLiteral("ignore_check_constraints = ON"));
        QSqlQuery q(db());
        const bool checked = q.exec(QStringLiteral("PRAGMA quick_check"));
        QStringList problems;
        while (checked && q.next())
            problems << q.value(0).toString();
        q.finish();
        pragma(QStringLiteral("ignore_check_constraints = OFF"));
        if (!checked)
            throw PlanError(path, {}, QStringLiteral("is damaged and cannot be read: %1").arg(q.lastError().databaseText()));
        if (problems != QStringList{QStringLiteral("ok")})
            throw PlanError(path, {}, QStringLiteral("is damaged: %1").arg(problems.first()));
        checkReferences();
    }

    // PRAGMA foreign_key_check: every row it reports is refused; the message
    // names the first by table and row, and how many there are.
    void checkReferences() const
    {
        QSqlQuery fk(db());
        if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
            throw PlanError(path, {}, QStringLiteral("is damaged and cannot be read: %1").arg(fk.lastError().databaseText()));
        if (!fk.next())
            return;
        const QString table = fk.value(0).toString();
        const QVariant rowid = fk.value(1);
        const QString target = fk.value(2).toString();
        const int fkid = fk.value(3).toInt();
        int count = 1;
        while (fk.next())
            ++count;
        // The constraint's column, and the row by its number or (in the link
        // tables, which have none) by its owner and target.
        QString column;
        QSqlQuery list(db());
        if (list.exec(QStringLiteral("SELECT \"from\", \"to\" FROM pragma_foreign_key_list('%1') WHERE id = %2").arg(table).arg(fkid)) && list.next())
            column = list.value(0).toString();
        const QByteArray tableName = table.toLatin1(), columnName = column.toLatin1();
        rowcheck::Place at{path, QLatin1String(tableName), rowid.isNull() ? -1 : rowid.toLongLong()};
        QVariant owner, ownerTarget;
        if (rowid.isNull() && !column.isEmpty()) {
            QSqlQuery r(db());
            if (r.exec(QStringLiteral("SELECT owner, target FROM %1 WHERE %2 NOT IN (SELECT %3 FROM %4) LIMIT 1")
                           .arg(quoted(table), quoted(column), quoted(list.value(1).toString()), quoted(target)))
                && r.next()) {
                owner = r.value(0);
                ownerTarget = r.value(1);
                at.owner = &owner;
                at.target = &ownerTarget;
            }
        }
        QString what = QStringLiteral("refers to an entry of table %1 that is not there").arg(target);
        if (count > 1)
            what += QStringLiteral(" (and %1 more broken references)").arg(count - 1);
        at.refuse(column.isEmpty() ? nullptr : columnName.constData(), what);
    }

    void migrate(int from) const
    {
        const QStringList scripts = sqldialect::migrationScripts();
        transaction([&] {
            for (int v = from; v < kSchemaVersion; ++v)
                execScript(scripts[v]);
            pragma(QStringLiteral("user_version = %1").arg(kSchemaVersion));
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                fail(QStringLiteral("schema update failed"), q.lastError());
            if (q.next())
                throw PlanError(path, {}, QStringLiteral("schema update found broken references in table %1").arg(q.value(0).toString()));
        });
    }

};

FileStore::FileStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
FileStore::~FileStore() = default;

QString FileStore::path() const { return d->path; }
bool FileStore::isReadOnly() const { return d->readOnly; }
int FileStore::openedSchemaVersion() const { return d->openedVersion; }

std::unique_ptr<FileStore> FileStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw PlanError(path, {}, QStringLiteral("exists already; it was left as it is"));
    const QFileInfo fi(path);
    if (!fi.absoluteDir().exists())
        throw PlanError(path, {}, QStringLiteral("cannot be created: the folder %1 does not exist").arg(fi.absolutePath()));
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->dbPath = path;
    impl->openConnection(false, false);
    impl->pragma(QStringLiteral("application_id = %1").arg(qint32(kApplicationId)));
    impl->migrate(0);
    impl->openedVersion = kSchemaVersion;
    return std::unique_ptr<FileStore>(new FileStore(std::move(impl)));
}

std::unique_ptr<FileStore> FileStore::createFrom(const QString &path, const Plan &plan, const QList<PlanVersion> &versions)
{
    std::unique_ptr<FileStore> store;
    try {
        store = create(path);
        store->d->transaction([&] {
            store->d->creating = true; // a new file: its status is not a change, no automatic version
            store->replaceAll(plan);
            store->d->creating = false;
            for (const PlanVersion &v : versions)
                store->d->tables().insertVersion(v.info, packVersionPlan(v.plan));
        });
    } catch (...) {
        if (store) {
            store.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        throw;
    }
    return store;
}

std::unique_ptr<FileStore> FileStore::open(const QString &path, Mode mode)
{
    registerLockingVfs();
    const Header h = inspect(path);
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->dbPath = path;
    impl->readOnly = mode == Mode::ReadOnly;

    // A journal nobody is writing was left by a crash: SQLite rolls it back
    // on the first read, which a reader must not do to the user's file.
    bool hotJournal = false;
    if (h.hasJournal) {
        ReadLock lock(path, 5000);
        hotJournal = !lock.writerActive();
    }
    const bool logged = h.walMode || h.hasWal || hotJournal;

    if (h.fromLog()) {
        // The identity may be in the log: read it from a private copy
        // before SQLite is let near the file itself.
        Impl probe;
        probe.path = path;
        probe.readOnly = true;
        probe.useCopy(false);
        probe.openConnection(false, true, [&] {
            checkIdentity(path, quint32(probe.pragma(QStringLiteral("application_id")).toLongLong()),
                          quint32(probe.pragma(QStringLiteral("user_version")).toLongLong()));
        });
    }

    if (mode == Mode::ReadOnly && (logged || int(h.userVersion) < kSchemaVersion)) {
        // Reading never changes a file: a journal to roll back, a log to
        // replay or an older schema to migrate is done in a private copy.
        impl->useCopy(true);
        impl->openConnection(false, true, [&] { impl->checkIntact(); });
    } else {
        impl->openConnection(mode == Mode::ReadOnly, h.walMode && mode == Mode::ReadWrite, [&] { impl->checkIntact(); });
        if (h.walMode && mode == Mode::ReadWrite) {
            impl->endExclusive();
            QFile::remove(path + QStringLiteral("-shm")); // the converted log's index; nobody can be using it now
        }
    }
    impl->openedVersion = impl->pragma(QStringLiteral("user_version")).toInt();
    if (impl->openedVersion < kSchemaVersion) {
        const bool ro = impl->readOnly;
        impl->readOnly = false; // the copy, or the file opened for editing
        impl->migrate(impl->openedVersion);
        impl->readOnly = ro;
    }
    if (impl->readOnly && impl->tempDir)
        impl->pragma(QStringLiteral("query_only = ON"));
    return std::unique_ptr<FileStore>(new FileStore(std::move(impl)));
}

QString FileStore::problem() const { return d->problem; }

QString FileStore::verify()
{
    if (d->problem.isEmpty())
        d->problem = d->currentProblem();
    return d->problem;
}

Plan FileStore::load() const { return d->tables().load(); }

void FileStore::updateInfo(const PlanInfo &info)
{
    d->transaction([&] {
        const QString before = d->tables().storedStatus();
        d->tables().writeInfo(info);
        if (info.status != before)
            d->makeAutomaticVersion(load());
    });
}

void FileStore::setPicture(PictureRole role, const Picture &picture)
{
    d->transaction([&] { d->tables().writePicture(role, picture); });
}

void FileStore::replaceAll(const Plan &plan)
{
    d->transaction([&] {
        const QString before = d->tables().storedStatus();
        d->tables().replaceAll(plan);
        if (plan.info.status != before)
            d->makeAutomaticVersion(plan);
    });
}

void FileStore::replaceFollowup(const Followup &followup)
{
    d->transaction([&] { followupstore::write(d->db(), d->path, followup); });
}

Followup FileStore::loadFollowup() const { return followupstore::load(d->db(), d->path); }

void FileStore::updateFollowup(const Followup &before, const Followup &after)
{
    d->transaction([&] { followupstore::update(d->db(), d->path, before, after); });
}

QList<VersionInfo> FileStore::versions() const { return d->tables().versions(); }

Plan FileStore::readVersion(const QString &name) const { return d->tables().readVersion(name); }

VersionInfo FileStore::saveVersion(const QString &name, const QString &note)
{
    VersionInfo v;
    d->transaction([&] {
        const Plan plan = load();
        v.name = name;
        v.note = note;
        v.status = plan.info.status;
        v.created = versionTimeNow();
        d->tables().insertVersion(v, packVersionPlan(plan));
    });
    return v;
}

void FileStore::transaction(const std::function<void()> &work)
{
    d->transaction(work);
}

void FileStore::copyTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        throw PlanError(target, {}, QStringLiteral("exists already; it was left as it is"));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.bindValue(0, target);
    if (!q.exec())
        throw PlanError(target, {}, QStringLiteral("the copy could not be written: %1").arg(q.lastError().text()));
}

QStringList FileStore::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {q.lastError().text()};
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    QSqlQuery fk(d->db());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (fk.next())
            problems << QStringLiteral("broken reference in table %1 (row %2) to %3").arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    return problems;
}

// Every kind's writes, each one transaction.

void FileStore::insertEntry(EntryRef entity, const QUuid &parent, int position)
{
    d->transaction([&] { d->tables().insertEntry(entity, parent, position); });
}

void FileStore::updateEntry(EntryRef entity)
{
    d->transaction([&] { d->tables().updateEntry(entity); });
}

void FileStore::removeEntry(KindTag kind, const QUuid &id)
{
    d->transaction([&] { d->tables().removeEntry(kind, id); });
}

void FileStore::moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position)
{
    d->transaction([&] { d->tables().moveEntry(kind, id, newParent, position); });
}

} // namespace planverk