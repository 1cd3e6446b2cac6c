#include "render/templatedocument.h"

#include "render/chartobject.h"
#include "render/indicatorchart.h"

#include <QTextFormat>

namespace planverk {

TemplateDocument::TemplateDocument(std::shared_ptr<TemplateResources> resources, QObject *parent)
    : QTextDocument(parent), m_resources(resources ? std::move(resources) : std::make_shared<TemplateResources>(QString()))
{}

QVariant TemplateDocument::loadResource(int type, const QUrl &url)
{
    // Never QTextDocument::loadResource: it reads any local file, and asks
    // the parent (a QTextBrowser reads files from its search paths).
    switch (type) {
    case QTextDocument::ImageResource:
        // A chart is drawn as vectors where the layout draws it
        // (drawChartsAsVectors); asked for as a picture (DOCX, ODT), it is one at 200 dpi.
        if (IndicatorChart::isImageName(url.toString()))
            return chartImage(url.toString(), {}, 200.0 / 96.0);
        return m_resources->image(url);
    case QTextDocument::StyleSheetResource: return m_resources->styleSheet(url);
    default: return QByteArray(""); // HTML and Markdown pages: a document never opens another
    }
}

void TemplateDocument::requireResources()
{
    for (const QTextFormat &f : allFormats()) {
        if (f.isImageFormat()) {
            QString name = f.toImageFormat().name();
            if (IndicatorChart::isImageName(name))
                continue; // drawn, not loaded
            if (name.startsWith(QLatin1String(":/"))) // as Qt's image handler reads the name
                name.prepend(QLatin1String("qrc"));
            resource(QTextDocument::ImageResource, QUrl(name));
        }
        if (f.hasProperty(QTextFormat::BackgroundImageUrl))
            resource(QTextDocument::ImageResource, QUrl(f.stringProperty(QTextFormat::BackgroundImageUrl)));
    }
    m_resources->throwIfRefused();
}

} // namespace planverk
