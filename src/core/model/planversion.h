// Versions: named, dated, read-only copies of the whole plan, kept in the
// plan's own file (store/planstore.h) and carried in its JSON
// (io/versionjson.h). A version is made by hand (a name and a note) or
// automatically when the plan's status changes; nothing edits or prunes one.
#pragma once

#include "model/plan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace planverk {

/// What a version is, without its plan: what a list of versions shows.
struct VersionInfo {
    QString name;      // unique in the plan (versionNameProblem() says what a name may be)
    QDateTime created; // UTC, whole seconds
    QString status;    // the plan's status when the version was made (codes::planStatuses)
    QString note;

    bool operator==(const VersionInfo &) const = default;
};

/// A version with its plan.
struct PlanVersion {
    VersionInfo info;
    Plan plan;

    bool operator==(const PlanVersion &) const = default;
};

/// A plan and its versions, in the order they were made: what one plan file
/// holds, and what its JSON export carries.
struct PlanWithVersions {
    Plan plan;
    QList<PlanVersion> versions;
};

/// The longest name a version may have, in characters.
inline constexpr int kMaxVersionNameLength = 200;

/// Why `name` cannot name a version (empty, spaces around it, too long, a
/// control character or line break in it), or an empty string when it can.
QString versionNameProblem(const QString &name);

/// "2026-11-24T19:32:41Z": how a version's time is written in the file and the JSON.
QString versionTimeText(const QDateTime &utc);
/// The time written by versionTimeText(), or an invalid QDateTime.
QDateTime versionTimeFromText(const QString &text);
/// Now, in UTC, to whole seconds.
QDateTime versionTimeNow();

/// The name of the version made when a plan's status becomes `status`, in the
/// plan's language: "Høringsutkast 2026-11-24", "Vedteke 2027-02-17", "Adopted 2027-02-17".
QString automaticVersionName(const QString &status, const QString &language, const QDate &date);
/// `name`, or when a version has it already "name (2)", "name (3)", ...
QString uniqueVersionName(const QString &name, const QStringList &taken);

/// Throws PlanError for a version `name` that `file` does not have:
/// "FILE@NAME: no such version; the versions in FILE are "a", "b"".
[[noreturn]] void refuseUnknownVersion(const QString &file, const QString &name, const QList<VersionInfo> &versions);

} // namespace planverk
