#include "store/filestore.h"

#include "io/picturefile.h"
#include "io/versionblob.h"
#include "model/planerror.h"
#include "store/followupstore.h"
#include "store/lockingvfs.h"
#include "store/rowcheck.h"
#include "store/schemacheck.h"
#include "store/sqlconnection.h"

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
#include <QRegularExpression>

#include <functional>

#include <sqlite3.h>

namespace planverk {

namespace {

QString snake(const char *camel)
{
    QString out;
    for (const char *p = camel; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z') {
            out += '_';
            out += QChar(*p - 'A' + 'a');
        } else {
            out += QChar(*p);
        }
    }
    return out;
}

QString quoted(const QString &name) { return '"' + name + '"'; }
QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
QVariant idValue(const QUuid &id) { return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id)); }
QVariant textValue(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// Whether rows of a kind name a parent row (sub-entries, or entries of a child kind).
template<class T> constexpr bool hasParentColumn() { return nests<T> || !isTopKind<T>; }

// ------------------------------------------------------------ visitors

struct ColumnLister {
    QStringList columns;
    void add(const char *k) { columns << quoted(snake(k)); }
    void text(const char *k, const QString &) { add(k); }
    void markdown(const char *k, const QString &) { add(k); }
    void code(const char *k, const QString &, const QStringList &) { add(k); }
    void date(const char *k, const QDate &) { add(k); }
    void integer(const char *k, const std::optional<int> &) { add(k); }
    void amount(const char *k, const std::optional<qint64> &) { add(k); }
    void refs(const char *, const QList<QUuid> &, const char *) {}
    void sdgs(const char *, const QList<int> &) {}
    void colour(const char *k, const QString &) { add(k); }
};

struct Binder {
    QSqlQuery &q;
    int i;
    void bind(const QVariant &v) { q.bindValue(i++, v); }
    void text(const char *, const QString &s) { bind(textValue(s)); }
    void markdown(const char *, const QString &s) { bind(textValue(s)); }
    void code(const char *, const QString &s, const QStringList &) { bind(textValue(s)); }
    void date(const char *, const QDate &d) { bind(d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("")); }
    void integer(const char *, const std::optional<int> &v) { bind(v ? QVariant(*v) : QVariant(QMetaType::fromType<int>())); }
    void amount(const char *, const std::optional<qint64> &v) { bind(v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>())); }
    void refs(const char *, const QList<QUuid> &, const char *) {}
    void sdgs(const char *, const QList<int> &) {}
    void colour(const char *, const QString &s) { bind(textValue(s)); }
};

// Reads one row into an entity. A value no Planverk would write (a file
// edited by hand) is refused with the table, row and column, not loaded.
struct RowReader {
    const QSqlQuery &q;
    int i;
    const rowcheck::Place &at;
    QVariant next() { return q.value(i++); }
    [[noreturn]] void bad(const char *k, const QString &what) const { at.refuse(k, what); }
    void text(const char *k, QString &s) { s = rowcheck::text(at, k, next()); }
    void markdown(const char *k, QString &s) { text(k, s); }
    void code(const char *k, QString &s, const QStringList &allowed)
    {
        text(k, s);
        if (!allowed.contains(s))
            bad(k, QStringLiteral("%1 is not one of %2").arg(rowcheck::shown(s), allowed.join(QStringLiteral(", "))));
    }
    void date(const char *k, QDate &d)
    {
        QString s;
        text(k, s);
        d = s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && (!d.isValid() || s.size() != 10))
            bad(k, QStringLiteral("%1 is not a date").arg(rowcheck::shown(s)));
    }
    void integer(const char *k, std::optional<int> &v)
    {
        const auto n = rowcheck::whole(at, k, next(), std::numeric_limits<int>::max(), true);
        v = n ? std::optional<int>(int(*n)) : std::nullopt;
    }
    void amount(const char *k, std::optional<qint64> &v)
    {
        v = rowcheck::whole(at, k, next(), std::numeric_limits<qint64>::max(), true);
    }
    void refs(const char *, QList<QUuid> &, const char *) {}
    void sdgs(const char *, QList<int> &) {}
    void colour(const char *k, QString &s)
    {
        text(k, s);
        if (!isAccentColour(s))
            bad(k, QStringLiteral("%1 is not a colour of the form #rrggbb").arg(rowcheck::shown(s)));
    }
};

