#include "render/docstructureload.h"

#include "render/anchorpruning.h"
#include "render/htmlpieces.h"
#include "render/hyphenatehtml.h"
#include "render/paperstyle.h"
#include "render/templatedocument.h"
#include "render/templateresources.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QFont>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace planverk {

namespace {

// Parses the pieces of the HTML on threads of their own, in any order, at
// most a few ahead of the piece the calling thread walks (so that parsed
// pieces never pile up in memory), and hands them over in order.
class PieceParsers
{
public:
    PieceParsers(const std::string &html, const HtmlPieces &pieces, const QFont &font, std::shared_ptr<TemplateResources> resources, int threads)
        : m_html(html), m_pieces(pieces), m_resources(std::move(resources)), m_docs(pieces.cuts.size() - 1), m_ready(m_docs.size(), false)
    {
        QThread *walker = QThread::currentThread();
        for (int t = 0; t < threads; ++t) {
            // The font as a description: a QFont shares its data with its
            // copies, and that data is not for two threads at once.
            m_threads.emplace_back(QThread::create([this, font = font.toString(), walker] { run(font, walker); }));
            m_threads.back()->start();
        }
    }
    ~PieceParsers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (const auto &t : m_threads)
            t->wait();
    }

    size_t count() const { return m_docs.size(); }

    /// Piece `i`, parsed (null when it is only white space); pieces are taken in order.
    std::unique_ptr<TemplateDocument> take(size_t i)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return bool(m_ready[i]); });
        std::unique_ptr<TemplateDocument> doc = std::move(m_docs[i]);
        m_taken = i + 1;
        lock.unlock();
        m_changed.notify_all();
        return doc;
    }

private:
    void run(const QString &fontDescription, QThread *walker)
    {
        QFont font;
        font.fromString(fontDescription);
        for (;;) {
            size_t i = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_next >= count() || m_next < m_taken + kAhead; });
                if (m_stop || m_next >= count())
                    return;
                i = m_next++;
            }
            std::unique_ptr<TemplateDocument> doc;
            const std::string piece = pieceHtml(m_html, m_pieces, i);
            if (!piece.empty()) {
                doc = std::make_unique<TemplateDocument>(m_resources);
                doc->setDefaultFont(font);
                doc->setUndoRedoEnabled(false);
                doc->setHtml(QString::fromUtf8(piece.c_str())); // as loadHtmlInPieces parses it
                doc->moveToThread(walker); // walked, and deleted, there
            }
            {
                std::lock_guard lock(m_mutex);
                m_docs[i] = std::move(doc);
                m_ready[i] = true;
            }
            m_changed.notify_all();
        }
    }

    static constexpr size_t kAhead = 2;
    const std::string &m_html;
    const HtmlPieces &m_pieces;
    const std::shared_ptr<TemplateResources> m_resources;
    std::vector<std::unique_ptr<TemplateDocument>> m_docs;
    std::vector<char> m_ready;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_next = 0;  // the next piece to parse
    size_t m_taken = 0; // pieces taken by the walker
    bool m_stop = false;
};

std::unique_ptr<TemplateDocument> newDocument(const std::shared_ptr<TemplateResources> &resources, const QFont &font)
{
    auto doc = std::make_unique<TemplateDocument>(resources);
    doc->setDefaultFont(font);
    doc->setUndoRedoEnabled(false);
    return doc;
}

} // namespace

DocStructure loadDocStructure(const Plan &plan, TemplateSet &templates, const QString &language, const RenderProgress &progress)
{
    // The HTML PrintLayout lays out: the view model for paper, the template,
    // ids no link points to dropped, soft hyphens in the words.
    ViewOptions o;
    o.language = language;
    o.forPrint = true;
    const std::shared_ptr<TemplateResources> resources = TemplateResources::of(templates);
    resources->setPlanPictures(plan.info);
    std::string html;
    QFont font;
    size_t pieceBytes = 0;
    {
        const std::string rendered = templates.renderDocument(buildViewModel(plan, o));
        const PaperStyle style = paperStyleOf(rendered);
        font = style.font;
        // The pieces PrintLayout loads its document in: the same cuts, so that the
        // pieces walked one by one make the same tree as the document they make
        // together (a list cut in two is two lists in either).
        pieceBytes = style.pieceBytes;
        html = hyphenateHtml(dropUnlinkedAnchors(rendered));
    }
    DocStructureBuilder builder(plan, language);
    const std::optional<HtmlPieces> pieces = cutHtml(html, pieceBytes);
    if (!pieces) {
        // Not a whole HTML document: parsed at once, as PrintLayout loads it.
        const auto doc = newDocument(resources, font);
        doc->setHtml(QString::fromUtf8(html.data(), qsizetype(html.size())));
        doc->requireResources();
        builder.add(*doc);
        return builder.finish();
    }
    PieceParsers parsers(html, *pieces, font, resources, std::clamp(QThread::idealThreadCount(), 1, 2));
    for (size_t i = 0; i < parsers.count(); ++i) {
        if (progress && !progress(0.9 * double(i) / double(parsers.count())))
            throw RenderCancelled();
        const std::unique_ptr<TemplateDocument> doc = parsers.take(i);
        if (!doc)
            continue;
        doc->requireResources(); // a refused image or style sheet: an error before anything is written
        builder.add(*doc);
    }
    return builder.finish();
}

} // namespace planverk
