#include "store/serverstore.h"

#include "io/planjson.h"
#include "io/versionblob.h"
#include "model/planerror.h"
#include "model/moverules.h"
#include "model/plandocument.h"
#include "store/filestore.h"
#include "store/serverrows.h"
#include "store/sqlconnection.h"
#include "store/sqldialect.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace planverk {

namespace {

// The server schema's migration scripts, 1..kSchemaVersion.
QStringList serverMigrations()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/planverk/schema/postgresql"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::ReadOnly);
        out << QString::fromUtf8(f.readAll());
    }
    Q_ASSERT(out.size() == ServerStore::kSchemaVersion);
    return out;
}

// libpq's message on one line, without its "FATAL:" prefixes.
QString serverMessage(const QSqlError &e)
{
    QString s = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    s.replace(QRegularExpression(QStringLiteral("\\b(FATAL|ERROR):\\s+")), QString());
    s = s.simplified();
    if (s.endsWith(QLatin1String("QPSQL: Unable to connect")))
        s.chop(24);
    return s.trimmed();
}

} // namespace

struct ServerStore::Impl {
    ServerLocation loc;
    QString shown; // loc.display()
    SqlConnection conn;
    bool readOnly = false;
    mutable int openedVersion = 0;  // the server schema's version when opened
    mutable int depth = 0;  // transactions within a transaction join it
    QString connectionProblem; // set by ping() while the server does not answer
    QString readOnlyReason; // why a plan opened for editing is read-only
    QStringList channels;   // the notification channels listened to
    qint64 planId = -1;
    QHash<QString, QSqlQuery> &queries = conn.queries;

    QSqlDatabase db() const { return conn.db(); }

    [[noreturn]] void refuse(const QString &what) const { throw PlanError(shown, {}, what); }
    [[noreturn]] void fail(const QString &what, const QSqlError &e) const { refuse(QStringLiteral("%1: %2").arg(what, serverMessage(e))); }

