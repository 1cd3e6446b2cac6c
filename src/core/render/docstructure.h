// The plan's document as a word processor sees it: a neutral tree of titles,
// headings, paragraphs, lists, tables and pictures, taken from the same laid
// out text document as the PDF (PrintLayout), for the DOCX and ODT writers.
// What belongs to paper only (the contents table with page numbers) is left
// out: a word processor makes its own contents.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextDocument;

namespace planverk {

struct DocRun {
    QString text;          // "\n" is a line break
    bool bold = false;
    bool italic = false;
    bool underline = false; // inserted text in the change document
    bool strike = false;    // deleted text in the change document
    QString link;          // empty, an anchor name (internal) or a URL
    bool internalLink = false;

    static DocRun plain(const QString &text)
    {
        DocRun r;
        r.text = text;
        return r;
    }
};

struct DocNode {
    enum class Type { Title, Subtitle, Heading, Paragraph, List, Table, Image, PageBreak, Contents };
    Type type = Type::Paragraph;
    int level = 0;              // Heading: 1 (chapter) to 4; list item: nesting from 0
    QList<DocRun> runs;         // Title, Subtitle, Heading, Paragraph, list item
    QStringList bookmarks;      // anchors that point here
    bool centered = false;      // Paragraph
    bool ordered = false;       // List
    std::vector<DocNode> items; // List: its items (Paragraphs with a level)
    int headerRows = 0;         // Table: rows that repeat on every page
    std::vector<std::vector<std::vector<DocNode>>> rows; // Table: row → cell → blocks
    QList<double> columnWidths; // Table: shares of the width that fit the content, summing to 1
    QByteArray png;             // Image
    QString alt;                // Image: its text alternative
    QSizeF size;                // Image: in points

    QString text() const;       // the runs' text
};

struct DocStructure {
    // Document properties, in the plan's language.
    QString language;       // nb, nn, en
    QString languageTag;    // nb-NO, nn-NO, en-GB
    QString title;
    QString author;
    QString subject;        // "Strategi 2021–2024"
    QStringList keywords;
    QString footerTitle;    // title · organisation
    QString pageLabel;      // "Side"
    QString pageOfLabel;    // "av"
    QString contentsLabel;  // "Innhold"
    std::vector<DocNode> body;
};

/// The tree of `document`, laid out by PrintLayout for `plan`.
DocStructure buildDocStructure(const Plan &plan, QTextDocument &document, const QString &language);

/// The same tree built from the pieces of one document (each parsed from a
/// piece of its HTML, loadHtmlInPieces), one after the other: the same nodes
/// as buildDocStructure of the document the pieces make together.
class DocStructureBuilder
{
public:
    DocStructureBuilder(const Plan &plan, const QString &language);
    ~DocStructureBuilder();
    DocStructureBuilder(const DocStructureBuilder &) = delete;
    DocStructureBuilder &operator=(const DocStructureBuilder &) = delete;

    /// The next piece, in document order.
    void add(QTextDocument &piece);
    /// The tree of all the pieces added; the builder is spent.
    DocStructure finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// A name Word and LibreOffice take for a bookmark made from an anchor
/// ("goal-1.2" → "goal_1_2"): letters, digits and _, at most 40 characters.
QString bookmarkName(const QString &anchor);

/// Relative widths for table columns from the text in them: a column gets at
/// least room for its longest word, the rest by how much text it holds.
QList<double> fitColumnWidths(const QList<QList<QString>> &cellTexts);

} // namespace planverk
