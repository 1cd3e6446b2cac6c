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

/// A photo or PNG larger than kMaxPictureBytes or longer than this on a side
/// is made smaller when the user chooses it: 2480 pixels is an A4 page's
/// width at 300 dpi, more than any document shows it at.
inline constexpr int kPictureSideKept = 2480;

/// Reads a picture file the user chose; PlanError names the file and the
/// reason. A PNG or JPEG image of up to 20 MB and 40 megapixels (a camera's
/// or a phone's photo) that is larger than a plan keeps is made smaller
/// (turned upright as its camera says, at most kPictureSideKept a side, a
/// photo as JPEG), and `adjusted` says how ("6000 × 4000 → 2480 × 1653
/// pixels, 7.4 MiB → 0.9 MiB"); otherwise `adjusted` is emptied.
Picture readPictureFile(const QString &path, QString *adjusted = nullptr);

} // namespace planverk