    void connect()
    {
        shown = loc.display();
        QSqlDatabase d = conn.add(QStringLiteral("QPSQL"), QStringLiteral("planverk-server"));
        if (!d.isValid())
            refuse(QStringLiteral("cannot connect: Qt's PostgreSQL driver QPSQL is not installed (Debian package libqt6sql6-psql)"));
        d.setHostName(loc.host);
        if (loc.port > 0)
            d.setPort(loc.port);
        d.setDatabaseName(loc.database);
        d.setUserName(loc.user);
        d.setPassword(loc.password);
        QString options = loc.connectOptions();
        if (!options.contains(QLatin1String("application_name")))
            options += QString(options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("fallback_application_name='planverk'");
        d.setConnectOptions(options);
        if (!d.open())
            fail(QStringLiteral("cannot connect to the server"), d.lastError());
        setUpSession();
    }

    void setUpSession() const
    {
        QSqlQuery q(db());
        // Messages in English whatever the server's locale; times in UTC.
        q.exec(QStringLiteral("SET lc_messages TO 'C'")); // refused to non-superusers; then the server's language stays
        if (!q.exec(QStringLiteral("SET client_min_messages TO warning")))
            fail(QStringLiteral("cannot use the connection"), q.lastError());
        if (readOnly && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            fail(QStringLiteral("cannot use the connection"), q.lastError());
    }

    // The session named for the plan (application_name "planverk plan <id>"),
    // so that the others see who has it open (ServerStore::sessions()); a
    // name the URL gives is kept.
    QString sessionName() const { return QStringLiteral("planverk plan %1").arg(planId); }
    void tagSession() const
    {
        if (planId < 0 || loc.connectOptions().contains(QLatin1String("application_name")))
            return;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SET application_name = '%1'").arg(sessionName())); // digits only: nothing to quote
    }

    QSqlQuery &run(const QString &sql, const QVariantList &args = {}) const
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                fail(QStringLiteral("the server refused a query"), q.lastError());
            it = queries.insert(sql, q);
        }
        QSqlQuery &q = *it;
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args[i]);
        if (!q.exec())
            fail(QStringLiteral("the server refused a query"), q.lastError());
        return q;
    }

    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            fail(QStringLiteral("the server refused a query"), q.lastError());
    }

    // Runs `work` in one transaction. Reading is REPEATABLE READ (one
    // snapshot of the whole plan); writing READ COMMITTED, its conflicts
    // found by the rows' versions (update()), unless `snapshot` asks for
    // one consistent view while writing (a version of the plan).
    template<class F>
    void transaction(bool write, F &&work, bool snapshot = false) const
    {
        if (write && readOnly)
            refuse(readOnlyReason.isEmpty() ? QStringLiteral("is open read-only; the change was not saved")
                                            : QStringLiteral("is open read-only (%1); the change was not saved").arg(readOnlyReason));
        if (depth > 0) { // joins the transaction it is in
            work();
            return;
        }
        struct Depth {
            int &d;
            explicit Depth(int &x) : d(x) { ++d; }
            ~Depth() { --d; }
        } guard(depth);
        begin(!write ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                     : snapshot ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ") : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
        try {
            work();
        } catch (...) {
            QSqlQuery q(db());
            q.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("COMMIT")))
            fail(write ? QStringLiteral("the change could not be saved") : QStringLiteral("cannot be read"), q.lastError());
    }

    // Starts a transaction. A connection the server has dropped (a restart,
    // a network failure, an idle timeout) is opened again once, first:
    // between transactions nothing is pending, so nothing is lost.
    void begin(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return;
        const QSqlError first = q.lastError();
        q = QSqlQuery();
        queries.clear();
        QSqlDatabase d = db();
        d.close();
        if (!d.open())
            fail(serverMessage(first).isEmpty() ? QStringLiteral("lost the connection to the server and cannot connect again")
                                                : QStringLiteral("lost the connection to the server and cannot connect again (%1)").arg(serverMessage(first)),
                 d.lastError());
        setUpSession();
        tagSession();
        for (const QString &channel : channels) // listening again: the new connection hears nothing yet
            if (!d.driver()->subscribedToNotifications().contains(channel))
                d.driver()->subscribeToNotification(channel);
        QSqlQuery again(d);
        if (!again.exec(sql))
            fail(QStringLiteral("the server refused a query"), again.lastError());
    }

    // The server schema: checked, and (mayCreate, in an empty database)
    // created. Runs inside a transaction.
    void checkSchema(bool mayCreate) const
    {
        QSqlQuery &exists = run(QStringLiteral("SELECT to_regclass('planverk_schema') IS NOT NULL"));
        exists.next();
        const bool hasSchema = exists.value(0).toBool();
        exists.finish();
        int version = 0;
        if (hasSchema) {
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("SELECT application, version FROM planverk_schema")) || !q.next() || q.value(0).toString() != QLatin1String("planverk"))
                refuse(QStringLiteral("the database belongs to another program (its table planverk_schema is not Planverk's)"));
            version = q.value(1).toInt();
            if (q.next())
                refuse(QStringLiteral("the database's Planverk schema is damaged: table planverk_schema has more than one row"));
        } else {
            QSqlQuery &tables = run(QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                                   "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY c.relname LIMIT 1"));
            const bool other = tables.next();
            const QString first = other ? tables.value(0).toString() : QString();
            tables.finish();
            if (other)
                refuse(QStringLiteral("the database belongs to another program: it has a table \"%1\" but no Planverk schema").arg(first));
            if (!mayCreate)
                refuse(QStringLiteral("the database holds no Planverk plans; put one there with 'planverk-cli push FILE URL'"));
        }
        if (version > kSchemaVersion)
            refuse(QStringLiteral("the database was set up by a newer Planverk (server schema version %1; this version reads up to %2)").arg(version).arg(kSchemaVersion));
        openedVersion = version;
        if (version < kSchemaVersion) {
            if (readOnly)
                refuse(QStringLiteral("the database has an older Planverk schema (version %1); open it once for editing to update it").arg(version));
            const QStringList scripts = serverMigrations();
            for (int v = version; v < kSchemaVersion; ++v)
                runScript(scripts[v]);
            run(QStringLiteral("UPDATE planverk_schema SET version = ?"), {kSchemaVersion});
        }
    }

    void runScript(const QString &script) const
    {
        for (const QString &stmt : sqldialect::statements(script))
            exec(stmt);
    }

    QStringList planNames() const
    {
        QStringList names;
        QSqlQuery &q = run(QStringLiteral("SELECT name FROM plan ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        return names;
    }

    // The plan's row id; a plan that is not there is refused with the plans there are.
    qint64 findPlan() const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT id FROM plan WHERE name = ?"), {loc.plan});
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            return id;
        }
        q.finish();
        const QStringList names = planNames();
        if (names.isEmpty())
            refuse(QStringLiteral("no such plan; the database holds no plans"));
        QStringList quoted;
        for (const QString &n : names)
            quoted << '"' + n + '"';
        refuse(QStringLiteral("no such plan; the plans in the database are %1").arg(quoted.join(QStringLiteral(", "))));
    }

    // The plan's rows as the server holds them now.
    struct Stored {
        QByteArray head;
        QList<serverrows::Row> rows;
    };
    Stored readRows() const
    {
        Stored out;
        QSqlQuery &h = run(QStringLiteral("SELECT head FROM plan WHERE id = ?"), {planId});
        if (!h.next())
            refuse(QStringLiteral("the plan is no longer on the server (deleted since it was opened)"));
        out.head = h.value(0).toString().toUtf8();
        h.finish();
        QSqlQuery &q = run(QStringLiteral("SELECT uuid, kind, parent, position, data FROM plan_entry WHERE plan = ?"), {planId});
        while (q.next())
            out.rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toString().toUtf8()});
        q.finish();
        return out;
    }

    Plan readPlan() const
    {
        const Stored s = readRows();
        return serverrows::assemble(s.head, s.rows, shown);
    }

    // The plan's own row locked: structural writes of the plan (rewrite())
    // one at a time, and none while an entry is written (FOR KEY SHARE).
    void lockPlan(bool exclusive) const
    {
        QSqlQuery &q = run(exclusive ? QStringLiteral("SELECT 1 FROM plan WHERE id = ? FOR UPDATE") : QStringLiteral("SELECT 1 FROM plan WHERE id = ? FOR KEY SHARE"), {planId});
        const bool there = q.next();
        q.finish();
        if (!there)
            refuse(QStringLiteral("the plan is no longer on the server (deleted since it was opened); the change was not saved"));
    }

    // One write of the plan, inside a write transaction: the plan as the
    // server holds it now (its row locked), changed by `change`, and only
    // the rows that differ written: new entries inserted, changed ones
    // updated (their version bumped when their data changed), removed ones
    // deleted (their sub-entries with them), the plan's own row updated
    // when its settings, pictures or follow-up changed. A change of the
    // status makes a version, as in a file (PlanStore::replaceAll()).
    void rewrite(const std::function<void(Plan &)> &change) const
    {
        lockPlan(true);
        const Stored was = readRows();
        const Plan before = serverrows::assemble(was.head, was.rows, shown);
        Plan after = before;
        change(after);
        const serverrows::Rows next = serverrows::split(after);
        QHash<QString, const serverrows::Row *> old;
        for (const serverrows::Row &r : was.rows)
            old.insert(r.uuid, &r);
        QSet<QString> kept;
        for (const serverrows::Row &r : next.rows) { // parents before their children
            kept.insert(r.uuid);
            const serverrows::Row *o = old.value(r.uuid);
            const QVariant parent = r.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.parent);
            if (!o)
                run(QStringLiteral("INSERT INTO plan_entry (plan, uuid, kind, parent, position, data) VALUES (?, ?, ?, ?, ?, ?)"),
                    {planId, r.uuid, r.kind, parent, r.position, QString::fromUtf8(r.data)});
            else if (o->kind != r.kind || (o->data != r.data && nlohmann::json::parse(o->data.toStdString()) != nlohmann::json::parse(r.data.toStdString())))
                run(QStringLiteral("UPDATE plan_entry SET kind = ?, parent = ?, position = ?, data = ?, row_version = row_version + 1 WHERE plan = ? AND uuid = ?"),
                    {r.kind, parent, r.position, QString::fromUtf8(r.data), planId, r.uuid});
            else if (o->parent != r.parent || o->position != r.position) // moved: its content, and so its version, as it was
                run(QStringLiteral("UPDATE plan_entry SET parent = ?, position = ? WHERE plan = ? AND uuid = ?"), {parent, r.position, planId, r.uuid});
        }
        for (const serverrows::Row &r : was.rows) // a removed entry's sub-entries go with it (ON DELETE CASCADE)
            if (!kept.contains(r.uuid) && (r.parent.isEmpty() || kept.contains(r.parent)))
                run(QStringLiteral("DELETE FROM plan_entry WHERE plan = ? AND uuid = ?"), {planId, r.uuid});
        if (next.head != was.head)
            run(QStringLiteral("UPDATE plan SET head = ?, row_version = row_version + 1 WHERE id = ?"), {QString::fromUtf8(next.head), planId});
        if (after.info.status != before.info.status)
            makeAutomaticVersion(after);
    }

    // Tells the other editors that the plan's versions changed: "versions".
    void notifyVersions() const
    {
        run(QStringLiteral("SELECT pg_notify(?, 'versions')"), {QStringLiteral("planverk_plan_%1").arg(planId)}).finish();
    }

    // The version made when the status has changed (FileStore's rule): not
    // when one with that status and the same content exists already.
    void makeAutomaticVersion(const Plan &plan) const
    {
        const QByteArray blob = packVersionPlan(plan);
        QSqlQuery &same = run(QStringLiteral("SELECT count(*) FROM plan_version WHERE plan = ? AND status = ? AND data = ?"), {planId, plan.info.status, blob});
        same.next();
        const bool exists = same.value(0).toInt() > 0;
        same.finish();
        if (exists)
            return;
        QStringList names;
        for (const VersionInfo &v : readVersions())
            names << v.name;
        const QString name = uniqueVersionName(automaticVersionName(plan.info.status, plan.info.language, QDate::currentDate()), names);
        run(QStringLiteral("INSERT INTO plan_version (plan, name, created, status, note, data) VALUES (?, ?, ?, ?, ?, ?)"),
            {planId, name, versionTimeText(versionTimeNow()), plan.info.status, QStringLiteral(""), blob});
        notifyVersions();
    }

    // An entry's row, locked for writing, and its version; refused when
    // another editor has removed it.
    std::pair<QByteArray, qint64> lockedRow(const char *label, const QString &id) const
    {
        QSqlQuery &cur = run(QStringLiteral("SELECT data, row_version FROM plan_entry WHERE plan = ? AND uuid = ? FOR UPDATE"), {planId, id});
        if (!cur.next()) {
            cur.finish();
            refuse(QStringLiteral("the %1 %2 was deleted by another editor; the change was not saved").arg(QLatin1String(label), id));
        }
        std::pair<QByteArray, qint64> out{cur.value(0).toString().toUtf8(), cur.value(1).toLongLong()};
        cur.finish();
        return out;
    }

    // Writes an entry's data and bumps its version; returns the new version.
    template<class J>
    qint64 writeRow(const QString &id, const J &data) const
    {
        QSqlQuery &w = run(QStringLiteral("UPDATE plan_entry SET data = ?, row_version = row_version + 1 WHERE plan = ? AND uuid = ? RETURNING row_version"),
                           {QString::fromStdString(data.dump(-1, ' ', false, nlohmann::detail::error_handler_t::strict)), planId, id});
        w.next();
        const qint64 v = w.value(0).toLongLong();
        w.finish();
        return v;
    }

    // An entry's links must point at entries that are there: another editor
    // may have removed one since this editor saw it. Inside the write
    // transaction, after lockPlan(false): no removal can come between.
    template<class T>
    void checkLinks(const T &entity) const
    {
        QStringList ids;
        forEachLink(entity, [&](const char *, const QList<QUuid> &refs, const char *) {
            for (const QUuid &r : refs)
                ids << r.toString(QUuid::WithoutBraces);
        });
        ids.removeDuplicates();
        if (ids.isEmpty())
            return;
        QSqlQuery &q = run(QStringLiteral("SELECT uuid FROM plan_entry WHERE plan = ? AND uuid = ANY (string_to_array(?, ','))"), {planId, ids.join(',')});
        while (q.next())
            ids.removeAll(q.value(0).toString());
        q.finish();
        if (!ids.isEmpty())
            refuse(QStringLiteral("the %1 %2 links to %3, which another editor has removed; the change was not saved")
                       .arg(QLatin1String(Kind<T>::label), entity.id.toString(QUuid::WithoutBraces), ids.first()));
    }

    QList<VersionInfo> readVersions() const
    {
        QList<VersionInfo> out;
        QSqlQuery &q = run(QStringLiteral("SELECT name, created, status, note FROM plan_version WHERE plan = ? ORDER BY seq"), {planId});
        while (q.next()) {
            VersionInfo v;
            v.name = q.value(0).toString();
            v.created = versionTimeFromText(q.value(1).toString());
            v.status = q.value(2).toString();
            v.note = q.value(3).toString();
            const QString problem = versionNameProblem(v.name);
            if (!problem.isEmpty() || !v.created.isValid())
                refuse(QStringLiteral("version \"%1\" is damaged: %2").arg(v.name, problem.isEmpty() ? QStringLiteral("its time is not a time") : problem));
            out << v;
        }
        q.finish();
        return out;
    }

    Plan readVersionPlan(const QString &name) const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT data FROM plan_version WHERE plan = ? AND name = ?"), {planId, name});
        if (!q.next()) {
            q.finish();
            refuseUnknownVersion(shown, name, readVersions());
        }
        const QByteArray blob = q.value(0).toByteArray();
        q.finish();
        return unpackVersionPlan(blob, shown + '@' + name);
    }
};

