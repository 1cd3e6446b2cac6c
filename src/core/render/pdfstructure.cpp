// libqpdf without its old PointerHolder (std::shared_ptr throughout).
#define POINTERHOLDER_TRANSITION 4

#include "render/pdfstructure.h"

#include "render/backgroundfree.h"

#include <QUrl>

#include <qpdf/Pipeline.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <mutex>
#include <vector>

namespace planverk {

namespace {

// QPDFWriter's output, appended straight to a QByteArray (no second buffer).
class ByteArrayPipeline : public Pipeline
{
public:
    explicit ByteArrayPipeline(QByteArray &out) : Pipeline("planverk PDF", nullptr), m_out(out) {}
    void write(unsigned char const *data, size_t len) override { m_out.append(reinterpret_cast<const char *>(data), qsizetype(len)); }
    void finish() override {}

private:
    QByteArray &m_out;
};

// Text as a reader should see it in a bookmark or in metadata: without the
// soft hyphens and invisible break opportunities the layout may have been
// given, without control characters, on one line.
QString plainText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == 0x00ad || u == 0x200b || u == 0x2060 || u == 0xfeff)
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.simplified();
}

// Level 1 instead of zlib's default 6 for what libqpdf compresses (the
// object streams of the bookmarks, Qt's few uncompressed streams): 7 ms less
// on the synthetic plan's 595 pages, a 1% larger file. Process-wide; qpdf
// is used for nothing else.
void useFastCompression()
{
    static std::once_flag once;
    std::call_once(once, [] { Pl_Flate::setCompressionLevel(1); });
}

QPDFObjectHandle pdfText(const QString &s) { return QPDFObjectHandle::newUnicodeString(s.toStdString()); }

QString xmlText(const QString &s) { return plainText(s).toHtmlEscaped(); }

// A destination: the page, scrolled so that `at` is at the top of the window.
QPDFObjectHandle destination(const std::vector<QPDFObjectHandle> &pages, const std::vector<double> &pageTops,
                             const PrintLayout::PagePosition &at)
{
    const size_t page = size_t(std::clamp<qsizetype>(at.page, 0, qsizetype(pages.size()) - 1));
    QPDFObjectHandle d = QPDFObjectHandle::newArray();
    d.appendItem(pages[page]);
    d.appendItem(QPDFObjectHandle::newName("/XYZ"));
    d.appendItem(QPDFObjectHandle::newNull());
    d.appendItem(QPDFObjectHandle::newReal(std::max(0.0, pageTops[page] - at.pointsFromTop), 2));
    d.appendItem(QPDFObjectHandle::newNull());
    return d;
}

// The bookmarks: one per heading, nested by heading level, all closed but
// the top level (a 3 000-goal plan would otherwise open as a long list).
void addOutline(QPDF &pdf, const std::vector<QPDFObjectHandle> &pages, const std::vector<double> &pageTops, const QString &documentTitle,
                const QList<PrintLayout::HeadingMark> &headings)
{
    struct Item {
        QPDFObjectHandle dict;
        int level;
        std::vector<size_t> children;
    };
    std::vector<Item> items;
    std::vector<size_t> roots;
    std::vector<size_t> open; // the chain of items the next one may nest in
    const QString title = plainText(documentTitle);
    for (const PrintLayout::HeadingMark &h : headings) {
        const QString text = plainText(h.title);
        if (text.isEmpty() || (h.level == 1 && text == title)) // the cover's title is the document's own
            continue;
        while (!open.empty() && items[open.back()].level >= h.level)
            open.pop_back();
        QPDFObjectHandle dict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        dict.replaceKey("/Title", pdfText(text));
        dict.replaceKey("/Dest", destination(pages, pageTops, h.at));
        items.push_back({dict, h.level, {}});
        (open.empty() ? roots : items[open.back()].children).push_back(items.size() - 1);
        open.push_back(items.size() - 1);
    }
    if (roots.empty())
        return;
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    auto link = [&items](QPDFObjectHandle parent, const std::vector<size_t> &children) {
        for (size_t i = 0; i < children.size(); ++i) {
            QPDFObjectHandle d = items[children[i]].dict;
            d.replaceKey("/Parent", parent);
            if (i > 0)
                d.replaceKey("/Prev", items[children[i - 1]].dict);
            if (i + 1 < children.size())
                d.replaceKey("/Next", items[children[i + 1]].dict);
        }
        parent.replaceKey("/First", items[children.front()].dict);
        parent.replaceKey("/Last", items[children.back()].dict);
    };
    link(outlines, roots);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(qint64(roots.size())));
    for (Item &item : items) {
        if (item.children.empty())
            continue;
        link(item.dict, item.children);
        // Closed: minus the number of entries opening it shows.
        item.dict.replaceKey("/Count", QPDFObjectHandle::newInteger(-qint64(item.children.size())));
    }
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

