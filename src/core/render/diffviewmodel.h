// The data the change document's template ("endringer") sees: the title
// "Endringer fra A til B", a legend, the counts per kind, the plan's facts
// that changed, and per chapter the changed entities in document order, each
// under its number and title, its texts cut into same / inserted / deleted
// pieces. Everything computed here; the template only shows it.
#pragma once

#include "model/plandiff.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace planverk {

struct DiffNames {
    QString from; // "Høringsutkast", "plan-2024.planverk"
    QString to;
};

struct DiffViewOptions {
    QString language; // empty: B's
    bool forPrint = false;
};

/// "Endringer fra A til B" in `language`.
QString diffTitle(const QString &language, const DiffNames &names);

nlohmann::json buildDiffViewModel(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const DiffViewOptions &options);

} // namespace planverk
