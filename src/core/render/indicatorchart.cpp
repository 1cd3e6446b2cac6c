#include "render/indicatorchart.h"

#include "model/rollup.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace planverk {

namespace {

const QLatin1String kScheme("planchart:");

const char *word(const QString &lang, const char *nb, const char *nn, const char *en)
{
    return lang == QLatin1String("en") ? en : lang == QLatin1String("nn") ? nn : nb;
}

// Where everything goes, in the chart's own units (kWidth × kHeight).
struct Geometry {
    static constexpr double W = IndicatorChart::kWidth, H = IndicatorChart::kHeight, left = 48, right = 12, top = 16, bottom = 36;
    QList<int> years;
    double lo = 0, hi = 1;
    int y0 = 0, y1 = 1;

    explicit Geometry(const IndicatorChart &c)
    {
        years = c.targets.keys() + c.values.keys();
        std::sort(years.begin(), years.end());
        years.erase(std::unique(years.begin(), years.end()), years.end());
        bool first = true;
        for (double v : c.targets.values() + c.values.values()) {
            if (first) {
                lo = hi = v;
                first = false;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        lo = std::min(lo, 0.0);
        if (hi <= lo)
            hi = lo + 1;
        hi += (hi - lo) * 0.1;
        y0 = years.isEmpty() ? 0 : years.first();
        y1 = years.isEmpty() ? 1 : std::max(years.last(), y0 + 1);
    }
    double x(int year) const { return left + (W - left - right) * (year - y0) / double(y1 - y0); }
    double y(double v) const { return top + (H - top - bottom) * (1 - (v - lo) / (hi - lo)); }
    QList<double> scale() const { return {lo, (lo + hi) / 2, hi}; }
    double legendY() const { return H - 8; }
};

QString numberText(double d) { return QString::number(d, 'g', 17); }

QString pairs(const QMap<int, double> &points)
{
    QStringList out;
    for (auto it = points.begin(); it != points.end(); ++it)
        out << QStringLiteral("%1=%2").arg(it.key()).arg(numberText(it.value()));
    return out.join(',');
}

bool readPairs(QStringView text, QMap<int, double> &points)
{
    if (text.isEmpty())
        return true;
    for (QStringView pair : text.split(u',')) {
        const qsizetype eq = pair.indexOf(u'=');
        bool okYear = false, okValue = false;
        const int year = eq > 0 ? pair.left(eq).toInt(&okYear) : 0;
        const double value = eq > 0 ? pair.mid(eq + 1).toDouble(&okValue) : 0;
        if (!okYear || !okValue || !std::isfinite(value))
            return false;
        points.insert(year, value);
    }
    return true;
}

} // namespace

QString chartNumber(double v, const QString &lang)
{
    const QLocale locale(lang == QLatin1String("en") ? QLocale::English : QLocale::NorwegianBokmal);
    const double rounded = std::round(v * 100) / 100;
    const int decimals = rounded == std::round(rounded) ? 0 : std::round(rounded * 10) == rounded * 10 ? 1 : 2;
    return locale.toString(rounded, 'f', decimals);
}

IndicatorChart IndicatorChart::of(const Indicator &ind, const Plan &plan, const QString &language)
{
    IndicatorChart c;
    c.language = language;
    for (const IndicatorTarget &t : ind.targets)
        c.targets.insert(t.year, t.value);
    for (const IndicatorValue &v : ind.values)
        if (const ReportingPeriod *p = plan.followup.period(v.period); p && yearOf(*p) > 0)
            c.values.insert(yearOf(*p), v.value);
    if (ind.baselineValue && ind.baselineYear)
        c.values.insert(*ind.baselineYear, *ind.baselineValue);
    return c;
}

std::string IndicatorChart::svg(const QString &title) const
{
    const Geometry g(*this);
    const double W = g.W, H = g.H, left = g.left, right = g.right, top = g.top, bottom = g.bottom;
    auto f = [](double d) { return QString::number(d, 'f', 1); };
    const QString valuesWord = QString::fromUtf8(word(language, "Verdi", "Verdi", "Value"));
    const QString targetWord = QString::fromUtf8(word(language, "Mål", "Mål", "Target"));
    const QString name = title.toHtmlEscaped();
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">")
                      .arg(W).arg(H).arg(name);
    svg += QStringLiteral("<title>%1</title>").arg(name);
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>").arg(W).arg(H);
    // Axes and the scale: lowest and highest value.
    svg += QStringLiteral("<path d=\"M%1 %2V%3H%4\" stroke=\"#333333\" stroke-width=\"1\" fill=\"none\"/>").arg(f(left), f(top), f(H - bottom), f(W - right));
    for (double v : g.scale())
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"end\" fill=\"#333333\">%3</text>")
                   .arg(f(left - 4), f(g.y(v) + 3), chartNumber(v, language));
    for (int year : g.years)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">%3</text>")
                   .arg(f(g.x(year)), f(H - bottom + 14)).arg(year);
    // Targets: a dashed line with open squares; values: a solid line with filled circles.
    auto polyline = [&](const QMap<int, double> &points, const char *style) {
        QString d;
        for (auto it = points.begin(); it != points.end(); ++it)
            d += (d.isEmpty() ? QStringLiteral("M") : QStringLiteral(" L")) + f(g.x(it.key())) + ' ' + f(g.y(it.value()));
        return points.size() > 1 ? QStringLiteral("<path d=\"%1\" fill=\"none\" %2/>").arg(d, QLatin1String(style)) : QString();
    };
    svg += polyline(targets, "stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"");
    for (auto it = targets.begin(); it != targets.end(); ++it)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"/>")
                   .arg(f(g.x(it.key()) - 4), f(g.y(it.value()) - 4));
    svg += polyline(values, "stroke=\"#1f4e79\" stroke-width=\"2\"");
    for (auto it = values.begin(); it != values.end(); ++it)
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#1f4e79\"/>").arg(f(g.x(it.key())), f(g.y(it.value())));
    // The legend says which line is which, by shape as well as by colour.
    const double ly = g.legendY();
    svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#1f4e79\"/><text x=\"%3\" y=\"%4\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#333333\">%5</text>")
               .arg(f(left + 4), f(ly - 3), f(left + 12), f(ly), valuesWord.toHtmlEscaped());
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"/><text x=\"%3\" y=\"%4\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#333333\">%5</text>")
               .arg(f(left + 80), f(ly - 7), f(left + 92), f(ly), targetWord.toHtmlEscaped());
    svg += QStringLiteral("</svg>");
    return svg.toStdString();
}

