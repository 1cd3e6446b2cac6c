// The images a template may show, decoded under limits: PNG, JPEG and GIF
// known by their first bytes (never by a file name or by Qt guessing), and
// SVG made safe first (svgsanitizer.h). Anything else is not a picture and is
// refused, so that no other file can end up embedded in a document.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

namespace planverk {

/// An image file larger than this is refused before it is decoded.
inline constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;
/// Images with more pixels than this (about 7 000 × 5 700) are refused.
inline constexpr qint64 kMaxImagePixels = 40'000'000;
/// SVG images are drawn at this many pixels per CSS pixel: 300 dpi on paper.
inline constexpr qreal kSvgScale = 300.0 / 96.0;

enum class RasterKind { None, Png, Jpeg, Gif };

/// What the first bytes say.
RasterKind rasterKind(const QByteArray &bytes);

struct DecodedImage {
    QImage image;    // null when refused
    QString refusal; // to follow the image's name: "is not a PNG, JPEG, GIF or SVG image"
    QSize size = {}; // the image's own size (an SVG's, before it was drawn at another)
};

/// A PNG, JPEG or GIF image.
DecodedImage decodeRaster(const QByteArray &bytes);
/// An SVG image, sanitized, then drawn at the size `drawSize` picks from its
/// own (nothing: refused as too large). The one way an SVG becomes pixels.
DecodedImage drawSvg(const QByteArray &bytes, const std::function<std::optional<QSize>(QSize)> &drawSize);
/// Any image a template may show: PNG, JPEG, GIF, or SVG (sanitized, then
/// drawn at kSvgScale with that device pixel ratio, so that it keeps its size).
DecodedImage decodeImage(const QByteArray &bytes);

} // namespace planverk