// The link tables of a kind: "<table>_<key>" (owner, target, position).
struct LinkLister : IgnoreFields {
    struct Link {
        QString table;
        QVariantList targets;
    };
    const char *owner = nullptr;
    QList<Link> links;
    void refs(const char *k, const QList<QUuid> &ids, const char *)
    {
        Link l{QString::fromLatin1(owner) + '_' + QString::fromLatin1(k), {}};
        for (const QUuid &id : ids)
            l.targets << idText(id);
        links << l;
    }
    void sdgs(const char *k, const QList<int> &v)
    {
        Link l{QString::fromLatin1(owner) + '_' + QString::fromLatin1(k), {}};
        for (int n : v)
            l.targets << n;
        links << l;
    }
};

struct LinkFiller : IgnoreFields {
    LinkFiller(const QHash<QString, QHash<QString, QVariantList>> &l, const char *o, QString id) : links(l), owner(o), ownerId(std::move(id)) {}
    const QHash<QString, QHash<QString, QVariantList>> &links; // table -> owner -> targets
    const char *owner;
    QString ownerId;
    const QVariantList &targets(const char *k) const
    {
        static const QVariantList none;
        const auto t = links.constFind(QString::fromLatin1(owner) + '_' + QString::fromLatin1(k));
        if (t == links.constEnd())
            return none;
        const auto o = t->constFind(ownerId);
        return o == t->constEnd() ? none : *o;
    }
    void refs(const char *k, QList<QUuid> &ids, const char *)
    {
        for (const QVariant &v : targets(k))
            ids << QUuid::fromString(v.toString());
    }
    void sdgs(const char *k, QList<int> &out)
    {
        for (const QVariant &v : targets(k))
            out << v.toInt();
    }
};

template<class T> QStringList columnsOf()
{
    ColumnLister l;
    const T blank{};
    fields(l, blank);
    return l.columns;
}

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

QStringList migrationScripts()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/planverk/schema/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::ReadOnly);
        out << QString::fromUtf8(f.readAll());
    }
    Q_ASSERT(out.size() == PlanStore::kSchemaVersion);
    return out;
}