void IndicatorChart::paint(QPainter &p, const QRectF &rect) const
{
    const Geometry g(*this);
    // The chart's units to the device's, without scaling the painter: the
    // font gets its size in device pixels, and lines their widths.
    const double s = std::min(rect.width() / g.W, rect.height() / g.H);
    auto at = [&](double x, double y) { return QPointF(rect.left() + x * s, rect.top() + y * s); };
    const QColor ink(0x33, 0x33, 0x33), valueColour(0x1f, 0x4e, 0x79), targetColour(0x55, 0x55, 0x55);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(rect.topLeft(), QSizeF(g.W * s, g.H * s)), Qt::white);
    QFont font;
    font.setFamilies({QStringLiteral("Open Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(std::max(1, int(std::lround(10 * s))));
    p.setFont(font);
    const QFontMetricsF metrics(font, p.device());
    enum class Anchor { Start, Middle, End };
    auto text = [&](double x, double y, const QString &t, Anchor anchor) {
        const double w = anchor == Anchor::Start ? 0 : metrics.horizontalAdvance(t) / s;
        p.setPen(ink);
        p.drawText(at(x - (anchor == Anchor::End ? w : anchor == Anchor::Middle ? w / 2 : 0), y), t);
    };
    // Axes and the scale.
    p.setPen(QPen(ink, 1 * s));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QList<QPointF>{at(g.left, g.top), at(g.left, g.H - g.bottom), at(g.W - g.right, g.H - g.bottom)});
    for (double v : g.scale())
        text(g.left - 4, g.y(v) + 3, chartNumber(v, language), Anchor::End);
    for (int year : g.years)
        text(g.x(year), g.H - g.bottom + 14, QString::number(year), Anchor::Middle);
    auto line = [&](const QMap<int, double> &points, const QPen &pen) {
        if (points.size() < 2)
            return;
        QList<QPointF> at2;
        for (auto it = points.begin(); it != points.end(); ++it)
            at2 << at(g.x(it.key()), g.y(it.value()));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(at2);
    };
    QPen targetPen(targetColour, 1.5 * s);
    targetPen.setDashPattern({5 / 1.5, 3 / 1.5}); // in pen widths: 5 and 3 units
    line(targets, targetPen);
    auto square = [&](double cx, double cy) {
        p.setPen(QPen(targetColour, 1.5 * s));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(at(cx - 4, cy - 4), QSizeF(8 * s, 8 * s)));
    };
    auto dot = [&](double cx, double cy) {
        p.setPen(Qt::NoPen);
        p.setBrush(valueColour);
        p.drawEllipse(at(cx, cy), 4 * s, 4 * s);
    };
    for (auto it = targets.begin(); it != targets.end(); ++it)
        square(g.x(it.key()), g.y(it.value()));
    line(values, QPen(valueColour, 2 * s));
    for (auto it = values.begin(); it != values.end(); ++it)
        dot(g.x(it.key()), g.y(it.value()));
    // The legend.
    const double ly = g.legendY();
    dot(g.left + 4, ly - 3);
    text(g.left + 12, ly, QString::fromUtf8(word(language, "Verdi", "Verdi", "Value")), Anchor::Start);
    square(g.left + 84, ly - 3);
    text(g.left + 92, ly, QString::fromUtf8(word(language, "Mål", "Mål", "Target")), Anchor::Start);
    p.restore();
}

QString IndicatorChart::imageName() const
{
    return kScheme + language + QStringLiteral("/t") + pairs(targets) + QStringLiteral("/v") + pairs(values);
}

bool IndicatorChart::isImageName(const QString &name) { return name.startsWith(kScheme); }

std::optional<IndicatorChart> IndicatorChart::fromImageName(const QString &name)
{
    if (!isImageName(name))
        return std::nullopt;
    const QList<QStringView> parts = QStringView(name).mid(kScheme.size()).split(u'/');
    if (parts.size() != 3 || !parts[1].startsWith(u't') || !parts[2].startsWith(u'v'))
        return std::nullopt;
    IndicatorChart c;
    c.language = parts[0].toString();
    if (!readPairs(parts[1].mid(1), c.targets) || !readPairs(parts[2].mid(1), c.values))
        return std::nullopt;
    return c;
}

} // namespace planverk
