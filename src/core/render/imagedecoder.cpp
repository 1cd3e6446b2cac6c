#include "render/imagedecoder.h"

#include "render/svgsanitizer.h"

#include <QBuffer>
#include <QImageReader>

#include <cmath>

namespace planverk {

namespace {

const char *formatOf(RasterKind kind)
{
    switch (kind) {
    case RasterKind::Png: return "png";
    case RasterKind::Jpeg: return "jpeg";
    case RasterKind::Gif: return "gif";
    case RasterKind::None: break;
    }
    return "";
}

QString tooLarge(QSize size)
{
    return QStringLiteral("is too large: %1 × %2 pixels (at most %3 million)").arg(size.width()).arg(size.height()).arg(kMaxImagePixels / 1'000'000);
}

bool fits(QSize size) { return size.isValid() && qint64(size.width()) * size.height() <= kMaxImagePixels; }

DecodedImage decodeSvg(const QByteArray &bytes)
{
    // As sharp as print needs, and no more pixels than the limit.
    DecodedImage drawn = drawSvg(bytes, [](QSize size) -> std::optional<QSize> {
        qreal scale = kSvgScale;
        const double pixels = double(size.width()) * size.height() * scale * scale;
        if (pixels > double(kMaxImagePixels))
            scale *= std::sqrt(double(kMaxImagePixels) / pixels);
        const QSize scaled(std::max(1, int(size.width() * scale)), std::max(1, int(size.height() * scale)));
        if (!fits(scaled))
            return std::nullopt;
        return scaled;
    });
    if (!drawn.image.isNull())
        drawn.image.setDevicePixelRatio(qreal(drawn.image.width()) / drawn.size.width());
    return drawn;
}

} // namespace

RasterKind rasterKind(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return RasterKind::Png;
    if (bytes.startsWith("\xff\xd8\xff"))
        return RasterKind::Jpeg;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return RasterKind::Gif;
    return RasterKind::None;
}

DecodedImage drawSvg(const QByteArray &bytes, const std::function<std::optional<QSize>(QSize)> &drawSize)
{
    const SanitizedSvg safe = sanitizeSvg(bytes);
    if (!safe.refusal.isEmpty())
        return {{}, QStringLiteral("is not a usable SVG image: %1").arg(safe.refusal)};
    QBuffer buffer;
    buffer.setData(safe.svg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (size.isEmpty())
        return {{}, QStringLiteral("is not a usable SVG image: QtSvg cannot read it, or it has no size")};
    const std::optional<QSize> scaled = drawSize(size);
    if (!scaled)
        return {{}, tooLarge(size), size};
    reader.setScaledSize(*scaled);
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("is not a usable SVG image: QtSvg cannot draw it (%1)").arg(reader.errorString()), size};
    return {image, {}, size};
}

DecodedImage decodeRaster(const QByteArray &bytes)
{
    if (bytes.size() > kMaxImageBytes)
        return {{}, QStringLiteral("is larger than %1 MB").arg(kMaxImageBytes / (1024 * 1024))};
    const RasterKind kind = rasterKind(bytes);
    if (kind == RasterKind::None)
        return {{}, QStringLiteral("is not a PNG, JPEG or GIF image")};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatOf(kind));
    reader.setDecideFormatFromContent(false);
    reader.setAllocationLimit(int(kMaxImagePixels * 4 / (1024 * 1024)) + 1);
    const QSize size = reader.size();
    if (size.isValid() && !fits(size))
        return {{}, tooLarge(size)};
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QStringLiteral("cannot be read as a %1 image (%2)").arg(QString::fromLatin1(formatOf(kind)).toUpper(), reader.errorString())};
    if (!fits(image.size()))
        return {{}, tooLarge(image.size())};
    return {image, {}};
}

DecodedImage decodeImage(const QByteArray &bytes)
{
    if (bytes.size() > kMaxImageBytes)
        return {{}, QStringLiteral("is larger than %1 MB").arg(kMaxImageBytes / (1024 * 1024))};
    if (rasterKind(bytes) != RasterKind::None)
        return decodeRaster(bytes);
    const QByteArray text = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    if (!text.trimmed().startsWith('<')) // not XML: no SVG either
        return {{}, QStringLiteral("is not a PNG, JPEG, GIF or SVG image")};
    return decodeSvg(bytes);
}

} // namespace planverk
