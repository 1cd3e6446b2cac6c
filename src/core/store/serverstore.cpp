#include "store/serverstore.h"

#include "io/planjson.h"
#include "io/versionblob.h"
#include "model/planerror.h"
#include "model/moverules.h"
#include "model/plandocument.h"
#include "store/filestore.h"
#include "store/followupstore.h"
#include "store/planschema.h"
#include "store/plantables.h"
#include "store/sqlconnection.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace planverk {

namespace {

// libpq's message on one line, without its "FATAL:" prefixes.
QString serverMessage(const QSqlError &e) { return sqlMessage(e, SqlDialect::PostgreSQL); }

} // namespace

struct ServerStore::Impl {
    ServerLocation loc;
    QString shown; // loc.display()
    SqlConnection conn;
    bool readOnly = false;
    mutable int openedVersion = 0;  // the plan schema's migration level when opened
    mutable int depth = 0;  // transactions within a transaction join it
    QString connectionProblem; // set by ping() while the server does not answer
    QString readOnlyReason; // why a plan opened for editing is read-only
    QStringList channels;   // the notification channels listened to
    qint64 planId = -1;
    QString schema;         // the plan's own schema: plan_<id> (store/planschema.h)
    QHash<QString, QSqlQuery> &queries = conn.queries;
    std::unique_ptr<PlanTables> planTables; // the plan's tables, in `schema` (the session's search_path)

