#include "render/svgsanitizer.h"

#include "render/imagedecoder.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace planverk {

namespace {

QString shortened(QStringView s)
{
    const QString t = s.left(80).toString();
    return s.size() > 80 ? t + QStringLiteral("…") : t;
}

// Every url(…) in CSS text or an attribute must point inside the image (#id).
QString checkUrls(QStringView text)
{
    for (qsizetype at = text.indexOf(u"url(", 0, Qt::CaseInsensitive); at >= 0; at = text.indexOf(u"url(", at + 4, Qt::CaseInsensitive)) {
        qsizetype i = at + 4;
        while (i < text.size() && (text[i].isSpace() || text[i] == '"' || text[i] == '\''))
            ++i;
        if (i >= text.size() || text[i] != '#')
            return QStringLiteral("refers to '%1' outside itself").arg(shortened(text.mid(at)));
    }
    if (text.contains(u"@import", Qt::CaseInsensitive))
        return QStringLiteral("imports a style sheet ('%1')").arg(shortened(text.mid(text.indexOf(u"@import", 0, Qt::CaseInsensitive))));
    return {};
}

// An href: on <image> only a data: image QtSvg decodes the way this checks it
// (it takes what follows the last "base64,"); elsewhere only "#id".
QString checkHref(QStringView element, QStringView value)
{
    const QString v = value.toString().trimmed(); // as QtSvg trims it
    if (element == u"image") {
        if (!v.startsWith(QLatin1String("data:")))
            return QStringLiteral("refers to the file '%1': an image inside an SVG must be a data: URI").arg(shortened(v));
        const qsizetype b64 = v.lastIndexOf(QLatin1String("base64,"));
        if (b64 < 0)
            return QStringLiteral("has a data: image that is not base64 ('%1')").arg(shortened(v));
        const QByteArray bytes = QByteArray::fromBase64(v.mid(b64 + 7).toLatin1());
        if (rasterKind(bytes) == RasterKind::None)
            return QStringLiteral("has a data: image that is not a PNG, JPEG or GIF image");
        const DecodedImage decoded = decodeRaster(bytes);
        if (!decoded.refusal.isEmpty())
            return QStringLiteral("has a data: image that %1").arg(decoded.refusal);
        return {};
    }
    if (!v.startsWith('#'))
        return QStringLiteral("refers to '%1' outside itself").arg(shortened(v));
    return {};
}

} // namespace

SanitizedSvg sanitizeSvg(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    int styleDepth = 0; // inside a <style> element: CSS text
    bool sawRoot = false;
    const auto refuse = [&](const QString &why) { return SanitizedSvg{{}, QStringLiteral("%1 (line %2)").arg(why).arg(reader.lineNumber())}; };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
            writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::DTD:
            for (const QXmlStreamEntityDeclaration &e : reader.entityDeclarations())
                if (!e.systemId().isEmpty() || !e.publicId().isEmpty())
                    return refuse(QStringLiteral("it declares the external entity '%1'").arg(e.name().toString()));
            break; // declared entities are expanded by the reader; the DTD itself goes
        case QXmlStreamReader::StartElement: {
            if (!sawRoot && reader.name() != u"svg")
                return {{}, QStringLiteral("its root element is <%1>, not <svg>").arg(reader.name().toString())};
            sawRoot = true;
            if (++depth > kMaxSvgDepth)
                return refuse(QStringLiteral("it nests elements more than %1 levels deep").arg(kMaxSvgDepth));
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                QString why = a.name() == u"href" ? checkHref(reader.name(), a.value()) : QString();
                if (why.isEmpty())
                    why = checkUrls(a.value());
                if (!why.isEmpty())
                    return refuse(QStringLiteral("<%1 %2> %3").arg(reader.name().toString(), a.qualifiedName().toString(), why));
            }
            if (reader.name() == u"style" && styleDepth == 0)
                styleDepth = depth;
            writer.writeCurrentToken(reader);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == styleDepth)
                styleDepth = 0;
            --depth;
            writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::Characters:
            if (styleDepth > 0) {
                if (const QString why = checkUrls(reader.text()); !why.isEmpty())
                    return refuse(QStringLiteral("<style> %1").arg(why));
            }
            writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::EntityReference:
            return refuse(QStringLiteral("it uses the entity '&%1;', which it does not define").arg(reader.name().toString()));
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction: // <?xml-stylesheet href="…"?> above all
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break;
        }
    }
    if (reader.hasError())
        return {{}, QStringLiteral("it is not well-formed XML (line %1, column %2: %3)")
                        .arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString())};
    if (!sawRoot)
        return {{}, QStringLiteral("it has no <svg> element")};
    return {out, {}};
}

} // namespace planverk
