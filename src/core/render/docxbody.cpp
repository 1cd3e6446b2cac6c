#include "render/docxbody.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace planverk {

namespace {

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

void element(QXmlStreamWriter &x, const QString &name, const QString &val)
{
    x.writeEmptyElement(name);
    x.writeAttribute(QStringLiteral("w:val"), val);
}

// Text of a run. The soft hyphens the paper document carries become Word's
// optional hyphens (<w:softHyphen/>), which Word shows only at a line's end.
void text(QXmlStreamWriter &x, const QString &t)
{
    const QStringList parts = t.split(QChar(0x00AD));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            x.writeEmptyElement(QStringLiteral("w:softHyphen"));
        if (parts[i].isEmpty())
            continue;
        x.writeStartElement(QStringLiteral("w:t"));
        x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.writeCharacters(parts[i]);
        x.writeEndElement();
    }
}

} // namespace

void writeDocxField(QXmlStreamWriter &x, const QString &instruction, const QString &result)
{
    auto fldChar = [&x](const char *type) {
        x.writeStartElement(QStringLiteral("w:r"));
        x.writeEmptyElement(QStringLiteral("w:fldChar"));
        x.writeAttribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
        x.writeEndElement();
    };
    fldChar("begin");
    x.writeStartElement(QStringLiteral("w:r"));
    x.writeStartElement(QStringLiteral("w:instrText"));
    x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    x.writeCharacters(' ' + instruction + ' ');
    x.writeEndElement();
    x.writeEndElement();
    fldChar("separate");
    x.writeStartElement(QStringLiteral("w:r"));
    text(x, result);
    x.writeEndElement();
    fldChar("end");
}

DocxBody::DocxBody(const DocStructure &doc, DocxStyles styles, int textWidthTwips, QString relationIdPrefix, int firstNumId, int bookmarkIdBase)
    : m_doc(doc), m_styles(std::move(styles)), m_textWidth(textWidthTwips), m_relPrefix(std::move(relationIdPrefix)), m_firstNumId(firstNumId),
      m_nextBookmark(bookmarkIdBase)
{
    collectBookmarks(m_doc.body, m_bookmarked);
}

QString DocxBody::relation(const QString &type, const QString &target, bool external)
{
    const QString key = type + QChar(0) + target;
    if (const auto it = m_relationIds.constFind(key); it != m_relationIds.cend())
        return *it;
    const QString id = m_relPrefix + QString::number(m_relations.size() + 1);
    m_relations.append({id, type, target, external});
    m_relationIds.insert(key, id);
    return id;
}

void DocxBody::write(QXmlStreamWriter &x, bool withContents)
{
    for (const DocNode &n : m_doc.body) {
        if (n.type == DocNode::Type::Contents && !withContents)
            continue;
        node(x, n, false, false);
    }
}

void DocxBody::pPrStart(QXmlStreamWriter &x, const QString &style)
{
    x.writeStartElement(QStringLiteral("w:pPr"));
    element(x, QStringLiteral("w:pStyle"), style);
    if (m_pageBreak) {
        x.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
        m_pageBreak = false;
    }
}

void DocxBody::bookmarksStart(QXmlStreamWriter &x, const QStringList &anchors, QList<int> &ids)
{
    for (const QString &a : anchors) {
        const QString name = bookmarkName(a);
        if (m_written.contains(name))
            continue;
        m_written.insert(name);
        const int id = m_nextBookmark++;
        x.writeEmptyElement(QStringLiteral("w:bookmarkStart"));
        x.writeAttribute(QStringLiteral("w:id"), QString::number(id));
        x.writeAttribute(QStringLiteral("w:name"), name);
        ids << id;
    }
}

void DocxBody::bookmarksEnd(QXmlStreamWriter &x, const QList<int> &ids)
{
    for (int id : ids) {
        x.writeEmptyElement(QStringLiteral("w:bookmarkEnd"));
        x.writeAttribute(QStringLiteral("w:id"), QString::number(id));
    }
}

