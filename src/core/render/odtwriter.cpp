#include "render/odtwriter.h"

#include "io/ziparchive.h"
#include "render/docxwriter.h"
#include "version.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

namespace planverk {

namespace {

const QString kTextWidthMm = QStringLiteral("166mm"); // A4 less 22 mm on each side

const std::pair<const char *, const char *> kNamespaces[] = {
    {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
    {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
    {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
};

template<class F>
QByteArray part(const char *root, F &&content)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    x.writeStartDocument(QStringLiteral("1.0"));
    x.writeStartElement(QLatin1String(root));
    for (const auto &[k, v] : kNamespaces)
        x.writeAttribute(QLatin1String(k), QLatin1String(v));
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    content(x);
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

void attrs(QXmlStreamWriter &x, std::initializer_list<std::pair<const char *, QString>> list)
{
    for (const auto &[k, v] : list)
        x.writeAttribute(QLatin1String(k), v);
}

// A paragraph style of office:styles.
void paragraphStyle(QXmlStreamWriter &x, const QString &name, const QString &display, const QString &parent, const QString &next,
                    std::initializer_list<std::pair<const char *, QString>> paragraph, std::initializer_list<std::pair<const char *, QString>> text,
                    int outlineLevel = 0, const char *styleClass = "text")
{
    x.writeStartElement(QStringLiteral("style:style"));
    attrs(x, {{"style:name", name}, {"style:display-name", display}, {"style:family", QStringLiteral("paragraph")}});
    if (!parent.isEmpty())
        x.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    if (!next.isEmpty())
        x.writeAttribute(QStringLiteral("style:next-style-name"), next);
    if (outlineLevel > 0)
        x.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(outlineLevel));
    x.writeAttribute(QStringLiteral("style:class"), QLatin1String(styleClass));
    if (paragraph.size() > 0) {
        x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attrs(x, paragraph);
    }
    if (text.size() > 0) {
        x.writeEmptyElement(QStringLiteral("style:text-properties"));
        attrs(x, text);
    }
    x.writeEndElement();
}

QString styleOfHeading(int level) { return QStringLiteral("Heading_20_%1").arg(level); }

void collectTables(const std::vector<DocNode> &nodes, QList<const DocNode *> &out)
{
    for (const DocNode &n : nodes) {
        if (n.type == DocNode::Type::Table)
            out << &n;
        for (const auto &row : n.rows)
            for (const auto &cell : row)
                collectTables(cell, out);
    }
}

void collectBookmarks(const std::vector<DocNode> &nodes, QSet<QString> &out)
{
    for (const DocNode &n : nodes) {
        for (const QString &b : n.bookmarks)
            out.insert(b);
        collectBookmarks(n.items, out);
        for (const auto &row : n.rows)
            for (const auto &cell : row)
                collectBookmarks(cell, out);
    }
}

class OdtBody
{
public:
    explicit OdtBody(const DocStructure &doc) : m_doc(doc)
    {
        collectTables(doc.body, m_tables);
        collectBookmarks(doc.body, m_bookmarked);
    }

    void automaticStyles(QXmlStreamWriter &x)
    {
        auto span = [&x](const char *name, bool bold, bool italic) {
            x.writeStartElement(QStringLiteral("style:style"));
            attrs(x, {{"style:name", QLatin1String(name)}, {"style:family", QStringLiteral("text")}});
            x.writeEmptyElement(QStringLiteral("style:text-properties"));
            if (bold)
                attrs(x, {{"fo:font-weight", QStringLiteral("bold")}, {"style:font-weight-complex", QStringLiteral("bold")}});
            if (italic)
                attrs(x, {{"fo:font-style", QStringLiteral("italic")}, {"style:font-style-complex", QStringLiteral("italic")}});
            x.writeEndElement();
        };
        span("T_Bold", true, false);
        span("T_Italic", false, true);
        span("T_BoldItalic", true, true);
        // The first paragraph opens the cover page (no footer); page breaks before headings.
        for (const QString &parent : {QStringLiteral("Standard"), QStringLiteral("Text_20_body"), QStringLiteral("Title"), styleOfHeading(1),
                                      styleOfHeading(2), QStringLiteral("Contents_20_Heading")}) {
            for (const bool first : {true, false}) {
                x.writeStartElement(QStringLiteral("style:style"));
                attrs(x, {{"style:name", (first ? QStringLiteral("First_") : QStringLiteral("Break_")) + parent},
                          {"style:family", QStringLiteral("paragraph")},
                          {"style:parent-style-name", parent}});
                if (first)
                    x.writeAttribute(QStringLiteral("style:master-page-name"), QStringLiteral("First_20_Page"));
                x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
                x.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
                x.writeEndElement();
            }
        }
        for (const char *cell : {"Cell", "HeaderCell"}) {
            x.writeStartElement(QStringLiteral("style:style"));
            attrs(x, {{"style:name", QLatin1String(cell)}, {"style:family", QStringLiteral("table-cell")}});
            x.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            attrs(x, {{"fo:border", QStringLiteral("0.5pt solid #8899aa")}, {"fo:padding", QStringLiteral("0.8mm")}});
            if (cell[0] == 'H')
                x.writeAttribute(QStringLiteral("fo:background-color"), QStringLiteral("#e8eef4"));
            x.writeEndElement();
        }
        for (int t = 0; t < m_tables.size(); ++t) {
            const QString name = QStringLiteral("Tabell%1").arg(t + 1);
            x.writeStartElement(QStringLiteral("style:style"));
            attrs(x, {{"style:name", name}, {"style:family", QStringLiteral("table")}});
            x.writeEmptyElement(QStringLiteral("style:table-properties"));
            attrs(x, {{"style:width", kTextWidthMm}, {"table:align", QStringLiteral("margins")}, {"fo:margin-bottom", QStringLiteral("2mm")}});
            x.writeEndElement();
            const QList<double> &widths = m_tables[t]->columnWidths;
            for (int c = 0; c < widths.size(); ++c) {
                x.writeStartElement(QStringLiteral("style:style"));
                attrs(x, {{"style:name", QStringLiteral("%1.C%2").arg(name).arg(c + 1)}, {"style:family", QStringLiteral("table-column")}});
                x.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                attrs(x, {{"style:column-width", QStringLiteral("%1mm").arg(166.0 * widths[c], 0, 'f', 2)},
                          {"style:rel-column-width", QStringLiteral("%1*").arg(qRound(widths[c] * 65535))}});
                x.writeEndElement();
            }
        }
        x.writeStartElement(QStringLiteral("style:style"));
        attrs(x, {{"style:name", QStringLiteral("Sect_Contents")}, {"style:family", QStringLiteral("section")}});
        x.writeEmptyElement(QStringLiteral("style:section-properties"));
        x.writeAttribute(QStringLiteral("style:editable"), QStringLiteral("false"));
        x.writeEndElement();
    }

    void write(QXmlStreamWriter &x)
    {
        for (const DocNode &n : m_doc.body)
            node(x, n, false, false);
    }

    const QList<std::pair<QString, QByteArray>> &pictures() const { return m_pictures; }

private:
    // The paragraph style, with the cover's master page or a page break when one is due.
    QString styleFor(const QString &style)
    {
        static const QSet<QString> breakable = {QStringLiteral("Standard"), QStringLiteral("Text_20_body"), QStringLiteral("Title"),
                                                styleOfHeading(1), styleOfHeading(2), QStringLiteral("Contents_20_Heading")};
        if (m_first) {
            m_first = false;
            m_pageBreak = false;
            if (breakable.contains(style))
                return QStringLiteral("First_") + style;
        }
        if (m_pageBreak && breakable.contains(style)) {
            m_pageBreak = false;
            return QStringLiteral("Break_") + style;
        }
        return style;
    }

    void characters(QXmlStreamWriter &x, const QString &t)
    {
        // ODF collapses runs of spaces: the second and later are <text:s/>.
        int spaces = 0;
        QString pending;
        auto flush = [&] {
            if (!pending.isEmpty())
                x.writeCharacters(pending);
            pending.clear();
            if (spaces > 0) {
                x.writeEmptyElement(QStringLiteral("text:s"));
                if (spaces > 1)
                    x.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
            }
            spaces = 0;
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == '\n') {
                flush();
                x.writeEmptyElement(QStringLiteral("text:line-break"));
                m_atStart = true;
            } else if (c == '\t') {
                flush();
                x.writeEmptyElement(QStringLiteral("text:tab"));
            } else if (c == ' ' && (m_atStart || (i > 0 && t.at(i - 1) == ' '))) {
                if (spaces == 0 && !pending.isEmpty()) {
                    x.writeCharacters(pending);
                    pending.clear();
                }
                ++spaces;
            } else {
                if (spaces > 0)
                    flush();
                pending += c;
                m_atStart = false;
            }
        }
        flush();
    }

    void runs(QXmlStreamWriter &x, const QList<DocRun> &list, bool forceBold)
    {
        m_atStart = true;
        for (const DocRun &r : list) {
            const bool link = !r.link.isEmpty() && (!r.internalLink || m_bookmarked.contains(r.link));
            if (link) {
                x.writeStartElement(QStringLiteral("text:a"));
                attrs(x, {{"xlink:type", QStringLiteral("simple")},
                          {"xlink:href", r.internalLink ? '#' + bookmarkName(r.link) : r.link},
                          {"text:style-name", QStringLiteral("Internet_20_link")}});
            }
            const bool bold = r.bold || forceBold;
            const bool styled = bold || r.italic;
            if (styled) {
                x.writeStartElement(QStringLiteral("text:span"));
                x.writeAttribute(QStringLiteral("text:style-name"), bold && r.italic ? QStringLiteral("T_BoldItalic") : bold ? QStringLiteral("T_Bold") : QStringLiteral("T_Italic"));
            }
            characters(x, r.text);
            if (styled)
                x.writeEndElement();
            if (link)
                x.writeEndElement();
        }
    }

    void bookmarks(QXmlStreamWriter &x, const QStringList &anchors, bool start)
    {
        for (const QString &a : anchors) {
            const QString name = bookmarkName(a);
            if (start) {
                if (m_written.contains(name))
                    continue;
                m_written.insert(name);
                m_open.insert(name);
            } else if (!m_open.remove(name)) {
                continue;
            }
            x.writeEmptyElement(start ? QStringLiteral("text:bookmark-start") : QStringLiteral("text:bookmark-end"));
            x.writeAttribute(QStringLiteral("text:name"), name);
        }
    }

    void paragraph(QXmlStreamWriter &x, const QString &style, const DocNode &n, bool forceBold = false)
    {
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), styleFor(style));
        bookmarks(x, n.bookmarks, true);
        runs(x, n.runs, forceBold);
        bookmarks(x, n.bookmarks, false);
        x.writeEndElement();
    }

