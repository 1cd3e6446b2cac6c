#include "render/docstructure.h"

#include "render/labels.h"

#include <QBuffer>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace planverk {

QString DocNode::text() const
{
    QString t;
    for (const DocRun &r : runs)
        t += r.text;
    return t;
}

QString bookmarkName(const QString &anchor)
{
    QString name;
    for (QChar c : anchor)
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QChar('_');
    if (name.isEmpty() || !name.at(0).isLetter())
        name.prepend(QLatin1String("b"));
    if (name.size() > 40) // Word's limit: shortened, and kept apart by a hash of the whole
        name = name.left(31) + '_' + QString::number(qHash(anchor) & 0xffffffffu, 16).rightJustified(8, '0');
    return name;
}

QList<double> fitColumnWidths(const QList<QList<QString>> &cellTexts)
{
    int columns = 0;
    for (const auto &row : cellTexts)
        columns = std::max(columns, int(row.size()));
    QList<double> longestWord(columns, 1), amount(columns, 1);
    for (const auto &row : cellTexts) {
        for (int c = 0; c < row.size(); ++c) {
            const QString &t = row[c];
            // Words between white space as a regular expression's \s sees it
            // (ASCII: space, tab, line and page breaks), counted without one.
            qsizetype word = 0;
            for (const QChar ch : t) {
                const char16_t u = ch.unicode();
                if (u == ' ' || (u >= '\t' && u <= '\r')) {
                    longestWord[c] = std::max(longestWord[c], double(std::min<qsizetype>(word, 24)));
                    word = 0;
                } else {
                    ++word;
                }
            }
            longestWord[c] = std::max(longestWord[c], double(std::min<qsizetype>(word, 24)));
            amount[c] = std::max(amount[c], double(std::min<qsizetype>(t.size(), 70)));
        }
    }
    // Room for the longest word first; what is left by how long the texts are.
    QList<double> w(columns);
    double total = 0;
    for (int c = 0; c < columns; ++c) {
        w[c] = std::max(longestWord[c] + 1, std::sqrt(amount[c]) * 4);
        total += w[c];
    }
    for (double &x : w)
        x = total > 0 ? x / total : 1.0 / columns;
    return w;
}

namespace {

QString languageTag(const QString &language)
{
    if (language == QLatin1String("nn"))
        return QStringLiteral("nn-NO");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-GB");
    return QStringLiteral("nb-NO");
}

bool isOrdered(QTextListFormat::Style s)
{
    return s != QTextListFormat::ListDisc && s != QTextListFormat::ListCircle && s != QTextListFormat::ListSquare;
}

class Walker
{
public:
    explicit Walker(QString contentsLabel) : m_contentsLabel(std::move(contentsLabel)) {}

    // The next document (or piece of one), walked as the continuation of the
    // ones before: a list never goes on from one piece into the next.
    void walkDocument(QTextDocument &doc, std::vector<DocNode> &out)
    {
        m_doc = &doc;
        m_lastList = nullptr;
        walk(doc.rootFrame()->begin(), out, false);
        m_doc = nullptr;
    }

    void walk(QTextFrame::iterator it, std::vector<DocNode> &out, bool inCell)
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child)) {
                    if (!m_skipping)
                        out.push_back(tableNode(table));
                } else {
                    walk(child->begin(), out, inCell);
                }
            } else {
                block(it.currentBlock(), out, inCell);
            }
        }
    }

