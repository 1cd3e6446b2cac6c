// A county's own Word template (.docx or .dotx) filled with a plan: the
// template keeps its styles, page setup, headers, footers, logo and cover;
// bracket placeholders ([Tittel], [Dato], [nnnn/nn] …) are filled wherever
// they stand, even when Word split one over several runs; the plan's
// chapters go where the paragraph [Planinnhold] stands, in the template's
// own heading, list and table styles.
#pragma once

#include "model/plan.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace planverk {

class TemplateSet;

/// The marker paragraph the chapters replace.
inline const QString kContentsMarker = QStringLiteral("Planinnhold");

/// Whether `path` names a word processor template (.docx, .dotx) rather than a Mustache template.
bool isWordTemplate(const QString &path);

/// A placeholder and its value for `plan` (empty when the plan has none);
/// the names in README.md. Names compare without case.
struct Placeholder {
    QStringList names;
    QString value;
};
QList<Placeholder> placeholdersFor(const Plan &plan, const QString &language);

struct FilledTemplate {
    QByteArray document;
    QStringList unknownPlaceholders; // left visible in the document
};

/// Fills the template in `templatePath` with `plan`. Throws PlanError naming
/// the template when it is no Word file, damaged, a zip bomb, or has no
/// [Planinnhold] paragraph.
FilledTemplate fillWordTemplate(const Plan &plan, const QString &templatePath, TemplateSet &templates, const QString &language = {},
                                const RenderProgress &progress = {});

} // namespace planverk