    void node(QXmlStreamWriter &x, const DocNode &n, bool inCell, bool header)
    {
        switch (n.type) {
        case DocNode::Type::Title: paragraph(x, QStringLiteral("Title"), n); break;
        case DocNode::Type::Subtitle: paragraph(x, QStringLiteral("Subtitle"), n); break;
        case DocNode::Type::Heading: {
            if (inCell) {
                paragraph(x, QStringLiteral("Table_20_Contents"), n, true);
                break;
            }
            const int level = std::clamp(n.level, 1, 4);
            x.writeStartElement(QStringLiteral("text:h"));
            attrs(x, {{"text:style-name", styleFor(styleOfHeading(level))}, {"text:outline-level", QString::number(level)}});
            bookmarks(x, n.bookmarks, true);
            runs(x, n.runs, false);
            bookmarks(x, n.bookmarks, false);
            x.writeEndElement();
            break;
        }
        case DocNode::Type::Paragraph:
            paragraph(x, inCell ? (header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents")) : QStringLiteral("Text_20_body"), n);
            break;
        case DocNode::Type::List: {
            size_t i = 0;
            list(x, n.items, i, 0, header);
            break;
        }
        case DocNode::Type::Table: table(x, n); break;
        case DocNode::Type::Image: image(x, n); break;
        case DocNode::Type::PageBreak: m_pageBreak = true; break;
        case DocNode::Type::Contents: contents(x); break;
        }
    }

    // Items from `i` on at nesting `level` or deeper, as one text:list.
    void list(QXmlStreamWriter &x, const std::vector<DocNode> &items, size_t &i, int level, bool header)
    {
        x.writeStartElement(QStringLiteral("text:list"));
        x.writeAttribute(QStringLiteral("text:style-name"), items[i].ordered ? QStringLiteral("Planverk_20_Numbers") : QStringLiteral("Planverk_20_Bullets"));
        while (i < items.size() && items[i].level >= level) {
            x.writeStartElement(QStringLiteral("text:list-item"));
            if (items[i].level > level) {
                list(x, items, i, level + 1, header);
            } else {
                paragraph(x, QStringLiteral("List_20_Paragraph"), items[i], header);
                ++i;
                if (i < items.size() && items[i].level > level)
                    list(x, items, i, level + 1, header);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    void table(QXmlStreamWriter &x, const DocNode &n)
    {
        const int index = ++m_tableCount;
        if (n.rows.empty() || n.columnWidths.isEmpty())
            return;
        if (m_pageBreak || m_first) { // a page break before a table: in an empty paragraph of its own
            x.writeEmptyElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"), styleFor(QStringLiteral("Standard")));
        }
        const QString name = QStringLiteral("Tabell%1").arg(index);
        x.writeStartElement(QStringLiteral("table:table"));
        attrs(x, {{"table:name", name}, {"table:style-name", name}});
        for (int c = 0; c < n.columnWidths.size(); ++c) {
            x.writeEmptyElement(QStringLiteral("table:table-column"));
            x.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("%1.C%2").arg(name).arg(c + 1));
        }
        for (int r = 0; r < int(n.rows.size()); ++r) {
            const bool header = r < n.headerRows;
            if (r == 0 && header)
                x.writeStartElement(QStringLiteral("table:table-header-rows"));
            x.writeStartElement(QStringLiteral("table:table-row"));
            for (const auto &cell : n.rows[size_t(r)]) {
                x.writeStartElement(QStringLiteral("table:table-cell"));
                attrs(x, {{"table:style-name", header ? QStringLiteral("HeaderCell") : QStringLiteral("Cell")}, {"office:value-type", QStringLiteral("string")}});
                bool wrote = false;
                for (const DocNode &b : cell) {
                    node(x, b, true, header);
                    wrote = wrote || b.type != DocNode::Type::PageBreak;
                }
                if (!wrote) {
                    x.writeEmptyElement(QStringLiteral("text:p"));
                    x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Table_20_Contents"));
                }
                x.writeEndElement();
            }
            x.writeEndElement(); // row
            if (header && r == n.headerRows - 1)
                x.writeEndElement(); // header rows
        }
        x.writeEndElement();
    }

    void image(QXmlStreamWriter &x, const DocNode &n)
    {
        if (n.png.isEmpty())
            return;
        const QString path = QStringLiteral("Pictures/planverk%1.png").arg(m_pictures.size() + 1);
        m_pictures.append({path, n.png});
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), styleFor(QStringLiteral("Standard")));
        x.writeStartElement(QStringLiteral("draw:frame"));
        attrs(x, {{"draw:name", QStringLiteral("Bilde%1").arg(m_pictures.size())},
                  {"text:anchor-type", QStringLiteral("as-char")},
                  {"svg:width", QStringLiteral("%1pt").arg(n.size.width(), 0, 'f', 1)},
                  {"svg:height", QStringLiteral("%1pt").arg(n.size.height(), 0, 'f', 1)}});
        x.writeEmptyElement(QStringLiteral("draw:image"));
        attrs(x, {{"xlink:href", path}, {"xlink:type", QStringLiteral("simple")}, {"xlink:show", QStringLiteral("embed")}, {"xlink:actuate", QStringLiteral("onLoad")}});
        if (!n.alt.isEmpty()) {
            x.writeTextElement(QStringLiteral("svg:title"), n.alt);
            x.writeTextElement(QStringLiteral("svg:desc"), n.alt);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    void contents(QXmlStreamWriter &x)
    {
        x.writeStartElement(QStringLiteral("text:table-of-content"));
        attrs(x, {{"text:style-name", QStringLiteral("Sect_Contents")}, {"text:protected", QStringLiteral("true")}, {"text:name", m_doc.contentsLabel}});
        x.writeStartElement(QStringLiteral("text:table-of-content-source"));
        attrs(x, {{"text:outline-level", QStringLiteral("2")}, {"text:use-index-marks", QStringLiteral("false")}});
        x.writeStartElement(QStringLiteral("text:index-title-template"));
        x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Contents_20_Heading"));
        x.writeCharacters(m_doc.contentsLabel);
        x.writeEndElement();
        for (int level = 1; level <= 2; ++level) {
            x.writeStartElement(QStringLiteral("text:table-of-content-entry-template"));
            attrs(x, {{"text:outline-level", QString::number(level)}, {"text:style-name", QStringLiteral("Contents_20_%1").arg(level)}});
            x.writeEmptyElement(QStringLiteral("text:index-entry-link-start"));
            x.writeEmptyElement(QStringLiteral("text:index-entry-text"));
            x.writeEmptyElement(QStringLiteral("text:index-entry-tab-stop"));
            attrs(x, {{"style:type", QStringLiteral("right")}, {"style:leader-char", QStringLiteral(".")}});
            x.writeEmptyElement(QStringLiteral("text:index-entry-page-number"));
            x.writeEmptyElement(QStringLiteral("text:index-entry-link-end"));
            x.writeEndElement();
        }
        x.writeEndElement(); // source
        x.writeStartElement(QStringLiteral("text:index-body"));
        x.writeStartElement(QStringLiteral("text:index-title"));
        attrs(x, {{"text:style-name", QStringLiteral("Sect_Contents")}, {"text:name", m_doc.contentsLabel + QStringLiteral("_Head")}});
        m_pageBreak = true;
        DocNode heading;
        heading.runs = {DocRun::plain(m_doc.contentsLabel)};
        paragraph(x, QStringLiteral("Contents_20_Heading"), heading);
        x.writeEndElement();
        for (const DocNode &n : m_doc.body) {
            if (n.type != DocNode::Type::Heading || n.level > 2 || n.bookmarks.isEmpty())
                continue;
            x.writeStartElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Contents_20_%1").arg(n.level));
            x.writeStartElement(QStringLiteral("text:a"));
            attrs(x, {{"xlink:type", QStringLiteral("simple")}, {"xlink:href", '#' + bookmarkName(n.bookmarks.first())}});
            x.writeCharacters(n.text());
            x.writeEmptyElement(QStringLiteral("text:tab"));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement(); // index-body
        x.writeEndElement();
    }

    const DocStructure &m_doc;
    QList<const DocNode *> m_tables;
    QSet<QString> m_bookmarked;
    QSet<QString> m_written;
    QSet<QString> m_open;
    QList<std::pair<QString, QByteArray>> m_pictures;
    int m_tableCount = 0;
    bool m_first = true;
    bool m_pageBreak = false;
    bool m_atStart = true;
};

void listStyle(QXmlStreamWriter &x, const QString &name, const QString &display, bool numbers)
{
    static const char16_t *bullets[] = {u"•", u"–", u"▪", u"•"};
    x.writeStartElement(QStringLiteral("text:list-style"));
    attrs(x, {{"style:name", name}, {"style:display-name", display}});
    for (int l = 1; l <= 4; ++l) {
        x.writeStartElement(numbers ? QStringLiteral("text:list-level-style-number") : QStringLiteral("text:list-level-style-bullet"));
        x.writeAttribute(QStringLiteral("text:level"), QString::number(l));
        if (numbers)
            attrs(x, {{"style:num-suffix", QStringLiteral(".")}, {"style:num-format", l % 2 ? QStringLiteral("1") : QStringLiteral("a")}});
        else
            x.writeAttribute(QStringLiteral("text:bullet-char"), QString::fromUtf16(bullets[l - 1]));
        x.writeStartElement(QStringLiteral("style:list-level-properties"));
        x.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
        x.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
        attrs(x, {{"text:label-followed-by", QStringLiteral("listtab")},
                  {"text:list-tab-stop-position", QStringLiteral("%1mm").arg(6.35 * l, 0, 'f', 2)},
                  {"fo:text-indent", QStringLiteral("-6.35mm")},
                  {"fo:margin-left", QStringLiteral("%1mm").arg(6.35 * l, 0, 'f', 2)}});
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
}

QByteArray stylesPart(const DocStructure &doc)
{
    const QString lang = doc.languageTag.section('-', 0, 0);
    const QString country = doc.languageTag.section('-', 1, 1);
    const QString blue = QStringLiteral("#0b3559");
    return part("office:document-styles", [&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("office:font-face-decls"));
        x.writeEmptyElement(QStringLiteral("style:font-face"));
        attrs(x, {{"style:name", QStringLiteral("Arial")}, {"svg:font-family", QStringLiteral("Arial")}, {"style:font-family-generic", QStringLiteral("swiss")}});
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("office:styles"));
        x.writeStartElement(QStringLiteral("style:default-style"));
        x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        x.writeEmptyElement(QStringLiteral("style:text-properties"));
        attrs(x, {{"style:font-name", QStringLiteral("Arial")}, {"fo:font-size", QStringLiteral("10pt")}, {"fo:language", lang}, {"fo:country", country},
                  {"fo:hyphenate", QStringLiteral("false")}});
        x.writeEndElement();
        paragraphStyle(x, QStringLiteral("Standard"), QStringLiteral("Standard"), {}, {}, {}, {});
        paragraphStyle(x, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"), {},
                       {{"fo:margin-top", QStringLiteral("0mm")}, {"fo:margin-bottom", QStringLiteral("2.1mm")}, {"fo:line-height", QStringLiteral("115%")}}, {});
        paragraphStyle(x, QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Standard"), QStringLiteral("Subtitle"),
                       {{"fo:margin-top", QStringLiteral("21mm")}, {"fo:margin-bottom", QStringLiteral("4mm")}},
                       {{"fo:font-size", QStringLiteral("24pt")}, {"fo:font-weight", QStringLiteral("bold")}, {"fo:color", blue}}, 0, "chapter");
        paragraphStyle(x, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Standard"), QStringLiteral("Text_20_body"),
                       {{"fo:margin-bottom", QStringLiteral("6mm")}}, {{"fo:font-size", QStringLiteral("14pt")}, {"fo:color", QStringLiteral("#2f4858")}}, 0, "chapter");
        paragraphStyle(x, QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"), QStringLiteral("Text_20_body"),
                       {{"fo:keep-with-next", QStringLiteral("always")}, {"fo:margin-top", QStringLiteral("4mm")}, {"fo:margin-bottom", QStringLiteral("2mm")}},
                       {{"fo:font-weight", QStringLiteral("bold")}, {"fo:color", blue}});
        const char *sizes[4] = {"16pt", "13pt", "11.5pt", "10.5pt"};
        for (int l = 1; l <= 4; ++l)
            paragraphStyle(x, styleOfHeading(l), QStringLiteral("Heading %1").arg(l), QStringLiteral("Heading"), QStringLiteral("Text_20_body"),
                           {{"fo:margin-top", l == 1 ? QStringLiteral("0mm") : QStringLiteral("4mm")}},
                           {{"fo:font-size", QLatin1String(sizes[l - 1])}, {"fo:font-weight", QStringLiteral("bold")}}, l);
        paragraphStyle(x, QStringLiteral("Contents_20_Heading"), QStringLiteral("Contents Heading"), QStringLiteral("Heading"), {},
                       {{"fo:margin-top", QStringLiteral("0mm")}, {"fo:margin-bottom", QStringLiteral("4mm")}},
                       {{"fo:font-size", QStringLiteral("16pt")}}, 0, "index");
        for (int l = 1; l <= 2; ++l) {
            x.writeStartElement(QStringLiteral("style:style"));
            attrs(x, {{"style:name", QStringLiteral("Contents_20_%1").arg(l)}, {"style:display-name", QStringLiteral("Contents %1").arg(l)},
                      {"style:family", QStringLiteral("paragraph")}, {"style:parent-style-name", QStringLiteral("Standard")}, {"style:class", QStringLiteral("index")}});
            x.writeStartElement(QStringLiteral("style:paragraph-properties"));
            attrs(x, {{"fo:margin-left", QStringLiteral("%1mm").arg(5 * (l - 1))}, {"fo:margin-top", l == 1 ? QStringLiteral("2mm") : QStringLiteral("0mm")},
                      {"fo:margin-bottom", QStringLiteral("1mm")}});
            x.writeStartElement(QStringLiteral("style:tab-stops"));
            x.writeEmptyElement(QStringLiteral("style:tab-stop"));
            attrs(x, {{"style:position", QStringLiteral("%1mm").arg(166 - 5 * (l - 1))}, {"style:type", QStringLiteral("right")}, {"style:leader-style", QStringLiteral("dotted")},
                      {"style:leader-text", QStringLiteral(".")}});
            x.writeEndElement();
            x.writeEndElement();
            if (l == 1) {
                x.writeEmptyElement(QStringLiteral("style:text-properties"));
                x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
            }
            x.writeEndElement();
        }
        paragraphStyle(x, QStringLiteral("List_20_Paragraph"), QStringLiteral("List Paragraph"), QStringLiteral("Text_20_body"), {},
                       {{"fo:margin-bottom", QStringLiteral("1mm")}}, {}, 0, "list");
        paragraphStyle(x, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("Standard"), {}, {},
                       {{"fo:font-size", QStringLiteral("9pt")}}, 0, "extra");
        paragraphStyle(x, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"), QStringLiteral("Table_20_Contents"), {}, {},
                       {{"fo:font-weight", QStringLiteral("bold")}}, 0, "extra");
        x.writeStartElement(QStringLiteral("style:style"));
        attrs(x, {{"style:name", QStringLiteral("Footer")}, {"style:display-name", QStringLiteral("Footer")}, {"style:family", QStringLiteral("paragraph")},
                  {"style:parent-style-name", QStringLiteral("Standard")}, {"style:class", QStringLiteral("extra")}});
        x.writeStartElement(QStringLiteral("style:paragraph-properties"));
        attrs(x, {{"fo:border-top", QStringLiteral("0.5pt solid #8899aa")}, {"fo:padding-top", QStringLiteral("1mm")}});
        x.writeStartElement(QStringLiteral("style:tab-stops"));
        x.writeEmptyElement(QStringLiteral("style:tab-stop"));
        attrs(x, {{"style:position", kTextWidthMm}, {"style:type", QStringLiteral("right")}});
        x.writeEndElement();
        x.writeEndElement();
        x.writeEmptyElement(QStringLiteral("style:text-properties"));
        attrs(x, {{"fo:font-size", QStringLiteral("8pt")}, {"fo:color", QStringLiteral("#333333")}});
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("style:style"));
        attrs(x, {{"style:name", QStringLiteral("Internet_20_link")}, {"style:display-name", QStringLiteral("Internet link")}, {"style:family", QStringLiteral("text")}});
        x.writeEmptyElement(QStringLiteral("style:text-properties"));
        attrs(x, {{"fo:color", QStringLiteral("#1f5c99")}, {"style:text-underline-style", QStringLiteral("solid")}, {"style:text-underline-width", QStringLiteral("auto")},
                  {"style:text-underline-color", QStringLiteral("font-color")}});
        x.writeEndElement();
        listStyle(x, QStringLiteral("Planverk_20_Bullets"), QStringLiteral("Planverk Bullets"), false);
        listStyle(x, QStringLiteral("Planverk_20_Numbers"), QStringLiteral("Planverk Numbers"), true);
        x.writeEndElement(); // office:styles
        x.writeStartElement(QStringLiteral("office:automatic-styles"));
        for (const char *name : {"pm1", "pm2"}) {
            x.writeStartElement(QStringLiteral("style:page-layout"));
            x.writeAttribute(QStringLiteral("style:name"), QLatin1String(name));
            x.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
            attrs(x, {{"fo:page-width", QStringLiteral("210mm")}, {"fo:page-height", QStringLiteral("297mm")}, {"style:print-orientation", QStringLiteral("portrait")},
                      {"fo:margin-top", QStringLiteral("20mm")}, {"fo:margin-bottom", QStringLiteral("12mm")}, {"fo:margin-left", QStringLiteral("22mm")},
                      {"fo:margin-right", QStringLiteral("22mm")}});
            x.writeStartElement(QStringLiteral("style:footer-style"));
            x.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
            attrs(x, {{"fo:min-height", QStringLiteral("0mm")}, {"fo:margin-top", QStringLiteral("5mm")}});
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("office:master-styles"));
        x.writeStartElement(QStringLiteral("style:master-page"));
        attrs(x, {{"style:name", QStringLiteral("Standard")}, {"style:page-layout-name", QStringLiteral("pm1")}});
        x.writeStartElement(QStringLiteral("style:footer"));
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
        x.writeCharacters(doc.footerTitle);
        x.writeEmptyElement(QStringLiteral("text:tab"));
        x.writeCharacters(doc.pageLabel + ' ');
        x.writeStartElement(QStringLiteral("text:page-number"));
        x.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        x.writeCharacters(QStringLiteral("1"));
        x.writeEndElement();
        x.writeCharacters(' ' + doc.pageOfLabel + ' ');
        x.writeTextElement(QStringLiteral("text:page-count"), QStringLiteral("1"));
        x.writeEndElement(); // p
        x.writeEndElement(); // footer
        x.writeEndElement(); // master page
        // The cover: the same page without a footer.
        x.writeEmptyElement(QStringLiteral("style:master-page"));
        attrs(x, {{"style:name", QStringLiteral("First_20_Page")}, {"style:display-name", QStringLiteral("First Page")},
                  {"style:page-layout-name", QStringLiteral("pm2")}, {"style:next-style-name", QStringLiteral("Standard")}});
        x.writeEndElement();
    });
}

QByteArray metaPart(const DocStructure &doc)
{
    return part("office:document-meta", [&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("office:meta"));
        x.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Planverk/" PLANVERK_VERSION));
        x.writeTextElement(QStringLiteral("dc:title"), doc.title);
        x.writeTextElement(QStringLiteral("dc:subject"), doc.subject);
        x.writeTextElement(QStringLiteral("meta:initial-creator"), doc.author);
        x.writeTextElement(QStringLiteral("dc:creator"), doc.author);
        for (const QString &k : doc.keywords)
            x.writeTextElement(QStringLiteral("meta:keyword"), k);
        x.writeTextElement(QStringLiteral("dc:language"), doc.languageTag);
        x.writeTextElement(QStringLiteral("meta:creation-date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        x.writeEndElement();
    });
}

} // namespace

QByteArray writeOdt(const DocStructure &doc)
{
    OdtBody body(doc);
    const QByteArray content = part("office:document-content", [&](QXmlStreamWriter &x) {
        x.writeStartElement(QStringLiteral("office:automatic-styles"));
        body.automaticStyles(x);
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("office:body"));
        x.writeStartElement(QStringLiteral("office:text"));
        body.write(x);
        x.writeEndElement();
        x.writeEndElement();
    });
    QByteArray manifest;
    {
        QXmlStreamWriter x(&manifest);
        x.writeStartDocument(QStringLiteral("1.0"));
        x.writeStartElement(QStringLiteral("manifest:manifest"));
        x.writeAttribute(QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
        x.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        auto entry = [&x](const QString &path, const QString &type) {
            x.writeEmptyElement(QStringLiteral("manifest:file-entry"));
            x.writeAttribute(QStringLiteral("manifest:full-path"), path);
            x.writeAttribute(QStringLiteral("manifest:media-type"), type);
        };
        entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
        x.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
        for (const auto &[path, bytes] : body.pictures())
            entry(path, QStringLiteral("image/png"));
        x.writeEndElement();
        x.writeEndDocument();
    }
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true); // first and stored
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.add(QStringLiteral("content.xml"), content);
    zip.add(QStringLiteral("styles.xml"), stylesPart(doc));
    zip.add(QStringLiteral("meta.xml"), metaPart(doc));
    for (const auto &[path, bytes] : body.pictures())
        zip.add(path, bytes, true);
    return zip.finish();
}

QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    const DocStructure doc = docStructureOf(plan, templates, language, progress);
    QByteArray bytes = writeOdt(doc);
    if (progress && !progress(1.0)) // cancelled at the end: nothing is kept
        throw RenderCancelled();
    return bytes;
}

} // namespace planverk
