// The plan's visual profile, beside its settings: a logo and a cover picture
// (the image bytes themselves, kept inside the plan file), each with the text
// a screen reader reads in its place, and the accent colour of its documents.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

#include <cmath>

namespace planverk {

/// The two pictures of a plan.
enum class PictureRole { Logo, Cover };

/// A picture the plan holds: PNG, JPEG or SVG (io/picturefile.h checks it).
struct Picture {
    QString type;    // "image/png", "image/jpeg" or "image/svg+xml"; empty: no picture
    QByteArray data; // the file's bytes
    QString alt;     // alternative text

    bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const Picture &) const = default;
};

/// The accent colour of a plan that has chosen none: the standard template's blue.
inline constexpr const char *kDefaultAccentColour = "#0b4f8a";

/// "" (the template's own colour) or "#rrggbb" in lower case.
inline bool isAccentColour(const QString &s)
{
    if (s.isEmpty())
        return true;
    if (s.size() != 7 || s[0] != '#')
        return false;
    for (qsizetype i = 1; i < 7; ++i)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

/// WCAG 2.1 contrast ratio of white text on `background` (1 to 21).
inline double contrastWithWhite(const QColor &background)
{
    auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(background.blue());
    return 1.05 / (l + 0.05);
}

/// The WCAG 2.1 AA minimum for normal text.
inline constexpr double kMinimumContrast = 4.5;

} // namespace planverk