void DocxBody::run(QXmlStreamWriter &x, const DocRun &r, bool forceBold, bool link)
{
    x.writeStartElement(QStringLiteral("w:r"));
    if (r.bold || r.italic || r.underline || r.strike || forceBold || link) {
        x.writeStartElement(QStringLiteral("w:rPr"));
        if (link)
            element(x, QStringLiteral("w:rStyle"), m_styles.hyperlink);
        if (r.bold || forceBold)
            x.writeEmptyElement(QStringLiteral("w:b"));
        if (r.italic)
            x.writeEmptyElement(QStringLiteral("w:i"));
        if (r.strike)
            x.writeEmptyElement(QStringLiteral("w:strike"));
        if (r.underline) {
            x.writeEmptyElement(QStringLiteral("w:u"));
            x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        }
        x.writeEndElement();
    }
    const QStringList lines = r.text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            x.writeEmptyElement(QStringLiteral("w:br"));
        if (!lines[i].isEmpty())
            text(x, lines[i]);
    }
    x.writeEndElement();
}

void DocxBody::runs(QXmlStreamWriter &x, const QList<DocRun> &list, bool forceBold)
{
    for (const DocRun &r : list) {
        if (r.link.isEmpty() || (r.internalLink && !m_bookmarked.contains(r.link))) {
            run(x, r, forceBold, false);
            continue;
        }
        x.writeStartElement(QStringLiteral("w:hyperlink"));
        if (r.internalLink)
            x.writeAttribute(QStringLiteral("w:anchor"), bookmarkName(r.link));
        else
            x.writeAttribute(QStringLiteral("r:id"), relation(ooxml::relHyperlink, r.link, true));
        x.writeAttribute(QStringLiteral("w:history"), QStringLiteral("1"));
        run(x, r, forceBold, true);
        x.writeEndElement();
    }
}

void DocxBody::paragraph(QXmlStreamWriter &x, const QString &style, const DocNode &n, bool forceBold, int numId, int ilvl)
{
    x.writeStartElement(QStringLiteral("w:p"));
    pPrStart(x, style);
    if (numId > 0) {
        x.writeStartElement(QStringLiteral("w:numPr"));
        element(x, QStringLiteral("w:ilvl"), QString::number(ilvl));
        element(x, QStringLiteral("w:numId"), QString::number(numId));
        x.writeEndElement();
    }
    if (m_afterTable) { // some air between a table and the text after it
        x.writeEmptyElement(QStringLiteral("w:spacing"));
        x.writeAttribute(QStringLiteral("w:before"), QStringLiteral("160"));
        m_afterTable = false;
    }
    if (n.centered)
        element(x, QStringLiteral("w:jc"), QStringLiteral("center"));
    x.writeEndElement(); // pPr
    QList<int> ids;
    bookmarksStart(x, n.bookmarks, ids);
    runs(x, n.runs, forceBold);
    bookmarksEnd(x, ids);
    x.writeEndElement();
}

void DocxBody::node(QXmlStreamWriter &x, const DocNode &n, bool inCell, bool headerCell)
{
    switch (n.type) {
    case DocNode::Type::Title: paragraph(x, m_styles.title, n); break;
    case DocNode::Type::Subtitle: paragraph(x, m_styles.subtitle, n); break;
    case DocNode::Type::Heading:
        if (inCell) {
            paragraph(x, m_styles.tableText, n, true);
            break;
        }
        paragraph(x, m_styles.heading[std::clamp(n.level, 1, 4) - 1], n);
        break;
    case DocNode::Type::Paragraph: paragraph(x, inCell ? m_styles.tableText : m_styles.body, n, headerCell); break;
    case DocNode::Type::List: {
        int ordered = 0;
        for (const DocNode &item : n.items) {
            if (!item.ordered)
                continue;
            ordered = m_firstNumId + 1 + int(m_orderedNums.size());
            m_orderedNums << ordered;
            break;
        }
        for (const DocNode &item : n.items)
            paragraph(x, m_styles.listParagraph, item, headerCell, item.ordered ? ordered : m_firstNumId, std::min(item.level, 3));
        break;
    }
    case DocNode::Type::Table:
        if (m_pageBreak) { // a page break before a table: in a paragraph of its own
            x.writeStartElement(QStringLiteral("w:p"));
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:br"));
            x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
            x.writeEndElement();
            x.writeEndElement();
            m_pageBreak = false;
        }
        table(x, n);
        m_afterTable = !inCell;
        break;
    case DocNode::Type::Image: image(x, n); break;
    case DocNode::Type::PageBreak: m_pageBreak = true; break;
    case DocNode::Type::Contents: m_pageBreak = true; contents(x); break;
    }
}

