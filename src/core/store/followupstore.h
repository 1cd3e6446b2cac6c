// The follow-up tables of a plan file (migration 005-followup.sql): read and
// written as a whole. Called by PlanStore inside its transactions; the SQL of
// the follow-up lives here, beside planstore.cpp.
#pragma once

#include "model/followup.h"

#include <QSqlDatabase>
#include <QString>

namespace planverk::followupstore {

/// Reads every follow-up row. A row that is not what Planverk writes is
/// refused with the file, the table, the row and the column (rowcheck.h).
Followup load(const QSqlDatabase &db, const QString &path);

/// Replaces every follow-up row with `f`. The caller holds the transaction.
void write(const QSqlDatabase &db, const QString &path, const Followup &f);

/// Writes what differs between `before` (what the file holds) and `after`:
/// an indicator whose own fields and targets are unchanged has only its
/// values rewritten (an import of 10 000 values touches nothing else); a
/// changed status report or period is rewritten alone (an edit in the
/// editor's table writes one row). Anything else rewrites the whole follow-up.
void update(const QSqlDatabase &db, const QString &path, const Followup &before, const Followup &after);

} // namespace planverk::followupstore
