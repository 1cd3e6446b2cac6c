#include "render/htmlwriter.h"

#include "render/templateset.h"
#include "render/viewmodel.h"

namespace planverk {

QByteArray renderHtml(const Plan &plan, TemplateSet &templates, const QString &language)
{
    ViewOptions o;
    o.language = language;
    const std::string html = templates.renderDocument(buildViewModel(plan, o));
    return QByteArray::fromStdString(html);
}

} // namespace planverk
