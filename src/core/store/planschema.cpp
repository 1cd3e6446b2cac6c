#include "store/planschema.h"

#include "model/kinds.h"
#include "model/planerror.h"
#include "store/plantables.h"
#include "store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace planverk::planschema {

namespace {

QString ident(const QString &name) { return '"' + QString(name).replace('"', QStringLiteral("\"\"")) + '"'; }

[[noreturn]] void fail(const QString &where, const QString &what, const QSqlError &e)
{
    throw PlanError(where, {}, QStringLiteral("%1: %2").arg(what, sqlMessage(e, SqlDialect::PostgreSQL)));
}

void exec(const QSqlDatabase &db, const QString &sql, const QString &where, const QString &what = QStringLiteral("the plan's schema could not be updated"))
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(where, what, q.lastError());
}

// The tables of `schema` and, for each, whether it has the columns of an
// entry (uuid, parent, position) or of a link table (owner, target).
struct Table {
    QString name;
    bool entry = false;
    bool link = false;
};

QList<Table> tablesOf(const QSqlDatabase &db, const QString &schema, const QString &where)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.table_name, "
                             "bool_or(c.column_name = 'parent') AND bool_or(c.column_name = 'uuid') AND bool_or(c.column_name = 'position'), "
                             "bool_or(c.column_name = 'owner') AND bool_or(c.column_name = 'target') "
                             "FROM information_schema.tables t JOIN information_schema.columns c "
                             "ON c.table_schema = t.table_schema AND c.table_name = t.table_name "
                             "WHERE t.table_schema = ? AND t.table_type = 'BASE TABLE' GROUP BY t.table_name ORDER BY t.table_name"));
    q.bindValue(0, schema);
    if (!q.exec())
        fail(where, QStringLiteral("cannot read the plan's schema"), q.lastError());
    QList<Table> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool()});
    return out;
}

// The kind table that owns the link table `link` ("goal" for goal_themes).
QString ownerOf(const QString &link)
{
    QString owner;
    forEachKind([&]<class T>() {
        const QString t = QString::fromLatin1(Kind<T>::table);
        if (link.startsWith(t + '_') && t.size() > owner.size())
            owner = t;
    });
    return owner;
}

// The functions of the server-only step, in the plan's schema. A row's
// version is bumped when its content changes (a move — parent, position —
// is not a change of content); a link row's change bumps its owner and a
// change of the plan's other tables bumps plan_info, each once per
// transaction (the transaction-local settings planverk.bumped, the ids
// bumped so far, and planverk.plan_bumped remember them). While the store
// rewrites the whole plan (planverk.bulk on) links bump nothing: every entry
// is announced by its own insert.
QStringList serverFunctions(const QString &s)
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_bump() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF NEW.row_version = OLD.row_version\n"
                       "       AND to_jsonb(NEW) - 'parent' - 'position' - 'row_version' IS DISTINCT FROM to_jsonb(OLD) - 'parent' - 'position' - 'row_version' THEN\n"
                       "        NEW.row_version := OLD.row_version + 1;\n"
                       "        IF TG_TABLE_NAME = 'plan_info' THEN\n"
                       "            PERFORM set_config('planverk.plan_bumped', 'on', true);\n"
                       "        ELSE\n"
                       "            PERFORM set_config('planverk.bumped', coalesce(current_setting('planverk.bumped', true), '') || ' ' || NEW.uuid, true);\n"
                       "        END IF;\n"
                       "    END IF;\n"
                       "    RETURN NEW;\n"
                       "END $$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_notify_entry() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF TG_OP = 'DELETE' THEN\n"
                       "        PERFORM pg_notify(TG_ARGV[0], OLD.uuid || ' 0');\n"
                       "    ELSIF TG_OP = 'INSERT' OR NEW IS DISTINCT FROM OLD THEN\n"
                       "        PERFORM pg_notify(TG_ARGV[0], NEW.uuid || ' ' || NEW.row_version);\n"
                       "    END IF;\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_notify_plan() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF NEW IS DISTINCT FROM OLD THEN\n"
                       "        PERFORM pg_notify(TG_ARGV[0], 'plan ' || NEW.row_version);\n"
                       "    END IF;\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_bump_owner() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "DECLARE\n"
                       "    owner_id text := CASE WHEN TG_OP = 'DELETE' THEN OLD.owner ELSE NEW.owner END;\n"
                       "BEGIN\n"
                       "    IF coalesce(current_setting('planverk.bulk', true), '') = 'on'\n"
                       "       OR position(owner_id IN coalesce(current_setting('planverk.bumped', true), '')) > 0 THEN\n"
                       "        RETURN NULL;\n"
                       "    END IF;\n"
                       "    PERFORM set_config('planverk.bumped', coalesce(current_setting('planverk.bumped', true), '') || ' ' || owner_id, true);\n"
                       "    EXECUTE format('UPDATE %I.%I SET row_version = row_version + 1 WHERE uuid = $1', TG_TABLE_SCHEMA, TG_ARGV[0]) USING owner_id;\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_bump_plan() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF coalesce(current_setting('planverk.plan_bumped', true), '') = 'on' THEN\n"
                       "        RETURN NULL;\n"
                       "    END IF;\n"
                       "    PERFORM set_config('planverk.plan_bumped', 'on', true);\n"
                       "    EXECUTE format('UPDATE %I.plan_info SET row_version = row_version + 1 WHERE id = 1', TG_TABLE_SCHEMA);\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.planverk_notify_versions() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    PERFORM pg_notify(TG_ARGV[0], 'versions');\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(s),
    };
}

