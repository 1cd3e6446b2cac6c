// The .planverk file: one plan in one SQLite database, opened through Qt's
// QSQLITE driver. All SQL of Planverk lives in this folder.
//
// Every public write is one transaction: it is in the file when the call
// returns, or (on an exception) not at all.
#pragma once

#include "model/plan.h"
#include "model/planversion.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace planverk {

class PlanStore
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    /// PRAGMA application_id of every .planverk file: "PLVK".
    static constexpr quint32 kApplicationId = 0x504C564B;
    /// PRAGMA user_version written by this build; older files are migrated.
    static constexpr int kSchemaVersion = 5;

    /// Creates a new, empty plan file. Throws PlanError if `path` exists.
    static std::unique_ptr<PlanStore> create(const QString &path);
    /// Creates a new file at `path` holding `plan` and its `versions` (their
    /// names must differ), written in one transaction.
    static std::unique_ptr<PlanStore> createFrom(const QString &path, const Plan &plan, const QList<PlanVersion> &versions = {});
    /// Opens an existing plan file. A file that is missing, not SQLite, of
    /// another program, of a newer schema, truncated or damaged gives a
    /// PlanError naming the file and the reason, and the file is not modified.
    /// ReadOnly never modifies the file or anything beside it, and works on
    /// read-only media: SQLite opens it read-only, and a file it would have
    /// to change to read (a journal left by a crash, a write-ahead log, an
    /// older schema) is read from a private copy taken under a reader's lock.
    /// ReadWrite rolls back or checkpoints such a file and migrates it in place.
    static std::unique_ptr<PlanStore> open(const QString &path, Mode mode);

    ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    QString path() const;
    bool isReadOnly() const;
    /// The schema version the file had when it was opened.
    int openedSchemaVersion() const;

    Plan load() const;
    /// The follow-up alone (periods, reports, indicators), as load() reads it:
    /// what import-values needs, without reading the rest of the plan.
    Followup loadFollowup() const;

    /// Empty while the file at path() is still the one this store opened and
    /// no other program has written to it. Otherwise what happened; from then
    /// on every write is refused with that message (nothing is ever saved
    /// silently elsewhere).
    QString problem() const;
    /// Checks the file now (the editor calls it when the file changes on disk)
    /// and returns problem().
    QString verify();

    /// Writes the plan's settings (not its pictures: setPicture()). When the
    /// status changes, a version is made automatically (see replaceAll()).
    void updateInfo(const PlanInfo &info);
    /// Writes or (an empty picture) removes the logo or the cover picture.
    void setPicture(PictureRole role, const Picture &picture);
    /// Inserts `entity` (with its children) under `parent` (null for the top
    /// level; the processing step for an amendment) at `position`.
    template<class T> void insert(const T &entity, const QUuid &parent, int position);
    /// Writes the entity's own fields and links (not its children).
    template<class T> void update(const T &entity);
    /// Removes the entity, its children and every link to it.
    template<class T> void remove(const QUuid &id);
    /// Moves the entity to `position` among the children of `newParent`.
    template<class T> void move(const QUuid &id, const QUuid &newParent, int position);

    /// Replaces the follow-up (periods, reports, indicators) in one transaction.
    void replaceFollowup(const Followup &followup);
    /// The same, given what the file holds now: writes only what changed.
    void updateFollowup(const Followup &before, const Followup &after);

    /// Runs `work` in one transaction; the writes it makes join it.
    void transaction(const std::function<void()> &work);

    /// Replaces the whole plan in one transaction.
    ///
    /// Here and in updateInfo(), where the file's status changes, a version
    /// of the plan as it stands after the change is made in the same
    /// transaction, named by the new status and today's date in the plan's
    /// language ("Høringsutkast 2026-11-24"; " (2)" when that name is taken):
    /// the plan as it enters a stage (the consultation draft as it is sent,
    /// the plan as adopted) is the one the next stage is compared with. It is
    /// not made when a version with that status and the same content exists
    /// already (a status changed back and forth by undo and redo).
    void replaceAll(const Plan &plan);

    /// The versions, in the order they were made, without their plans.
    QList<VersionInfo> versions() const;
    /// The plan of the version `name`. An unknown name throws PlanError
    /// naming the file and the version and listing the versions there are.
    Plan readVersion(const QString &name) const;
    /// Keeps the plan as it is in the file now as the version `name`, with
    /// `note`, in one transaction; returns it. A name that is taken or not a
    /// valid name (versionNameProblem()) is refused with a message.
    VersionInfo saveVersion(const QString &name, const QString &note);

    /// Writes a consistent copy of the file (VACUUM INTO). Refuses to overwrite.
    void copyTo(const QString &target) const;
    /// PRAGMA integrity_check; empty when the file is sound.
    QStringList integrityProblems() const;

private:
    struct Impl;
    explicit PlanStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace planverk
