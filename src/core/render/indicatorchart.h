// The chart of one indicator: its targets (a dashed line with open squares)
// and its values, the baseline among them (a solid line with filled circles),
// by year, with a scale and a legend. One geometry, drawn two ways: as SVG for
// the web, and with QPainter on paper, where it stays vector graphics and
// its numbers stay text (render/chartobject.h puts it in a text document).
#pragma once

#include "model/plan.h"

#include <QMap>
#include <QString>

#include <optional>
#include <string>

class QPainter;
class QRectF;

namespace planverk {

struct IndicatorChart {
    /// The size the chart is drawn at, in CSS pixels (it scales).
    static constexpr double kWidth = 480, kHeight = 200;

    QString language;        // nb, nn or en: the legend's words and the numbers' decimal comma
    QMap<int, double> targets; // year -> target
    QMap<int, double> values;  // year -> value (the baseline year's is the baseline)

    /// The chart of `indicator` in `plan` (the years of its values are those of their periods).
    static IndicatorChart of(const Indicator &indicator, const Plan &plan, const QString &language);

    /// Standalone SVG; `title` names it for screen readers.
    std::string svg(const QString &title) const;
    /// Draws the chart into `rect` (scaled from kWidth × kHeight) with paths and text.
    void paint(QPainter &painter, const QRectF &rect) const;

    /// The chart as the name of an image in a text document
    /// ("planchart:nb/t2024=10,2025=12/v2023=8"), and back (nullopt: not a chart's name).
    QString imageName() const;
    static std::optional<IndicatorChart> fromImageName(const QString &name);
    static bool isImageName(const QString &name);

    bool operator==(const IndicatorChart &) const = default;
};

/// A number as the report writes it: at most two decimals, none when whole,
/// a decimal comma in nb and nn ("113,5").
QString chartNumber(double value, const QString &language);

} // namespace planverk