// The server-only step: row versions and triggers on every table there is
// now. Run after every migration, so a table a migration adds gets them too.
void serverStep(const QSqlDatabase &db, const QString &schema, qint64 planId, const QString &where)
{
    const QString s = ident(schema);
    const QString ch = QStringLiteral("'%1'").arg(channel(planId)); // digits and letters: nothing to quote
    for (const QString &f : serverFunctions(s))
        exec(db, f, where);
    auto trigger = [&](const QString &table, const QString &name, const QString &when) {
        exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2.%3").arg(name, s, ident(table)), where);
        exec(db, QStringLiteral("CREATE TRIGGER %1 %2 ON %3.%4 %5").arg(name, when.section('|', 0, 0), s, ident(table), when.section('|', 1)), where);
    };
    for (const Table &t : tablesOf(db, schema, where)) {
        if (t.name == QLatin1String("schema_version"))
            continue;
        if (t.entry || t.name == QLatin1String("plan_info")) {
            exec(db, QStringLiteral("ALTER TABLE %1.%2 ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1").arg(s, ident(t.name)), where);
            trigger(t.name, QStringLiteral("planverk_bump"), QStringLiteral("BEFORE UPDATE|FOR EACH ROW EXECUTE FUNCTION %1.planverk_bump()").arg(s));
            if (t.entry)
                trigger(t.name, QStringLiteral("planverk_notify"),
                        QStringLiteral("AFTER INSERT OR UPDATE OR DELETE|FOR EACH ROW EXECUTE FUNCTION %1.planverk_notify_entry(%2)").arg(s, ch));
            else
                trigger(t.name, QStringLiteral("planverk_notify"), QStringLiteral("AFTER UPDATE|FOR EACH ROW EXECUTE FUNCTION %1.planverk_notify_plan(%2)").arg(s, ch));
        } else if (t.link && !ownerOf(t.name).isEmpty()) {
            trigger(t.name, QStringLiteral("planverk_bump_owner"),
                    QStringLiteral("AFTER INSERT OR UPDATE OR DELETE|FOR EACH ROW EXECUTE FUNCTION %1.planverk_bump_owner('%2')").arg(s, ownerOf(t.name)));
        } else if (t.name == QLatin1String("plan_version")) {
            trigger(t.name, QStringLiteral("planverk_notify"),
                    QStringLiteral("AFTER INSERT OR DELETE|FOR EACH STATEMENT EXECUTE FUNCTION %1.planverk_notify_versions(%2)").arg(s, ch));
        } else { // pictures, follow-up, and what later migrations add: the plan's
            trigger(t.name, QStringLiteral("planverk_bump_plan"),
                    QStringLiteral("AFTER INSERT OR UPDATE OR DELETE|FOR EACH STATEMENT EXECUTE FUNCTION %1.planverk_bump_plan()").arg(s));
        }
    }
}

} // namespace

QString schemaName(qint64 planId) { return QStringLiteral("plan_%1").arg(planId); }
QString channel(qint64 planId) { return QStringLiteral("planverk_plan_%1").arg(planId); }

int version(const QSqlDatabase &db, const QString &schema, const QString &where)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.bindValue(0, QString(ident(schema) + QStringLiteral(".schema_version")));
    if (!q.exec() || !q.next())
        fail(where, QStringLiteral("cannot read the plan's schema"), q.lastError());
    if (!q.value(0).toBool())
        return 0;
    QSqlQuery v(db);
    if (!v.exec(QStringLiteral("SELECT version FROM %1.schema_version").arg(ident(schema))))
        fail(where, QStringLiteral("cannot read the plan's schema"), v.lastError());
    if (!v.next())
        throw PlanError(where, {}, QStringLiteral("the plan's schema %1 is damaged: its table schema_version is empty").arg(schema));
    return v.value(0).toInt();
}

void migrate(const QSqlDatabase &db, const QString &schema, qint64 planId, int from, int to, const QString &where)
{
    QStringList names;
    const QStringList scripts = sqldialect::migrationScripts(&names);
    Q_ASSERT(to <= scripts.size());
    const QString s = ident(schema);
    QSqlQuery path(db);
    // The scripts name their tables unqualified: they go into the plan's schema.
    if (!path.exec(QStringLiteral("SELECT current_setting('search_path')")) || !path.next())
        fail(where, QStringLiteral("the plan's schema could not be updated"), path.lastError());
    const QString searchPath = path.value(0).toString();
    if (from == 0) {
        exec(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(s), where);
        exec(db, QStringLiteral("CREATE TABLE %1.schema_version (version integer NOT NULL)").arg(s), where);
        exec(db, QStringLiteral("INSERT INTO %1.schema_version (version) VALUES (0)").arg(s), where);
    }
    exec(db, QStringLiteral("SET LOCAL search_path TO %1").arg(s), where);
    exec(db, QStringLiteral("SET LOCAL client_min_messages TO warning"), where); // no notices of triggers not there yet
    for (int v = from; v < to; ++v)
        for (const QString &stmt : sqldialect::statements(scripts[v]))
            exec(db, sqldialect::toPostgreSQL(stmt, names[v]), where,
                 QStringLiteral("the plan's schema could not be updated to version %1 (%2)").arg(v + 1).arg(names[v]));
    exec(db, QStringLiteral("UPDATE %1.schema_version SET version = %2").arg(s).arg(to), where);
    serverStep(db, schema, planId, where);
    exec(db, QStringLiteral("SELECT set_config('search_path', '%1', true)").arg(QString(searchPath).replace('\'', QStringLiteral("''"))), where);
}

} // namespace planverk::planschema