private:
    QList<DocRun> runsOf(const QTextBlock &b, QStringList &bookmarks, std::vector<DocNode> &images)
    {
        QList<DocRun> runs;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat cf = f.charFormat();
            for (const QString &n : cf.anchorNames())
                if (!n.isEmpty() && !bookmarks.contains(n))
                    bookmarks << n;
            if (cf.isImageFormat()) {
                images.push_back(imageNode(cf.toImageFormat()));
                continue;
            }
            QString text = f.text();
            text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            text.remove(QChar::ObjectReplacementCharacter);
            if (text.isEmpty())
                continue;
            DocRun r;
            r.text = text;
            r.bold = cf.fontWeight() >= QFont::DemiBold;
            r.italic = cf.fontItalic();
            const QString href = cf.anchorHref();
            r.underline = cf.fontUnderline() && href.isEmpty(); // Qt underlines links of itself
            r.strike = cf.fontStrikeOut();
            if (!href.isEmpty()) {
                r.internalLink = href.startsWith('#');
                r.link = r.internalLink ? href.mid(1) : href;
            }
            if (!runs.isEmpty()) {
                DocRun &last = runs.last();
                if (last.bold == r.bold && last.italic == r.italic && last.underline == r.underline && last.strike == r.strike && last.link == r.link
                    && last.internalLink == r.internalLink) {
                    last.text += r.text;
                    continue;
                }
            }
            runs.append(r);
        }
        // Line breaks that only make room on paper.
        while (!runs.isEmpty() && runs.first().text.startsWith('\n')) {
            runs.first().text.remove(0, 1);
            if (runs.first().text.isEmpty())
                runs.removeFirst();
        }
        while (!runs.isEmpty() && runs.last().text.endsWith('\n')) {
            runs.last().text.chop(1);
            if (runs.last().text.isEmpty())
                runs.removeLast();
        }
        return runs;
    }

    DocNode imageNode(const QTextImageFormat &f)
    {
        DocNode n;
        n.type = DocNode::Type::Image;
        const QVariant v = m_doc->resource(QTextDocument::ImageResource, QUrl(f.name()));
        QImage image = v.value<QImage>();
        if (image.isNull())
            image.loadFromData(v.toByteArray());
        QBuffer buffer(&n.png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull())
            image.save(&buffer, "PNG");
        n.alt = f.property(QTextFormat::ImageAltText).toString();
        if (n.alt.isEmpty())
            n.alt = f.property(QTextFormat::ImageTitle).toString();
        double w = f.width() > 0 ? f.width() : image.width() * 0.75; // CSS pixels to points
        double h = f.height() > 0 ? f.height() : image.height() * 0.75;
        if (f.width() > 0 && f.height() <= 0 && image.width() > 0)
            h = w * image.height() / image.width();
        if (f.height() > 0 && f.width() <= 0 && image.height() > 0)
            w = h * image.width() / image.height();
        const double maxWidth = 450; // the text width of A4 with margins
        if (w > maxWidth) {
            h = h * maxWidth / w;
            w = maxWidth;
        }
        n.size = QSizeF(w, h);
        return n;
    }

    void block(const QTextBlock &b, std::vector<DocNode> &out, bool inCell)
    {
        const int heading = b.blockFormat().headingLevel();
        if (heading == 2 && !inCell) {
            // The paper contents (a heading and a table of page numbers) gives way
            // to the word processor's own contents field.
            const bool contents = b.text().remove(QChar(0x00AD)).simplified() == m_contentsLabel /* without soft hyphens */ && !m_seenContents;
            const bool afterContents = m_skipping && !contents;
            m_skipping = contents;
            if (afterContents) {
                // The contents have a page of their own, as on paper.
                DocNode br;
                br.type = DocNode::Type::PageBreak;
                out.push_back(br);
            }
            if (contents) {
                m_seenContents = true;
                DocNode n;
                n.type = DocNode::Type::Contents;
                out.push_back(n);
                return;
            }
        }
        if (m_skipping)
            return;
        QStringList bookmarks;
        std::vector<DocNode> images;
        QList<DocRun> runs = runsOf(b, bookmarks, images);
        if (!inCell && (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) && !out.empty()
            && out.back().type != DocNode::Type::PageBreak) {
            DocNode br;
            br.type = DocNode::Type::PageBreak;
            out.push_back(br);
        }
        DocNode n;
        n.bookmarks = bookmarks;
        if (heading > 0) {
            // Headings without the soft hyphens: they name the bookmarks and the contents.
            const QString text = b.text().simplified().remove(QChar::ObjectReplacementCharacter).remove(QChar(0x00AD));
            n.runs = {DocRun::plain(text)};
            if (heading == 1 && !inCell) {
                n.type = DocNode::Type::Title;
            } else {
                n.type = DocNode::Type::Heading;
                n.level = std::clamp(heading - 1, 1, 4);
            }
            out.push_back(n);
        } else if (QTextList *list = b.textList()) {
            n.runs = runs;
            n.level = std::max(0, list->format().indent() - 1);
            n.ordered = isOrdered(list->format().style());
            if (out.empty() || out.back().type != DocNode::Type::List || (n.level == 0 && m_lastList != list)) {
                DocNode l;
                l.type = DocNode::Type::List;
                l.ordered = n.ordered;
                out.push_back(l);
            }
            if (n.level == 0)
                m_lastList = list;
            out.back().items.push_back(n);
        } else if (!runs.isEmpty()) {
            n.type = (!out.empty() && out.back().type == DocNode::Type::Title) ? DocNode::Type::Subtitle : DocNode::Type::Paragraph;
            n.runs = runs;
            n.centered = b.blockFormat().alignment() & Qt::AlignHCenter;
            out.push_back(n);
        } else if (!bookmarks.isEmpty() && images.empty()) {
            out.push_back(n); // an empty paragraph some link points to
        }
        for (DocNode &image : images)
            out.push_back(std::move(image));
    }

    DocNode tableNode(QTextTable *table)
    {
        DocNode n;
        n.type = DocNode::Type::Table;
        n.headerRows = std::min(table->format().headerRowCount(), table->rows());
        QList<QList<QString>> texts;
        for (int r = 0; r < table->rows(); ++r) {
            std::vector<std::vector<DocNode>> row;
            QList<QString> rowTexts;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                std::vector<DocNode> blocks;
                QString text;
                if (cell.row() == r && cell.column() == c) {
                    walk(cell.begin(), blocks, true);
                    for (const DocNode &b : blocks)
                        text += b.text() + ' ';
                }
                row.push_back(std::move(blocks));
                rowTexts << text;
            }
            n.rows.push_back(std::move(row));
            texts << rowTexts;
        }
        n.columnWidths = fitColumnWidths(texts);
        return n;
    }

    QTextDocument *m_doc = nullptr;
    QString m_contentsLabel;
    bool m_skipping = false;
    bool m_seenContents = false;
    QTextList *m_lastList = nullptr;
};

} // namespace

