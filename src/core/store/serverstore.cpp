#include "store/serverstore.h"

#include "io/planjson.h"
#include "io/versionblob.h"
#include "model/planerror.h"
#include "store/serverrows.h"

#include <nlohmann/json.hpp>

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace planverk {

namespace {

QAtomicInteger<quint64> connectionCounter;

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
    QString connection;
    bool readOnly = false;
    QString readOnlyReason; // why a plan opened for editing is read-only
    QStringList channels;   // the notification channels listened to
    qint64 planId = -1;
    mutable QHash<QString, QSqlQuery> queries;

    ~Impl()
    {
        queries.clear();
        if (!connection.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::database(connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    [[noreturn]] void refuse(const QString &what) const { throw PlanError(shown, {}, what); }
    [[noreturn]] void fail(const QString &what, const QSqlError &e) const { refuse(QStringLiteral("%1: %2").arg(what, serverMessage(e))); }

    void connect()
    {
        shown = loc.display();
        connection = QStringLiteral("planverk-server-%1").arg(++connectionCounter);
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
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
            fail(QStringLiteral("lost the connection to the server and cannot connect again (%1)").arg(serverMessage(first)), d.lastError());
        setUpSession();
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
        if (version < kSchemaVersion) {
            if (readOnly)
                refuse(QStringLiteral("the database has an older Planverk schema (version %1); open it once for editing to update it").arg(version));
            const QStringList scripts = serverMigrations();
            for (int v = version; v < kSchemaVersion; ++v)
                runScript(scripts[v]);
            run(QStringLiteral("UPDATE planverk_schema SET version = ?"), {kSchemaVersion});
        }
    }

    // The statements of a script: split at a ';' that ends a line, except
    // inside a $$-quoted function body.
    static QStringList statements(const QString &script)
    {
        QStringList out;
        QString current;
        bool quoted = false;
        for (qsizetype i = 0; i < script.size(); ++i) {
            if (script[i] == '$' && i + 1 < script.size() && script[i + 1] == '$') {
                quoted = !quoted;
                current += QStringLiteral("$$");
                ++i;
                continue;
            }
            if (!quoted && script[i] == ';' && (i + 1 == script.size() || script[i + 1] == '\n')) {
                out << current;
                current.clear();
                continue;
            }
            current += script[i];
        }
        out << current;
        return out;
    }

    void runScript(const QString &script) const
    {
        for (const QString &stmt : statements(script)) {
            QString s = stmt.trimmed();
            while (s.startsWith(QStringLiteral("--"))) {
                const qsizetype nl = s.indexOf('\n');
                s = nl < 0 ? QString() : s.mid(nl + 1).trimmed();
            }
            if (!s.isEmpty())
                exec(s);
        }
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

    Plan readPlan() const
    {
        QSqlQuery &h = run(QStringLiteral("SELECT head FROM plan WHERE id = ?"), {planId});
        if (!h.next())
            refuse(QStringLiteral("the plan is no longer on the server (deleted since it was opened)"));
        const QByteArray head = h.value(0).toString().toUtf8();
        h.finish();
        QList<serverrows::Row> rows;
        QSqlQuery &q = run(QStringLiteral("SELECT uuid, kind, parent, position, data FROM plan_entry WHERE plan = ?"), {planId});
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toString().toUtf8()});
        q.finish();
        return serverrows::assemble(head, rows, shown);
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

} // namespace

ServerStore::ServerStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
ServerStore::~ServerStore() = default;

const ServerLocation &ServerStore::location() const { return d->loc; }
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
       }, true);
    return v;
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
    const QByteArray mine = serverrows::entryData(after);
    EditResult<T> result;
    result.current = after;
    qint64 written = 0;
    d->transaction(true, [&] {
        QSqlQuery &q = d->run(QStringLiteral("UPDATE plan_entry SET data = ?, row_version = row_version + 1 WHERE plan = ? AND uuid = ? AND row_version = ? RETURNING row_version"),
                              {QString::fromUtf8(mine), d->planId, id, seenVersion});
        if (q.next()) {
            written = q.value(0).toLongLong();
            q.finish();
            return;
        }
        q.finish();
        // Changed by another editor since: compare field by field, under a lock on the row.
        QSqlQuery &cur = d->run(QStringLiteral("SELECT data, row_version FROM plan_entry WHERE plan = ? AND uuid = ? FOR UPDATE"), {d->planId, id});
        if (!cur.next()) {
            cur.finish();
            d->refuse(QStringLiteral("the %1 %2 was deleted by another editor; the change was not saved").arg(QLatin1String(Kind<T>::label), id));
        }
        const QByteArray theirs = cur.value(0).toString().toUtf8();
        const qint64 theirVersion = cur.value(1).toLongLong();
        cur.finish();
        const ojson b = parsedRow(serverrows::entryData(before)), a = parsedRow(mine), c = parsedRow(theirs);
        const QStringList myFields = changedKeys(b, a), theirFields = changedKeys(b, c);
        QStringList clash;
        for (const QString &k : myFields)
            if (theirFields.contains(k) && a.value(k.toStdString(), ojson()) != c.value(k.toStdString(), ojson()))
                clash << k;
        if (!clash.isEmpty()) {
            result.outcome = EditOutcome::Conflict;
            result.fields = clash;
            written = theirVersion;
            result.current = importEntryJson<T>(parseJson(theirs, QStringLiteral("%1: entry %2").arg(d->shown, id)), QStringLiteral("%1: entry %2").arg(d->shown, id));
            return;
        }
        ojson merged = c;
        for (const QString &k : myFields)
            merged[k.toStdString()] = a[k.toStdString()];
        QSqlQuery &w = d->run(QStringLiteral("UPDATE plan_entry SET data = ?, row_version = row_version + 1 WHERE plan = ? AND uuid = ? RETURNING row_version"),
                              {QString::fromStdString(merged.dump()), d->planId, id});
        w.next();
        written = w.value(0).toLongLong();
        w.finish();
        result.outcome = EditOutcome::Merged;
        result.fields = theirFields;
        result.current = importEntryJson<T>(nlohmann::json::parse(merged.dump()), QStringLiteral("%1: entry %2").arg(d->shown, id));
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
    return std::tuple{&ServerStore::update<T>..., &ServerStore::entry<T>...};
}
auto serverStoreFunctions = serverUpdates(AllKinds{});

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
