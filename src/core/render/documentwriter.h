// Plan documents: HTML (standalone, for the web), PDF (A4, for the council
// meeting and the archive), DOCX and ODT (to finish in Word or LibreOffice).
//
// One pipeline: plan → view model → template → HTML. For paper the HTML is
// laid out with QTextDocument and painted page by page (PrintLayout), the
// same way for a PDF file and for a printer. This file chooses the format
// from the file name and writes the file; each format has its own writer.
#pragma once

#include "model/plan.h"
#include "render/accessiblepdf.h"
#include "render/docxwriter.h"
#include "render/htmlwriter.h"
#include "render/odtwriter.h"
#include "render/pdfwriter.h"
#include "render/printlayout.h"
#include "render/renderprogress.h"

#include <QString>

#include <functional>

namespace planverk {

enum class DocumentFormat { Html, Pdf, Odt, Docx };

/// From the file name's extension (.html/.htm, .pdf, .odt, .docx); throws PlanError.
DocumentFormat documentFormatFor(const QString &path);

struct DocumentOptions {
    QString templateName = QStringLiteral("standard"); // built-in name, folder, or a Word template (.docx/.dotx)
    QString language;                                  // empty: the plan's own
    bool pdfA = false;                                 // PDF/A-1b for archiving
    bool accessible = false;                           // a .pdf through LibreOffice: tagged PDF/A-2b, PDF/UA-1
    RenderProgress progress;                           // optional
    std::function<void(const QString &)> warn;         // optional: what the user should know (an unknown placeholder)
};

/// Renders in the format of `outPath`'s extension and writes it atomically.
void writeDocument(const Plan &plan, const QString &outPath, const DocumentOptions &options);

} // namespace planverk
