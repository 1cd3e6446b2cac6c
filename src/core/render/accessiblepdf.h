// The plan as an accessible, archival PDF: tagged (headings, paragraphs,
// lists, tables with header cells, figures with alt text), bookmarks, the
// document's language and title; PDF/A-2b for the archive, claiming PDF/UA-1.
// Made from the word-processor document by LibreOffice headless (the ordinary
// PDF path, renderPdf, never needs LibreOffice).
#pragma once

#include "model/plan.h"
#include "render/libreoffice.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

namespace planverk {

class TemplateSet;

/// `job` says which LibreOffice (empty: the one on PATH), its time limit and
/// the output's name for errors; its language and progress are set here.
/// Throws PlanError naming the Debian package when LibreOffice is missing,
/// before anything is rendered.
QByteArray renderAccessiblePdf(const Plan &plan, TemplateSet &templates, const QString &language = {},
                               const RenderProgress &progress = {}, LibreOfficeJob job = {});

/// A word-processor document (a county's template filled with the plan; its
/// type `suffix`, "docx" or "odt") as the same accessible PDF. `language` is the
/// plan's document language (nb, nn, en).
QByteArray renderAccessiblePdfOfDocument(const QByteArray &document, const QString &suffix, const QString &language,
                                         const RenderProgress &progress = {}, LibreOfficeJob job = {});

} // namespace planverk