namespace {

DocStructure propertiesOf(const Plan &plan, const QString &language)
{
    DocStructure s;
    s.language = language.isEmpty() ? plan.info.language : language;
    s.languageTag = languageTag(s.language);
    s.title = plan.info.title;
    s.author = plan.info.author.isEmpty() ? plan.info.organisation : plan.info.author;
    s.subject = codeLabel(s.language, "planType", plan.info.planType);
    if (plan.info.periodStart || plan.info.periodEnd)
        s.subject += QStringLiteral(" %1–%2").arg(plan.info.periodStart ? QString::number(*plan.info.periodStart) : QString(),
                                                   plan.info.periodEnd ? QString::number(*plan.info.periodEnd) : QString());
    if (!plan.info.organisation.isEmpty())
        s.keywords << plan.info.organisation;
    s.keywords << codeLabel(s.language, "planType", plan.info.planType);
    for (const Theme &t : plan.themes)
        if (!t.title.isEmpty())
            s.keywords << t.title;
    s.keywords.removeDuplicates();
    s.keywords.removeAll(QString());
    s.footerTitle = plan.info.organisation.isEmpty() ? plan.info.title : plan.info.title + QStringLiteral(" · ") + plan.info.organisation;
    s.pageLabel = labelFor(s.language, "page");
    s.pageOfLabel = labelFor(s.language, "pageOf");
    s.contentsLabel = labelFor(s.language, "contents");
    return s;
}

} // namespace

struct DocStructureBuilder::Impl {
    DocStructure structure;
    Walker walker;
    Impl(DocStructure s) : structure(std::move(s)), walker(structure.contentsLabel) {}
};

DocStructureBuilder::DocStructureBuilder(const Plan &plan, const QString &language)
    : d(std::make_unique<Impl>(propertiesOf(plan, language)))
{}

DocStructureBuilder::~DocStructureBuilder() = default;

void DocStructureBuilder::add(QTextDocument &piece)
{
    d->walker.walkDocument(piece, d->structure.body);
}

DocStructure DocStructureBuilder::finish()
{
    return std::move(d->structure);
}

DocStructure buildDocStructure(const Plan &plan, QTextDocument &document, const QString &language)
{
    DocStructureBuilder builder(plan, language);
    builder.add(document);
    return builder.finish();
}

} // namespace planverk