QString roleName(PictureRole role) { return role == PictureRole::Logo ? QStringLiteral("logo") : QStringLiteral("cover"); }

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
    QHash<QString, QSqlQuery> &queries = conn.queries;

    QSqlDatabase db() const { return conn.db(); }

    [[noreturn]] void fail(const QString &what, const QSqlError &e) const
    {
        throw PlanError(path, {}, QStringLiteral("%1: %2").arg(what, e.text()));
    }

    QSqlQuery &prepared(const QString &sql) const
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            QSqlQuery q(db());
            if (!q.prepare(sql))
                fail(QStringLiteral("cannot prepare \"%1\"").arg(sql), q.lastError());
            it = queries.insert(sql, q);
        }
        return *it;
    }

    QSqlQuery &run(const QString &sql, const QVariantList &args = {}) const
    {
        QSqlQuery &q = prepared(sql);
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args[i]);
        if (!q.exec())
            fail(QStringLiteral("the file could not be updated"), q.lastError());
        return q;
    }

    void execScript(const QString &script) const
    {
        QSqlQuery q(db());
        for (const QString &stmt : script.split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
            QString s = stmt.trimmed();
            // Drop comment-only lines at the start.
            while (s.startsWith(QStringLiteral("--"))) {
                const qsizetype nl = s.indexOf('\n');
                s = nl < 0 ? QString() : s.mid(nl + 1).trimmed();
            }
            if (s.isEmpty())
                continue;
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
        checkSchema(*static_cast<sqlite3 *const *>(db().driver()->handle().constData()), path, pragma(QStringLiteral("user_version")).toInt(), migrationScripts());
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
        const QStringList scripts = migrationScripts();
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

    // -------------------------------------------------------- entities

    template<class T>
    void insertOne(const T &e, const QUuid &parent, int position, bool withLinks = true) const
    {
        const QString table = QString::fromLatin1(Kind<T>::table);
        const QStringList cols = columnsOf<T>();
        QString placeholders = QStringLiteral("?, ?, ?");
        for (int i = 0; i < cols.size(); ++i)
            placeholders += QStringLiteral(", ?");
        QSqlQuery &q = prepared(QStringLiteral("INSERT INTO %1 (uuid, parent, position, %2) VALUES (%3)")
                                    .arg(quoted(table), cols.join(QStringLiteral(", ")), placeholders));
        q.bindValue(0, idText(e.id));
        q.bindValue(1, idValue(parent));
        q.bindValue(2, position);
        Binder b{q, 3};
        fields(b, e);
        if (!q.exec())
            fail(QStringLiteral("cannot add to %1").arg(table), q.lastError());
        if (withLinks)
            writeLinks(e);
        if constexpr (nests<T> || hasChildKind<T>)
            insertChildren(Kind<T>::children(e), e.id, withLinks);
    }

    template<class T>
    void insertChildren(const QList<T> &list, const QUuid &parent, bool withLinks = true) const
    {
        for (int i = 0; i < list.size(); ++i)
            insertOne(list[i], parent, i, withLinks);
    }

    template<class T>
    void writeLinks(const T &e) const
    {
        LinkLister l;
        l.owner = Kind<T>::table;
        fields(l, e);
        for (const auto &link : l.links) {
            run(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(quoted(link.table)), {idText(e.id)});
            for (int i = 0; i < link.targets.size(); ++i)
                run(QStringLiteral("INSERT INTO %1 (owner, target, position) VALUES (?, ?, ?)").arg(quoted(link.table)),
                    {idText(e.id), link.targets[i], i});
        }
    }

    // Parent and position of an entity; throws if it is not in the file.
    QPair<QVariant, int> placeOf(const char *table, const QUuid &id) const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT parent, position FROM %1 WHERE uuid = ?").arg(quoted(QString::fromLatin1(table))), {idText(id)});
        if (!q.next())
            throw PlanError(path, {}, QStringLiteral("has no %1 with id %2").arg(QString::fromLatin1(table), idText(id)));
        const QPair<QVariant, int> r{q.value(0), q.value(1).toInt()};
        q.finish();
        return r;
    }

    void shift(const char *table, const QVariant &parent, int from, int delta) const
    {
        run(QStringLiteral("UPDATE %1 SET position = position + ? WHERE parent IS ? AND position >= ?").arg(quoted(QString::fromLatin1(table))),
            {delta, parent, from});
    }

    // Every id in the file and where it is: uuid -> (table, row).
    using Registry = QHash<QString, QPair<const char *, qint64>>;
    using Links = QHash<QString, QHash<QString, QVariantList>>; // table -> owner -> targets

    // Rows of a kind grouped by parent uuid ("" for the top level), in order.
    // Every value is checked (rowcheck.h); `tree` learns each row's parent.
    template<class T>
    QHash<QString, QList<T>> loadGrouped(const Links &links, Registry &ids, rowcheck::TreeRows &tree) const
    {
        const QLatin1String table(Kind<T>::table);
        const QStringList cols = columnsOf<T>();
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, uuid, parent, position, %1 FROM %2 ORDER BY position, id")
                        .arg(cols.join(QStringLiteral(", ")), quoted(table))))
            fail(QStringLiteral("cannot be read"), q.lastError());
        QHash<QString, QList<T>> byParent;
        while (q.next()) {
            const qint64 row = q.value(0).toLongLong();
            const rowcheck::Place at{path, table, row};
            const QString id = rowcheck::uuid(at, "uuid", q.value(1));
            QString parent;
            if (!q.value(2).isNull() || !isTopKind<T>) {
                if constexpr (!hasParentColumn<T>())
                    at.refuse("parent", QStringLiteral("a %1 has no parent, but this one names %2").arg(table, rowcheck::shown(q.value(2))));
                parent = rowcheck::uuid(at, "parent", q.value(2));
            }
            rowcheck::whole(at, "position", q.value(3), std::numeric_limits<int>::max(), false);
            const qsizetype known = ids.size();
            auto &where = ids[id]; // one look-up: the id is new if the hash grew
            if (ids.size() == known)
                at.refuse("uuid", QStringLiteral("%1 is the id of table %2, row %3 too").arg(id, QString::fromLatin1(where.first)).arg(where.second));
            where = {Kind<T>::table, row};
            if constexpr (hasParentColumn<T>()) {
                tree.rowOf.insert(id, row);
                tree.parentOf.insert(id, parent);
            }
            T e;
            e.id = QUuid::fromString(id);
            RowReader r{q, 4, at};
            fields(r, e);
            LinkFiller lf(links, Kind<T>::table, id);
            fields(lf, e);
            byParent[parent].append(std::move(e));
        }
        return byParent;
    }

    // The top-level list of a kind, with children of the same kind attached
    // down to the kind's nesting limit. A row not reached from the top (its
    // parent missing or its own ancestor) or nested deeper is refused.
    template<class T>
    QList<T> loadTree(const Links &links, Registry &ids) const
    {
        rowcheck::TreeRows rows;
        QHash<QString, QList<T>> byParent = loadGrouped<T>(links, ids, rows);
        QList<T> top = byParent.take(QString());
        if constexpr (nests<T>) {
            // Recursion bounded by maxDepth<T>(): each level is one call.
            std::function<void(QList<T> &, int)> attach = [&](QList<T> &list, int depth) {
                for (T &e : list) {
                    QList<T> below = byParent.take(idText(e.id));
                    if (below.isEmpty())
                        continue;
                    if (depth >= maxDepth<T>()) {
                        const rowcheck::Place at{path, QLatin1String(Kind<T>::table), rows.rowOf.value(idText(below.first().id))};
                        if constexpr (std::is_same_v<T, Goal>)
                            at.refuse("parent", QStringLiteral("a sub-goal cannot have sub-goals of its own (goals have two levels)"));
                        else
                            at.refuse("parent", QStringLiteral("sections are nested more than %1 levels deep").arg(kMaxSectionDepth));
                    }
                    children(e) = std::move(below);
                    attach(children(e), depth + 1);
                }
            };
            attach(top, 1);
        }
        if (!byParent.isEmpty()) {
            const QList<QString> parents = byParent.keys();
            rowcheck::refuseUnreached(path, QLatin1String(Kind<T>::table), rows, QSet<QString>(parents.begin(), parents.end()));
        }
        return top;
    }

    // The link tables (owner, target, position), their values checked row
    // by row: table -> owner -> targets in order.
    // One per refs(...) and sdgs(...) field of a kind, named "<table>_<key>".
    struct LinkTable {
        QByteArray name;
        const char *owner, *target; // target nullptr: SDG numbers 1..17
    };
    static const QList<LinkTable> &linkTables()
    {
        static const QList<LinkTable> tables = [] {
            QList<LinkTable> out;
            forEachKind([&]<class T>() {
                struct Lister : IgnoreFields {
                    QList<LinkTable> &out;
                    explicit Lister(QList<LinkTable> &o) : out(o) {}
                    QByteArray name(const char *k) const { return QByteArray(Kind<T>::table) + '_' + k; }
                    void refs(const char *k, const QList<QUuid> &, const char *target) { out.append({name(k), Kind<T>::table, target}); }
                    void sdgs(const char *k, const QList<int> &) { out.append({name(k), Kind<T>::table, nullptr}); }
                } lister(out);
                const T blank{};
                fields(lister, blank);
            });
            return out;
        }();
        return tables;
    }

    Links loadLinks() const
    {
        Links links;
        for (const LinkTable &t : linkTables()) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT owner, target, position FROM %1 ORDER BY owner, position").arg(quoted(QString::fromLatin1(t.name)))))
                fail(QStringLiteral("cannot be read"), q.lastError());
            auto &byOwner = links[QString::fromLatin1(t.name)];
            while (q.next()) {
                const QVariant owner = q.value(0), target = q.value(1);
                const rowcheck::Place at{path, QLatin1String(t.name), -1, &owner, &target};
                const QString ownerId = rowcheck::uuid(at, "owner", owner);
                if (t.target) {
                    byOwner[ownerId].append(rowcheck::uuid(at, "target", target));
                } else {
                    const auto n = rowcheck::whole(at, "target", target, std::numeric_limits<int>::max(), false);
                    if (*n < 1 || *n > 17)
                        at.refuse("target", QStringLiteral("%1 is not a UN Sustainable Development Goal (1 to 17)").arg(*n));
                    byOwner[ownerId].append(int(*n));
                }
                rowcheck::whole(at, "position", q.value(2), std::numeric_limits<int>::max(), false);
            }
        }
        return links;
    }

    // Every link's owner and target is a row of the right table.
    void checkLinkEnds(const Links &links, const Registry &ids) const
    {
        for (const LinkTable &t : linkTables()) {
            const Links::mapped_type &byOwner = links[QString::fromLatin1(t.name)];
            for (auto it = byOwner.constBegin(); it != byOwner.constEnd(); ++it) {
                for (const QVariant &target : it.value()) {
                    const bool ownerThere = qstrcmp(ids.value(it.key()).first, t.owner) == 0;
                    if (ownerThere && (!t.target || qstrcmp(ids.value(target.toString()).first, t.target) == 0))
                        continue;
                    const QVariant owner = it.key();
                    const rowcheck::Place at{path, QLatin1String(t.name), -1, &owner, &target};
                    if (!ownerThere)
                        at.refuse("owner", QStringLiteral("%1 is not in table %2").arg(it.key(), QLatin1String(t.owner)));
                    at.refuse("target", QStringLiteral("%1 is not in table %2").arg(target.toString(), QLatin1String(t.target)));
                }
            }
        }
    }

    // -------------------------------------------------------- versions

    QStringList versionNames() const
    {
        QStringList names;
        QSqlQuery &q = run(QStringLiteral("SELECT name FROM plan_version ORDER BY id"));
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        return names;
    }

    void insertVersion(const VersionInfo &v, const QByteArray &blob) const
    {
        const QString problem = versionNameProblem(v.name);
        if (!problem.isEmpty())
            throw PlanError(path, {}, QStringLiteral("the version name \"%1\" cannot be used: %2").arg(v.name, problem));
        if (!codes::planStatuses.contains(v.status))
            throw PlanError(path, {}, QStringLiteral("version \"%1\": \"%2\" is not a plan status").arg(v.name, v.status));
        QSqlQuery &c = run(QStringLiteral("SELECT created FROM plan_version WHERE name = ?"), {v.name});
        if (c.next()) {
            const QString created = c.value(0).toString();
            c.finish();
            throw PlanError(path, {}, QStringLiteral("has a version named \"%1\" already (made %2); choose another name").arg(v.name, created));
        }
        c.finish();
        run(QStringLiteral("INSERT INTO plan_version (name, created, status, note, plan) VALUES (?, ?, ?, ?, ?)"),
            {v.name, versionTimeText(v.created), v.status, textValue(v.note), blob});
    }

    QString fileStatus() const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT status FROM plan_info WHERE id = 1"));
        const QString status = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return status;
    }

    // The version made when the status has changed: the plan as the file
    // holds it now (inside the transaction that changed it).
    void makeAutomaticVersion(const Plan &plan) const
    {
        if (creating)
            return;
        const QByteArray blob = packVersionPlan(plan);
        QSqlQuery &same = run(QStringLiteral("SELECT count(*) FROM plan_version WHERE status = ? AND plan = ?"), {plan.info.status, blob});
        same.next();
        const bool exists = same.value(0).toInt() > 0;
        same.finish();
        if (exists)
            return;
        VersionInfo v;
        v.name = uniqueVersionName(automaticVersionName(plan.info.status, plan.info.language, QDate::currentDate()), versionNames());
        v.created = versionTimeNow();
        v.status = plan.info.status;
        insertVersion(v, blob);
    }

    // -------------------------------------------------------- pictures

    void writePicture(PictureRole role, const Picture &picture) const
    {
        run(QStringLiteral("DELETE FROM plan_picture WHERE role = ?"), {roleName(role)});
        if (!picture.isEmpty())
            run(QStringLiteral("INSERT INTO plan_picture (role, type, data, alt) VALUES (?, ?, ?, ?)"),
                {roleName(role), picture.type, picture.data, textValue(picture.alt)});
    }

    // The pictures, every value checked as a picture that came from a file
    // the user chose is (io/picturefile.h): a hand-edited file cannot slip a
    // hostile SVG or a broken image past the editor.
    void loadPictures(PlanInfo &info) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, role, type, data, alt FROM plan_picture ORDER BY id")))
            fail(QStringLiteral("cannot be read"), q.lastError());
        while (q.next()) {
            const rowcheck::Place at{path, QLatin1String("plan_picture"), q.value(0).toLongLong()};
            const QString role = rowcheck::text(at, "role", q.value(1));
            if (role != QLatin1String("logo") && role != QLatin1String("cover"))
                at.refuse("role", QStringLiteral("%1 is not one of logo, cover").arg(rowcheck::shown(role)));
            Picture p;
            p.type = rowcheck::text(at, "type", q.value(2));
            const QVariant data = q.value(3);
            if (data.typeId() != QMetaType::QByteArray)
                at.refuse("data", QStringLiteral("%1 is not the bytes of a picture").arg(rowcheck::shown(data)));
            p.data = data.toByteArray();
            const PictureCheck check = checkPicture(p.data);
            if (check.type.isEmpty())
                at.refuse("data", QStringLiteral("the picture %1").arg(check.refusal));
            if (p.type != check.type)
                at.refuse("type", QStringLiteral("%1 is not the type of the picture, which is %2").arg(rowcheck::shown(p.type), check.type));
            p.alt = rowcheck::text(at, "alt", q.value(4));
            Picture &slot = role == QLatin1String("logo") ? info.logo : info.cover;
            if (!slot.isEmpty())
                at.refuse("role", QStringLiteral("the plan has a %1 already").arg(role));
            slot = p;
        }
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
                store->d->insertVersion(v.info, packVersionPlan(v.plan));
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

