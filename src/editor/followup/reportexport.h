// Fil ▸ Eksporter ▸ Rapport…: the follow-up report of a period (the built-in
// template "rapport", as `planverk-cli report`) as PDF, HTML, Word or ODT,
// rendered on a second thread with a progress dialog that can cancel.
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace planverk {

class PlanDocument;

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(planverk::ReportExport)
public:
    /// Asks for the period (`period` chosen first) and the file, and writes the report.
    static void exportDialog(QWidget *parent, PlanDocument *document, const QUuid &period);
    /// Writes the report of `period` to `path` (its extension: pdf, html, docx, odt).
    /// Returns the problem, or an empty string when the file was written.
    static QString write(QWidget *parent, PlanDocument *document, const QUuid &period, const QString &path);
};

} // namespace planverk
