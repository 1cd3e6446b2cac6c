// The change document "Endringer fra A til B" as HTML, PDF or DOCX, through
// the built-in template "endringer" (resources/changetemplates/endringer)
// and the same paper and Word paths as a plan's document.
#pragma once

#include "model/plandiff.h"
#include "render/diffviewmodel.h"

#include <QByteArray>
#include <QString>

namespace planverk {

/// True for a name ending in .html, .htm, .pdf or .docx.
bool isDiffDocumentPath(const QString &path);
/// What a plan argument is called in the title: FILE's name, or the VERSION of FILE@VERSION;
/// for a server URL the plan's name there (or the VERSION).
QString displayName(const QString &planArgument);

/// The document in the format of `outPath`'s extension ("html", "pdf", "docx").
QByteArray renderDiffDocument(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const QString &format,
                              const QString &language = {});
/// Renders it and writes `outPath` atomically; throws PlanError.
void writeDiffDocument(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const QString &outPath,
                       const QString &language = {});

} // namespace planverk