Plan FileStore::load() const
{
    // Every link table, read once: table -> owner -> targets in order.
    const Impl::Links links = d->loadLinks();

    Plan p;
    {
        QSqlQuery q(d->db());
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM plan_info ORDER BY id DESC").arg(columnsOf<PlanInfo>().join(QStringLiteral(", ")))) || !q.next())
            throw PlanError(d->path, {}, QStringLiteral("has no plan settings (table plan_info is empty); the file is damaged"));
        if (q.value(0).toLongLong() != 1)
            rowcheck::Place{d->path, QLatin1String("plan_info"), q.value(0).toLongLong()}.refuse(nullptr, QStringLiteral("Planverk writes only row 1"));
        const rowcheck::Place at{d->path, QLatin1String("plan_info")};
        RowReader r{q, 1, at};
        fields(r, p.info);
    }
    d->loadPictures(p.info);
    Impl::Registry ids;
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            Kind<T>::list(p) = d->loadTree<T>(links, ids);
        } else {
            // Entries of a child kind go to their parent entries, loaded before them.
            using Parent = typename Kind<T>::Parent;
            rowcheck::TreeRows rows;
            QHash<QString, QList<T>> byParent = d->loadGrouped<T>(links, ids, rows);
            forEachEntry<Parent>(p, [&](Parent &e) { Kind<Parent>::children(e) = byParent.take(idText(e.id)); });
            if (!byParent.isEmpty()) {
                const QString id = idText(byParent.constBegin()->first().id);
                rowcheck::Place{d->path, QLatin1String(Kind<T>::table), rows.rowOf.value(id)}
                    .refuse("parent", QStringLiteral("%1 is not in table %2").arg(byParent.constBegin().key(), QLatin1String(Kind<Parent>::table)));
            }
        }
    });
    d->checkLinkEnds(links, ids);
    p.followup = followupstore::load(d->db(), d->path);
    return p;
}

