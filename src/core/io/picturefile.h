// The pictures a plan may hold (its logo and cover picture), checked wherever
// they come in: a file the user chooses, the JSON, the plan file itself. A
// picture is a PNG, JPEG or SVG image known by its bytes, at most
// kMaxPictureBytes and kMaxPictureSide pixels a side, that decodes (a broken
// file is refused now, not when a document is printed); an SVG must pass the
// sanitizer (nothing in it may point outside it).
#pragma once

#include "model/picture.h"

#include <QString>

namespace planverk {

/// A picture larger than this (2 MiB) is refused.
inline constexpr qint64 kMaxPictureBytes = 2 * 1024 * 1024;
/// A picture wider or taller than this many pixels is refused.
inline constexpr int kMaxPictureSide = 6000;

/// The media type of a picture the plan may hold, and why not otherwise.
struct PictureCheck {
    QString type;    // "image/png", "image/jpeg", "image/svg+xml"; empty when refused
    QString refusal; // a clause that follows the picture's name: "is larger than 2 MiB (3.1 MiB)"
};
PictureCheck checkPicture(const QByteArray &bytes);

/// Reads a picture file the user chose; PlanError names the file and the reason.
Picture readPictureFile(const QString &path);

} // namespace planverk