    const PlanTables &tables() const { return *planTables; }

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
        planTables = std::make_unique<PlanTables>(conn, shown, SqlDialect::PostgreSQL);
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
        if (!schema.isEmpty())
            useSchema();
    }

    // The plan's tables are named unqualified (PlanTables): the session
    // looks for them in the plan's schema; the catalog is named public.*.
    void useSchema() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SET search_path TO \"%1\"").arg(schema))) // plan_<digits>: nothing to quote
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

    // The catalog of the database's plans, in public: checked, and
    // (mayCreate, in an empty database) created. Runs inside a transaction.
    //
    //   planverk_schema (application, version)  one row: 'planverk' and kSchemaVersion
    //   planverk_plan (id, name, schema)        a plan: its name, unique, and its schema plan_<id>
    void checkCatalog(bool mayCreate) const
    {
        QSqlQuery &exists = run(QStringLiteral("SELECT to_regclass('public.planverk_schema') IS NOT NULL"));
        exists.next();
        const bool hasCatalog = exists.value(0).toBool();
        exists.finish();
        int version = 0;
        if (hasCatalog) {
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("SELECT application, version FROM public.planverk_schema")) || !q.next() || q.value(0).toString() != QLatin1String("planverk"))
                refuse(QStringLiteral("the database belongs to another program (its table planverk_schema is not Planverk's)"));
            version = q.value(1).toInt();
            if (q.next())
                refuse(QStringLiteral("the database's Planverk schema is damaged: table planverk_schema has more than one row"));
        } else {
            QSqlQuery &tables = run(QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                                   "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY c.relname LIMIT 1"));
            const bool other = tables.next();
            const QString first = other ? tables.value(0).toString() : QString();
            tables.finish();
            if (other)
                refuse(QStringLiteral("the database belongs to another program: it has a table \"%1\" but no Planverk schema").arg(first));
            if (!mayCreate)
                refuse(QStringLiteral("the database holds no Planverk plans; put one there with 'planverk-cli push FILE URL'"));
            exec(QStringLiteral("CREATE TABLE public.planverk_schema (\n"
                                "    application text NOT NULL CHECK (application = 'planverk'),\n"
                                "    version integer NOT NULL\n"
                                ")"));
            exec(QStringLiteral("INSERT INTO public.planverk_schema (application, version) VALUES ('planverk', %1)").arg(kSchemaVersion));
            exec(QStringLiteral("CREATE TABLE public.planverk_plan (\n"
                                "    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                                "    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),\n"
                                "    schema text NOT NULL UNIQUE CHECK (schema = 'plan_' || id)\n"
                                ")"));
            version = kSchemaVersion;
        }
        if (version > kSchemaVersion)
            refuse(QStringLiteral("the database was set up by a newer Planverk (server schema version %1; this version reads up to %2)").arg(version).arg(kSchemaVersion));
        if (version < kSchemaVersion)
            refuse(QStringLiteral("the database holds plans of an older Planverk (server schema version %1, a plan as JSON rows), which this version does not read; "
                                  "pull each plan to a file with that version and push it here again with this one").arg(version));
    }

    QStringList planNames() const
    {
        QStringList names;
        QSqlQuery &q = run(QStringLiteral("SELECT name FROM public.planverk_plan ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        q.finish();
        return names;
    }

    // The plan's id and schema; a plan that is not there is refused with the plans there are.
    void findPlan()
    {
        QSqlQuery &q = run(QStringLiteral("SELECT id, schema FROM public.planverk_plan WHERE name = ?"), {loc.plan});
        if (q.next()) {
            planId = q.value(0).toLongLong();
            schema = q.value(1).toString();
            q.finish();
            if (schema != planschema::schemaName(planId))
                refuse(QStringLiteral("the database's Planverk schema is damaged: the plan's schema is \"%1\", not %2").arg(schema, planschema::schemaName(planId)));
            return;
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

    // The plan's schema at the migration level of this build: an older one
    // migrated (opened for editing, under the caller's advisory lock), a
    // newer one refused.
    void checkPlanSchema() const
    {
        const int version = planschema::version(db(), schema, shown);
        openedVersion = version;
        if (version == 0)
            refuse(QStringLiteral("the plan's schema %1 is missing or empty; the database is damaged").arg(schema));
        if (version > PlanStore::kSchemaVersion)
            refuse(QStringLiteral("the plan was written by a newer Planverk (plan schema version %1; this version reads up to %2)").arg(version).arg(PlanStore::kSchemaVersion));
        if (version < PlanStore::kSchemaVersion) {
            if (readOnly)
                refuse(QStringLiteral("the plan has an older Planverk schema (version %1); open it once for editing to update it").arg(version));
            planschema::migrate(db(), schema, planId, version, PlanStore::kSchemaVersion, shown);
        }
    }

    // The plan's settings row locked: structural writes of the plan one at
    // a time (FOR UPDATE), and none while an entry is written (FOR KEY SHARE).
    void lockPlan(bool exclusive) const
    {
        QSqlQuery &q = run(exclusive ? QStringLiteral("SELECT 1 FROM plan_info WHERE id = 1 FOR UPDATE") : QStringLiteral("SELECT 1 FROM plan_info WHERE id = 1 FOR KEY SHARE"));
        const bool there = q.next();
        q.finish();
        if (!there)
            refuse(QStringLiteral("the plan is no longer on the server (deleted since it was opened); the change was not saved"));
    }

    // An entry's version now (0: not there).
    qint64 rowVersion(const char *table, const QUuid &id) const
    {
        QSqlQuery &q = run(QStringLiteral("SELECT row_version FROM \"%1\" WHERE uuid = ?").arg(QLatin1String(table)), {id.toString(QUuid::WithoutBraces)});
        const qint64 v = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return v;
    }

    // An entry's links must point at entries that are there: another editor
    // may have removed one since this editor saw it. Inside the write
    // transaction, after lockPlan(false): no removal can come between.
    template<class T>
    void checkLinks(const T &entity) const
    {
        QHash<QString, QStringList> byTable;
        forEachLink(entity, [&](const char *, const QList<QUuid> &refs, const char *target) {
            for (const QUuid &r : refs)
                byTable[QString::fromLatin1(target)] << r.toString(QUuid::WithoutBraces);
        });
        for (auto it = byTable.begin(); it != byTable.end(); ++it) {
            QStringList &ids = it.value();
            ids.removeDuplicates();
            QSqlQuery &q = run(QStringLiteral("SELECT uuid FROM \"%1\" WHERE uuid = ANY (string_to_array(?, ','))").arg(it.key()), {ids.join(',')});
            while (q.next())
                ids.removeAll(q.value(0).toString());
            q.finish();
            if (!ids.isEmpty())
                refuse(QStringLiteral("the %1 %2 links to %3, which another editor has removed; the change was not saved")
                           .arg(QLatin1String(Kind<T>::label), entity.id.toString(QUuid::WithoutBraces), ids.first()));
        }
    }

    // The version made when a write changes the stored status (PlanStore::replaceAll()).
    void versionIfStatusChanged(const QString &before, const std::function<Plan()> &plan) const
    {
        if (tables().storedStatus() != before)
            tables().makeAutomaticVersion(plan());
    }
};

namespace {

using ojson = nlohmann::ordered_json;

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
    // An older plan schema is migrated in a transaction of its own, by the
    // first editor that opens the plan, under an advisory lock.
    impl->transaction(!impl->readOnly, [&] {
        if (!impl->readOnly)
            impl->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x504C564B)});
        impl->checkCatalog(false);
        impl->findPlan();
        impl->useSchema();
        impl->checkPlanSchema();
    });
    impl->tagSession();
    if (!impl->readOnly) {
        // A role with read-only grants on the plan's schema opens the plan read-only.
        const QString s = impl->schema + '.';
        const QString goal = s + QStringLiteral("goal");
        QSqlQuery &q = impl->run(QStringLiteral("SELECT has_schema_privilege(?, 'USAGE') AND has_table_privilege(?, 'INSERT') AND has_table_privilege(?, 'UPDATE') "
                                                 "AND has_table_privilege(?, 'DELETE') AND has_table_privilege(?, 'UPDATE') AND has_table_privilege(?, 'INSERT'), current_user"),
                                  {impl->schema, goal, goal, goal, QString(s + QStringLiteral("plan_info")), QString(s + QStringLiteral("plan_version"))});
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
    impl->transaction(true, [&] {
        // One pusher at a time sets up an empty database.
        impl->run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x504C564B)});
        impl->checkCatalog(true);
        QSqlQuery &taken = impl->run(QStringLiteral("SELECT 1 FROM public.planverk_plan WHERE name = ?"), {location.plan});
        const bool exists = taken.next();
        taken.finish();
        if (exists)
            impl->refuse(QStringLiteral("the database has a plan of that name already; it was left as it is"));
        QSqlQuery &id = impl->run(QStringLiteral("SELECT nextval(pg_get_serial_sequence('public.planverk_plan', 'id'))"));
        id.next();
        impl->planId = id.value(0).toLongLong();
        id.finish();
        impl->schema = planschema::schemaName(impl->planId);
        impl->run(QStringLiteral("INSERT INTO public.planverk_plan (id, name, schema) VALUES (?, ?, ?)"), {impl->planId, location.plan, impl->schema});
        impl->useSchema();
        planschema::migrate(impl->db(), impl->schema, impl->planId, 0, PlanStore::kSchemaVersion, impl->shown);
        impl->openedVersion = PlanStore::kSchemaVersion;
        impl->tables().replaceAll(plan);
        impl->exec(QStringLiteral("UPDATE plan_info SET row_version = 1")); // a new plan: every row at its first version
        QStringList names;
        for (const PlanVersion &v : versions) {
            if (names.contains(v.info.name))
                impl->refuse(QStringLiteral("two versions are named \"%1\"").arg(v.info.name));
            names << v.info.name;
            impl->tables().insertVersion(v.info, packVersionPlan(v.plan));
        }
    });
    impl->tagSession();
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(impl)));
}