void FileStore::updateInfo(const PlanInfo &info)
{
    d->transaction([&] {
        const QString before = d->fileStatus();
        QStringList sets;
        for (const QString &c : columnsOf<PlanInfo>())
            sets << c + QStringLiteral(" = ?");
        QSqlQuery &q = d->prepared(QStringLiteral("UPDATE plan_info SET %1 WHERE id = 1").arg(sets.join(QStringLiteral(", "))));
        Binder b{q, 0};
        fields(b, info);
        if (!q.exec())
            d->fail(QStringLiteral("the plan settings could not be saved"), q.lastError());
        if (info.status != before)
            d->makeAutomaticVersion(load());
    });
}

void FileStore::setPicture(PictureRole role, const Picture &picture)
{
    d->transaction([&] { d->writePicture(role, picture); });
}

template<class T>
void FileStore::writeInsert(const T &entity, const QUuid &parent, int position)
{
    d->transaction([&] {
        const QVariant p = idValue(parent);
        QSqlQuery &c = d->run(QStringLiteral("SELECT count(*) FROM %1 WHERE parent IS ?").arg(quoted(QString::fromLatin1(Kind<T>::table))), {p});
        c.next();
        const int count = c.value(0).toInt();
        c.finish();
        const int pos = std::clamp(position, 0, count);
        d->shift(Kind<T>::table, p, pos, +1);
        d->insertOne(entity, parent, pos);
    });
}