namespace {

using ojson = nlohmann::ordered_json;

ojson parsedRow(const QByteArray &data) { return ojson::parse(data.toStdString()); }

// The keys whose values differ between two entry objects.
QStringList changedKeys(const ojson &a, const ojson &b)
{
    QStringList out;
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!b.contains(it.key()) || b[it.key()] != it.value())
            out << QString::fromStdString(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            out << QString::fromStdString(it.key());
    return out;
}

// The keys of an entry's row that the follow-up writes, not the entry's
// editor: a goal's "indicators". An edit of the entry keeps them as they are.
ojson withFollowupOf(ojson entry, const ojson &current)
{
    for (const char *key : {"indicators"}) {
        entry.erase(key);
        if (current.contains(key))
            entry[key] = current[key];
    }
    return entry;
}

} // namespace

ServerStore::ServerStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
ServerStore::~ServerStore() = default;

const ServerLocation &ServerStore::location() const { return d->loc; }
QString ServerStore::path() const { return d->shown; }
int ServerStore::openedSchemaVersion() const { return d->openedVersion; }
bool ServerStore::isReadOnly() const { return d->readOnly; }
QString ServerStore::readOnlyReason() const { return d->readOnlyReason; }

std::unique_ptr<ServerStore> ServerStore::open(const ServerLocation &location, Mode mode)
{
    auto impl = std::make_unique<Impl>();
    impl->loc = location;
    impl->readOnly = mode == Mode::ReadOnly;
    impl->connect();
    // An older schema is migrated in a transaction of its own, by the first
    // editor that opens a plan there.
    impl->transaction(!impl->readOnly, [&] {
        if (!impl->readOnly)
            impl->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x504C564B)});
        impl->checkSchema(false);
        impl->planId = impl->findPlan();
    });
    impl->tagSession();
    if (!impl->readOnly) {
        // A role with read-only grants opens the plan read-only.
        QSqlQuery &q = impl->run(QStringLiteral("SELECT has_table_privilege('plan_entry', 'INSERT') AND has_table_privilege('plan_entry', 'UPDATE') "
                                                 "AND has_table_privilege('plan_entry', 'DELETE') AND has_table_privilege('plan', 'UPDATE') "
                                                 "AND has_table_privilege('plan_version', 'INSERT'), current_user"));
        q.next();
        const bool mayWrite = q.value(0).toBool();
        const QString role = q.value(1).toString();
        q.finish();
        if (!mayWrite) {
            impl->readOnly = true;
            impl->readOnlyReason = QStringLiteral("the role %1 may only read plans in this database").arg(role);
            impl->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        }
    }
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(impl)));
}

