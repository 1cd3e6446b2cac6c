#include "render/pdfwriter.h"

#include "render/labels.h"
#include "render/printlayout.h"
#include "version.h"

#include <QBuffer>
#include <QPdfWriter>

namespace planverk {

namespace {

QString languageOf(const Plan &plan, const QString &language) { return language.isEmpty() ? plan.info.language : language; }

// Adds /Author and /Subject to the PDF's document information dictionary,
// which QPdfWriter (Qt 6.4) cannot set, and corrects the cross-reference table.
QByteArray addInfoEntries(QByteArray pdf, const QString &author, const QString &subject)
{
    auto pdfString = [](const QString &s) -> QByteArray {
        // UTF-16BE with BOM, as a hex string: safe for any text.
        QByteArray hex = "<FEFF";
        for (QChar c : s)
            hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
        return hex + '>';
    };
    const qsizetype producer = pdf.indexOf("/Producer");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (producer < 0 || xref < 0 || startxref < 0 || producer > xref)
        return pdf;
    QByteArray entries;
    if (!author.isEmpty())
        entries += "/Author " + pdfString(author) + "\n";
    if (!subject.isEmpty())
        entries += "/Subject " + pdfString(subject) + "\n";
    const qsizetype delta = entries.size();
    pdf.insert(producer, entries);
    // Every object that starts after the insertion moves by delta.
    const qsizetype table = xref + delta + 6;
    qsizetype line = pdf.indexOf('\n', table) + 1; // after "0 N"
    const qsizetype trailer = pdf.indexOf("trailer", line);
    while (line > 0 && line < trailer) {
        const QByteArray entry = pdf.mid(line, 20);
        if (entry.size() == 20 && entry[17] == 'n') {
            const qint64 offset = entry.left(10).toLongLong();
            if (offset > producer)
                pdf.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
        line += 20;
    }
    const qsizetype sx = pdf.lastIndexOf("startxref\n") + 10;
    const qsizetype end = pdf.indexOf('\n', sx);
    pdf.replace(sx, end - sx, QByteArray::number(xref + 1 + delta));
    return pdf;
}

} // namespace

QByteArray renderPdf(const Plan &plan, TemplateSet &templates, const QString &language, bool pdfA, const RenderProgress &progress)
{
    const QString lang = languageOf(plan, language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(plan.info.title);
        writer.setCreator(QStringLiteral("Planverk " PLANVERK_VERSION));
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        PrintLayout layout(plan, templates, language);
        layout.setProgress(progress);
        layout.paint(&writer);
    }
    QString subject = codeLabel(lang, "planType", plan.info.planType);
    if (plan.info.periodStart || plan.info.periodEnd)
        subject += QStringLiteral(" %1–%2").arg(plan.info.periodStart ? QString::number(*plan.info.periodStart) : QString(),
                                                 plan.info.periodEnd ? QString::number(*plan.info.periodEnd) : QString());
    const QString author = plan.info.author.isEmpty() ? plan.info.organisation : plan.info.author;
    return addInfoEntries(buffer.data(), author, subject);
}

} // namespace planverk
