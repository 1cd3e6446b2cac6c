// An SVG image from a template, made safe to hand to QtSvg. QtSvg loads files
// on its own: <image xlink:href="…"> names any file on the machine (even
// "#x" in an <image> is a file name to it), and an <?xml-stylesheet?> reads
// any style sheet. So an SVG is read with QXmlStreamReader and written out
// again with only what stays inside it: references to its own parts (#id),
// data: images that are real PNG, JPEG or GIF images, and no processing
// instructions, comments, DTD or unresolved entities. Anything else that
// points outside the image refuses the whole image, with the reason.
#pragma once

#include <QByteArray>
#include <QString>

namespace planverk {

struct SanitizedSvg {
    QByteArray svg;  // the image as QtSvg may read it; empty when refused
    QString refusal; // why not, as a clause ("<use xlink:href> refers to 'x.svg#a' outside itself (line 3)")
};

/// Elements nested deeper than this refuse the image.
inline constexpr int kMaxSvgDepth = 256;

SanitizedSvg sanitizeSvg(const QByteArray &bytes);

} // namespace planverk
