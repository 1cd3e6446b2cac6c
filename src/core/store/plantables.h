// The SQL of a plan's tables (resources/schema/migrations/*.sql): its
// settings, entries, link tables, pictures, versions and follow-up, read and
// written on one open QSqlDatabase connection. Both backends use it: the plan
// file (store/filestore.cpp, SQLite, which keeps the file's own safety —
// locks, journal, private copies, integrity checks — to itself) and a plan's
// schema on a PostgreSQL server (docs/team.md). The two SQL dialects differ
// only where SqlDialect says. The caller holds the transaction.
#pragma once

#include "model/kinds.h"
#include "model/plan.h"
#include "model/planversion.h"
#include "store/planstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace planverk {

class SqlConnection;

enum class SqlDialect { SQLite, PostgreSQL };

namespace detail {
template<class L> struct EntryPtrOf;
template<class... T> struct EntryPtrOf<KindList<T...>> {
    using type = std::variant<T *...>;
};
} // namespace detail

class PlanTables
{
public:
    /// An entity of any kind, by pointer, and a kind (as PlanStore's).
    using EntryRef = detail::EntryRefOf<AllKinds>::ref;
    using KindTag = detail::EntryRefOf<AllKinds>::tag;
    /// An entity of any kind to read into.
    using EntryPtr = detail::EntryPtrOf<AllKinds>::type;

    /// Works on `conn`; messages name `where` (the file, or the plan's URL).
    PlanTables(const SqlConnection &conn, const QString &where, SqlDialect dialect);
    ~PlanTables();
    PlanTables(const PlanTables &) = delete;
    PlanTables &operator=(const PlanTables &) = delete;

    SqlDialect dialect() const;

    /// The plan: every row read and checked (a row no Planverk writes is
    /// refused with the table, the row and the column; rowcheck.h).
    Plan load() const;

    /// The plan without its entries: the settings, the pictures and the
    /// follow-up, checked as load() checks them.
    Plan loadHead() const;

    /// One entry's own fields and links (not its children), every value
    /// checked as load() checks it; false when there is no entry `id` of
    /// its kind. On PostgreSQL `rowVersion` (when given) gets its row_version,
    /// and `lock` reads it FOR UPDATE.
    bool loadEntry(EntryPtr entity, const QUuid &id, qint64 *rowVersion = nullptr, bool lock = false) const;

    /// The settings (not the pictures).
    void writeInfo(const PlanInfo &info) const;
    /// The status the tables hold now.
    QString storedStatus() const;
    /// Writes or (an empty picture) removes the logo or the cover picture.
    void writePicture(PictureRole role, const Picture &picture) const;

    /// Inserts the entity with its children and links at `position` (clamped)
    /// among the children of `parent`, its later siblings shifted.
    void insertEntry(EntryRef entity, const QUuid &parent, int position) const;
    /// The entity's own fields and links; an entity that is not there is refused.
    void updateEntry(EntryRef entity) const;
    /// Removes the entity (its children and links by ON DELETE CASCADE).
    void removeEntry(KindTag kind, const QUuid &id) const;
    /// Moves the entity to `position` (clamped) among the children of `newParent`.
    void moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position) const;
    /// Every table of the plan rewritten to hold `plan` (not its versions).
    void replaceAll(const Plan &plan) const;

    /// The versions in the order they were made, without their plans.
    QList<VersionInfo> versions() const;
    /// The plan of the version `name`; an unknown name is refused listing the others.
    Plan readVersion(const QString &name) const;
    /// Adds a version; a name that is taken or not valid is refused.
    void insertVersion(const VersionInfo &v, const QByteArray &blob) const;
    /// The version made when the status has changed (PlanStore::replaceAll()):
    /// `plan` as the tables hold it now, unless a version with its status and
    /// the same content exists already.
    void makeAutomaticVersion(const Plan &plan) const;

    /// A prepared query of `sql` (cached for the connection's life).
    QSqlQuery &prepared(const QString &sql) const;
    /// Runs `sql` with `args`; a failure is refused with the driver's message.
    QSqlQuery &run(const QString &sql, const QVariantList &args = {}) const;
    [[noreturn]] void fail(const QString &what, const QSqlError &e) const;

    /// "IS ?" in SQLite, "IS NOT DISTINCT FROM ?" in PostgreSQL: equal, or both null.
    QString isSame() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The driver's message on one line (a server's without "ERROR:" prefixes).
QString sqlMessage(const QSqlError &e, SqlDialect dialect);

} // namespace planverk
