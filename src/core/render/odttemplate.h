// A county's OpenDocument template (.odt or .ott) filled with a plan, like
// wordtemplate.h for Word: the template keeps its styles, page styles,
// headers, footers and cover; its [placeholders] are filled, also when split
// over spans, and the chapters go at the paragraph [Planinnhold], in the
// template's styles of the same name (Heading 1–4, Text body, …) or, for a
// heading, the template's style of that outline level.
#pragma once

#include "model/plan.h"
#include "render/renderprogress.h"
#include "render/wordtemplate.h"

namespace planverk {

class TemplateSet;

/// Whether `path` names an OpenDocument text template (.odt, .ott).
bool isOdfTemplate(const QString &path);

FilledTemplate fillOdfTemplate(const Plan &plan, const QString &templatePath, TemplateSet &templates, const QString &language = {},
                               const RenderProgress &progress = {});

} // namespace planverk
