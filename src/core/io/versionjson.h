// A plan's versions in its JSON (docs/file-format.md, "versions"): a list of
// {name, created, status, note, plan}, each `plan` a whole plan document of
// its own without versions, in the order the versions were made.
#pragma once

#include "model/planversion.h"

#include <QByteArray>
#include <QString>

namespace planverk {

/// exportPlanJson(plan) with the versions added as "versions" (left out
/// when there are none, so a plan without versions gives the same bytes).
QByteArray exportPlanWithVersionsJson(const PlanWithVersions &plan);

/// importPlanJson() and the versions; every version's plan is checked as a
/// plan file is, its errors named by their JSON path ("/versions/2/plan/...").
PlanWithVersions importPlanWithVersionsJson(const QByteArray &bytes, const QString &fileName);
/// Reads a JSON file from disk and imports it with its versions.
PlanWithVersions readPlanWithVersionsJsonFile(const QString &path);

} // namespace planverk
