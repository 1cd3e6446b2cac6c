// The .planverk file: one plan in one SQLite database, opened through Qt's
// QSQLITE driver; the file backend of PlanStore (store/planstore.h).
#pragma once

#include "store/planstore.h"

#include <memory>

namespace planverk {

class FileStore final : public PlanStore
{
public:
    /// Creates a new, empty plan file. Throws PlanError if `path` exists.
    static std::unique_ptr<FileStore> create(const QString &path);
    /// Creates a new file at `path` holding `plan` and its `versions` (their
    /// names must differ), written in one transaction.
    static std::unique_ptr<FileStore> createFrom(const QString &path, const Plan &plan, const QList<PlanVersion> &versions = {});
    /// Opens an existing plan file. A file that is missing, not SQLite, of
    /// another program, of a newer schema, truncated or damaged gives a
    /// PlanError naming the file and the reason, and the file is not modified.
    /// ReadOnly never modifies the file or anything beside it, and works on
    /// read-only media: SQLite opens it read-only, and a file it would have
    /// to change to read (a journal left by a crash, a write-ahead log, an
    /// older schema) is read from a private copy taken under a reader's lock.
    /// ReadWrite rolls back or checkpoints such a file and migrates it in place.
    static std::unique_ptr<FileStore> open(const QString &path, Mode mode);

    ~FileStore() override;

    QString path() const override;
    bool isReadOnly() const override;
    int openedSchemaVersion() const override;

    Plan load() const override;
    Followup loadFollowup() const override;

    /// Empty while the file at path() is still the one this store opened and
    /// no other program has written to it. Otherwise what happened; from then
    /// on every write is refused with that message (nothing is ever saved
    /// silently elsewhere).
    QString problem() const override;
    /// Checks the file now (the editor calls it when the file changes on disk)
    /// and returns problem().
    QString verify() override;

    void updateInfo(const PlanInfo &info) override;
    void setPicture(PictureRole role, const Picture &picture) override;
    void replaceFollowup(const Followup &followup) override;
    void updateFollowup(const Followup &before, const Followup &after) override;
    void transaction(const std::function<void()> &work) override;
    void replaceAll(const Plan &plan) override;
    QList<VersionInfo> versions() const override;
    Plan readVersion(const QString &name) const override;
    VersionInfo saveVersion(const QString &name, const QString &note) override;
    /// VACUUM INTO: a consistent copy of the file.
    void copyTo(const QString &target) const override;
    /// PRAGMA integrity_check and foreign_key_check.
    QStringList integrityProblems() const override;

protected:
    void insertEntry(EntryRef entity, const QUuid &parent, int position) override;
    void updateEntry(EntryRef entity) override;
    void removeEntry(KindTag kind, const QUuid &id) override;
    void moveEntry(KindTag kind, const QUuid &id, const QUuid &newParent, int position) override;

private:
    struct Impl;
    explicit FileStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace planverk