std::unique_ptr<ServerStore> ServerStore::createFrom(const ServerLocation &location, const Plan &plan, const QList<PlanVersion> &versions)
{
    auto impl = std::make_unique<Impl>();
    impl->loc = location;
    impl->connect();
    const serverrows::Rows rows = serverrows::split(plan);
    impl->transaction(true, [&] {
        // One pusher at a time sets up an empty database.
        impl->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x504C564B)});
        impl->checkSchema(true);
        QSqlQuery &taken = impl->run(QStringLiteral("SELECT 1 FROM plan WHERE name = ?"), {location.plan});
        const bool exists = taken.next();
        taken.finish();
        if (exists)
            impl->refuse(QStringLiteral("the database has a plan of that name already; it was left as it is"));
        QSqlQuery &ins = impl->run(QStringLiteral("INSERT INTO plan (name, head) VALUES (?, ?) RETURNING id"), {location.plan, QString::fromUtf8(rows.head)});
        ins.next();
        impl->planId = ins.value(0).toLongLong();
        ins.finish();
        for (const serverrows::Row &r : rows.rows)
            impl->run(QStringLiteral("INSERT INTO plan_entry (plan, uuid, kind, parent, position, data) VALUES (?, ?, ?, ?, ?, ?)"),
                      {impl->planId, r.uuid, r.kind, r.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.parent), r.position,
                       QString::fromUtf8(r.data)});
        QStringList names;
        for (const PlanVersion &v : versions) {
            const QString problem = versionNameProblem(v.info.name);
            if (!problem.isEmpty())
                impl->refuse(QStringLiteral("the version name \"%1\" cannot be used: %2").arg(v.info.name, problem));
            if (names.contains(v.info.name))
                impl->refuse(QStringLiteral("two versions are named \"%1\"").arg(v.info.name));
            names << v.info.name;
            impl->run(QStringLiteral("INSERT INTO plan_version (plan, name, created, status, note, data) VALUES (?, ?, ?, ?, ?, ?)"),
                      {impl->planId, v.info.name, versionTimeText(v.info.created), v.info.status, v.info.note.isNull() ? QStringLiteral("") : v.info.note,
                       packVersionPlan(v.plan)});
        }
    });
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(impl)));
}

