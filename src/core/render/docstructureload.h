// The document structure for the word processors (DOCX, ODT) straight from
// the plan's print HTML: parsed in pieces on two threads and walked piece by
// piece, never laid out, never gathered into one big text document. A Word
// document has no use for what paper needs (page size, pagination,
// keep-with-next, the running header and footer, painting).
#pragma once

#include "model/plan.h"
#include "render/docstructure.h"
#include "render/renderprogress.h"

#include <QString>

namespace planverk {

class TemplateSet;

/// The same tree as buildDocStructure of PrintLayout's document for `plan`.
/// `progress` is told how far it got (up to 0.9; false cancels: RenderCancelled).
/// Throws PlanError for an image or style sheet the template may not use.
DocStructure loadDocStructure(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress = {});

} // namespace planverk
