#include "render/pagefurniture.h"

#include "model/planerror.h"
#include "render/mustache.h"
#include "render/templatedocument.h"
#include "render/templateset.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <vector>

namespace planverk {

namespace {

// Characters of Unicode's private use area that stand for the page number
// and the number of pages in the rendered partials: no label or plan text
// has them (the view model's texts come from the user, but a token they
// might hold is replaced like the template's own, which does no harm).
const QChar kPageToken(0xE000);
const QChar kCountToken(0xE001);

// The partial `name` of the template, or the built-in template's when the
// folder has none: a user template made before page furniture came from
// templates still gets a header and a footer.
std::string renderPartial(TemplateSet &templates, const char *name, const nlohmann::json &viewModel)
{
    std::unique_ptr<TemplateSet> builtIn;
    TemplateSet *from = &templates;
    auto load = [&](TemplateSet &set) {
        try {
            return set.load(name);
        } catch (const mustache::PartialRefused &refused) {
            throw PlanError(set.folder() + '/' + QLatin1String(name) + QStringLiteral(".mustache"), {}, QString::fromUtf8(refused.what()));
        }
    };
    std::shared_ptr<const mustache::Template> t = load(templates);
    if (!t && !templates.isBuiltIn()) {
        builtIn = TemplateSet::open(QStringLiteral("standard"));
        from = builtIn.get();
        t = load(*builtIn);
    }
    if (!t)
        return {};
    mustache::RenderOptions options;
    options.missingPartialIsError = true;
    return t->render(viewModel, from, options);
}

} // namespace

// One header or footer: its HTML with the tokens, its document, and where
// the page number is in it.
struct PageFurniture::Part {
    QString html;
    std::unique_ptr<TemplateDocument> doc;
    std::vector<int> numberAt; // positions of the page number, in order
    int numberLength = 1;      // the length of the number written there now

    bool isEmpty() const { return html.isEmpty(); }

    // The document of the HTML with the number of pages (and, given, the page number) written in.
    void load(const QString &count, const QString &number = {})
    {
        QString h = html;
        h.replace(kCountToken, count);
        if (!number.isEmpty())
            h.replace(kPageToken, number);
        doc->setHtml(h);
        doc->requireResources();
        numberAt.clear();
        for (QTextCursor c = doc->find(QString(kPageToken)); !c.isNull(); c = doc->find(QString(kPageToken), c))
            numberAt.push_back(c.selectionStart());
        numberLength = 1;
        // Qt shapes a block's text again each time it paints it, unless its
        // layout keeps the glyphs: the header, the same on every page, is
        // shaped once, and the footer once per page (when its number is written in).
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            b.layout()->setCacheEnabled(true);
    }

    // Writes `number` where the page number goes (from the last, so that the
    // positions before it stay right). In one edit block: the document is
    // laid out again once, at its end, and the cursor does not measure where
    // on the line each position is (which would shape the line).
    void setNumber(const QString &number)
    {
        const int delta = int(number.size()) - numberLength;
        QTextCursor c(doc.get());
        c.beginEditBlock();
        for (size_t i = numberAt.size(); i-- > 0;) {
            c.setPosition(numberAt[i]);
            c.setPosition(numberAt[i] + numberLength, QTextCursor::KeepAnchor);
            c.insertText(number);
        }
        c.endEditBlock();
        for (size_t i = 0; i < numberAt.size(); ++i)
            numberAt[i] += int(i) * delta;
        numberLength = int(number.size());
    }
};

PageFurniture::PageFurniture(TemplateSet &templates, nlohmann::json &viewModel, const std::shared_ptr<TemplateResources> &resources, const QFont &font)
    : m_font(font.toString()), m_resources(resources)
{
    viewModel["page"] = {{"number", QString(kPageToken).toStdString()}, {"count", QString(kCountToken).toStdString()}};
    for (int cover = 0; cover < 2; ++cover) {
        viewModel["page"]["isCover"] = cover == 0;
        for (auto [name, part] : {std::pair{"page-header", &m_header[cover]}, std::pair{"page-footer", &m_footer[cover]}}) {
            *part = std::make_unique<Part>();
            (*part)->doc = std::make_unique<TemplateDocument>(resources);
            QTextDocument &doc = *(*part)->doc;
            doc.setUndoRedoEnabled(false);
            doc.setDocumentMargin(0);
            doc.setDefaultFont(font);
            const QString html = QString::fromUtf8(renderPartial(templates, name, viewModel).c_str());
            // Only what the partial shows: a partial of nothing takes no room.
            if (!html.trimmed().isEmpty())
                (*part)->html = html;
        }
    }
    viewModel.erase("page");
}

PageFurniture::PageFurniture(const PageFurniture &other, QPaintDevice *device, double width, int pages)
    : m_font(other.m_font), m_resources(other.m_resources)
{
    QFont font;
    font.fromString(m_font);
    for (int i = 0; i < 2; ++i) {
        for (auto [mine, theirs] : {std::pair{&m_header[i], other.m_header[i].get()}, std::pair{&m_footer[i], other.m_footer[i].get()}}) {
            *mine = std::make_unique<Part>();
            (*mine)->html = theirs->html;
            (*mine)->doc = std::make_unique<TemplateDocument>(m_resources);
            QTextDocument &doc = *(*mine)->doc;
            doc.setUndoRedoEnabled(false);
            doc.setDocumentMargin(0);
            doc.setDefaultFont(font);
            if (!(*mine)->isEmpty()) {
                doc.documentLayout()->setPaintDevice(device);
                doc.setTextWidth(width);
            }
        }
    }
    // `device` is laid out like other's: the heights are other's, measured
    // already (layOut()), and only the number of pages is written in.
    m_headerHeight = other.m_headerHeight;
    m_footerHeight = other.m_footerHeight;
    setPageCount(pages);
}

PageFurniture::~PageFurniture() = default;

void PageFurniture::layOut(QPaintDevice *device, double width)
{
    m_headerHeight = m_footerHeight = 0;
    for (int header = 0; header < 2; ++header) {
        for (auto &part : header ? m_header : m_footer) {
            if (part->isEmpty())
                continue;
            part->doc->documentLayout()->setPaintDevice(device);
            part->doc->setTextWidth(width);
            // Measured with the widest numbers a plan can have (kMaxPrintPages has four digits).
            part->load(QStringLiteral("0000"), QStringLiteral("0000"));
            double &height = header ? m_headerHeight : m_footerHeight;
            height = std::max(height, part->doc->size().height());
        }
    }
}

void PageFurniture::setPageCount(int pages)
{
    for (auto *parts : {&m_header, &m_footer})
        for (auto &part : *parts)
            if (!part->isEmpty())
                part->load(QString::number(pages));
}

void PageFurniture::paint(QPainter *painter, int page, const QPointF &header, const QPointF &footer)
{
    for (auto [part, at] : {std::pair{m_header[page > 0 ? 1 : 0].get(), header}, std::pair{m_footer[page > 0 ? 1 : 0].get(), footer}}) {
        if (part->isEmpty())
            continue;
        if (!part->numberAt.empty())
            part->setNumber(QString::number(page + 1));
        painter->save();
        painter->translate(at);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, QColor(0x33, 0x33, 0x33));
        context.palette.setColor(QPalette::Dark, QColor(0x88, 0x99, 0xaa));
        part->doc->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

} // namespace planverk