// QPdfWriter writes a link to "#anchor" as a web link that goes nowhere:
// each becomes a jump to the anchor's place, or goes if the anchor is not
// in the document. Web and e-mail links stay as they are.
void linkAnchors(const std::vector<QPDFObjectHandle> &pages, const std::vector<double> &pageTops,
                 const QHash<QString, PrintLayout::PagePosition> &anchors)
{
    for (QPDFObjectHandle page : pages) {
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (int i = annots.getArrayNItems() - 1; i >= 0; --i) {
            QPDFObjectHandle annot = annots.getArrayItem(i);
            if (!annot.isDictionary() || !annot.getKey("/Subtype").isNameAndEquals("/Link"))
                continue;
            QPDFObjectHandle action = annot.getKey("/A");
            if (!action.isDictionary() || !action.getKey("/S").isNameAndEquals("/URI") || !action.getKey("/URI").isString())
                continue;
            const std::string uri = action.getKey("/URI").getStringValue();
            if (uri.empty() || uri[0] != '#')
                continue;
            const QString name = QUrl::fromPercentEncoding(QByteArray::fromStdString(uri.substr(1)));
            const auto at = anchors.constFind(name);
            if (at == anchors.cend()) {
                annots.eraseItem(i);
                continue;
            }
            QPDFObjectHandle goTo = QPDFObjectHandle::newDictionary();
            goTo.replaceKey("/Type", QPDFObjectHandle::newName("/Action"));
            goTo.replaceKey("/S", QPDFObjectHandle::newName("/GoTo"));
            goTo.replaceKey("/D", destination(pages, pageTops, *at));
            annot.replaceKey("/A", goTo);
        }
        if (annots.getArrayNItems() == 0)
            page.removeKey("/Annots");
    }
}

QString pdfDate(const QDateTime &t) { return QStringLiteral("D:") + t.toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z'); }
QString xmpDate(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'); }

// The XMP packet saying what Info says (ISO 19005-1, 6.7.3).
QByteArray xmpPacket(const PdfMetadata &meta, const QString &producer, const QDateTime &when)
{
    const QString lang = pdfLanguageTag(meta.language);
    auto langAlt = [&lang](const QString &tag, const QString &text) -> QString {
        QString s = QStringLiteral("   <%1><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li>").arg(tag, xmlText(text));
        if (!lang.isEmpty())
            s += QStringLiteral("<rdf:li xml:lang=\"%1\">%2</rdf:li>").arg(xmlText(lang), xmlText(text));
        return s + QStringLiteral("</rdf:Alt></%1>\n").arg(tag);
    };
    QString x = QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                               "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                               "   <dc:format>application/pdf</dc:format>\n");
    x += langAlt(QStringLiteral("dc:title"), meta.title);
    if (!plainText(meta.author).isEmpty())
        x += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n").arg(xmlText(meta.author));
    if (!plainText(meta.subject).isEmpty())
        x += langAlt(QStringLiteral("dc:description"), meta.subject);
    if (!lang.isEmpty())
        x += QStringLiteral("   <dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n").arg(xmlText(lang));
    x += QStringLiteral("  </rdf:Description>\n"
                        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                        "   <pdf:Producer>%1</pdf:Producer>\n")
             .arg(xmlText(producer));
    if (!plainText(meta.keywords).isEmpty())
        x += QStringLiteral("   <pdf:Keywords>%1</pdf:Keywords>\n").arg(xmlText(meta.keywords));
    x += QStringLiteral("  </rdf:Description>\n"
                        "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                        "   <xmp:CreatorTool>%1</xmp:CreatorTool>\n"
                        "   <xmp:CreateDate>%2</xmp:CreateDate>\n"
                        "   <xmp:ModifyDate>%2</xmp:ModifyDate>\n"
                        "   <xmp:MetadataDate>%2</xmp:MetadataDate>\n"
                        "  </rdf:Description>\n")
             .arg(xmlText(meta.creator), xmpDate(when));
    if (meta.pdfA)
        x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                            "   <pdfaid:part>1</pdfaid:part>\n"
                            "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                            "  </rdf:Description>\n");
    x += QStringLiteral(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

void setMetadata(QPDF &pdf, const PdfMetadata &meta)
{
    const QDateTime when = (meta.created.isValid() ? meta.created : QDateTime::currentDateTimeUtc()).toUTC();
    const QString producer = QStringLiteral("Qt %1, qpdf %2").arg(QLatin1String(qVersion()), QString::fromStdString(QPDF::QPDFVersion()));
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    auto put = [&info](const char *key, const QString &value) {
        const QString text = plainText(value);
        if (!text.isEmpty())
            info.replaceKey(key, pdfText(text));
    };
    put("/Title", meta.title);
    put("/Author", meta.author);
    put("/Subject", meta.subject);
    put("/Keywords", meta.keywords);
    put("/Creator", meta.creator);
    put("/Producer", producer);
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(when).toStdString()));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(when).toStdString()));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    // Not compressed: PDF/A-1 forbids a filter on the metadata stream, and
    // archive tools read it as it is.
    QPDFObjectHandle xmp = pdf.newStream(xmpPacket(meta, producer, when).toStdString());
    xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", xmp);
}

} // namespace