Plan ServerStore::load() const
{
    Plan p;
    d->transaction(false, [&] { p = d->tables().load(); });
    return p;
}

PlanWithVersions ServerStore::loadWithVersions() const
{
    PlanWithVersions out;
    d->transaction(false, [&] {
        out.plan = d->tables().load();
        for (const VersionInfo &v : d->tables().versions())
            out.versions.append({v, d->tables().readVersion(v.name)});
    });
    return out;
}

QList<VersionInfo> ServerStore::versions() const
{
    QList<VersionInfo> out;
    d->transaction(false, [&] { out = d->tables().versions(); });
    return out;
}

Plan ServerStore::readVersion(const QString &name) const
{
    Plan p;
    d->transaction(false, [&] { p = d->tables().readVersion(name); });
    return p;
}

VersionInfo ServerStore::saveVersion(const QString &name, const QString &note)
{
    const QString problem = versionNameProblem(name);
    if (!problem.isEmpty())
        d->refuse(QStringLiteral("the version name \"%1\" cannot be used: %2").arg(name, problem));
    VersionInfo v;
    d->transaction(true, [&] {
        // The plan locked: no edit commits between reading the plan and keeping it.
        d->lockPlan(true);
        const Plan plan = d->tables().load();
        v.name = name;
        v.note = note.isNull() ? QStringLiteral("") : note;
        v.status = plan.info.status;
        v.created = versionTimeNow();
        d->tables().insertVersion(v, packVersionPlan(plan)); // its trigger announces "versions"
       }, true);
    return v;
}

