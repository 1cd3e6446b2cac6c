#include "render/wordtemplate.h"

#include "io/ziparchive.h"
#include "model/planerror.h"
#include "render/docxbody.h"
#include "render/docxwriter.h"
#include "render/labels.h"
#include "render/placeholderfiller.h"
#include "render/xmltree.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace planverk {

namespace {

const QString kDocumentPart = QStringLiteral("word/document.xml");
const QString kTemplateMain = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
const QString kDocumentMain = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

// Every paragraph (w:p) below `n`, text boxes included.
void paragraphs(XmlNode &n, std::vector<XmlNode *> &out)
{
    for (XmlNode &c : n.children) {
        if (c.kind != XmlNode::Kind::Element)
            continue;
        if (c.is("w:p"))
            out.push_back(&c);
        paragraphs(c, out);
    }
}

// The runs of a paragraph, in order, through hyperlinks, content controls
// and tracked insertions, but not into paragraphs of text boxes.
void runsOf(XmlNode &n, std::vector<XmlNode *> &out)
{
    for (XmlNode &c : n.children) {
        if (c.kind != XmlNode::Kind::Element || c.is("w:p"))
            continue;
        if (c.is("w:r"))
            out.push_back(&c);
        else
            runsOf(c, out);
    }
}

bool isTextRun(const XmlNode &run)
{
    bool text = false;
    for (const XmlNode &c : run.children) {
        if (c.kind != XmlNode::Kind::Element)
            continue;
        if (c.is("w:t"))
            text = true;
        else if (!c.is("w:rPr"))
            return false;
    }
    return text;
}

QString runText(const XmlNode &run)
{
    QString t;
    for (const XmlNode &c : run.children)
        if (c.is("w:t"))
            t += c.allText();
    return t;
}

void setRunText(XmlNode &run, const QString &text)
{
    std::vector<XmlNode> kept;
    bool placed = false;
    for (XmlNode &c : run.children) {
        if (!c.is("w:t")) {
            kept.push_back(std::move(c));
            continue;
        }
        if (placed)
            continue;
        XmlNode t;
        t.name = QStringLiteral("w:t");
        t.attributes.append(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        XmlNode chars;
        chars.kind = XmlNode::Kind::Text;
        chars.text = text;
        t.children.push_back(std::move(chars));
        kept.push_back(std::move(t));
        placed = true;
    }
    run.children = std::move(kept);
}

QString paragraphText(XmlNode &p)
{
    std::vector<XmlNode *> runs;
    runsOf(p, runs);
    QString t;
    for (XmlNode *r : runs)
        t += runText(*r);
    return t;
}

class Filler
{
public:
    explicit Filler(const QList<Placeholder> &values) : m_filler(values) {}

    // Fills the bracket placeholders of every paragraph below `root`.
    void fill(XmlNode &root)
    {
        std::vector<XmlNode *> ps;
        paragraphs(root, ps);
        for (XmlNode *p : ps) {
            std::vector<XmlNode *> runs;
            runsOf(*p, runs);
            std::vector<XmlNode *> sequence;
            for (XmlNode *r : runs) {
                if (isTextRun(*r)) {
                    sequence.push_back(r);
                } else {
                    fillSequence(sequence);
                    sequence.clear();
                }
            }
            fillSequence(sequence);
        }
    }

    // Text nodes of a plain XML part (core properties).
    void fillText(XmlNode &n)
    {
        if (n.kind == XmlNode::Kind::Text) {
            n.text = m_filler.filled(n.text);
            return;
        }
        for (XmlNode &c : n.children)
            fillText(c);
    }

    QStringList unknown() const { return m_filler.unknown(); }

private:
    // Runs side by side: each placeholder takes the formatting of the run it starts in.
    void fillSequence(const std::vector<XmlNode *> &runs)
    {
        if (runs.empty())
            return;
        QStringList texts;
        for (XmlNode *r : runs)
            texts << runText(*r);
        QList<bool> changed;
        m_filler.fill(texts, changed);
        for (int i = 0; i < texts.size(); ++i)
            if (changed[i])
                setRunText(*runs[size_t(i)], texts[i]);
    }

    PlaceholderFiller m_filler;
};

struct StyleInfo {
    QString type;
    QString id;
    QString name;
    int outline = -1;
};

QList<StyleInfo> stylesOf(XmlNode &styles)
{
    QList<StyleInfo> out;
    XmlNode *root = styles.child("w:styles");
    if (!root)
        return out;
    for (XmlNode &s : root->children) {
        if (!s.is("w:style"))
            continue;
        StyleInfo info;
        info.type = s.attribute("w:type");
        info.id = s.attribute("w:styleId");
        if (XmlNode *n = s.child("w:name"))
            info.name = n->attribute("w:val").toLower();
        if (XmlNode *ppr = s.child("w:pPr"))
            if (XmlNode *o = ppr->child("w:outlineLvl"))
                info.outline = o->attribute("w:val").toInt();
        out << info;
    }
    return out;
}

// The template's style for a role: by Word's built-in name, else by outline level.
QString findStyle(const QList<StyleInfo> &styles, const char *type, const QStringList &names, int outline = -1)
{
    for (const QString &n : names)
        for (const StyleInfo &s : styles)
            if (s.type == QLatin1String(type) && s.name == n)
                return s.id;
    if (outline >= 0)
        for (const StyleInfo &s : styles)
            if (s.type == QLatin1String(type) && s.outline == outline)
                return s.id;
    return {};
}

// Children of the root element of an XML fragment written by `write`.
template<class F>
std::vector<XmlNode> fragment(const QString &root, F &&write)
{
    QByteArray bytes;
    {
        QXmlStreamWriter x(&bytes);
        x.writeStartDocument();
        x.writeStartElement(root);
        x.writeAttribute(QStringLiteral("xmlns:w"), ooxml::w);
        x.writeAttribute(QStringLiteral("xmlns:r"), ooxml::r);
        x.writeAttribute(QStringLiteral("xmlns:wp"), ooxml::wp);
        write(x);
        x.writeEndElement();
        x.writeEndDocument();
    }
    XmlNode doc = parseXml(bytes, QStringLiteral("(Planverk)"));
    std::vector<XmlNode> out;
    for (XmlNode &c : doc.children.front().children)
        if (c.kind == XmlNode::Kind::Element)
            out.push_back(std::move(c));
    return out;
}

XmlNode element(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
{
    XmlNode e;
    e.name = name;
    for (const auto &[k, v] : attributes)
        e.attributes.append(k, v);
    return e;
}

// Finds the marker paragraph below `n` and replaces it with `content`.
bool replaceMarker(XmlNode &n, std::vector<XmlNode> &content)
{
    for (size_t i = 0; i < n.children.size(); ++i) {
        XmlNode &c = n.children[i];
        if (c.kind != XmlNode::Kind::Element)
            continue;
        if (c.is("w:p") && paragraphText(c).simplified().compare('[' + kContentsMarker + ']', Qt::CaseInsensitive) == 0) {
            n.children.erase(n.children.begin() + qsizetype(i));
            n.children.insert(n.children.begin() + qsizetype(i), std::make_move_iterator(content.begin()), std::make_move_iterator(content.end()));
            return true;
        }
        if (!c.is("w:p") && replaceMarker(c, content))
            return true;
    }
    return false;
}

int maxIdBelow(const XmlNode &n, const char *element, const char *attribute)
{
    int best = 0;
    for (const XmlNode &c : n.children) {
        if (c.is(element))
            best = std::max(best, c.attribute(attribute).toInt());
        best = std::max(best, maxIdBelow(c, element, attribute));
    }
    return best;
}

} // namespace

bool isWordTemplate(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("docx") || suffix == QLatin1String("dotx");
}

QList<Placeholder> placeholdersFor(const Plan &plan, const QString &language)
{
    const PlanInfo &i = plan.info;
    const QString lang = language.isEmpty() ? i.language : language;
    QString period;
    if (i.periodStart || i.periodEnd)
        period = QStringLiteral("%1–%2").arg(i.periodStart ? QString::number(*i.periodStart) : QString(), i.periodEnd ? QString::number(*i.periodEnd) : QString());
    const QString adopted = formatDate(lang, i.adoptedDate);
    return {
        {{QStringLiteral("Tittel"), QStringLiteral("Title")}, i.title},
        {{QStringLiteral("Undertittel"), QStringLiteral("Subtitle")}, i.subtitle},
        {{QStringLiteral("STIKKTITTEL"), QStringLiteral("Stikktittel")}, i.shortTitle.isEmpty() ? codeLabel(lang, "planType", i.planType) : i.shortTitle},
        {{QStringLiteral("Plantype")}, codeLabel(lang, "planType", i.planType)},
        {{QStringLiteral("Dato"), QStringLiteral("Dato vedtatt"), QStringLiteral("Vedtaksdato"), QStringLiteral("Date")}, adopted},
        {{QStringLiteral("nnnn/nn"), QStringLiteral("Saksnummer"), QStringLiteral("Saksnr")}, i.caseNumber},
        {{QStringLiteral("Vedtatt av"), QStringLiteral("Adopted by")}, i.adoptedBy},
        {{QStringLiteral("Forfatter"), QStringLiteral("Author")}, i.author.isEmpty() ? i.organisation : i.author},
        {{QStringLiteral("Eier/virksomhet"), QStringLiteral("Eier"), QStringLiteral("Virksomhet"), QStringLiteral("Owner")}, i.owner.isEmpty() ? i.organisation : i.owner},
        {{QStringLiteral("Organisasjon"), QStringLiteral("Fylkeskommune"), QStringLiteral("Organisation")}, i.organisation},
        {{QStringLiteral("Type dokument"), QStringLiteral("Dokumenttype"), QStringLiteral("Document type")}, i.documentType},
        {{QStringLiteral("Riktig kreditering av fotograf"), QStringLiteral("Fotograf"), QStringLiteral("Photo credit")}, i.photoCredit},
        {{QStringLiteral("Periode"), QStringLiteral("Period")}, period},
        {{QStringLiteral("Status")}, codeLabel(lang, "status", i.status)},
        {{QStringLiteral("Nettside"), QStringLiteral("Website")}, i.website},
    };
}

FilledTemplate fillWordTemplate(const Plan &plan, const QString &templatePath, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly))
        throw PlanError(templatePath, {}, file.exists() ? QStringLiteral("cannot be read: %1").arg(file.errorString()) : QStringLiteral("no such file"));
    if (file.size() > 64LL * 1024 * 1024)
        throw PlanError(templatePath, {}, QStringLiteral("is larger than 64 MB: too large for a document template"));
    const QByteArray bytes = file.readAll();
    QList<ZipEntry> entries = readZip(bytes, templatePath);
    auto find = [&entries](const QString &name) -> ZipEntry * {
        for (ZipEntry &e : entries)
            if (e.name == name)
                return &e;
        return nullptr;
    };
    ZipEntry *documentEntry = find(kDocumentPart);
    ZipEntry *typesEntry = find(QStringLiteral("[Content_Types].xml"));
    if (!documentEntry || !typesEntry)
        throw PlanError(templatePath, {}, QStringLiteral("is not a Word document (it has no %1)").arg(kDocumentPart));
    auto parsePart = [&templatePath](const ZipEntry &e) { return parseXml(e.bytes, templatePath + QStringLiteral(" (") + e.name + ')'); };
    XmlNode document = parsePart(*documentEntry);
    XmlNode *root = document.child("w:document");
    XmlNode *body = root ? root->child("w:body") : nullptr;
    if (!body)
        throw PlanError(templatePath, {}, QStringLiteral("is not a Word document (%1 has no w:body)").arg(kDocumentPart));
    {
        std::vector<XmlNode *> ps;
        paragraphs(*body, ps);
        bool marker = false;
        for (XmlNode *p : ps)
            marker = marker || paragraphText(*p).simplified().compare('[' + kContentsMarker + ']', Qt::CaseInsensitive) == 0;
        if (!marker)
            throw PlanError(templatePath, {}, QStringLiteral("has no paragraph [%1]: write it on a line of its own where the plan's chapters go").arg(kContentsMarker));
    }