template<class T>
void FileStore::writeUpdate(const T &entity)
{
    d->transaction([&] {
        QStringList sets;
        for (const QString &c : columnsOf<T>())
            sets << c + QStringLiteral(" = ?");
        QSqlQuery &q = d->prepared(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(quoted(QString::fromLatin1(Kind<T>::table)), sets.join(QStringLiteral(", "))));
        Binder b{q, 0};
        fields(b, entity);
        q.bindValue(b.i, idText(entity.id));
        if (!q.exec())
            d->fail(QStringLiteral("the change could not be saved"), q.lastError());
        if (q.numRowsAffected() != 1)
            throw PlanError(d->path, {}, QStringLiteral("has no %1 with id %2").arg(QString::fromLatin1(Kind<T>::table), idText(entity.id)));
        d->writeLinks(entity);
    });
}

template<class T>
void FileStore::writeRemove(const QUuid &id)
{
    d->transaction([&] {
        const auto [parent, position] = d->placeOf(Kind<T>::table, id);
        d->run(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(quoted(QString::fromLatin1(Kind<T>::table))), {idText(id)});
        d->shift(Kind<T>::table, parent, position + 1, -1);
    });
}

template<class T>
void FileStore::writeMove(const QUuid &id, const QUuid &newParent, int position)
{
    d->transaction([&] {
        const QString table = quoted(QString::fromLatin1(Kind<T>::table));
        const auto [oldParent, oldPosition] = d->placeOf(Kind<T>::table, id);
        d->shift(Kind<T>::table, oldParent, oldPosition + 1, -1);
        const QVariant p = idValue(newParent);
        QSqlQuery &c = d->run(QStringLiteral("SELECT count(*) FROM %1 WHERE parent IS ? AND uuid <> ?").arg(table), {p, idText(id)});
        c.next();
        const int count = c.value(0).toInt();
        c.finish();
        const int pos = std::clamp(position, 0, count);
        d->shift(Kind<T>::table, p, pos, +1);
        d->run(QStringLiteral("UPDATE %1 SET parent = ?, position = ? WHERE uuid = ?").arg(table), {p, pos, idText(id)});
    });
}

