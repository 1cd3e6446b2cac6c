// Indicator values from a spreadsheet export (SSB, KOSTRA, a county's own
// systems): CSV with the columns indicator, period, value, note, source (the
// header row names them, in any order; note and source may be left out).
// Comma or semicolon separated (the header decides), quotes as in RFC 4180,
// decimal comma accepted ("12,5"; with commas between the fields it must be
// quoted), spaces between thousands ignored, UTF-8 with or without a BOM.
// An indicator is named by its name or id, a period by its name or id.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace planverk {

struct ValuesImport {
    Followup followup; // the plan's follow-up with the values in
    int added = 0;     // values for an indicator and period that had none
    int replaced = 0;  // values that replaced one
};

/// Reads `bytes` (the file `file`, named in errors) against `plan`. Nothing
/// is half-read: the first problem throws PlanError naming the file, the line
/// and the column ("values.csv:4:12: ..."), and the plan is not changed.
/// A value for a closed period is refused.
ValuesImport importValuesCsv(const QByteArray &bytes, const QString &file, const Plan &plan);

} // namespace planverk