    // The plan's chapters, from the same layout as the PDF: what comes after the contents.
    const DocStructure full = docStructureOf(plan, templates, language, progress);
    const DocStructure chapters = chaptersOf(full);

    // The template's own styles, where it has them; Planverk's where not.
    ZipEntry *stylesEntry = find(QStringLiteral("word/styles.xml"));
    XmlNode styles = stylesEntry ? parsePart(*stylesEntry) : XmlNode{};
    const QList<StyleInfo> known = stylesOf(styles);
    DocxStyles ids;
    const DocxStyles mine;
    QSet<QString> needed;
    auto pick = [&](QString &role, const QString &own, const QString &found) {
        role = found.isEmpty() ? own : found;
        if (found.isEmpty())
            needed.insert(own);
    };
    for (int l = 0; l < 4; ++l)
        pick(ids.heading[l], mine.heading[l], findStyle(known, "paragraph", {QStringLiteral("heading %1").arg(l + 1), QStringLiteral("overskrift %1").arg(l + 1)}, l));
    const QString normal = findStyle(known, "paragraph", {QStringLiteral("normal")});
    pick(ids.body, mine.body, findStyle(known, "paragraph", {QStringLiteral("body text"), QStringLiteral("brødtekst")}));
    pick(ids.listParagraph, mine.listParagraph, findStyle(known, "paragraph", {QStringLiteral("list paragraph"), QStringLiteral("listeavsnitt")}));
    pick(ids.tableText, mine.tableText, findStyle(known, "paragraph", {QStringLiteral("table text"), QStringLiteral("tabelltekst")}));
    pick(ids.table, mine.table, findStyle(known, "table", {QStringLiteral("table grid"), QStringLiteral("tabellrutenett")}));
    pick(ids.hyperlink, mine.hyperlink, findStyle(known, "character", {QStringLiteral("hyperlink")}));
    if (XmlNode *stylesRoot = styles.child("w:styles")) {
        QSet<QString> present;
        for (const StyleInfo &s : known)
            present.insert(s.id);
        std::vector<XmlNode> own = fragment(QStringLiteral("w:styles"), [&](QXmlStreamWriter &x) { writeDocxStyles(x, full.languageTag, false); });
        for (XmlNode &s : own) {
            const QString id = s.attribute("w:styleId");
            if (!needed.contains(id) || present.contains(id))
                continue;
            if (XmlNode *basedOn = s.child("w:basedOn"); basedOn && basedOn->attribute("w:val") == QLatin1String("Normal") && !normal.isEmpty())
                basedOn->setAttribute(QStringLiteral("w:val"), normal);
            stylesRoot->children.push_back(std::move(s));
        }
        stylesEntry->bytes = writeXml(styles);
    }

