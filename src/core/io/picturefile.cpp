#include "io/picturefile.h"

#include "model/planerror.h"
#include "render/imagedecoder.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

namespace planverk {

namespace {

QString mebibytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "png") == 0)
        writer.setCompression(9);
    return writer.write(image) ? bytes : QByteArray();
}

// A camera's photo or a large PNG, made the size a plan keeps: upright (the
// camera's orientation applied, as the EXIF data is not kept), at most
// kPictureSideKept a side, a photo as JPEG, a picture with transparency as
// PNG. Empty with `refusal` set when it cannot be.
QByteArray madeSmaller(const QByteArray &bytes, RasterKind kind, QString &refusal)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, kind == RasterKind::Png ? "png" : "jpeg");
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(int(kMaxImagePixels * 4 / (1024 * 1024)) + 1);
    const QSize own = reader.size();
    if (own.isValid() && qint64(own.width()) * own.height() > kMaxImagePixels) {
        refusal = QStringLiteral("is too large: %1 × %2 pixels (at most %3 megapixels)").arg(own.width()).arg(own.height()).arg(kMaxImagePixels / 1'000'000);
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        refusal = QStringLiteral("cannot be read as a %1 image (%2)").arg(kind == RasterKind::Png ? QStringLiteral("PNG") : QStringLiteral("JPEG"), reader.errorString());
        return {};
    }
    if (image.width() > kPictureSideKept || image.height() > kPictureSideKept)
        image = image.scaled(kPictureSideKept, kPictureSideKept, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray out;
    if (image.hasAlphaChannel())
        out = encoded(image, "png", 0);
    else if (kind == RasterKind::Png) { // a drawing: PNG if that fits, else as a photo
        out = encoded(image.convertToFormat(QImage::Format_RGB32), "png", 0);
        if (out.size() > kMaxPictureBytes)
            out.clear();
    }
    for (int quality = 90; out.isEmpty() && quality >= 60; quality -= 15) {
        out = encoded(image.convertToFormat(QImage::Format_RGB32), "jpeg", quality);
        if (out.size() > kMaxPictureBytes)
            out.clear();
    }
    if (out.isEmpty() || out.size() > kMaxPictureBytes) {
        refusal = QStringLiteral("is larger than 2 MiB even made smaller; save it smaller first");
        return {};
    }
    return out;
}

} // namespace

PictureCheck checkPicture(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {{}, QStringLiteral("is empty, not a picture")};
    if (bytes.size() > kMaxPictureBytes)
        return {{}, QStringLiteral("is larger than 2 MiB (%1 MiB); make it smaller first").arg(mebibytes(bytes.size()))};
    QString type;
    switch (rasterKind(bytes)) {
    case RasterKind::Png: type = QStringLiteral("image/png"); break;
    case RasterKind::Jpeg: type = QStringLiteral("image/jpeg"); break;
    case RasterKind::Gif: return {{}, QStringLiteral("is a GIF image; a plan's picture must be PNG, JPEG or SVG")};
    case RasterKind::None: type = QStringLiteral("image/svg+xml"); break;
    }
    QSize size;
    if (type == QLatin1String("image/svg+xml")) {
        // Made safe and drawn small: proof enough that QtSvg can draw it,
        // without drawing it at print resolution (documents do that).
        const QByteArray text = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
        if (!text.trimmed().startsWith('<'))
            return {{}, QStringLiteral("is not a PNG, JPEG or SVG image")};
        const DecodedImage drawn = drawSvg(bytes, [](QSize own) -> std::optional<QSize> {
            return own.scaled(64, 64, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        });
        if (drawn.image.isNull())
            return {{}, drawn.refusal};
        size = drawn.size;
    } else {
        const DecodedImage decoded = decodeRaster(bytes);
        if (decoded.image.isNull())
            return {{}, decoded.refusal};
        size = decoded.image.size();
    }
    if (size.width() > kMaxPictureSide || size.height() > kMaxPictureSide)
        return {{}, QStringLiteral("is too large: %1 × %2 pixels (at most %3 a side)").arg(size.width()).arg(size.height()).arg(kMaxPictureSide)};
    return {type, {}};
}

Picture readPictureFile(const QString &path, QString *adjusted)
{
    if (adjusted)
        adjusted->clear();
    QFile f(path);
    if (!f.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (QFileInfo(path).isDir())
        throw PlanError(path, {}, QStringLiteral("is a folder, not a picture"));
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    if (f.size() > kMaxImageBytes)
        throw PlanError(path, {}, QStringLiteral("is larger than %1 MiB (%2 MiB); save it smaller first").arg(kMaxImageBytes / (1024 * 1024)).arg(mebibytes(f.size())));
    QByteArray bytes = f.read(kMaxImageBytes + 1);
    const RasterKind kind = rasterKind(bytes);
    if (kind == RasterKind::Png || kind == RasterKind::Jpeg) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, kind == RasterKind::Png ? "png" : "jpeg");
        reader.setDecideFormatFromContent(false);
        const QSize own = reader.size();
        if (bytes.size() > kMaxPictureBytes || own.width() > kPictureSideKept || own.height() > kPictureSideKept) {
            QString refusal;
            const QByteArray smaller = madeSmaller(bytes, kind, refusal);
            if (smaller.isEmpty())
                throw PlanError(path, {}, refusal);
            const PictureCheck check = checkPicture(smaller);
            if (check.type.isEmpty())
                throw PlanError(path, {}, check.refusal);
            if (adjusted) {
                QBuffer result;
                result.setData(smaller);
                result.open(QIODevice::ReadOnly);
                const QSize size = QImageReader(&result).size();
                *adjusted = QStringLiteral("%1 × %2 → %3 × %4 pixels, %5 MiB → %6 MiB")
                                .arg(own.width()).arg(own.height()).arg(size.width()).arg(size.height())
                                .arg(mebibytes(bytes.size()), mebibytes(smaller.size()));
            }
            return Picture{check.type, smaller, {}};
        }
    }
    if (bytes.size() > kMaxPictureBytes)
        throw PlanError(path, {}, QStringLiteral("is larger than 2 MiB (%1 MiB); make it smaller first").arg(mebibytes(bytes.size())));
    const PictureCheck check = checkPicture(bytes);
    if (check.type.isEmpty())
        throw PlanError(path, {}, check.refusal);
    return Picture{check.type, bytes, {}};
}

} // namespace planverk
