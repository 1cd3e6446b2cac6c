// Charts in a text document as vector graphics: an <img> whose name is a
// chart's (IndicatorChart::imageName, "planchart:…") is drawn by
// IndicatorChart::paint with paths and text (in a PDF, vectors and text a
// reader can search), at the width and height the <img> gives in CSS pixels.
// Every other image is drawn as Qt draws it. Where a picture is needed
// instead (DOCX, ODT), chartImage() draws the chart on one.
#pragma once

#include <QImage>
#include <QString>

class QTextDocument;

namespace planverk {

/// From now on, `doc`'s layout draws charts itself. Call it on the document
/// that is laid out and painted, before it is filled.
void drawChartsAsVectors(QTextDocument &doc);

/// The chart `name` names as a picture of `cssSize` CSS pixels at
/// `pixelRatio` device pixels each; a null image when `name` is no chart's.
QImage chartImage(const QString &name, QSizeF cssSize, qreal pixelRatio);

} // namespace planverk