void FileStore::replaceAll(const Plan &plan)
{
    d->transaction([&] {
        const QString before = d->fileStatus();
        forEachKind([&]<class T>() { // a child kind's rows go with their parents' (ON DELETE CASCADE)
            if constexpr (isTopKind<T>)
                d->run(QStringLiteral("DELETE FROM %1").arg(quoted(QString::fromLatin1(Kind<T>::table))));
        });
        QStringList sets;
        for (const QString &c : columnsOf<PlanInfo>())
            sets << c + QStringLiteral(" = ?");
        QSqlQuery &q = d->prepared(QStringLiteral("UPDATE plan_info SET %1 WHERE id = 1").arg(sets.join(QStringLiteral(", "))));
        Binder b{q, 0};
        fields(b, plan.info);
        if (!q.exec())
            d->fail(QStringLiteral("the plan settings could not be saved"), q.lastError());
        d->writePicture(PictureRole::Logo, plan.info.logo);
        d->writePicture(PictureRole::Cover, plan.info.cover);
        // Every entry first, then the links: link targets must exist before links point at them.
        forEachKind([&]<class T>() {
            if constexpr (isTopKind<T>)
                d->insertChildren(Kind<T>::list(plan), {}, false);
        });
        forEachKind([&]<class T>() { forEachEntry<T>(plan, [&](const T &e) { d->writeLinks(e); }); });
        followupstore::write(d->db(), d->path, plan.followup);
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

QList<VersionInfo> FileStore::versions() const
{
    QList<VersionInfo> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, created, status, note FROM plan_version ORDER BY id")))
        d->fail(QStringLiteral("cannot be read"), q.lastError());
    while (q.next()) {
        const rowcheck::Place at{d->path, QLatin1String("plan_version"), q.value(0).toLongLong()};
        VersionInfo v;
        v.name = rowcheck::text(at, "name", q.value(1));
        const QString problem = versionNameProblem(v.name);
        if (!problem.isEmpty())
            at.refuse("name", QStringLiteral("%1: %2").arg(rowcheck::shown(v.name), problem));
        const QString created = rowcheck::text(at, "created", q.value(2));
        v.created = versionTimeFromText(created);
        if (!v.created.isValid())
            at.refuse("created", QStringLiteral("%1 is not a time of the form YYYY-MM-DDTHH:MM:SSZ").arg(rowcheck::shown(created)));
        v.status = rowcheck::text(at, "status", q.value(3));
        if (!codes::planStatuses.contains(v.status))
            at.refuse("status", QStringLiteral("%1 is not one of %2").arg(rowcheck::shown(v.status), codes::planStatuses.join(QStringLiteral(", "))));
        v.note = rowcheck::text(at, "note", q.value(4));
        out << v;
    }
    return out;
}

Plan FileStore::readVersion(const QString &name) const
{
    const QString where = d->path + '@' + name;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, plan FROM plan_version WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec())
        d->fail(QStringLiteral("cannot be read"), q.lastError());
    if (!q.next())
        refuseUnknownVersion(d->path, name, versions());
    const QVariant blob = q.value(1);
    if (blob.typeId() != QMetaType::QByteArray)
        rowcheck::Place{d->path, QLatin1String("plan_version"), q.value(0).toLongLong()}.refuse("plan", QStringLiteral("%1 is not a stored plan").arg(rowcheck::shown(blob)));
    return unpackVersionPlan(blob.toByteArray(), where);
}

VersionInfo FileStore::saveVersion(const QString &name, const QString &note)
{
    VersionInfo v;
    d->transaction([&] {
        const Plan plan = load();
        v.name = name;
        v.note = note;
        v.status = plan.info.status;
        v.created = versionTimeNow();
        d->insertVersion(v, packVersionPlan(plan));
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

// Every kind's writes: the visits below instantiate the templates above for each kind.

void FileStore::insertEntry(EntryRef entity, const QUuid &parent, int position)
{
    std::visit([&](const auto *e) { writeInsert(*e, parent, position); }, entity);
}

void FileStore::updateEntry(EntryRef entity)
{
    std::visit([&](const auto *e) { writeUpdate(*e); }, entity);
}

void FileStore::removeEntry(KindTag kind, const QUuid &id)
{
    std::visit([&]<class T>(std::type_identity<T>) { writeRemove<T>(id); }, kind);
}

void FileStore::moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position)
{
    std::visit([&]<class T>(std::type_identity<T>) { writeMove<T>(id, newParent, position); }, kind);
}

} // namespace planverk
