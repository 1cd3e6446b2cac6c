#include "render/odtwriter.h"

#include "model/planerror.h"
#include "render/printlayout.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace planverk {

QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    // The contents' page column stays empty: page numbers belong to the word processor.
    PrintLayout layout(plan, templates, language);
    layout.setProgress(progress);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(layout.document()))
        throw PlanError(QString(), {}, QStringLiteral("the ODT document could not be written"));
    if (progress && !progress(1.0)) // cancelled while Qt wrote the ODF: nothing is kept
        throw RenderCancelled();
    return buffer.data();
}

} // namespace planverk