QString pdfLanguageTag(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QStringLiteral("nb-NO");
    if (language == QLatin1String("nn"))
        return QStringLiteral("nn-NO");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-GB");
    return language;
}

QByteArray completePdf(const QByteArray &input, const PdfMetadata &meta, const PdfNavigation &navigation, const QByteArray &rest)
{
    useFastCompression();
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    pdf->processMemoryFile("the PDF written by Qt", input.constData(), size_t(input.size()));
    // The pages painted on the second thread: copied in with what they use
    // (their own subsets of the fonts), read from `rest` as the file is written.
    auto more = std::make_unique<QPDF>();
    if (!rest.isEmpty()) {
        more->setSuppressWarnings(true);
        more->processMemoryFile("the second part of the PDF written by Qt", rest.constData(), size_t(rest.size()));
        QPDFPageDocumentHelper pages(*pdf);
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*more).getAllPages())
            pages.addPage(page, false);
    }

    QByteArray out;
    {
        const std::vector<QPDFObjectHandle> &pages = pdf->getAllPages();
        if (pages.empty())
            throw std::runtime_error("the PDF written by Qt has no pages");
        std::vector<double> pageTops; // the top edge of each page, in PDF coordinates
        pageTops.reserve(pages.size());
        for (const QPDFObjectHandle &page : pages)
            pageTops.push_back(QPDFPageObjectHelper(page).getMediaBox().getArrayAsRectangle().ury);

        addOutline(*pdf, pages, pageTops, meta.title, navigation.headings);
        linkAnchors(pages, pageTops, navigation.anchors);

        QPDFObjectHandle root = pdf->getRoot();
        const QString lang = pdfLanguageTag(meta.language);
        if (!lang.isEmpty())
            root.replaceKey("/Lang", pdfText(lang));
        QPDFObjectHandle prefs = root.getKey("/ViewerPreferences");
        if (!prefs.isDictionary())
            prefs = QPDFObjectHandle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", prefs);
        setMetadata(*pdf, meta);

        // The joined file is smaller than its two parts (object streams).
        out.reserve(input.size() + rest.size() + 64 * 1024);
        ByteArrayPipeline pipeline(out);
        QPDFWriter writer(*pdf);
        writer.setOutputPipeline(&pipeline);
        // The page contents Qt compressed are copied as they are. PDF/A-1 (PDF
        // 1.4) forbids object streams; a plain PDF (1.5) packs its small objects,
        // the bookmarks above all, into them: the 536-page plan's file is 2.1 MB
        // instead of 3.0 MB, for some 50 ms more.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(meta.pdfA ? qpdf_o_disable : qpdf_o_generate);
        writer.write();
    }
    // libqpdf's objects of a 600-page plan (some 6 000, and the second
    // part's) take 20 ms to free: another thread frees them while the caller
    // writes the file. That thread is waited for at exit, after the statics
    // made after its start are gone: libqpdf's own, which freeing a document
    // makes at first, are made here first, on this thread.
    static const bool qpdfStaticsMade = [] {
        QPDF empty;
        empty.emptyPDF();
        return true;
    }();
    Q_UNUSED(qpdfStaticsMade);
    destroyInBackground(std::move(pdf), std::move(more));
    return out;
}

} // namespace planverk