Plan ServerStore::loadHead() const
{
    Plan p;
    d->transaction(false, [&] { p = d->tables().loadHead(); });
    return p;
}

ServerStore::Versioned ServerStore::loadVersioned() const
{
    Versioned out;
    d->transaction(false, [&] {
        out.plan = d->tables().load();
        forEachKind([&]<class T>() {
            QSqlQuery &q = d->run(QStringLiteral("SELECT uuid, row_version FROM \"%1\"").arg(QLatin1String(Kind<T>::table)));
            while (q.next())
                out.versions.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
            q.finish();
        });
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
        T theirs;
        qint64 theirVersion = 0;
        if (!d->tables().loadEntry(&theirs, after.id, &theirVersion, true))
            d->refuse(QStringLiteral("the %1 %2 was deleted by another editor; the change was not saved").arg(QLatin1String(Kind<T>::label), id));
        d->checkLinks(after);
        if (theirVersion == seenVersion) { // nobody else has changed it
            d->tables().updateEntry(&after);
            written = d->rowVersion(Kind<T>::table, after.id);
            return;
        }
        // Changed by another editor since: compare field by field.
        const ojson b = exportEntryJson(before), a = exportEntryJson(after), c = exportEntryJson(theirs);
        const QStringList myFields = changedKeys(b, a), theirFields = changedKeys(b, c);
        QStringList clash;
        for (const QString &k : myFields)
            if (theirFields.contains(k) && a.value(k.toStdString(), ojson()) != c.value(k.toStdString(), ojson()))
                clash << k;
        if (!clash.isEmpty()) {
            result.outcome = EditOutcome::Conflict;
            result.fields = clash;
            written = theirVersion;
            result.current = theirs;
            return;
        }
        ojson merged = c;
        for (const QString &k : myFields)
            merged[k.toStdString()] = a[k.toStdString()];
        const T both = importEntryJson<T>(nlohmann::json::parse(merged.dump()), QStringLiteral("%1: entry %2").arg(d->shown, id));
        d->checkLinks(both);
        d->tables().updateEntry(&both);
        written = d->rowVersion(Kind<T>::table, after.id);
        result.outcome = EditOutcome::Merged;
        result.fields = theirFields;
        result.current = both;
    });
    result.version = written;
    return result;
}