void DocxBody::table(QXmlStreamWriter &x, const DocNode &n)
{
    const int columns = int(n.columnWidths.size());
    m_afterTable = false;
    if (columns == 0 || n.rows.empty())
        return;
    QList<int> widths;
    for (double share : n.columnWidths)
        widths << std::max(400, int(std::lround(share * m_textWidth)));
    x.writeStartElement(QStringLiteral("w:tbl"));
    x.writeStartElement(QStringLiteral("w:tblPr"));
    element(x, QStringLiteral("w:tblStyle"), m_styles.table);
    x.writeEmptyElement(QStringLiteral("w:tblW"));
    x.writeAttribute(QStringLiteral("w:w"), QString::number(m_textWidth));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.writeEmptyElement(QStringLiteral("w:tblLayout"));
    x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    x.writeEmptyElement(QStringLiteral("w:tblLook"));
    x.writeAttribute(QStringLiteral("w:val"), n.headerRows > 0 ? QStringLiteral("0420") : QStringLiteral("0400"));
    x.writeAttribute(QStringLiteral("w:firstRow"), n.headerRows > 0 ? QStringLiteral("1") : QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("w:lastRow"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("w:firstColumn"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("w:lastColumn"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("w:noHBand"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("w:noVBand"), QStringLiteral("1"));
    x.writeEndElement(); // tblPr
    x.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int w : widths) {
        x.writeEmptyElement(QStringLiteral("w:gridCol"));
        x.writeAttribute(QStringLiteral("w:w"), QString::number(w));
    }
    x.writeEndElement();
    for (int r = 0; r < int(n.rows.size()); ++r) {
        const bool header = r < n.headerRows;
        x.writeStartElement(QStringLiteral("w:tr"));
        x.writeStartElement(QStringLiteral("w:trPr"));
        x.writeEmptyElement(QStringLiteral("w:cantSplit")); // a row stays on one page
        if (header)
            x.writeEmptyElement(QStringLiteral("w:tblHeader"));
        x.writeEndElement();
        for (int c = 0; c < columns; ++c) {
            x.writeStartElement(QStringLiteral("w:tc"));
            x.writeStartElement(QStringLiteral("w:tcPr"));
            x.writeEmptyElement(QStringLiteral("w:tcW"));
            x.writeAttribute(QStringLiteral("w:w"), QString::number(widths[c]));
            x.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            if (header) {
                x.writeEmptyElement(QStringLiteral("w:shd"));
                x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
                x.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
                x.writeAttribute(QStringLiteral("w:fill"), QStringLiteral("E8EEF4"));
            }
            x.writeEndElement(); // tcPr
            const std::vector<DocNode> &blocks = n.rows[size_t(r)][size_t(c)];
            bool wrote = false;
            for (const DocNode &b : blocks) {
                node(x, b, true, header);
                wrote = wrote || b.type != DocNode::Type::PageBreak;
            }
            if (!wrote || blocks.back().type == DocNode::Type::Table) { // a cell ends with a paragraph
                x.writeStartElement(QStringLiteral("w:p"));
                x.writeStartElement(QStringLiteral("w:pPr"));
                element(x, QStringLiteral("w:pStyle"), m_styles.tableText);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement(); // tc
        }
        x.writeEndElement(); // tr
    }
    x.writeEndElement(); // tbl
}

void DocxBody::image(QXmlStreamWriter &x, const DocNode &n)
{
    if (n.png.isEmpty())
        return;
    ++m_images;
    const QString name = QStringLiteral("media/planverk%1.png").arg(m_images);
    m_media.append({name, n.png});
    const QString rel = relation(ooxml::relImage, name, false);
    const QString cx = QString::number(qint64(std::lround(n.size.width() * 12700)));
    const QString cy = QString::number(qint64(std::lround(n.size.height() * 12700)));
    const QString id = QString::number(1000 + m_images);
    x.writeStartElement(QStringLiteral("w:p"));
    pPrStart(x, m_styles.body);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("w:r"));
    x.writeStartElement(QStringLiteral("w:drawing"));
    x.writeStartElement(QStringLiteral("wp:inline"));
    x.writeAttribute(QStringLiteral("xmlns:wp"), ooxml::wp);
    for (const char *d : {"distT", "distB", "distL", "distR"})
        x.writeAttribute(QLatin1String(d), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("wp:extent"));
    x.writeAttribute(QStringLiteral("cx"), cx);
    x.writeAttribute(QStringLiteral("cy"), cy);
    x.writeEmptyElement(QStringLiteral("wp:docPr"));
    x.writeAttribute(QStringLiteral("id"), id);
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("Bilde %1").arg(m_images));
    x.writeAttribute(QStringLiteral("descr"), n.alt);
    x.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    x.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    x.writeAttribute(QStringLiteral("xmlns:a"), ooxml::a);
    x.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("a:graphic"));
    x.writeAttribute(QStringLiteral("xmlns:a"), ooxml::a);
    x.writeStartElement(QStringLiteral("a:graphicData"));
    x.writeAttribute(QStringLiteral("uri"), ooxml::pic);
    x.writeStartElement(QStringLiteral("pic:pic"));
    x.writeAttribute(QStringLiteral("xmlns:pic"), ooxml::pic);
    x.writeStartElement(QStringLiteral("pic:nvPicPr"));
    x.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    x.writeAttribute(QStringLiteral("id"), id);
    x.writeAttribute(QStringLiteral("name"), name.section('/', -1));
    x.writeAttribute(QStringLiteral("descr"), n.alt);
    x.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("pic:blipFill"));
    x.writeEmptyElement(QStringLiteral("a:blip"));
    x.writeAttribute(QStringLiteral("r:embed"), rel);
    x.writeStartElement(QStringLiteral("a:stretch"));
    x.writeEmptyElement(QStringLiteral("a:fillRect"));
    x.writeEndElement();
    x.writeEndElement(); // blipFill
    x.writeStartElement(QStringLiteral("pic:spPr"));
    x.writeStartElement(QStringLiteral("a:xfrm"));
    x.writeEmptyElement(QStringLiteral("a:off"));
    x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    x.writeEmptyElement(QStringLiteral("a:ext"));
    x.writeAttribute(QStringLiteral("cx"), cx);
    x.writeAttribute(QStringLiteral("cy"), cy);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("a:prstGeom"));
    x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    x.writeEmptyElement(QStringLiteral("a:avLst"));
    x.writeEndElement();
    x.writeEndElement(); // spPr
    x.writeEndElement(); // pic
    x.writeEndElement(); // graphicData
    x.writeEndElement(); // graphic
    x.writeEndElement(); // inline
    x.writeEndElement(); // drawing
    x.writeEndElement(); // r
    x.writeEndElement(); // p
}

