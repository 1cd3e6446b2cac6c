// The follow-up as a template sees it (the view model's "followup" object,
// present when the plan has reporting periods): the report period, a summary
// of actions and goals per status, and per goal its roll-up, indicators
// (table rows and a chart) and actions with their reports. Status is given
// as code, word and symbol, so that no template has to rely on colour.
#pragma once

#include "model/plan.h"

#include <nlohmann/json.hpp>

namespace planverk {

/// The period a report is about: the last period with a status report or an
/// indicator value; null when there is none.
QUuid reportPeriodOf(const Plan &plan);

/// The plan as it stood at the end of `period`: later periods, and their
/// reports and values, are left out (a report for 2023 shows no 2024 figures).
Plan planAsOf(const Plan &plan, const QUuid &period);

/// `forPrint`: the chart as an <img> that names it (IndicatorChart::imageName),
/// drawn as vectors where the document is laid out; otherwise as inline SVG.
nlohmann::json followupView(const Plan &plan, const QString &language, bool forPrint);

} // namespace planverk
