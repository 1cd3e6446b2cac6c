// A plan as the rows of the PostgreSQL server store (docs/team.md): one row
// per entry (section, goal, theme, ... amendment), holding the entry's own
// fields and links as the JSON file format writes them (its children, which
// are rows of their own, left out), keyed by its id, its parent and its
// position among its siblings; and one row for the rest of the plan (the
// settings and pictures, the reporting periods and status reports).
//
// An entry is the unit the team edits, versions and is notified of; its JSON
// is the file format's (docs/file-format.md), so the rows are read back
// through the JSON importer, which checks every value, every link and every
// nesting limit as it checks a file from outside. No SQL here (serverstore.cpp).
#pragma once

#include "model/kinds.h"
#include "model/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace planverk::serverrows {

struct Row {
    QString uuid;   ///< the entry's id (lower case, no braces)
    QString kind;   ///< Kind<T>::table: "goal", "amendment", ...
    QString parent; ///< the parent entry's id; empty at the top of its kind
    int position = 0;
    QByteArray data; ///< the entry as a JSON object, without its children
};

struct Rows {
    QByteArray head; ///< the plan document without the entries' lists
    QList<Row> rows; ///< parents before their children
};

/// The rows of `plan`.
Rows split(const Plan &plan);

/// The plan the rows hold. Rows that are not a plan Planverk wrote (edited
/// by hand on the server, damaged) throw PlanError naming `where`, the
/// row's entry id and what is wrong; nothing is half-read.
Plan assemble(const QByteArray &head, const QList<Row> &rows, const QString &where);

/// The row data of one entry: its own fields and links, without its
/// children (as split() writes it).
template<class T>
QByteArray entryData(const T &entry)
{
    T alone = entry;
    if constexpr (nests<T> || hasChildKind<T>)
        Kind<T>::children(alone).clear();
    Plan p;
    if constexpr (isTopKind<T>) {
        Kind<T>::list(p) = {alone};
    } else {
        using Parent = typename Kind<T>::Parent;
        Parent parent;
        parent.id = QUuid::createUuid();
        Kind<Parent>::children(parent) = {alone};
        Kind<Parent>::list(p) = {parent};
    }
    const QString id = entry.id.toString(QUuid::WithoutBraces);
    for (const Row &r : split(p).rows)
        if (r.uuid == id)
            return r.data;
    return {};
}

} // namespace planverk::serverrows
