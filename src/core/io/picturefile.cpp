#include "io/picturefile.h"

#include "model/planerror.h"
#include "render/imagedecoder.h"

#include <QFile>
#include <QFileInfo>

namespace planverk {

namespace {

QString mebibytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

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

Picture readPictureFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw PlanError(path, {}, QStringLiteral("no such file"));
    if (QFileInfo(path).isDir())
        throw PlanError(path, {}, QStringLiteral("is a folder, not a picture"));
    if (!f.open(QIODevice::ReadOnly))
        throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    if (f.size() > kMaxPictureBytes)
        throw PlanError(path, {}, QStringLiteral("is larger than 2 MiB (%1 MiB); make it smaller first").arg(mebibytes(f.size())));
    const QByteArray bytes = f.read(kMaxPictureBytes + 1);
    const PictureCheck check = checkPicture(bytes);
    if (check.type.isEmpty())
        throw PlanError(path, {}, check.refusal);
    return Picture{check.type, bytes, {}};
}

} // namespace planverk