    // Numbering: Planverk's lists after the template's own.
    ZipEntry *numberingEntry = find(QStringLiteral("word/numbering.xml"));
    XmlNode numbering;
    if (numberingEntry) {
        numbering = parsePart(*numberingEntry);
    } else {
        numbering.kind = XmlNode::Kind::Document;
        XmlNode r = element(QStringLiteral("w:numbering"), {{QStringLiteral("xmlns:w"), ooxml::w}});
        numbering.children.push_back(r);
    }
    XmlNode *numberingRoot = numbering.child("w:numbering");
    if (!numberingRoot)
        throw PlanError(templatePath, {}, QStringLiteral("word/numbering.xml is not a Word numbering part"));
    const int abstractBase = maxIdBelow(*numberingRoot, "w:abstractNum", "w:abstractNumId") + 1;
    const int numBase = maxIdBelow(*numberingRoot, "w:num", "w:numId") + 1;

    // Placeholders first (the plan's own text may hold brackets), then the chapters at the marker.
    const QList<Placeholder> values = placeholdersFor(plan, language);
    Filler filler(values);
    filler.fill(*body);
    DocxBody docxBody(chapters, ids, kDocxTextWidth, QStringLiteral("rIdPlanverk"), numBase, 100000);
    std::vector<XmlNode> content = fragment(QStringLiteral("w:body"), [&](QXmlStreamWriter &x) { docxBody.write(x, false); });
    replaceMarker(*body, content);
    if (!root->attributes.hasAttribute(QStringLiteral("xmlns:r")))
        root->setAttribute(QStringLiteral("xmlns:r"), ooxml::r);

