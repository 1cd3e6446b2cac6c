#include "render/odttemplate.h"

#include "io/ziparchive.h"
#include "model/planerror.h"
#include "render/docxwriter.h"
#include "render/odtwriter.h"
#include "render/placeholderfiller.h"
#include "render/xmltree.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace planverk {

namespace {

const QByteArray kTextType = "application/vnd.oasis.opendocument.text";

bool isParagraph(const XmlNode &n) { return n.is("text:p") || n.is("text:h"); }

void paragraphs(XmlNode &n, std::vector<XmlNode *> &out)
{
    for (XmlNode &c : n.children) {
        if (c.kind != XmlNode::Kind::Element)
            continue;
        if (isParagraph(c))
            out.push_back(&c);
        paragraphs(c, out);
    }
}

// The text pieces of a paragraph in order, through spans and links; a tab,
// a space element, a line break or a field ends a sequence (a null).
void pieces(XmlNode &n, std::vector<XmlNode *> &out)
{
    for (XmlNode &c : n.children) {
        if (c.kind == XmlNode::Kind::Text) {
            out.push_back(&c);
        } else if (c.kind == XmlNode::Kind::Element) {
            if (c.is("text:span") || c.is("text:a"))
                pieces(c, out);
            else if (!c.name.startsWith(QLatin1String("text:bookmark")))
                out.push_back(nullptr);
        }
    }
}

QString textOf(XmlNode &p)
{
    std::vector<XmlNode *> ps;
    pieces(p, ps);
    QString t;
    for (XmlNode *x : ps)
        if (x)
            t += x->text;
    return t;
}

bool isMarker(XmlNode &p) { return isParagraph(p) && textOf(p).simplified().compare('[' + kContentsMarker + ']', Qt::CaseInsensitive) == 0; }

void fillParagraphs(XmlNode &root, PlaceholderFiller &filler)
{
    std::vector<XmlNode *> ps;
    paragraphs(root, ps);
    for (XmlNode *p : ps) {
        std::vector<XmlNode *> all;
        pieces(*p, all);
        std::vector<XmlNode *> run;
        auto flush = [&] {
            if (run.empty())
                return;
            QStringList texts;
            for (XmlNode *t : run)
                texts << t->text;
            QList<bool> changed;
            filler.fill(texts, changed);
            for (size_t i = 0; i < run.size(); ++i)
                if (changed[qsizetype(i)])
                    run[i]->text = texts[qsizetype(i)];
            run.clear();
        };
        for (XmlNode *x : all) {
            if (x)
                run.push_back(x);
            else
                flush();
        }
        flush();
    }
}

void fillAllText(XmlNode &n, PlaceholderFiller &filler)
{
    if (n.kind == XmlNode::Kind::Text) {
        n.text = filler.filled(n.text);
        return;
    }
    for (XmlNode &c : n.children)
        fillAllText(c, filler);
}

XmlNode *findPath(XmlNode &n, std::initializer_list<const char *> path)
{
    XmlNode *at = &n;
    for (const char *p : path) {
        at = at->child(p);
        if (!at)
            return nullptr;
    }
    return at;
}

bool replaceMarker(XmlNode &n, std::vector<XmlNode> &content)
{
    for (size_t i = 0; i < n.children.size(); ++i) {
        XmlNode &c = n.children[i];
        if (c.kind != XmlNode::Kind::Element)
            continue;
        if (isMarker(c)) {
            n.children.erase(n.children.begin() + qsizetype(i));
            n.children.insert(n.children.begin() + qsizetype(i), std::make_move_iterator(content.begin()), std::make_move_iterator(content.end()));
            return true;
        }
        if (!isParagraph(c) && replaceMarker(c, content))
            return true;
    }
    return false;
}

// Renames the styles (and tables) the chapters refer to.
void rename(XmlNode &n, const QHash<QString, QString> &names)
{
    if (n.kind != XmlNode::Kind::Element)
        return;
    for (const QXmlStreamAttribute &a : QXmlStreamAttributes(n.attributes)) {
        const QString q = a.qualifiedName().toString();
        if ((q.endsWith(QLatin1String("style-name")) || q == QLatin1String("style:name") || q == QLatin1String("table:name")) && names.contains(a.value().toString()))
            n.setAttribute(q, names.value(a.value().toString()));
    }
    for (XmlNode &c : n.children)
        rename(c, names);
}

QString styleName(const XmlNode &s) { return s.attribute("style:name"); }

} // namespace

bool isOdfTemplate(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("odt") || suffix == QLatin1String("ott");
}

