#include "render/chartobject.h"

#include "render/indicatorchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

namespace planverk {

namespace {

// The size an <img> asks for, in CSS pixels: its width and height, or the
// chart's own size scaled to the one given.
QSizeF cssSizeOf(const QTextImageFormat &f)
{
    const double w = f.width(), h = f.height();
    if (w > 0 && h > 0)
        return {w, h};
    if (w > 0)
        return {w, w * IndicatorChart::kHeight / IndicatorChart::kWidth};
    if (h > 0)
        return {h * IndicatorChart::kWidth / IndicatorChart::kHeight, h};
    return {IndicatorChart::kWidth, IndicatorChart::kHeight};
}

// Qt's images scale from 96 dpi to the device, and so do the charts.
double deviceScale(QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QTextObjectInterface *images, QObject *parent) : QObject(parent), m_images(images) {}

    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override
    {
        const QTextImageFormat f = format.toImageFormat();
        if (IndicatorChart::isImageName(f.name()))
            return cssSizeOf(f) * deviceScale(doc);
        return m_images ? m_images->intrinsicSize(doc, pos, format) : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos, const QTextFormat &format) override
    {
        const QTextImageFormat f = format.toImageFormat();
        if (IndicatorChart::isImageName(f.name())) {
            if (const std::optional<IndicatorChart> chart = IndicatorChart::fromImageName(f.name()))
                chart->paint(*painter, rect);
            return;
        }
        if (m_images)
            m_images->drawObject(painter, rect, doc, pos, format);
    }

private:
    QTextObjectInterface *m_images; // Qt's own image handler, a child of the layout as this is
};

} // namespace

void drawChartsAsVectors(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QTextObjectInterface *images = layout->handlerForObject(QTextFormat::ImageObject);
    layout->registerHandler(QTextFormat::ImageObject, new ChartObject(images, layout));
}

QImage chartImage(const QString &name, QSizeF cssSize, qreal pixelRatio)
{
    const std::optional<IndicatorChart> chart = IndicatorChart::fromImageName(name);
    if (!chart)
        return {};
    if (cssSize.isEmpty())
        cssSize = {IndicatorChart::kWidth, IndicatorChart::kHeight};
    QImage image((cssSize * pixelRatio).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    chart->paint(p, QRectF(QPointF(0, 0), cssSize * pixelRatio));
    p.end();
    image.setDevicePixelRatio(pixelRatio);
    return image;
}

} // namespace planverk

#include "chartobject.moc"
