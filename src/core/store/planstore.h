// Where a plan is kept: the one interface of both backends, the .planverk
// file (store/filestore.h, SQLite through QSQLITE) and a plan on a PostgreSQL
// server (store/serverstore.h, QPSQL; docs/team.md). The editor, the CLI and
// PlanDocument hold a PlanStore and work the same on either. All SQL of
// Planverk lives in this folder.
//
// Every public write is one transaction: it is stored when the call returns,
// or (on an exception) not at all. On a server each write is a short
// transaction of its own that bumps the versions of the rows it changes and
// announces them to the other editors (NOTIFY).
#pragma once

#include "io/planlocation.h"
#include "model/kinds.h"
#include "model/plan.h"
#include "model/planversion.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <type_traits>
#include <variant>

namespace planverk {

namespace detail {
template<class L> struct EntryRefOf;
template<class... T> struct EntryRefOf<KindList<T...>> {
    using ref = std::variant<const T *...>;
    using tag = std::variant<std::type_identity<T>...>;
};
} // namespace detail

class PlanStore
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    /// PRAGMA application_id of every .planverk file: "PLVK".
    static constexpr quint32 kApplicationId = 0x504C564B;
    /// PRAGMA user_version of the files this build writes; older files are migrated.
    static constexpr int kSchemaVersion = 5;

    /// Opens the plan at `location`: a file (FileStore::open) or a plan on a
    /// server (ServerStore::open). Errors name the file, or the URL without
    /// its password, and the reason.
    static std::unique_ptr<PlanStore> open(const PlanLocation &location, Mode mode);
    /// The same for a location as the user wrote it: a server URL
    /// (postgresql://...?plan=NAME) or a file name.
    static std::unique_ptr<PlanStore> open(const QString &location, Mode mode);
    /// A new, empty plan file (FileStore::create).
    static std::unique_ptr<PlanStore> create(const QString &path);
    /// A new plan file holding `plan` and its `versions` (FileStore::createFrom).
    static std::unique_ptr<PlanStore> createFrom(const QString &path, const Plan &plan, const QList<PlanVersion> &versions = {});

    virtual ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    /// How messages and the window name the plan: the file's path, or the
    /// server URL without its password.
    virtual QString path() const = 0;
    /// True for a plan on a server (several editors at once).
    virtual bool isServer() const { return false; }
    virtual bool isReadOnly() const = 0;
    /// Why a plan opened for editing is read-only (a server role that may
    /// only read), or an empty string.
    virtual QString readOnlyReason() const { return {}; }
    /// The schema version the plan had when it was opened.
    virtual int openedSchemaVersion() const = 0;

    virtual Plan load() const = 0;
    /// The follow-up alone (periods, reports, indicators), as load() reads it.
    virtual Followup loadFollowup() const = 0;

    /// Empty while the store may still write the plan. A file: not while it
    /// was moved or changed by another program (FileStore::problem()); from
    /// then on every write is refused with that message.
    virtual QString problem() const { return {}; }
    /// Checks again now and returns problem().
    virtual QString verify() { return problem(); }

    /// Writes the plan's settings (not its pictures: setPicture()). When the
    /// status changes, a version is made automatically (see replaceAll()).
    virtual void updateInfo(const PlanInfo &info) = 0;
    /// Writes or (an empty picture) removes the logo or the cover picture.
    virtual void setPicture(PictureRole role, const Picture &picture) = 0;
    /// Inserts `entity` (with its children) under `parent` (null for the top
    /// level; the processing step for an amendment) at `position`.
    template<class T> void insert(const T &entity, const QUuid &parent, int position) { insertEntry(EntryRef(&entity), parent, position); }
    /// Writes the entity's own fields and links (not its children).
    template<class T> void update(const T &entity) { updateEntry(EntryRef(&entity)); }
    /// Removes the entity, its children and every link to it.
    template<class T> void remove(const QUuid &id) { removeEntry(KindTag(std::type_identity<T>{}), id); }
    /// Moves the entity to `position` among the children of `newParent`.
    template<class T> void move(const QUuid &id, const QUuid &newParent, int position) { moveEntry(KindTag(std::type_identity<T>{}), id, newParent, position); }

    /// Replaces the follow-up (periods, reports, indicators) in one transaction.
    virtual void replaceFollowup(const Followup &followup) = 0;
    /// The same, given what the store held: writes only what changed.
    virtual void updateFollowup(const Followup &before, const Followup &after) = 0;

    /// Runs `work` in one transaction; the writes it makes join it.
    virtual void transaction(const std::function<void()> &work) = 0;

    /// Replaces the whole plan in one transaction.
    ///
    /// Here and in updateInfo(), where the stored status changes, a version
    /// of the plan as it stands after the change is made in the same
    /// transaction, named by the new status and today's date in the plan's
    /// language ("Høringsutkast 2026-11-24"; " (2)" when that name is taken):
    /// the plan as it enters a stage (the consultation draft as it is sent,
    /// the plan as adopted) is the one the next stage is compared with. It is
    /// not made when a version with that status and the same content exists
    /// already (a status changed back and forth by undo and redo).
    virtual void replaceAll(const Plan &plan) = 0;

    /// The versions, in the order they were made, without their plans.
    virtual QList<VersionInfo> versions() const = 0;
    /// The plan of the version `name`. An unknown name throws PlanError
    /// naming the plan and the version and listing the versions there are.
    virtual Plan readVersion(const QString &name) const = 0;
    /// Keeps the plan as it is stored now as the version `name`, with
    /// `note`, in one transaction; returns it. A name that is taken or not a
    /// valid name (versionNameProblem()) is refused with a message.
    virtual VersionInfo saveVersion(const QString &name, const QString &note) = 0;

    /// Writes a consistent copy as a new plan file. Refuses to overwrite.
    virtual void copyTo(const QString &target) const = 0;
    /// What is damaged; empty when the plan is sound.
    virtual QStringList integrityProblems() const = 0;

protected:
    PlanStore() = default;
    /// An entity of any kind, by pointer (insert(), update()).
    using EntryRef = detail::EntryRefOf<AllKinds>::ref;
    /// A kind (remove(), move()).
    using KindTag = detail::EntryRefOf<AllKinds>::tag;
    virtual void insertEntry(EntryRef entity, const QUuid &parent, int position) = 0;
    virtual void updateEntry(EntryRef entity) = 0;
    virtual void removeEntry(KindTag kind, const QUuid &id) = 0;
    virtual void moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position) = 0;
};

} // namespace planverk
