#include <algorithm>
#include "render/docxwriter.h"

#include "io/ziparchive.h"
#include "render/docxbody.h"
#include "render/docstructureload.h"
#include "version.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <functional>

namespace planverk {

namespace {

const QString kCoreNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// An XML part written through QXmlStreamWriter.
template<class F>
QByteArray part(F &&content)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    content(x);
    x.writeEndDocument();
    return bytes;
}

void val(QXmlStreamWriter &x, const QString &name, const QString &value)
{
    x.writeEmptyElement(name);
    x.writeAttribute(QStringLiteral("w:val"), value);
}

void style(QXmlStreamWriter &x, const char *type, const QString &id, const QString &name, const QString &basedOn, const QString &next,
           const std::function<void()> &pPr, const std::function<void()> &rPr, bool isDefault = false)
{
    x.writeStartElement(QStringLiteral("w:style"));
    x.writeAttribute(QStringLiteral("w:type"), QLatin1String(type));
    if (isDefault)
        x.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("w:styleId"), id);
    val(x, QStringLiteral("w:name"), name);
    if (!basedOn.isEmpty())
        val(x, QStringLiteral("w:basedOn"), basedOn);
    if (!next.isEmpty())
        val(x, QStringLiteral("w:next"), next);
    x.writeEmptyElement(QStringLiteral("w:qFormat"));
    if (pPr) {
        x.writeStartElement(QStringLiteral("w:pPr"));
        pPr();
        x.writeEndElement();
    }
    if (rPr) {
        x.writeStartElement(QStringLiteral("w:rPr"));
        rPr();
        x.writeEndElement();
    }
}

void spacing(QXmlStreamWriter &x, int before, int after)
{
    x.writeEmptyElement(QStringLiteral("w:spacing"));
    x.writeAttribute(QStringLiteral("w:before"), QString::number(before));
    x.writeAttribute(QStringLiteral("w:after"), QString::number(after));
}

void relationship(QXmlStreamWriter &x, const QString &id, const QString &type, const QString &target, bool external = false)
{
    x.writeEmptyElement(QStringLiteral("Relationship"));
    x.writeAttribute(QStringLiteral("Id"), id);
    x.writeAttribute(QStringLiteral("Type"), type);
    x.writeAttribute(QStringLiteral("Target"), target);
    if (external)
        x.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
}

QByteArray footerPart(const DocStructure &doc)
{
    return part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("w:ftr"));
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        x.writeAttribute(QStringLiteral("xmlns:r"), ooxml::r);
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        val(x, QStringLiteral("w:pStyle"), QStringLiteral("Footer"));
        x.writeStartElement(QStringLiteral("w:tabs"));
        x.writeEmptyElement(QStringLiteral("w:tab"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("right"));
        x.writeAttribute(QStringLiteral("w:pos"), QString::number(kDocxTextWidth));
        x.writeEndElement();
        x.writeEndElement();
        auto text = [&x](const QString &t) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeStartElement(QStringLiteral("w:t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(t);
            x.writeEndElement();
            x.writeEndElement();
        };
        text(doc.footerTitle);
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeEmptyElement(QStringLiteral("w:tab"));
        x.writeEndElement();
        text(doc.pageLabel + ' ');
        writeDocxField(x, QStringLiteral("PAGE"), QStringLiteral("1"));
        text(' ' + doc.pageOfLabel + ' ');
        writeDocxField(x, QStringLiteral("NUMPAGES"), QStringLiteral("1"));
        x.writeEndElement(); // p
        x.writeEndElement(); // ftr
    });
}

QByteArray corePart(const DocStructure &doc)
{
    return part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("cp:coreProperties"));
        x.writeAttribute(QStringLiteral("xmlns:cp"), kCoreNs);
        x.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        x.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        x.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        x.writeTextElement(QStringLiteral("dc:title"), doc.title);
        x.writeTextElement(QStringLiteral("dc:subject"), doc.subject);
        x.writeTextElement(QStringLiteral("dc:creator"), doc.author);
        x.writeTextElement(QStringLiteral("cp:keywords"), doc.keywords.join(QStringLiteral(", ")));
        x.writeTextElement(QStringLiteral("dc:language"), doc.languageTag);
        x.writeStartElement(QStringLiteral("dcterms:created"));
        x.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        x.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        x.writeEndElement();
        x.writeEndElement();
    });
}

} // namespace

