// The goal page's indicators: for each indicator of the goal a small chart of
// its values against its targets (the report's own chart,
// render/followupview.cpp, drawn at the screen's resolution) and the numbers
// beside it (year, target, value). Hidden when the goal has no indicators.
#pragma once

#include <QGroupBox>
#include <QImage>
#include <QUuid>

class QVBoxLayout;

namespace planverk {

class PlanEditor;

/// One indicator's chart: SVG drawn on a QPainter, again when the size changes.
class IndicatorChart : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorChart(QByteArray svg, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {384, 160}; }
    const QByteArray &svg() const { return m_svg; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QByteArray m_svg;
    QImage m_image;
};

class GoalIndicators : public QGroupBox
{
    Q_OBJECT
public:
    explicit GoalIndicators(PlanEditor *editor, QWidget *parent = nullptr);

    /// Shows the indicators of `goal` as the plan has them now.
    void showGoal(const QUuid &goal);
    int indicatorCount() const { return m_count; }

private:
    PlanEditor *m_editor;
    QVBoxLayout *m_rows;
    QUuid m_goal;
    int m_count = 0;
    QByteArray m_shown; // what is shown, to draw again only when it changes
};

} // namespace planverk
