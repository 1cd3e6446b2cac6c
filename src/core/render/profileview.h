// The plan's visual profile as a template sees it (part of the view model's
// "plan" object): the short title, the accent colour, the logo and the cover
// picture, and the title set for the cover.
//
//   plan.shortTitle       the stikktittel, or the title when there is none
//   plan.hasShortTitle    whether the plan has one of its own
//   plan.accentColour     "#rrggbb": the plan's, or the template's blue
//   plan.coverTitle       the title with its period kept on one line
//                         ("2021–2024" never broken after the dash)
//   plan.hasLogo, plan.logo               {src, alt}
//   plan.hasCoverImage, plan.coverImage   {src, alt, credit, hasCredit, creditText}
//
// `src` is a data: URI for the web (the HTML file stands alone), and for
// paper a planimage: URL that TemplateResources answers from the plan's own
// bytes (templateresources.h): never a file path.
#pragma once

#include "model/plan.h"

#include <nlohmann/json.hpp>

namespace planverk {

void addProfile(nlohmann::json &plan, const PlanInfo &info, const QString &language, bool forPrint);

/// The title with a word joiner after every dash between two numbers, so a
/// line is never broken inside a period ("2021–2024", "2024-2027").
QString keepPeriodsTogether(const QString &title);

} // namespace planverk
