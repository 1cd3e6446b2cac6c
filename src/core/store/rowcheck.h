// The values of a plan file's rows, checked before they become a Plan. A file
// edited by hand is refused with the table, the row and the reason, never
// repaired, never partly loaded: a text where a number belongs, a number out of
// range, an id that is not a UUID, a parent or link target that is not there, a
// section that is its own ancestor. The store reads the rows (all SQL stays in
// planstore.cpp); this file only judges the values it is handed.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

namespace planverk::rowcheck {

/// Where a value comes from: the file, the table and the row: its `id`
/// column, or (in the link tables, which have none) its owner and target;
/// neither for the single row of plan_info. Made for every row read, so it
/// holds no strings of its own: the message is composed only to refuse.
struct Place {
    const QString &path;
    QLatin1String table;
    qint64 row = -1;
    const QVariant *owner = nullptr;
    const QVariant *target = nullptr;
    /// Throws PlanError: "is damaged: table T, row R, column C: what".
    /// `column` is the field's key (camelCase) or column name, or null.
    [[noreturn]] void refuse(const char *column, const QString &what) const;
};

/// A value as the message shows it: "abc" quoted, 1e+308, a blob of 4 bytes.
QString shown(const QVariant &v);

/// A text column: a text value (not a number, not a blob, never null).
QString text(const Place &at, const char *column, const QVariant &v);
/// An entity's id: the canonical lower-case UUID text Planverk writes.
QString uuid(const Place &at, const char *column, const QVariant &v);
/// A whole number 0..max stored as an integer; null gives nullopt when
/// `nullable`, else it is refused.
std::optional<qint64> whole(const Place &at, const char *column, const QVariant &v, qint64 max, bool nullable);

/// The rows of one table with a parent column, for telling why a row was not
/// reached from the top of its tree.
struct TreeRows {
    QHash<QString, qint64> rowOf;    // uuid -> row id
    QHash<QString, QString> parentOf; // uuid -> parent uuid ("" for none)
};

/// Refuses the rows whose parent is one of `parents` (left over after the
/// tree was built from the top): the parent is not in the table, or the row
/// is its own ancestor. The message names the first such row.
[[noreturn]] void refuseUnreached(const QString &path, QLatin1String table, const TreeRows &rows, const QSet<QString> &parents);

} // namespace planverk::rowcheck
