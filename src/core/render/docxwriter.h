// The plan as a Word document (Office Open XML, .docx): real styles (Title,
// Heading 1–4 with outline levels, body text, lists, a table style), A4 with
// margins, a footer with "Side N av M" fields, a contents field, bookmarks,
// the document language and properties. Zipped with libzip.
#pragma once

#include "model/plan.h"
#include "render/docstructure.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace planverk {

class TemplateSet;

/// The text width of Planverk's A4 page (left and right margins 22 mm), in twentieths of a point.
inline constexpr int kDocxTextWidth = 11906 - 2 * 1247;

QByteArray renderDocx(const Plan &plan, TemplateSet &templates, const QString &language = {}, const RenderProgress &progress = {});
/// The document structure of `plan`, from the same layout as the PDF.
DocStructure docStructureOf(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress);

/// The chapters of `full`: what comes after its contents (all of it when it
/// has none), without a page break to start with. For a county's template,
/// which has its own cover and contents.
DocStructure chaptersOf(const DocStructure &full);
/// A Word document of `doc`.
QByteArray writeDocx(const DocStructure &doc);
/// Planverk's own paragraph, character, table styles (w:style elements), for
/// the template filler to add those a template lacks.
void writeDocxStyles(QXmlStreamWriter &x, const QString &languageTag, bool withDefaults);

} // namespace planverk
