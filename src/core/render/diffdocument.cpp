#include "render/diffdocument.h"

#include "io/atomicfile.h"
#include "io/planfile.h"
#include "io/planlocation.h"
#include "model/planerror.h"
#include "render/docstructure.h"
#include "render/docxwriter.h"
#include "render/hyphenatehtml.h"
#include "render/pdfstructure.h"
#include "render/printlayout.h"
#include "render/templateset.h"
#include "version.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>

namespace planverk {

namespace {

QString formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("htm") ? QStringLiteral("html") : suffix;
}

QByteArray renderPdfOf(const nlohmann::json &vm, const PlanInfo &pictures, const QString &lang, const QString &title, const QString &author)
{
    auto templates = TemplateSet::openChanges();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfNavigation navigation;
    {
        PrintLayout layout(vm, pictures, *templates, lang);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Planverk " PLANVERK_VERSION));
        layout.paint(&writer);
        navigation = {layout.headings(), layout.anchorPositions()};
    }
    PdfMetadata meta;
    meta.title = title;
    meta.author = author;
    meta.subject = title;
    meta.creator = QStringLiteral("Planverk " PLANVERK_VERSION);
    meta.language = lang;
    return completePdf(buffer.data(), meta, navigation);
}

QByteArray renderDocxOf(const nlohmann::json &vm, const Plan &b, const QString &lang, const QString &title)
{
    auto templates = TemplateSet::openChanges();
    PrintLayout layout(vm, b.info, *templates, lang);
    DocStructure doc = buildDocStructure(b, *layout.document(), lang);
    doc.title = title;
    doc.subject = title;
    doc.footerTitle = b.info.organisation.isEmpty() ? title : title + QStringLiteral(" · ") + b.info.organisation;
    return writeDocx(doc);
}

} // namespace

bool isDiffDocumentPath(const QString &path)
{
    const QString f = formatOf(path);
    return f == QLatin1String("html") || f == QLatin1String("pdf") || f == QLatin1String("docx");
}

QString displayName(const QString &planArgument)
{
    if (isServerUrl(planArgument)) { // the plan's name on the server (never its URL, which may hold a password)
        const PlanReference ref = parsePlanReference(planArgument);
        return ref.version ? *ref.version : parseServerUrl(ref.file).plan;
    }
    const qsizetype at = planArgument.lastIndexOf(u'@');
    if (at > 0 && !QFileInfo::exists(planArgument) && at + 1 < planArgument.size())
        return planArgument.mid(at + 1);
    return QFileInfo(planArgument).fileName();
}

QByteArray renderDiffDocument(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const QString &format, const QString &language)
{
    if (!language.isEmpty() && !codes::languages.contains(language))
        throw PlanError(QString(), {}, QStringLiteral("unknown language '%1': use nb, nn or en").arg(language));
    DiffViewOptions o;
    o.language = language.isEmpty() ? b.info.language : language;
    o.forPrint = format != QLatin1String("html");
    const nlohmann::json vm = buildDiffViewModel(a, b, diff, names, o);
    const QString title = diffTitle(o.language, names);
    if (format == QLatin1String("html")) {
        auto templates = TemplateSet::openChanges();
        return QByteArray::fromStdString(hyphenateHtml(templates->renderDocument(vm)));
    }
    if (format == QLatin1String("pdf"))
        return renderPdfOf(vm, b.info, o.language, title, b.info.author.isEmpty() ? b.info.organisation : b.info.author);
    if (format == QLatin1String("docx"))
        return renderDocxOf(vm, b, o.language, title);
    throw PlanError(QString(), {}, QStringLiteral("unknown document type '.%1': use .html, .pdf or .docx").arg(format));
}

void writeDiffDocument(const Plan &a, const Plan &b, const PlanDiff &diff, const DiffNames &names, const QString &outPath, const QString &language)
{
    if (!isDiffDocumentPath(outPath))
        throw PlanError(outPath, {}, QStringLiteral("unknown document type: use .html, .pdf or .docx"));
    writeFileAtomically(outPath, renderDiffDocument(a, b, diff, names, formatOf(outPath), language));
}

} // namespace planverk
