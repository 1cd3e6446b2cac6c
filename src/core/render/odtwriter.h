// The plan as an OpenDocument text (.odt), for LibreOffice or Word: real
// styles (Title, Heading 1–4 with outline levels, body text, list styles, a
// table with repeated header rows), A4 with margins, a footer with page
// number and page count, a contents index, bookmarks, the document language
// and properties. Zipped with libzip, written with QXmlStreamWriter.
#pragma once

#include "model/plan.h"
#include "render/docstructure.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

namespace planverk {

class TemplateSet;

QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language = {}, const RenderProgress &progress = {});
/// An OpenDocument text of `doc`.
QByteArray writeOdt(const DocStructure &doc);

} // namespace planverk
