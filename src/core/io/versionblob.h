// How a version's plan is kept in the plan file: its JSON export
// (io/planjson.h, deterministic, without versions) compressed with zlib
// through qCompress. JSON rather than rows: a version made by an older
// Planverk stays readable whatever later schema migrations do to the tables,
// and the JSON importer checks it as strictly as any file from outside.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace planverk {

/// The stored form of `plan`.
QByteArray packVersionPlan(const Plan &plan);

/// The plan of a stored version. A blob that is not one (a file edited by
/// hand, damaged) throws PlanError naming `where` ("FILE@VERSION") and why.
Plan unpackVersionPlan(const QByteArray &blob, const QString &where);

} // namespace planverk
