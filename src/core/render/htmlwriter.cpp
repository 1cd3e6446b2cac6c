#include "render/htmlwriter.h"

#include "render/hyphenatehtml.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

namespace planverk {

QByteArray renderHtml(const Plan &plan, TemplateSet &templates, const QString &language)
{
    ViewOptions o;
    o.language = language;
    // Soft hyphens on the web too: long compounds break properly on a
    // narrow screen, and browsers' find-in-page ignores them.
    const std::string html = hyphenateHtml(templates.renderDocument(buildViewModel(plan, o)));
    return QByteArray::fromStdString(html);
}

} // namespace planverk