template<class T>
std::optional<ServerStore::Entry<T>> ServerStore::entry(const QUuid &id) const
{
    std::optional<Entry<T>> out;
    d->transaction(false, [&] {
        Entry<T> e;
        if (d->tables().loadEntry(&e.value, id, &e.version))
            out = std::move(e);
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

Followup ServerStore::loadFollowup() const
{
    Followup f;
    d->transaction(false, [&] { f = followupstore::load(d->db(), d->shown); });
    return f;
}

void ServerStore::updateInfo(const PlanInfo &info)
{
    d->transaction(true, [&] {
        d->lockPlan(true);
        const QString before = d->tables().storedStatus();
        d->tables().writeInfo(info);
        d->versionIfStatusChanged(before, [&] { return d->tables().load(); });
    });
}

void ServerStore::setPicture(PictureRole role, const Picture &picture)
{
    d->transaction(true, [&] {
        d->lockPlan(true);
        d->tables().writePicture(role, picture);
    });
}

void ServerStore::replaceFollowup(const Followup &followup)
{
    d->transaction(true, [&] {
        d->lockPlan(true);
        followupstore::write(d->db(), d->shown, followup);
    });
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
        d->lockPlan(true);
        const Followup current = followupstore::load(d->db(), d->shown);
        Followup f = current;
        if (f == before) {
            f = after;
        } else {
            applyChange(f.periods, before.periods, after.periods, [](const ReportingPeriod &x) { return x.id; });
            applyChange(f.reports, before.reports, after.reports, [](const StatusReport &x) { return std::pair(x.action, x.period); });
            applyChange(f.indicators, before.indicators, after.indicators, [](const Indicator &x) { return x.id; });
            std::stable_sort(f.periods.begin(), f.periods.end(), [](const ReportingPeriod &a, const ReportingPeriod &b) { return a.start < b.start; });
        }
        followupstore::update(d->db(), d->shown, current, f);
    });
}

void ServerStore::transaction(const std::function<void()> &work)
{
    d->transaction(true, work);
}

void ServerStore::replaceAll(const Plan &plan)
{
    d->transaction(true, [&] {
        d->lockPlan(true);
        const QString before = d->tables().storedStatus();
        d->tables().replaceAll(plan);
        d->versionIfStatusChanged(before, [&] { return plan; });
    });
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
                d->lockPlan(true);
                Plan p = d->tables().load();
                if (findEntity<T>(p, e->id))
                    d->refuse(QStringLiteral("has a %1 with id %2 already; it was not inserted again").arg(QLatin1String(Kind<T>::label), e->id.toString(QUuid::WithoutBraces)));
                if (!childList<T>(p, parent))
                    d->refuse(QStringLiteral("the entry %1 to put the new %2 under is not in the plan (removed by another editor?); the change was not saved")
                                  .arg(parent.toString(QUuid::WithoutBraces), QLatin1String(Kind<T>::label)));
                d->checkLinks(*e);
                d->tables().insertEntry(e, parent, position);
            });
        },
        entity);
}

void ServerStore::updateEntry(EntryRef entity)
{
    std::visit(
        [&]<class T>(const T *e) {
            d->transaction(true, [&] {
                d->lockPlan(false);
                if (d->rowVersion(Kind<T>::table, e->id) == 0)
                    d->refuse(QStringLiteral("the %1 %2 was deleted by another editor; the change was not saved").arg(QLatin1String(Kind<T>::label), e->id.toString(QUuid::WithoutBraces)));
                d->checkLinks(*e);
                d->tables().updateEntry(e);
            });
        },
        entity);
}

void ServerStore::removeEntry(KindTag kind, const QUuid &id)
{
    std::visit(
        [&]<class T>(std::type_identity<T>) {
            d->transaction(true, [&] {
                d->lockPlan(true);
                if (d->rowVersion(Kind<T>::table, id) == 0)
                    return; // removed by another editor already
                // Its sub-entries and the links to it go with it (ON DELETE CASCADE); its
                // status reports stay, as in a file ('check' reports them).
                d->tables().removeEntry(kind, id);
            });
        },
        kind);
}

void ServerStore::moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position)
{
    std::visit(
        [&]<class T>(std::type_identity<T>) {
            d->transaction(true, [&] {
                d->lockPlan(true);
                const Plan p = d->tables().load();
                if (!locate<T>(p, id))
                    d->refuse(QStringLiteral("the %1 %2 was deleted by another editor; it was not moved").arg(QLatin1String(Kind<T>::label), id.toString(QUuid::WithoutBraces)));
                if (const QString refusal = moveRefusal<T>(p, id, newParent); !refusal.isEmpty())
                    d->refuse(refusal);
                d->tables().moveEntry(kind, id, newParent, position);
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
        impl.checkCatalog(false);
        names = impl.planNames();
    });
    return names;
}

} // namespace planverk