Plan ServerStore::load() const
{
    Plan p;
    d->transaction(false, [&] { p = d->readPlan(); });
    return p;
}

PlanWithVersions ServerStore::loadWithVersions() const
{
    PlanWithVersions out;
    d->transaction(false, [&] {
        out.plan = d->readPlan();
        for (const VersionInfo &v : d->readVersions())
            out.versions.append({v, d->readVersionPlan(v.name)});
    });
    return out;
}

QList<VersionInfo> ServerStore::versions() const
{
    QList<VersionInfo> out;
    d->transaction(false, [&] { out = d->readVersions(); });
    return out;
}

Plan ServerStore::readVersion(const QString &name) const
{
    Plan p;
    d->transaction(false, [&] { p = d->readVersionPlan(name); });
    return p;
}

VersionInfo ServerStore::saveVersion(const QString &name, const QString &note)
{
    const QString problem = versionNameProblem(name);
    if (!problem.isEmpty())
        d->refuse(QStringLiteral("the version name \"%1\" cannot be used: %2").arg(name, problem));
    VersionInfo v;
    d->transaction(true, [&] {
        // The plan's row locked: no edit commits between reading the plan and keeping it.
        d->run(QStringLiteral("SELECT 1 FROM plan WHERE id = ? FOR UPDATE"), {d->planId}).finish();
        const Plan plan = d->readPlan();
        QSqlQuery &taken = d->run(QStringLiteral("SELECT created FROM plan_version WHERE plan = ? AND name = ?"), {d->planId, name});
        if (taken.next()) {
            const QString created = taken.value(0).toString();
            taken.finish();
            d->refuse(QStringLiteral("has a version named \"%1\" already (made %2); choose another name").arg(name, created));
        }
        taken.finish();
        v.name = name;
        v.note = note;
        v.status = plan.info.status;
        v.created = versionTimeNow();
        d->run(QStringLiteral("INSERT INTO plan_version (plan, name, created, status, note, data) VALUES (?, ?, ?, ?, ?, ?)"),
               {d->planId, v.name, versionTimeText(v.created), v.status, note.isNull() ? QStringLiteral("") : note, packVersionPlan(plan)});
        d->notifyVersions();
       }, true);
    return v;
}

