// The open plan: its value in memory and its file, kept in step.
//
// Every edit goes to the file first, in one transaction; only when that has
// succeeded does the in-memory plan change and a signal tell the views. A
// failed write throws PlanError and changes nothing. The editor's undo
// commands and the crash test drive a plan through this class alone.
#pragma once

#include "model/plan.h"
#include "store/planstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace planverk {

/// Where an entity sits: under which parent (null at the top) and at which index.
struct Location {
    QUuid parent;
    int index = -1;
};

/// The list that holds the children of `parent` (the top-level list for a
/// null parent), or nullptr when there is no such parent.
template<class T> QList<T> *childList(Plan &plan, const QUuid &parent);
template<class T> std::optional<Location> locate(const Plan &plan, const QUuid &id);
template<class T> const T *findEntity(const Plan &plan, const QUuid &id);

class PlanDocument : public QObject
{
    Q_OBJECT
public:
    explicit PlanDocument(std::unique_ptr<PlanStore> store, QObject *parent = nullptr);
    ~PlanDocument() override;

    static std::unique_ptr<PlanDocument> open(const QString &path, PlanStore::Mode mode);

    const Plan &plan() const { return m_plan; }
    PlanStore &store() { return *m_store; }
    QString path() const { return m_store->path(); }
    /// Read-only as opened, or since the file stopped being the plan's (see fileProblem).
    bool isReadOnly() const { return m_store->isReadOnly() || !m_store->problem().isEmpty(); }
    /// Checks that the file is still this plan's: not moved, deleted or
    /// written by another program. The first time it is not, emits
    /// fileProblem; from then on every edit is refused. Returns the problem.
    QString verifyFile();

    /// The plan's settings; its pictures too when they differ from the plan's.
    void setInfo(const PlanInfo &info);
    /// Sets or (an empty picture) removes the logo or the cover picture.
    void setPicture(PictureRole role, const Picture &picture);
    /// Replaces the follow-up (periods, reports, indicators). Refused with a
    /// PlanError, nothing changed, when it would change a closed period.
    void setFollowup(const Followup &followup);
    template<class T> void insert(const T &entity, const QUuid &parent, int position);
    /// The entity's own fields and links; its children stay as they are.
    template<class T> void update(const T &entity);
    template<class T> void remove(const QUuid &id);
    template<class T> void move(const QUuid &id, const QUuid &newParent, int position);

    /// Replaces everything the plan holds but its follow-up (settings,
    /// pictures, every entry and link) by `content`'s, in one transaction
    /// (PlanStore::replaceAll; a change of status makes its version there).
    /// Emits aboutToReplace, then replaced (views rebuild from plan()),
    /// infoChanged and modified: no per-entry signals.
    void replaceContent(const Plan &content);

    /// Several edits as one transaction (for undo steps that touch several entities).
    void batch(const std::function<void()> &edits);

    /// Keeps the plan as it is now as the version `name` (store/planstore.h).
    VersionInfo saveVersion(const QString &name, const QString &note);

    /// Takes `stored`, the plan as the store holds it now (another editor
    /// has changed it on the server), without writing anything. Where only
    /// entries' own fields changed, each changed entry is announced by
    /// changed() and the views keep their place; settings by infoChanged(),
    /// follow-up by followupChanged(); where entries came, went or moved,
    /// aboutToReplace() and replaced(). Then modified(). Returns whether
    /// anything changed.
    bool takeStored(const Plan &stored);
    /// The same, with the version of each entry on the server (what the
    /// conflict check of update() compares with).
    bool takeStored(const Plan &stored, const QHash<QUuid, qint64> &versions);

    /// Takes another editor's change of the entry `id`'s own fields, which
    /// the server announced at `version` (ServerStore::onChange), reading
    /// that entry alone (ServerStore::entry): changed() tells the views,
    /// which keep their place. Returns whether the entry changed; nullopt,
    /// taking nothing, when one entry is not enough: an entry this document
    /// does not have (added), one the server no longer has (removed), one
    /// whose version is the one already seen (moved: its content did not
    /// change); then the caller reads the whole plan (takeStored). A plan in
    /// a file: nullopt.
    std::optional<bool> takeStoredEntry(const QUuid &id, qint64 version);
    /// Takes the plan's own row (settings, pictures, follow-up) as the
    /// server holds it now (ServerStore::loadHead): infoChanged(),
    /// followupChanged() for what differs. Returns whether anything did.
    bool takeStoredHead(const Plan &head);
    /// Another editor saved a version: versionsChanged().
    void takeStoredVersions() { Q_EMIT versionsChanged(); }

    /// While set, update() is the undo of one's own edit: on a server, an
    /// entry another editor has changed since is refused ("undo would
    /// overwrite their work"), not written.
    void setUndoing(bool undoing) { m_undoing = undoing; }

Q_SIGNALS:
    void infoChanged();
    void followupChanged();
    void inserted(planverk::EntityKind kind, const QUuid &id, const QUuid &parent, int index);
    void changed(planverk::EntityKind kind, const QUuid &id);
    void removed(planverk::EntityKind kind, const QUuid &id, const QUuid &parent, int index);
    void moved(planverk::EntityKind kind, const QUuid &id, const QUuid &oldParent, int oldIndex, const QUuid &newParent, int newIndex);
    /// Before and after replaceContent(): every entry may have changed.
    void aboutToReplace();
    void replaced();
    /// After every change of any kind.
    void modified();
    /// A version was saved, by hand or because the status changed.
    void versionsChanged();
    /// The file was moved, deleted or changed under the editor (once).
    void fileProblem(const QString &message);

private:
    void dropReferencesTo(const QList<QUuid> &ids);
    Plan loadVersioned();
    std::unique_ptr<PlanStore> m_store;
    Plan m_plan;
    QHash<QUuid, qint64> m_seen; // a plan on a server: each entry's version as this document last saw it
    QHash<QUuid, qint64> m_own;  // ... and as one's own last edit of it left it
    bool m_undoing = false;
    bool m_problemReported = false;
};

} // namespace planverk