FilledTemplate fillOdfTemplate(const Plan &plan, const QString &templatePath, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly))
        throw PlanError(templatePath, {}, file.exists() ? QStringLiteral("cannot be read: %1").arg(file.errorString()) : QStringLiteral("no such file"));
    if (file.size() > 64LL * 1024 * 1024)
        throw PlanError(templatePath, {}, QStringLiteral("is larger than 64 MB: too large for a document template"));
    QList<ZipEntry> entries = readZip(file.readAll(), templatePath);
    auto find = [&entries](const char *name) -> ZipEntry * {
        for (ZipEntry &e : entries)
            if (e.name == QLatin1String(name))
                return &e;
        return nullptr;
    };
    if (!find("mimetype") || !find("mimetype")->bytes.startsWith(kTextType) || !find("content.xml"))
        throw PlanError(templatePath, {}, QStringLiteral("is not an OpenDocument text (no mimetype %1 and content.xml)").arg(QString::fromLatin1(kTextType)));
    auto parsePart = [&templatePath](const ZipEntry &e) { return parseXml(e.bytes, templatePath + QStringLiteral(" (") + e.name + ')'); };
    XmlNode content = parsePart(*find("content.xml"));
    XmlNode *text = findPath(content, {"office:document-content", "office:body", "office:text"});
    if (!text)
        throw PlanError(templatePath, {}, QStringLiteral("is not an OpenDocument text (content.xml has no office:text)"));
    {
        std::vector<XmlNode *> ps;
        paragraphs(*text, ps);
        if (std::none_of(ps.begin(), ps.end(), [](XmlNode *p) { return isMarker(*p); }))
            throw PlanError(templatePath, {}, QStringLiteral("has no paragraph [%1]: write it on a line of its own where the plan's chapters go").arg(kContentsMarker));
    }

    // The chapters, as Planverk's own ODT would have them: what comes after the contents.
    const DocStructure full = docStructureOf(plan, templates, language, progress);
    const DocStructure chapters = chaptersOf(full);
    const QList<ZipEntry> own = readZip(writeOdt(chapters), QStringLiteral("(Planverk)"));
    auto ownPart = [&own](const char *name) {
        for (const ZipEntry &e : own)
            if (e.name == QLatin1String(name))
                return parseXml(e.bytes, QStringLiteral("(Planverk)"));
        return XmlNode{};
    };
    XmlNode ownContent = ownPart("content.xml");
    XmlNode ownStyles = ownPart("styles.xml");

    // The template's styles by name; a heading style found by its outline level.
    ZipEntry *stylesEntry = find("styles.xml");
    XmlNode styles = stylesEntry ? parsePart(*stylesEntry) : XmlNode{};
    XmlNode *templateStyles = findPath(styles, {"office:document-styles", "office:styles"});
    QSet<QString> present;
    QHash<int, QString> byOutline;
    if (templateStyles)
        for (XmlNode &s : templateStyles->children) {
            present.insert(styleName(s));
            if (const int level = s.attribute("style:default-outline-level").toInt(); level > 0 && !byOutline.contains(level))
                byOutline.insert(level, styleName(s));
        }
    QHash<QString, QString> names;
    for (int l = 1; l <= 4; ++l) {
        const QString mine = QStringLiteral("Heading_20_%1").arg(l);
        if (!present.contains(mine) && byOutline.contains(l))
            names.insert(mine, byOutline.value(l));
    }
    // Does the marker paragraph start a page (a page break before it, or a page style of its own)?
    bool markerBreaks = false;
    {
        std::vector<XmlNode *> ps;
        paragraphs(*text, ps);
        const auto marker = std::find_if(ps.begin(), ps.end(), [](XmlNode *p) { return isMarker(*p); });
        const QString style = (*marker)->attribute("text:style-name");
        if (XmlNode *a = findPath(content, {"office:document-content", "office:automatic-styles"}))
            for (XmlNode &s : a->children)
                if (s.is("style:style") && styleName(s) == style) {
                    XmlNode *pp = s.child("style:paragraph-properties");
                    markerBreaks = !s.attribute("style:master-page-name").isEmpty()
                                || (pp && (pp->attribute("fo:break-before") == QLatin1String("page")));
                }
    }
    // Automatic styles and tables get names of their own; a chapter never opens the cover's page style.
    XmlNode *ownAutomatic = findPath(ownContent, {"office:document-content", "office:automatic-styles"});
    QList<XmlNode> automatic;
    if (ownAutomatic)
        for (XmlNode &s : ownAutomatic->children)
            if (s.kind == XmlNode::Kind::Element) {
                if (styleName(s).startsWith(QLatin1String("First_")))
                    names.insert(styleName(s), markerBreaks ? QStringLiteral("Planverk_Break_") + styleName(s).mid(6) : styleName(s).mid(6));
                else
                    names.insert(styleName(s), QStringLiteral("Planverk_") + styleName(s));
            }
    if (ownAutomatic)
        for (XmlNode &s : ownAutomatic->children)
            if (s.kind == XmlNode::Kind::Element && !styleName(s).startsWith(QLatin1String("First_"))) {
                rename(s, names);
                automatic.append(s);
            }
    XmlNode *ownText = findPath(ownContent, {"office:document-content", "office:body", "office:text"});
    std::vector<XmlNode> body;
    if (ownText)
        for (XmlNode &n : ownText->children)
            if (n.kind == XmlNode::Kind::Element) {
                if (n.is("table:table"))
                    n.setAttribute(QStringLiteral("table:name"), QStringLiteral("Planverk_") + n.attribute("table:name"));
                rename(n, names);
                body.push_back(n);
            }

    // Placeholders first (the plan's own text may hold brackets), then the chapters.
    PlaceholderFiller filler(placeholdersFor(plan, language));
    fillParagraphs(*text, filler);
    replaceMarker(*text, body);
    XmlNode *contentRoot = content.child("office:document-content");
    XmlNode *automaticStyles = contentRoot->child("office:automatic-styles");
    if (!automaticStyles) {
        XmlNode a;
        a.name = QStringLiteral("office:automatic-styles");
        auto at = std::find_if(contentRoot->children.begin(), contentRoot->children.end(), [](const XmlNode &n) { return n.is("office:body"); });
        automaticStyles = &*contentRoot->children.insert(at, a);
    }
    for (const XmlNode &s : automatic)
        automaticStyles->children.push_back(s);
    find("content.xml")->bytes = writeXml(content);

    // Styles the template lacks, from Planverk's; headers and footers filled.
    if (templateStyles) {
        if (XmlNode *mine = findPath(ownStyles, {"office:document-styles", "office:styles"}))
            for (XmlNode &s : mine->children)
                if (s.kind == XmlNode::Kind::Element && !s.is("style:default-style") && !present.contains(styleName(s)))
                    templateStyles->children.push_back(s);
        if (XmlNode *master = findPath(styles, {"office:document-styles", "office:master-styles"}))
            fillParagraphs(*master, filler);
        stylesEntry->bytes = writeXml(styles);
    }
    if (ZipEntry *metaEntry = find("meta.xml")) {
        XmlNode meta = parsePart(*metaEntry);
        fillAllText(meta, filler);
        if (XmlNode *root = meta.child("office:document-meta"); root && !root->attributes.hasAttribute(QStringLiteral("xmlns:dc")))
            root->setAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        if (XmlNode *m = findPath(meta, {"office:document-meta", "office:meta"})) {
            auto set = [m](const char *name, const QString &value) {
                XmlNode *el = m->child(name);
                if (!el) {
                    XmlNode e;
                    e.name = QLatin1String(name);
                    m->children.push_back(e);
                    el = &m->children.back();
                }
                XmlNode t;
                t.kind = XmlNode::Kind::Text;
                t.text = value;
                el->children = {t};
            };
            set("dc:title", full.title);
            set("dc:subject", full.subject);
            set("dc:creator", full.author);
        }
        metaEntry->bytes = writeXml(meta);
    }

    // Pictures, and the manifest; a template (.ott) makes a text (.odt).
    QList<std::pair<QString, QByteArray>> pictures;
    for (const ZipEntry &e : own)
        if (e.name.startsWith(QLatin1String("Pictures/planverk")))
            pictures.append({e.name, e.bytes});
    if (ZipEntry *manifestEntry = find("META-INF/manifest.xml")) {
        XmlNode manifest = parsePart(*manifestEntry);
        if (XmlNode *root = manifest.child("manifest:manifest")) {
            for (XmlNode &e : root->children)
                if (e.is("manifest:file-entry") && e.attribute("manifest:full-path") == QLatin1String("/"))
                    e.setAttribute(QStringLiteral("manifest:media-type"), QString::fromLatin1(kTextType));
            for (const auto &[path, bytes] : pictures) {
                XmlNode e;
                e.name = QStringLiteral("manifest:file-entry");
                e.attributes.append(QStringLiteral("manifest:full-path"), path);
                e.attributes.append(QStringLiteral("manifest:media-type"), QStringLiteral("image/png"));
                root->children.push_back(e);
            }
        }
        manifestEntry->bytes = writeXml(manifest);
    }
    find("mimetype")->bytes = kTextType;

    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), kTextType, true); // first and stored
    for (const ZipEntry &e : std::as_const(entries))
        if (e.name != QLatin1String("mimetype"))
            zip.add(e.name, e.bytes);
    for (const auto &[path, bytes] : pictures)
        zip.add(path, bytes, true);
    FilledTemplate out;
    out.document = zip.finish();
    out.unknownPlaceholders = filler.unknown();
    return out;
}

} // namespace planverk
