// The page furniture of a paper document: the running header and the footer,
// from the template's partials page-header.mustache and page-footer.mustache
// (the built-in template's when a template folder has none of its own).
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <memory>

class QFont;
class QPaintDevice;
class QPainter;
class QPointF;
class QTextDocument;

namespace planverk {

class TemplateResources;
class TemplateSet;

class PageFurniture
{
public:
    /// Renders the partials once with `viewModel` and page.number /
    /// page.count as tokens that paint() replaces on each page (`page` is
    /// added to the view model for that, and taken out after: a view model
    /// is too big to copy). Throws PlanError for a partial that is refused
    /// or does not compile.
    PageFurniture(TemplateSet &templates, nlohmann::json &viewModel, const std::shared_ptr<TemplateResources> &resources, const QFont &font);
    /// A copy of `other` for painting on another thread, made on that
    /// thread: laid out for `device`, `width` pixels wide, with `pages` as
    /// page.count. `device` has the page layout and resolution other was
    /// laid out for (its heights are taken, not measured again). `other` is
    /// only read (its HTML, font, heights and resources), so it may be
    /// painting on its own thread meanwhile.
    PageFurniture(const PageFurniture &other, QPaintDevice *device, double width, int pages);
    ~PageFurniture();

    /// Lays the header and footer out `width` device pixels wide for
    /// `device`; after this their heights are known (the tallest of the
    /// cover's and the other pages', with the widest page numbers).
    void layOut(QPaintDevice *device, double width);
    double headerHeight() const { return m_headerHeight; }
    double footerHeight() const { return m_footerHeight; }

    /// The number of pages, for page.count.
    void setPageCount(int pages);
    /// Paints page `page`'s (0 is the cover) header with its top left at
    /// `header`, and its footer with its top left at `footer`.
    void paint(QPainter *painter, int page, const QPointF &header, const QPointF &footer);

private:
    struct Part;
    std::unique_ptr<Part> m_header[2]; // [0] the cover's, [1] the other pages'
    std::unique_ptr<Part> m_footer[2];
    double m_headerHeight = 0;
    double m_footerHeight = 0;
    QString m_font; // QFont::toString(): a QFont's data is not for two threads at once
    std::shared_ptr<TemplateResources> m_resources;
};

} // namespace planverk
