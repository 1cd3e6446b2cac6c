// The schema of a plan file, compared with the one Planverk writes, before any
// query reads a table. A file edited by hand may hold a view over an endless
// recursive query, a generated column that expands to gigabytes, a trigger,
// or a table rebuilt without its CHECK or FOREIGN KEY constraints. Even
// PRAGMA quick_check evaluates a virtual generated column that is NOT NULL
// (SQLite 3.40: 17 s for five rows of 200 MB each), so this runs first.
//
// The reference is the schema the migration scripts 1..version create in a
// fresh in-memory database; the file must have exactly its tables, indexes
// and definitions (whitespace aside), and nothing else. A released migration
// script is therefore never edited: a change is a new migration.
#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace planverk {

/// Throws PlanError naming `path`, the table (column, index, view, trigger)
/// and the reason when the schema of `db` is not what `migrations[0..version)`
/// create. Reads only sqlite_schema and the schema pragmas of known tables.
void checkSchema(sqlite3 *db, const QString &path, int version, const QStringList &migrations);

} // namespace planverk
