// The plan as a template sees it: everything a document shows, computed here
// so templates stay logic-less. Numbers ("2", "2.3"), dates in the plan's
// language ("11. juni 2014"), labels in that language, cross-references both
// ways, Markdown already turned into HTML (and plain text), and a flag for
// every list so empty chapters can be left out.
#pragma once

#include "model/plan.h"

#include <nlohmann/json.hpp>

namespace planverk {

struct ViewOptions {
    /// nb, nn or en; empty for the plan's own language.
    QString language;
    /// Laid out for paper (PDF, ODT, print): page numbers in the contents.
    bool forPrint = false;
};

nlohmann::json buildViewModel(const Plan &plan, const ViewOptions &options = {});

} // namespace planverk