void writeDocxStyles(QXmlStreamWriter &x, const QString &languageTag, bool withDefaults)
{
    const QString blue = QStringLiteral("0B3559");
    auto color = [&x](const QString &c) { val(x, QStringLiteral("w:color"), c); };
    auto size = [&x](int halfPoints) {
        val(x, QStringLiteral("w:sz"), QString::number(halfPoints));
        val(x, QStringLiteral("w:szCs"), QString::number(halfPoints));
    };
    auto bold = [&x] { x.writeEmptyElement(QStringLiteral("w:b")); };
    if (withDefaults) {
        x.writeStartElement(QStringLiteral("w:docDefaults"));
        x.writeStartElement(QStringLiteral("w:rPrDefault"));
        x.writeStartElement(QStringLiteral("w:rPr"));
        x.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char *a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            x.writeAttribute(QLatin1String(a), QStringLiteral("Arial"));
        size(20);
        x.writeEmptyElement(QStringLiteral("w:lang"));
        x.writeAttribute(QStringLiteral("w:val"), languageTag);
        x.writeAttribute(QStringLiteral("w:eastAsia"), languageTag);
        x.writeAttribute(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("w:pPrDefault"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        spacing(x, 0, 0);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement(); // docDefaults
        style(x, "paragraph", QStringLiteral("Normal"), QStringLiteral("Normal"), {}, {}, {}, [&] {
            x.writeEmptyElement(QStringLiteral("w:lang"));
            x.writeAttribute(QStringLiteral("w:val"), languageTag);
        }, true);
        x.writeEndElement();
        style(x, "character", QStringLiteral("DefaultParagraphFont"), QStringLiteral("Default Paragraph Font"), {}, {}, {}, {}, true);
        x.writeEndElement();
    }
    style(x, "paragraph", QStringLiteral("BodyText"), QStringLiteral("Body Text"), QStringLiteral("Normal"), {}, [&] {
        x.writeEmptyElement(QStringLiteral("w:spacing"));
        x.writeAttribute(QStringLiteral("w:after"), QStringLiteral("120"));
        x.writeAttribute(QStringLiteral("w:line"), QStringLiteral("276"));
        x.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    }, {});
    x.writeEndElement();
    style(x, "paragraph", QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Normal"), QStringLiteral("Subtitle"),
          [&] { spacing(x, 1200, 240); }, [&] { bold(); color(blue); size(48); });
    x.writeEndElement();
    style(x, "paragraph", QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Normal"), QStringLiteral("BodyText"),
          [&] { spacing(x, 0, 360); }, [&] { color(QStringLiteral("2F4858")); size(28); });
    x.writeEndElement();
    const int sizes[4] = {32, 26, 23, 21};
    for (int l = 1; l <= 4; ++l) {
        style(x, "paragraph", QStringLiteral("Heading%1").arg(l), QStringLiteral("heading %1").arg(l), QStringLiteral("Normal"), QStringLiteral("BodyText"),
              [&] {
                  x.writeEmptyElement(QStringLiteral("w:keepNext"));
                  x.writeEmptyElement(QStringLiteral("w:keepLines"));
                  spacing(x, l == 1 ? 0 : 240, 120);
                  val(x, QStringLiteral("w:outlineLvl"), QString::number(l - 1));
              },
              [&] { bold(); color(blue); size(sizes[l - 1]); });
        x.writeEndElement();
    }
    style(x, "paragraph", QStringLiteral("TOCHeading"), QStringLiteral("TOC Heading"), QStringLiteral("Normal"), QStringLiteral("BodyText"),
          [&] { spacing(x, 0, 240); }, [&] { bold(); color(blue); size(32); });
    x.writeEndElement();
    for (int l = 1; l <= 3; ++l) {
        style(x, "paragraph", QStringLiteral("TOC%1").arg(l), QStringLiteral("toc %1").arg(l), QStringLiteral("Normal"), QStringLiteral("Normal"),
              [&] {
                  spacing(x, l == 1 ? 120 : 0, 60);
                  x.writeEmptyElement(QStringLiteral("w:ind"));
                  x.writeAttribute(QStringLiteral("w:left"), QString::number(300 * (l - 1)));
              },
              [&] {
                  if (l == 1)
                      bold();
              });
        x.writeEndElement();
    }
    style(x, "paragraph", QStringLiteral("ListParagraph"), QStringLiteral("List Paragraph"), QStringLiteral("BodyText"), {}, [&] {
        spacing(x, 0, 60);
        x.writeEmptyElement(QStringLiteral("w:contextualSpacing"));
    }, {});
    x.writeEndElement();
    style(x, "paragraph", QStringLiteral("TableText"), QStringLiteral("Table Text"), QStringLiteral("Normal"), {}, [&] { spacing(x, 20, 20); },
          [&] { size(18); });
    x.writeEndElement();
    style(x, "paragraph", QStringLiteral("Footer"), QStringLiteral("footer"), QStringLiteral("Normal"), {}, [&] {
        x.writeStartElement(QStringLiteral("w:pBdr"));
        x.writeEmptyElement(QStringLiteral("w:top"));
        for (auto [k, v] : {std::pair{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "4"}, {"w:color", "8899AA"}})
            x.writeAttribute(QLatin1String(k), QLatin1String(v));
        x.writeEndElement();
    }, [&] { color(QStringLiteral("333333")); size(16); });
    x.writeEndElement();
    style(x, "character", QStringLiteral("Hyperlink"), QStringLiteral("Hyperlink"), {}, {}, {}, [&] {
        color(QStringLiteral("1F5C99"));
        val(x, QStringLiteral("w:u"), QStringLiteral("single"));
    });
    x.writeEndElement();
    // The tables: thin grey lines, a shaded header row in bold.
    style(x, "table", QStringLiteral("PlanverkTable"), QStringLiteral("Planverk Table"), {}, {}, {}, {});
    x.writeStartElement(QStringLiteral("w:tblPr"));
    x.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        x.writeEmptyElement(QLatin1String(side));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        x.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        x.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("8899AA"));
    }
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        x.writeEmptyElement(QLatin1String(side));
        x.writeAttribute(QStringLiteral("w:w"), QLatin1String(side[2] == 't' || side[2] == 'b' ? "40" : "80"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    x.writeEndElement();
    x.writeEndElement(); // tblPr
    x.writeStartElement(QStringLiteral("w:tblStylePr"));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("firstRow"));
    x.writeStartElement(QStringLiteral("w:rPr"));
    bold();
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:tcPr"));
    x.writeEmptyElement(QStringLiteral("w:shd"));
    x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
    x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
    x.writeAttribute(QStringLiteral("w:fill"), QStringLiteral("E8EEF4"));
    x.writeEndElement();
    x.writeEndElement(); // tblStylePr
    x.writeEndElement(); // style
}

DocStructure docStructureOf(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    return loadDocStructure(plan, templates, language, progress);
}

QByteArray writeDocx(const DocStructure &doc)
{
    DocxBody body(doc, DocxStyles{}, kDocxTextWidth, QStringLiteral("rIdPv"));
    const QByteArray document = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("w:document"));
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        x.writeAttribute(QStringLiteral("xmlns:r"), ooxml::r);
        x.writeAttribute(QStringLiteral("xmlns:wp"), ooxml::wp);
        x.writeStartElement(QStringLiteral("w:body"));
        body.write(x);
        x.writeStartElement(QStringLiteral("w:sectPr"));
        x.writeEmptyElement(QStringLiteral("w:footerReference"));
        x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
        x.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdFooter"));
        x.writeEmptyElement(QStringLiteral("w:pgSz"));
        x.writeAttribute(QStringLiteral("w:w"), QStringLiteral("11906"));
        x.writeAttribute(QStringLiteral("w:h"), QStringLiteral("16838"));
        x.writeEmptyElement(QStringLiteral("w:pgMar"));
        for (auto [k, v] : {std::pair{"w:top", "1134"}, {"w:right", "1247"}, {"w:bottom", "1418"}, {"w:left", "1247"}, {"w:header", "567"},
                            {"w:footer", "567"}, {"w:gutter", "0"}})
            x.writeAttribute(QLatin1String(k), QLatin1String(v));
        x.writeEmptyElement(QStringLiteral("w:titlePg")); // the cover has no footer
        x.writeEndElement();
        x.writeEndElement(); // body
        x.writeEndElement();
    });
    const QByteArray styles = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("w:styles"));
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        writeDocxStyles(x, doc.languageTag, true);
        x.writeEndElement();
    });
    const QByteArray numbering = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("w:numbering"));
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        body.writeAbstractNumbering(x, 1);
        body.writeNumberingInstances(x, 1);
        x.writeEndElement();
    });
    const QByteArray settings = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("w:settings"));
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        // In the schema's order: Word refuses a settings part out of order.
        val(x, QStringLiteral("w:defaultTabStop"), QStringLiteral("708"));
        x.writeEmptyElement(QStringLiteral("w:updateFields")); // Word fills in the contents' page numbers on opening
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("true"));
        x.writeEmptyElement(QStringLiteral("w:themeFontLang"));
        x.writeAttribute(QStringLiteral("w:val"), doc.languageTag);
        x.writeEndElement();
    });
    const QByteArray documentRels = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Relationships"));
        x.writeAttribute(QStringLiteral("xmlns"), kRelNs);
        const QString base = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
        relationship(x, QStringLiteral("rIdStyles"), base + "styles", QStringLiteral("styles.xml"));
        relationship(x, QStringLiteral("rIdNumbering"), base + "numbering", QStringLiteral("numbering.xml"));
        relationship(x, QStringLiteral("rIdSettings"), base + "settings", QStringLiteral("settings.xml"));
        relationship(x, QStringLiteral("rIdFooter"), base + "footer", QStringLiteral("footer1.xml"));
        for (const DocxRelation &r : body.relations())
            relationship(x, r.id, r.type, r.target, r.external);
        x.writeEndElement();
    });
    const QByteArray contentTypes = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Types"));
        x.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        auto def = [&x](const char *ext, const char *type) {
            x.writeEmptyElement(QStringLiteral("Default"));
            x.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            x.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        def("png", "image/png");
        auto over = [&x](const char *name, const char *type) {
            x.writeEmptyElement(QStringLiteral("Override"));
            x.writeAttribute(QStringLiteral("PartName"), QLatin1String(name));
            x.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        over("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        over("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        over("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
        over("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        over("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        x.writeEndElement();
    });
    const QByteArray rootRels = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Relationships"));
        x.writeAttribute(QStringLiteral("xmlns"), kRelNs);
        relationship(x, QStringLiteral("rId1"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
                     QStringLiteral("word/document.xml"));
        relationship(x, QStringLiteral("rId2"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                     QStringLiteral("docProps/core.xml"));
        relationship(x, QStringLiteral("rId3"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
                     QStringLiteral("docProps/app.xml"));
        x.writeEndElement();
    });
    const QByteArray app = part([&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("Properties"));
        x.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        x.writeTextElement(QStringLiteral("Application"), QStringLiteral("Planverk " PLANVERK_VERSION));
        x.writeEndElement();
    });
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes);
    zip.add(QStringLiteral("_rels/.rels"), rootRels);
    zip.add(QStringLiteral("docProps/core.xml"), corePart(doc));
    zip.add(QStringLiteral("docProps/app.xml"), app);
    zip.add(QStringLiteral("word/document.xml"), document);
    zip.add(QStringLiteral("word/styles.xml"), styles);
    zip.add(QStringLiteral("word/numbering.xml"), numbering);
    zip.add(QStringLiteral("word/settings.xml"), settings);
    zip.add(QStringLiteral("word/footer1.xml"), footerPart(doc));
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRels);
    for (const auto &[name, bytes] : body.media())
        zip.add(QStringLiteral("word/") + name, bytes, true);
    return zip.finish();
}

QByteArray renderDocx(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    const DocStructure doc = docStructureOf(plan, templates, language, progress);
    QByteArray bytes = writeDocx(doc);
    if (progress && !progress(1.0))
        throw RenderCancelled();
    return bytes;
}

DocStructure chaptersOf(const DocStructure &full)
{
    DocStructure chapters = full;
    chapters.body.clear();
    bool after = std::none_of(full.body.begin(), full.body.end(), [](const DocNode &n) { return n.type == DocNode::Type::Contents; });
    for (const DocNode &n : full.body) {
        if (after && !(chapters.body.empty() && n.type == DocNode::Type::PageBreak))
            chapters.body.push_back(n);
        after = after || n.type == DocNode::Type::Contents;
    }
    return chapters;
}

} // namespace planverk
