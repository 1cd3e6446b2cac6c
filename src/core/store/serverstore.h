// A plan on a PostgreSQL server, through Qt's QPSQL driver (issue 15,
// docs/team.md). A database holds several plans, each named in a catalog in
// the schema public (planverk_schema, planverk_plan), created by the first
// push into an empty database and its version checked as a plan file's is.
// Each plan lives in a schema of its own, plan_<id>: the plan file's tables,
// made by the file's migrations (store/planschema.h), read and written by the
// file's SQL (store/plantables.h); row versions and change notifications
// come from its triggers.
//
// Every message names the plan by its URL without the password
// (ServerLocation::display()): a server that cannot be reached, a wrong
// password, a missing database, a database of another program, a newer
// schema, a plan that is not there.
#pragma once

#include "io/planlocation.h"
#include "model/plan.h"
#include "model/planversion.h"
#include "store/planstore.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace planverk {

/// What became of an edit of one entry (ServerStore::update()).
enum class EditOutcome {
    Applied,  ///< the entry was still at the version the editor saw
    Merged,   ///< another editor had changed other fields of it: both changes kept
    Conflict, ///< another editor had changed the same field: nothing written
};

template<class T>
struct EditResult {
    EditOutcome outcome = EditOutcome::Applied;
    qint64 version = 0;       ///< the entry's version on the server now
    T current;                ///< the entry as the server holds it now (on a conflict: the other editor's); its own fields and links, no sub-entries
    QStringList fields;       ///< Conflict: the fields (JSON keys) both changed; Merged: the other editor's
};

class ServerStore final : public PlanStore
{
public:
    /// The version of the catalog this build writes (planverk_schema): 2, a
    /// plan in a schema of its own. Version 1 (a plan as JSON rows) is refused.
    static constexpr int kSchemaVersion = 2; // hides PlanStore::kSchemaVersion, the file's and each plan schema's

    /// Opens the plan `location.plan`. ReadOnly reads in read-only transactions.
    static std::unique_ptr<ServerStore> open(const ServerLocation &location, Mode mode);
    /// Creates the plan `location.plan` holding `plan` and its `versions`, in
    /// one transaction (the server schema first, in an empty database). A
    /// plan of that name is refused and left as it is.
    static std::unique_ptr<ServerStore> createFrom(const ServerLocation &location, const Plan &plan, const QList<PlanVersion> &versions = {});

    ~ServerStore() override;

    const ServerLocation &location() const;
    /// The plan's URL without the password.
    QString path() const override;
    bool isServer() const override { return true; }
    /// True when opened ReadOnly, or when the database role may only read
    /// (a role with read-only grants opens plans read-only).
    bool isReadOnly() const override;
    /// Why a plan opened for editing is read-only ("the role R may only read
    /// plans in this database"), or an empty string.
    QString readOnlyReason() const override;
    /// The migration level of the plan's schema when the plan was opened
    /// (a plan file's user_version): older ones are migrated when opened for editing.
    int openedSchemaVersion() const override;

    /// The plan as the server holds it now, read in one transaction.
    Plan load() const override;
    Followup loadFollowup() const override;
    /// The plan with its versions, read in one transaction.
    PlanWithVersions loadWithVersions() const;
    /// The versions, in the order they were made, without their plans.
    QList<VersionInfo> versions() const override;
    /// The plan of the version `name`; an unknown name is refused naming the
    /// plan and listing the versions there are.
    Plan readVersion(const QString &name) const override;

    /// Keeps the plan as it is on the server now as the version `name`, with
    /// `note`, in one transaction; returns it. A name that is taken or not a
    /// valid name (versionNameProblem()) is refused with a message.
    VersionInfo saveVersion(const QString &name, const QString &note) override;

    // The writes of PlanStore. Each is one short transaction: the plan's
    // settings row is locked (FOR UPDATE), the change written to the plan's
    // tables row by row, as in a file, the versions of the rows it changes
    // bumped and the other editors told by the schema's triggers. So an
    // insert, a move or a removal never undoes another editor's committed
    // edit of other entries. update(entity) writes one entry and overwrites
    // (the editor uses the conflict-aware update(before, after, seen) below).
    void updateInfo(const PlanInfo &info) override;
    void setPicture(PictureRole role, const Picture &picture) override;
    void replaceFollowup(const Followup &followup) override;
    /// Applies the change `before` -> `after` to the follow-up the server
    /// holds now: another editor's reports and values are kept.
    void updateFollowup(const Followup &before, const Followup &after) override;
    void transaction(const std::function<void()> &work) override;
    void replaceAll(const Plan &plan) override;
    /// The plan and its versions as a new plan file (pull).
    void copyTo(const QString &target) const override;
    /// The versions that cannot be read; empty when all can.
    QStringList integrityProblems() const override;

    /// The plan's settings, pictures and follow-up as the server holds them
    /// now, without the entries (what "plan <version>" announces).
    Plan loadHead() const;

    /// The plan and the version of each entry (id -> row version): what an
    /// editor saw, for update().
    struct Versioned {
        Plan plan;
        QHash<QUuid, qint64> versions;
    };
    Versioned loadVersioned() const;

    /// One entry as the server holds it now, and its version; nullopt when
    /// it is not there (removed). What an editor reloads when told of a change.
    template<class T>
    struct Entry {
        T value;
        qint64 version = 0;
    };
    template<class T>
    std::optional<Entry<T>> entry(const QUuid &id) const;

    /// Writes the entry's own fields and links, in one short transaction, if
    /// the entry is still at `seenVersion` on the server. When another
    /// editor has changed it since, the fields that `before` -> `after`
    /// changes are compared with theirs: other fields are merged (both
    /// changes kept), the same field is a Conflict and nothing is written,
    /// the other editor's value returned. Never overwritten silently.
    template<class T>
    EditResult<T> update(const T &before, const T &after, qint64 seenVersion);
    using PlanStore::update;

    /// Called (on the thread that opened the store, from its event loop)
    /// for each change another connection commits to this plan: the entry's
    /// id (null for the plan's own row) and its new version (0: removed; for
    /// a null id, 0 means a version of the plan was saved).
    /// Within milliseconds of the commit (LISTEN/NOTIFY).
    void onChange(std::function<void(const QUuid &id, qint64 version)> callback);

    /// Checks the connection (connecting again when it was lost, and
    /// listening again): empty when the server answers, otherwise why not.
    /// While it does not answer, problem() says so and the plan is read-only.
    QString ping();
    QString problem() const override;

    /// Who else has the plan open: each other editor's connection to it,
    /// by its database role, and since when (pg_stat_activity; the store
    /// names its session "planverk plan <id>").
    struct Session {
        QString role;
        QDateTime since; ///< UTC
    };
    QList<Session> sessions() const;

    /// The plans in the database of `location` (its `plan` is not used).
    static QStringList planNames(const ServerLocation &location);

protected:
    void insertEntry(EntryRef entity, const QUuid &parent, int position) override;
    void updateEntry(EntryRef entity) override;
    void removeEntry(KindTag kind, const QUuid &id) override;
    void moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position) override;

private:
    struct Impl;
    explicit ServerStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace planverk