Plan ServerStore::loadHead() const
{
    Plan p;
    d->transaction(false, [&] {
        QSqlQuery &h = d->run(QStringLiteral("SELECT head FROM plan WHERE id = ?"), {d->planId});
        if (!h.next())
            d->refuse(QStringLiteral("the plan is no longer on the server (deleted since it was opened)"));
        const QByteArray head = h.value(0).toString().toUtf8();
        h.finish();
        p = serverrows::assemble(head, {}, d->shown);
    });
    return p;
}

ServerStore::Versioned ServerStore::loadVersioned() const
{
    Versioned out;
    d->transaction(false, [&] {
        out.plan = d->readPlan();
        QSqlQuery &q = d->run(QStringLiteral("SELECT uuid, row_version FROM plan_entry WHERE plan = ?"), {d->planId});
        while (q.next())
            out.versions.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
        q.finish();
    });
    return out;
}

template<class T>
EditResult<T> ServerStore::update(const T &before, const T &after, qint64 seenVersion)
{
    const QString id = after.id.toString(QUuid::WithoutBraces);
    EditResult<T> result;
    result.current = after;
    qint64 written = 0;
    d->transaction(true, [&] {
        d->lockPlan(false);
        const auto [theirs, theirVersion] = d->lockedRow(Kind<T>::label, id);
        d->checkLinks(after);
        const ojson c = parsedRow(theirs);
        const ojson a = withFollowupOf(parsedRow(serverrows::entryData(after)), c);
        if (theirVersion == seenVersion) { // nobody else has changed it
            written = d->writeRow(id, a);
            return;
        }
        // Changed by another editor since: compare field by field.
        const ojson b = withFollowupOf(parsedRow(serverrows::entryData(before)), c);
        const QStringList myFields = changedKeys(b, a), theirFields = changedKeys(b, c);
        QStringList clash;
        for (const QString &k : myFields)
            if (theirFields.contains(k) && a.value(k.toStdString(), ojson()) != c.value(k.toStdString(), ojson()))
                clash << k;
        const QString where = QStringLiteral("%1: entry %2").arg(d->shown, id);
        if (!clash.isEmpty()) {
            result.outcome = EditOutcome::Conflict;
            result.fields = clash;
            written = theirVersion;
            result.current = importEntryJson<T>(parseJson(theirs, where), where);
            return;
        }
        ojson merged = c;
        for (const QString &k : myFields)
            merged[k.toStdString()] = a[k.toStdString()];
        written = d->writeRow(id, merged);
        result.outcome = EditOutcome::Merged;
        result.fields = theirFields;
        result.current = importEntryJson<T>(nlohmann::json::parse(merged.dump()), where);
    });
    result.version = written;
    return result;
}

