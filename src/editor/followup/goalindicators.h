// The goal page's indicators: for each indicator of the goal a small chart of
// its values against its targets (the report's own chart geometry,
// render/indicatorchart.h, painted as vectors on the screen) and the numbers
// beside it (year, target, value). Hidden when the goal has no indicators.
#pragma once

#include "render/indicatorchart.h"

#include <QGroupBox>
#include <QUuid>

class QVBoxLayout;

namespace planverk {

class PlanEditor;

/// One indicator's chart, painted with the report's own drawing code.
class IndicatorChartView : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorChartView(IndicatorChart chart, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {384, 160}; }
    const IndicatorChart &chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    IndicatorChart m_chart;
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
