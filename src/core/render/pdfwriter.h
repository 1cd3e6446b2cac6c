// The plan as a PDF file: the print layout painted on QPdfWriter, then the
// document's metadata completed.
#pragma once

#include "model/plan.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

namespace planverk {

class TemplateSet;

QByteArray renderPdf(const Plan &plan, TemplateSet &templates, const QString &language = {}, bool pdfA = false,
                     const RenderProgress &progress = {});

} // namespace planverk
