// LibreOffice headless as the converter of a word-processor document (ODT or
// DOCX) to a tagged PDF/A-2b that claims PDF/UA-1. Run through QProcess, with
// its own temporary profile, no GUI, a time limit and a cancel; the ordinary
// PDF path never needs it. A macro in that profile
// (resources/libreoffice/accessiblepdf.bas) updates the contents' page numbers
// and gives writer_pdf_Export its options (--convert-to would leave the
// contents without page numbers).
#pragma once

#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace planverk {

/// The Debian package a missing LibreOffice is installed from.
inline constexpr const char *kLibreOfficePackage = "libreoffice-writer-nogui";

struct LibreOfficeJob {
    QString program;                                  // empty: soffice on PATH
    QString documentLanguage = QStringLiteral("nb-NO"); // BCP 47, for text that names no language
    QString outputName;                               // names the output in errors
    std::chrono::milliseconds timeLimit{std::chrono::minutes(5)};
    /// Told how far the conversion has come, 0 to 1 (an estimate from the time
    /// it has taken: LibreOffice reports nothing); false cancels it.
    RenderProgress progress;
};

/// job.program, or else `soffice` (or `libreoffice`) on PATH. Throws PlanError
/// naming job.outputName and the Debian package when there is none.
QString requireLibreOffice(const LibreOfficeJob &job);

/// The PDF LibreOffice makes of `document` (the bytes of a file whose type
/// `suffix` names: "odt" or "docx"): PDF/A-2b, tagged, PDF/UA, bookmarks, the
/// document's title shown, no notes. Throws PlanError (naming
/// job.outputName) when LibreOffice is missing (naming its package), cannot
/// start, fails, writes no PDF or passes the time limit (it is killed with
/// everything it started); RenderCancelled when the progress says stop.
/// Leaves nothing behind.
QByteArray convertToAccessiblePdf(const QByteArray &document, const QString &suffix, const LibreOfficeJob &job);

} // namespace planverk