template<class T>
std::optional<ServerStore::Entry<T>> ServerStore::entry(const QUuid &id) const
{
    const QString uuid = id.toString(QUuid::WithoutBraces);
    std::optional<Entry<T>> out;
    d->transaction(false, [&] {
        QSqlQuery &q = d->run(QStringLiteral("SELECT data, row_version, kind FROM plan_entry WHERE plan = ? AND uuid = ?"), {d->planId, uuid});
        if (!q.next()) {
            q.finish();
            return;
        }
        const QByteArray data = q.value(0).toString().toUtf8();
        const qint64 version = q.value(1).toLongLong();
        const QString kind = q.value(2).toString();
        q.finish();
        const QString where = QStringLiteral("%1: entry %2").arg(d->shown, uuid);
        if (kind != QLatin1String(Kind<T>::table))
            throw PlanError(where, {}, QStringLiteral("is a %1, not a %2").arg(kind, QLatin1String(Kind<T>::table)));
        out = Entry<T>{importEntryJson<T>(parseJson(data, where), where), version};
    });
    return out;
}

void ServerStore::onChange(std::function<void(const QUuid &, qint64)> callback)
{
    QSqlDriver *driver = d->db().driver();
    const QString channel = QStringLiteral("planverk_plan_%1").arg(d->planId);
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [callback = std::move(callback), channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         if (name != channel || source == QSqlDriver::SelfSource)
                             return;
                         const QStringList parts = payload.toString().split(' ');
                         if (parts == QStringList{QStringLiteral("versions")})
                             return callback(QUuid(), 0);
                         if (parts.size() != 2)
                             return;
                         callback(parts[0] == QLatin1String("plan") ? QUuid() : QUuid::fromString(parts[0]), parts[1].toLongLong());
                     });
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        d->fail(QStringLiteral("cannot listen for the other editors' changes"), driver->lastError());
    d->channels << channel;
}

// Every kind's update(), compiled here.
template<class... T>
constexpr auto serverUpdates(KindList<T...>)
{
    return std::tuple{static_cast<EditResult<T> (ServerStore::*)(const T &, const T &, qint64)>(&ServerStore::update<T>)..., &ServerStore::entry<T>...};
}
auto serverStoreFunctions = serverUpdates(AllKinds{});

Followup ServerStore::loadFollowup() const { return load().followup; }

void ServerStore::updateInfo(const PlanInfo &info)
{
    d->transaction(true, [&] {
        d->rewrite([&](Plan &p) {
            const Picture logo = p.info.logo, cover = p.info.cover;
            p.info = info;
            p.info.logo = logo; // pictures: setPicture()
            p.info.cover = cover;
        });
    });
}

void ServerStore::setPicture(PictureRole role, const Picture &picture)
{
    d->transaction(true, [&] { d->rewrite([&](Plan &p) { p.info.picture(role) = picture; }); });
}

void ServerStore::replaceFollowup(const Followup &followup)
{
    d->transaction(true, [&] { d->rewrite([&](Plan &p) { p.followup = followup; }); });
}

namespace {

// Applies the change `before` -> `after` of one list of the follow-up to
// `current`, item by item (`key` names an item): what another editor has
// changed meanwhile in other items stays.
template<class T, class K>
void applyChange(QList<T> &current, const QList<T> &before, const QList<T> &after, K key)
{
    for (const T &b : before)
        if (std::none_of(after.begin(), after.end(), [&](const T &a) { return key(a) == key(b); }))
            current.removeIf([&](const T &c) { return key(c) == key(b); });
    for (const T &a : after) {
        const auto was = std::find_if(before.begin(), before.end(), [&](const T &b) { return key(b) == key(a); });
        if (was != before.end() && *was == a)
            continue; // not changed here
        const auto at = std::find_if(current.begin(), current.end(), [&](const T &c) { return key(c) == key(a); });
        if (at != current.end())
            *at = a;
        else
            current.append(a);
    }
}

} // namespace

void ServerStore::updateFollowup(const Followup &before, const Followup &after)
{
    d->transaction(true, [&] {
        d->rewrite([&](Plan &p) {
            Followup &f = p.followup;
            if (f == before) {
                f = after;
                return;
            }
            applyChange(f.periods, before.periods, after.periods, [](const ReportingPeriod &x) { return x.id; });
            applyChange(f.reports, before.reports, after.reports, [](const StatusReport &x) { return std::pair(x.action, x.period); });
            applyChange(f.indicators, before.indicators, after.indicators, [](const Indicator &x) { return x.id; });
            std::stable_sort(f.periods.begin(), f.periods.end(), [](const ReportingPeriod &a, const ReportingPeriod &b) { return a.start < b.start; });
        });
    });
}

void ServerStore::transaction(const std::function<void()> &work)
{
    d->transaction(true, work);
}

void ServerStore::replaceAll(const Plan &plan)
{
    d->transaction(true, [&] { d->rewrite([&](Plan &p) { p = plan; }); });
}

void ServerStore::copyTo(const QString &target) const
{
    const PlanWithVersions all = loadWithVersions();
    FileStore::createFrom(target, all.plan, all.versions);
}

