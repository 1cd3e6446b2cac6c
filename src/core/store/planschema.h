// A plan's own schema (namespace) on a PostgreSQL server (docs/team.md): the
// plan file's tables, made by the file's migration scripts translated to
// PostgreSQL (store/sqldialect.h), with its migration level in a version row
// (the file's PRAGMA user_version), then a server-only step the file never
// sees: a row_version on every entry table and on plan_info, bumped by
// triggers when a row's content changes, and the triggers that announce every
// committed change on the plan's channel with ids, never data:
//
//   "<uuid> <row_version>"  an entry inserted or changed (a move too);
//   "<uuid> 0"              an entry removed;
//   "plan <row_version>"    the plan's settings, pictures or follow-up;
//   "versions"              a version of the plan made.
//
// A change of a link table (goal_themes, ...) bumps its owner's row_version
// once per transaction, so the owner's trigger announces it; a change of the
// pictures or the follow-up bumps plan_info's. The caller holds the transaction.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace planverk::planschema {

/// The schema of plan `planId`: "plan_<id>".
QString schemaName(qint64 planId);
/// The plan's notification channel: "planverk_plan_<id>" (lower case: QPSQL
/// quotes channel names).
QString channel(qint64 planId);

/// The migration level of `schema` (its version row); 0 when the schema has
/// no Planverk tables yet (or does not exist).
int version(const QSqlDatabase &db, const QString &schema, const QString &where);

/// Brings `schema` from migration level `from` (0: creates it) to `to`: the
/// scripts from+1..to translated and run in it, the version row set, and the
/// server-only step (idempotent) done again. Errors throw PlanError naming
/// `where` (the plan's URL). The caller holds the transaction and, for an
/// existing plan, the lock that keeps two editors from migrating it at once.
void migrate(const QSqlDatabase &db, const QString &schema, qint64 planId, int from, int to, const QString &where);

} // namespace planverk::planschema