void DocxBody::contents(QXmlStreamWriter &x)
{
    DocNode heading;
    heading.runs = {DocRun::plain(m_doc.contentsLabel)};
    paragraph(x, m_styles.tocHeading, heading);
    // The contents field, filled in with the chapters and their parts; the
    // word processor updates its page numbers.
    QList<const DocNode *> entries;
    for (const DocNode &n : m_doc.body)
        if (n.type == DocNode::Type::Heading && n.level <= 2 && !n.bookmarks.isEmpty())
            entries << &n;
    const QString tab = QString::number(m_textWidth);
    for (int i = 0; i < std::max<qsizetype>(entries.size(), 1); ++i) {
        x.writeStartElement(QStringLiteral("w:p"));
        x.writeStartElement(QStringLiteral("w:pPr"));
        element(x, QStringLiteral("w:pStyle"), m_styles.toc[entries.isEmpty() ? 0 : entries[i]->level - 1]);
        x.writeStartElement(QStringLiteral("w:tabs"));
        x.writeEmptyElement(QStringLiteral("w:tab"));
        x.writeAttribute(QStringLiteral("w:val"), QStringLiteral("right"));
        x.writeAttribute(QStringLiteral("w:leader"), QStringLiteral("dot"));
        x.writeAttribute(QStringLiteral("w:pos"), tab);
        x.writeEndElement();
        x.writeEndElement(); // pPr
        if (i == 0) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:fldChar"));
            x.writeAttribute(QStringLiteral("w:fldCharType"), QStringLiteral("begin"));
            x.writeEndElement();
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeStartElement(QStringLiteral("w:instrText"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(QStringLiteral(" TOC \\o \"1-2\" \\h \\z \\u "));
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:fldChar"));
            x.writeAttribute(QStringLiteral("w:fldCharType"), QStringLiteral("separate"));
            x.writeEndElement();
        }
        if (!entries.isEmpty()) {
            const QString name = bookmarkName(entries[i]->bookmarks.first());
            x.writeStartElement(QStringLiteral("w:hyperlink"));
            x.writeAttribute(QStringLiteral("w:anchor"), name);
            x.writeAttribute(QStringLiteral("w:history"), QStringLiteral("1"));
            x.writeStartElement(QStringLiteral("w:r"));
            text(x, entries[i]->text());
            x.writeEndElement();
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:tab"));
            x.writeEndElement();
            writeDocxField(x, QStringLiteral("PAGEREF %1 \\h").arg(name), QString());
            x.writeEndElement(); // hyperlink
        }
        if (i == std::max<qsizetype>(entries.size(), 1) - 1) {
            x.writeStartElement(QStringLiteral("w:r"));
            x.writeEmptyElement(QStringLiteral("w:fldChar"));
            x.writeAttribute(QStringLiteral("w:fldCharType"), QStringLiteral("end"));
            x.writeEndElement();
        }
        x.writeEndElement(); // p
    }
}

void DocxBody::writeAbstractNumbering(QXmlStreamWriter &x, int abstractBase) const
{
    static const char16_t *bullets[] = {u"•", u"–", u"▪", u"•"};
    for (int kind = 0; kind < 2; ++kind) {
        x.writeStartElement(QStringLiteral("w:abstractNum"));
        x.writeAttribute(QStringLiteral("w:abstractNumId"), QString::number(abstractBase + kind));
        element(x, QStringLiteral("w:multiLevelType"), QStringLiteral("hybridMultilevel"));
        for (int l = 0; l < 4; ++l) {
            x.writeStartElement(QStringLiteral("w:lvl"));
            x.writeAttribute(QStringLiteral("w:ilvl"), QString::number(l));
            element(x, QStringLiteral("w:start"), QStringLiteral("1"));
            element(x, QStringLiteral("w:numFmt"), kind == 0 ? QStringLiteral("bullet") : l % 2 ? QStringLiteral("lowerLetter") : QStringLiteral("decimal"));
            element(x, QStringLiteral("w:lvlText"), kind == 0 ? QString::fromUtf16(bullets[l]) : QStringLiteral("%%1.").arg(l + 1));
            element(x, QStringLiteral("w:lvlJc"), QStringLiteral("left"));
            x.writeStartElement(QStringLiteral("w:pPr"));
            x.writeEmptyElement(QStringLiteral("w:ind"));
            x.writeAttribute(QStringLiteral("w:left"), QString::number(360 * (l + 1)));
            x.writeAttribute(QStringLiteral("w:hanging"), QStringLiteral("360"));
            x.writeEndElement();
            x.writeEndElement(); // lvl
        }
        x.writeEndElement();
    }
}

void DocxBody::writeNumberingInstances(QXmlStreamWriter &x, int abstractBase) const
{
    x.writeStartElement(QStringLiteral("w:num"));
    x.writeAttribute(QStringLiteral("w:numId"), QString::number(m_firstNumId));
    element(x, QStringLiteral("w:abstractNumId"), QString::number(abstractBase));
    x.writeEndElement();
    for (int id : m_orderedNums) { // each numbered list starts at 1
        x.writeStartElement(QStringLiteral("w:num"));
        x.writeAttribute(QStringLiteral("w:numId"), QString::number(id));
        element(x, QStringLiteral("w:abstractNumId"), QString::number(abstractBase + 1));
        x.writeStartElement(QStringLiteral("w:lvlOverride"));
        x.writeAttribute(QStringLiteral("w:ilvl"), QStringLiteral("0"));
        element(x, QStringLiteral("w:startOverride"), QStringLiteral("1"));
        x.writeEndElement();
        x.writeEndElement();
    }
}

} // namespace planverk