    std::vector<XmlNode> abstracts = fragment(QStringLiteral("w:numbering"), [&](QXmlStreamWriter &x) { docxBody.writeAbstractNumbering(x, abstractBase); });
    std::vector<XmlNode> nums = fragment(QStringLiteral("w:numbering"), [&](QXmlStreamWriter &x) { docxBody.writeNumberingInstances(x, abstractBase); });
    {
        auto &kids = numberingRoot->children;
        auto firstNum = std::find_if(kids.begin(), kids.end(), [](const XmlNode &n) { return n.is("w:num") || n.is("w:numIdMacAtCleanup"); });
        const qsizetype at = firstNum - kids.begin();
        kids.insert(kids.begin() + at, std::make_move_iterator(abstracts.begin()), std::make_move_iterator(abstracts.end()));
        auto cleanup = std::find_if(kids.begin(), kids.end(), [](const XmlNode &n) { return n.is("w:numIdMacAtCleanup"); });
        kids.insert(cleanup, std::make_move_iterator(nums.begin()), std::make_move_iterator(nums.end()));
    }

    // Placeholders in headers, footers, and the document properties.
    documentEntry->bytes = writeXml(document);
    for (ZipEntry &e : entries) {
        static const QRegularExpression headerFooter(QStringLiteral("^word/(header|footer)\\d*\\.xml$"));
        if (headerFooter.match(e.name).hasMatch()) {
            XmlNode part = parsePart(e);
            filler.fill(part);
            e.bytes = writeXml(part);
        } else if (e.name == QLatin1String("docProps/core.xml")) {
            XmlNode part = parsePart(e);
            filler.fillText(part);
            if (XmlNode *core = part.child("cp:coreProperties")) {
                for (auto [prefix, uri] : {std::pair{"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
                                           {"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}})
                    if (!core->attributes.hasAttribute(QLatin1String(prefix)))
                        core->setAttribute(QLatin1String(prefix), QLatin1String(uri));
                auto set = [core](const char *name, const QString &value) {
                    if (value.isEmpty())
                        return;
                    XmlNode *el = core->child(name);
                    if (!el) {
                        core->children.push_back(element(QLatin1String(name), {}));
                        el = &core->children.back();
                    }
                    XmlNode t;
                    t.kind = XmlNode::Kind::Text;
                    t.text = value;
                    el->children = {t};
                };
                set("dc:title", full.title);
                set("dc:subject", full.subject);
                set("dc:creator", full.author);
                set("cp:keywords", full.keywords.join(QStringLiteral(", ")));
            }
            e.bytes = writeXml(part);
        }
    }

    // The parts the chapters need: relationships, pictures, numbering, content types.
    const QString relsName = QStringLiteral("word/_rels/document.xml.rels");
    ZipEntry *relsEntry = find(relsName);
    if (!relsEntry) {
        entries.append({relsName, QByteArray()});
        relsEntry = &entries.last();
        XmlNode empty;
        empty.kind = XmlNode::Kind::Document;
        empty.children.push_back(element(QStringLiteral("Relationships"), {{QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships")}}));
        relsEntry->bytes = writeXml(empty);
    }
    XmlNode rels = parsePart(*relsEntry);
    XmlNode *relsRoot = rels.child("Relationships");
    if (!relsRoot)
        throw PlanError(templatePath, {}, QStringLiteral("%1 is not a relationships part").arg(relsName));
    for (const DocxRelation &r : docxBody.relations()) {
        XmlNode rel = element(QStringLiteral("Relationship"), {{QStringLiteral("Id"), r.id}, {QStringLiteral("Type"), r.type}, {QStringLiteral("Target"), r.target}});
        if (r.external)
            rel.attributes.append(QStringLiteral("TargetMode"), QStringLiteral("External"));
        relsRoot->children.push_back(rel);
    }
    XmlNode types = parsePart(*typesEntry);
    XmlNode *typesRoot = types.child("Types");
    if (!typesRoot)
        throw PlanError(templatePath, {}, QStringLiteral("[Content_Types].xml is not a content types part"));
    bool hasPng = false;
    for (XmlNode &t : typesRoot->children) {
        if (t.is("Default") && t.attribute("Extension").toLower() == QLatin1String("png"))
            hasPng = true;
        if (t.is("Override") && t.attribute("ContentType") == kTemplateMain) // a .dotx makes a .docx
            t.setAttribute(QStringLiteral("ContentType"), kDocumentMain);
    }
    if (!hasPng)
        typesRoot->children.insert(typesRoot->children.begin(),
                                   element(QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("png")}, {QStringLiteral("ContentType"), QStringLiteral("image/png")}}));
    if (!numberingEntry) {
        typesRoot->children.push_back(element(QStringLiteral("Override"), {{QStringLiteral("PartName"), QStringLiteral("/word/numbering.xml")},
                                                                           {QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")}}));
        relsRoot->children.push_back(element(QStringLiteral("Relationship"), {{QStringLiteral("Id"), QStringLiteral("rIdPlanverkNumbering")},
                                                                              {QStringLiteral("Type"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering")},
                                                                              {QStringLiteral("Target"), QStringLiteral("numbering.xml")}}));
        entries.append({QStringLiteral("word/numbering.xml"), QByteArray()});
    }
    find(QStringLiteral("word/numbering.xml"))->bytes = writeXml(numbering);
    find(relsName)->bytes = writeXml(rels);
    find(QStringLiteral("[Content_Types].xml"))->bytes = writeXml(types);

    ZipWriter zip;
    for (const ZipEntry &e : std::as_const(entries))
        zip.add(e.name, e.bytes);
    for (const auto &[name, png] : docxBody.media())
        zip.add(QStringLiteral("word/") + name, png, true);
    FilledTemplate out;
    out.document = zip.finish();
    out.unknownPlaceholders = filler.unknown();
    return out;
}

} // namespace planverk