QStringList ServerStore::integrityProblems() const
{
    QStringList problems;
    try {
        for (const VersionInfo &v : versions()) {
            try {
                readVersion(v.name);
            } catch (const PlanError &e) {
                problems << QStringLiteral("version \"%1\": %2").arg(v.name, e.message());
            }
        }
    } catch (const PlanError &e) {
        problems << e.message();
    }
    return problems;
}

void ServerStore::insertEntry(EntryRef entity, const QUuid &parent, int position)
{
    std::visit(
        [&]<class T>(const T *e) {
            d->transaction(true, [&] {
                d->rewrite([&](Plan &p) {
                    if (findEntity<T>(p, e->id))
                        d->refuse(QStringLiteral("has a %1 with id %2 already; it was not inserted again").arg(QLatin1String(Kind<T>::label), e->id.toString(QUuid::WithoutBraces)));
                    QList<T> *list = childList<T>(p, parent);
                    if (!list)
                        d->refuse(QStringLiteral("the entry %1 to put the new %2 under is not in the plan (removed by another editor?); the change was not saved")
                                      .arg(parent.toString(QUuid::WithoutBraces), QLatin1String(Kind<T>::label)));
                    list->insert(std::clamp(position, 0, int(list->size())), *e);
                });
            });
        },
        entity);
}

void ServerStore::updateEntry(EntryRef entity)
{
    std::visit(
        [&]<class T>(const T *e) {
            const QString id = e->id.toString(QUuid::WithoutBraces);
            d->transaction(true, [&] {
                d->lockPlan(false);
                const QByteArray current = d->lockedRow(Kind<T>::label, id).first;
                d->checkLinks(*e);
                d->writeRow(id, withFollowupOf(parsedRow(serverrows::entryData(*e)), parsedRow(current)));
            });
        },
        entity);
}

void ServerStore::removeEntry(KindTag kind, const QUuid &id)
{
    std::visit(
        [&]<class T>(std::type_identity<T>) {
            d->transaction(true, [&] {
                d->rewrite([&](Plan &p) {
                    const auto loc = locate<T>(p, id);
                    if (!loc)
                        return; // removed by another editor already
                    const QList<QUuid> gone = idsWithin(*findEntity<T>(p, id));
                    childList<T>(p, loc->parent)->removeAt(loc->index);
                    // Links to it go with it, as in a file (ON DELETE CASCADE); its status
                    // reports stay, as in a file ('check' reports them).
                    forEachKind([&]<class U>() { forEachEntry<U>(p, [&](U &e) { dropLinksTo(e, gone); }); });
                });
            });
        },
        kind);
}

void ServerStore::moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position)
{
    std::visit(
        [&]<class T>(std::type_identity<T>) {
            d->transaction(true, [&] {
                d->rewrite([&](Plan &p) {
                    const auto loc = locate<T>(p, id);
                    if (!loc)
                        d->refuse(QStringLiteral("the %1 %2 was deleted by another editor; it was not moved").arg(QLatin1String(Kind<T>::label), id.toString(QUuid::WithoutBraces)));
                    if (const QString refusal = moveRefusal<T>(p, id, newParent); !refusal.isEmpty())
                        d->refuse(refusal);
                    QList<T> *source = childList<T>(p, loc->parent);
                    T e = source->takeAt(loc->index);
                    QList<T> *target = childList<T>(p, newParent);
                    target->insert(std::clamp(position, 0, int(target->size())), std::move(e));
                });
            });
        },
        kind);
}

QString ServerStore::ping()
{
    try {
        d->transaction(false, [] {});
        d->connectionProblem.clear();
    } catch (const PlanError &e) {
        d->connectionProblem = e.toString();
    }
    return d->connectionProblem;
}

QString ServerStore::problem() const { return d->connectionProblem; }

QList<ServerStore::Session> ServerStore::sessions() const
{
    QList<Session> out;
    d->transaction(false, [&] {
        QSqlQuery &q = d->run(QStringLiteral("SELECT usename, to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM pg_stat_activity "
                                             "WHERE datname = current_database() AND application_name = ? AND pid <> pg_backend_pid() ORDER BY backend_start"),
                              {d->sessionName()});
        while (q.next())
            out.append({q.value(0).toString(), versionTimeFromText(q.value(1).toString())});
        q.finish();
    });
    return out;
}

QStringList ServerStore::planNames(const ServerLocation &location)
{
    Impl impl;
    impl.loc = location;
    impl.readOnly = true;
    impl.connect();
    QStringList names;
    impl.transaction(false, [&] {
        impl.checkSchema(false);
        names = impl.planNames();
    });
    return names;
}

} // namespace planverk
