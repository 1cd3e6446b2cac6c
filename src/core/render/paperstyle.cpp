#include "render/paperstyle.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QStringList>

namespace planverk {

namespace {

// The content of <meta name="NAME" content="…"> in the head, or "".
QString metaContent(const std::string &html, const char *name)
{
    size_t headEnd = html.find("</head>");
    if (headEnd == std::string::npos)
        headEnd = std::min<size_t>(html.size(), 64 * 1024);
    const std::string needle = std::string("name=\"") + name + "\"";
    const size_t at = html.find(needle);
    if (at == std::string::npos || at > headEnd)
        return {};
    const size_t tagStart = html.rfind('<', at);
    const size_t tagEnd = html.find('>', at);
    if (tagStart == std::string::npos || tagEnd == std::string::npos)
        return {};
    const QString tag = QString::fromUtf8(html.data() + tagStart, qsizetype(tagEnd - tagStart));
    static const QRegularExpression content(QStringLiteral("content=\"([^\"]*)\""));
    const QRegularExpressionMatch m = content.match(tag);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

PaperStyle paperStyleOf(const std::string &html)
{
    QString family = QStringLiteral("DejaVu Sans");
    const QStringList installed = QFontDatabase::families();
    for (QString wanted : metaContent(html, "planverk-font-family").split(u',', Qt::SkipEmptyParts)) {
        wanted = wanted.trimmed();
        wanted.remove(u'"');
        wanted.remove(u'\'');
        if (!wanted.isEmpty() && installed.contains(wanted, Qt::CaseInsensitive)) {
            family = wanted;
            break;
        }
    }
    QFont font(family);
    double points = 9.5;
    static const QRegularExpression size(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*pt$"));
    const QRegularExpressionMatch m = size.match(metaContent(html, "planverk-font-size"));
    if (m.hasMatch()) {
        const double wanted = m.captured(1).toDouble();
        if (wanted >= 6 && wanted <= 24)
            points = wanted;
    }
    font.setPointSizeF(points);
    PaperStyle style{font, QMarginsF(22, 18, 22, 16)};
    static const QRegularExpression mm(QStringLiteral("^(\\d+(?:\\.\\d+)?)mm$"));
    const QStringList parts = metaContent(html, "planverk-page-margins").split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 4) {
        double v[4];
        bool ok = true;
        for (int i = 0; i < 4; ++i) {
            const QRegularExpressionMatch p = mm.match(parts[i]);
            v[i] = p.hasMatch() ? p.captured(1).toDouble() : -1;
            ok = ok && v[i] >= 5 && v[i] <= 60;
        }
        if (ok)
            style.marginsMm = QMarginsF(v[3], v[0], v[1], v[2]);
    }
    static const QRegularExpression percent(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*%$"));
    const QRegularExpressionMatch lh = percent.match(metaContent(html, "planverk-line-height"));
    if (lh.hasMatch()) {
        const double wanted = lh.captured(1).toDouble();
        if (wanted >= 75 && wanted <= 200)
            style.lineHeightPercent = wanted;
    }
    static const QRegularExpression kb(QStringLiteral("^(\\d+)\\s*KB$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch pieces = kb.match(metaContent(html, "planverk-piece-size"));
    if (pieces.hasMatch()) {
        const int wanted = pieces.captured(1).toInt();
        if (wanted >= 4 && wanted <= 1024)
            style.pieceBytes = size_t(wanted) * 1024;
    }
    return style;
}

} // namespace planverk
