// The body of a Word document (WordprocessingML) from the document structure:
// paragraphs, headings with bookmarks, lists, tables, pictures and the
// contents field. Used by the DOCX writer and by the county template filler,
// which gives the names of its own styles.
#pragma once

#include "render/docstructure.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QXmlStreamWriter;

namespace planverk {

namespace ooxml {
inline const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString r = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString wp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
inline const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
inline const QString relImage = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
inline const QString relHyperlink = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");
} // namespace ooxml

/// The style ids the body refers to (Planverk's own, or a template's).
struct DocxStyles {
    QString title = QStringLiteral("Title");
    QString subtitle = QStringLiteral("Subtitle");
    QString heading[4] = {QStringLiteral("Heading1"), QStringLiteral("Heading2"), QStringLiteral("Heading3"), QStringLiteral("Heading4")};
    QString body = QStringLiteral("BodyText");
    QString listParagraph = QStringLiteral("ListParagraph");
    QString tableText = QStringLiteral("TableText");
    QString table = QStringLiteral("PlanverkTable");
    QString tocHeading = QStringLiteral("TOCHeading");
    QString toc[3] = {QStringLiteral("TOC1"), QStringLiteral("TOC2"), QStringLiteral("TOC3")};
    QString hyperlink = QStringLiteral("Hyperlink");
};

struct DocxRelation {
    QString id;
    QString type;
    QString target;
    bool external = false;
};

/// Writes the body's paragraphs and tables (no w:body element around them).
class DocxBody
{
public:
    DocxBody(const DocStructure &doc, DocxStyles styles, int textWidthTwips, QString relationIdPrefix = QStringLiteral("rId"),
             int firstNumId = 10, int bookmarkIdBase = 0);

    void write(QXmlStreamWriter &x, bool withContents = true);

    /// After write(): hyperlinks and pictures the body refers to.
    const QList<DocxRelation> &relations() const { return m_relations; }
    /// After write(): the pictures, as {"media/imageN.png", bytes}.
    const QList<std::pair<QString, QByteArray>> &media() const { return m_media; }
    /// The numbering instance of bullets, and one per ordered list (after write()).
    int bulletNumId() const { return m_firstNumId; }
    const QList<int> &orderedNumIds() const { return m_orderedNums; }
    /// The numbering definitions the body needs: abstract ids `abstractBase`
    /// and `abstractBase + 1`, then the instances (after write()).
    void writeAbstractNumbering(QXmlStreamWriter &x, int abstractBase) const;
    void writeNumberingInstances(QXmlStreamWriter &x, int abstractBase) const;

private:
    void node(QXmlStreamWriter &x, const DocNode &n, bool inCell, bool headerCell);
    void paragraph(QXmlStreamWriter &x, const QString &style, const DocNode &n, bool forceBold = false, int numId = 0, int ilvl = 0);
    void pPrStart(QXmlStreamWriter &x, const QString &style);
    void runs(QXmlStreamWriter &x, const QList<DocRun> &runs, bool forceBold);
    void run(QXmlStreamWriter &x, const DocRun &r, bool forceBold, bool link);
    void bookmarksStart(QXmlStreamWriter &x, const QStringList &anchors, QList<int> &ids);
    void bookmarksEnd(QXmlStreamWriter &x, const QList<int> &ids);
    void table(QXmlStreamWriter &x, const DocNode &n);
    void image(QXmlStreamWriter &x, const DocNode &n);
    void contents(QXmlStreamWriter &x);
    QString relation(const QString &type, const QString &target, bool external);

    const DocStructure &m_doc;
    DocxStyles m_styles;
    int m_textWidth;
    QString m_relPrefix;
    int m_firstNumId;
    int m_nextBookmark;
    bool m_pageBreak = false;
    bool m_afterTable = false;
    QSet<QString> m_bookmarked; // anchors with a bookmark in the body
    QSet<QString> m_written;    // bookmarks written already (a name once)
    QList<DocxRelation> m_relations;
    QHash<QString, QString> m_relationIds; // type and target → id
    QList<std::pair<QString, QByteArray>> m_media;
    QList<int> m_orderedNums;
    int m_images = 0;
};

/// Adds a field (PAGE, NUMPAGES, PAGEREF x) as begin/instruction/separate/result/end runs.
void writeDocxField(QXmlStreamWriter &x, const QString &instruction, const QString &result);

} // namespace planverk
