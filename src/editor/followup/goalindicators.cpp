#include "followup/goalindicators.h"

#include "entitypage.h"
#include "followup/indicatorvaluemodel.h"
#include "model/rollup.h"
#include "planeditor.h"
#include "render/followupview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QVBoxLayout>

namespace planverk {

IndicatorChartView::IndicatorChartView(IndicatorChart chart, QWidget *parent) : QWidget(parent), m_chart(std::move(chart))
{
    // 384 × 160, the size the chart is drawn for, or smaller in a narrow page (its proportions kept).
    setMinimumSize(240, 100);
    setMaximumSize(384, 160);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void IndicatorChartView::paintEvent(QPaintEvent *)
{
    QSizeF size(IndicatorChart::kWidth, IndicatorChart::kHeight);
    size.scale(QSizeF(this->size()), Qt::KeepAspectRatio);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    m_chart.paint(p, QRectF(QPointF(0, 0), size));
}

GoalIndicators::GoalIndicators(PlanEditor *editor, QWidget *parent) : QGroupBox(tr("Indicators"), parent), m_editor(editor)
{
    setObjectName(QStringLiteral("goalIndicators"));
    m_rows = new QVBoxLayout(this);
    hide();
}

namespace {

QString numbersTable(const Indicator &ind, const Plan &plan)
{
    const QString unit = ind.unit.isEmpty() ? QString() : QLatin1Char(' ') + ind.unit.toHtmlEscaped();
    auto n = [&](double v) -> QString { return IndicatorValueModel::formatNumber(v) + unit; };
    QMap<int, QString> targets;
    for (const IndicatorTarget &t : ind.targets)
        targets.insert(t.year, n(t.value));
    QString rows;
    if (ind.baselineValue)
        rows += QStringLiteral("<tr><td>%1</td><td></td><td align=\"right\" style=\"white-space: nowrap\">%2</td></tr>")
                    .arg(GoalIndicators::tr("Baseline %1").arg(ind.baselineYear ? QString::number(*ind.baselineYear) : QString()), n(*ind.baselineValue));
    QMap<int, QList<std::pair<QString, QString>>> values; // year → (period, value)
    for (const IndicatorValue &v : ind.values)
        if (const ReportingPeriod *p = plan.followup.period(v.period))
            values[yearOf(*p)].append({p->name, n(v.value)});
    QList<int> years = targets.keys();
    for (int y : values.keys())
        if (!years.contains(y))
            years << y;
    std::sort(years.begin(), years.end());
    for (int y : std::as_const(years)) {
        const auto vs = values.value(y);
        if (vs.isEmpty())
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"white-space: nowrap\">%2</td><td></td></tr>").arg(y).arg(targets.value(y));
        for (const auto &[period, value] : vs)
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"white-space: nowrap\">%2</td><td align=\"right\" style=\"white-space: nowrap\"><b>%3</b></td></tr>")
                        .arg(period.toHtmlEscaped(), targets.value(y), value);
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr>%4</table>")
        .arg(GoalIndicators::tr("Year"), GoalIndicators::tr("Target"), GoalIndicators::tr("Value"), rows);
}

} // namespace

void GoalIndicators::showGoal(const QUuid &goal)
{
    const Plan &plan = m_editor->plan();
    const QString language = interfaceLanguage();
    QList<const Indicator *> mine;
    for (const Indicator &i : plan.followup.indicators)
        if (i.goal == goal)
            mine << &i;
    // The same indicators with the same figures: nothing to draw again (a keystroke in the title).
    QByteArray key = goal.toByteArray() + language.toUtf8();
    for (const Indicator *i : std::as_const(mine)) {
        key += i->id.toByteArray() + i->name.toUtf8() + i->unit.toUtf8() + i->direction.toUtf8();
        for (const IndicatorTarget &t : i->targets)
            key += QByteArray::number(t.year) + ':' + QByteArray::number(t.value);
        for (const IndicatorValue &v : i->values)
            key += v.period.toByteArray() + QByteArray::number(v.value) + (plan.followup.period(v.period) ? plan.followup.period(v.period)->name.toUtf8() : QByteArray());
    }
    if (key == m_shown && goal == m_goal)
        return;
    m_shown = key;
    m_goal = goal;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = int(mine.size());
    setVisible(m_count > 0);
    for (const Indicator *i : std::as_const(mine)) {
        auto *row = new QWidget(this);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        auto *chart = new IndicatorChartView(IndicatorChart::of(*i, plan, language), row);
        chart->setAccessibleName(tr("Chart of %1: values against targets; the numbers are beside it").arg(i->name));
        auto *numbers = new QLabel(row);
        numbers->setTextFormat(Qt::RichText);
        numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString direction = i->direction == QLatin1String("lower") ? tr("lower is better") : tr("higher is better");
        numbers->setText(QStringLiteral("<b>%1</b> (%2)<br>").arg(i->name.toHtmlEscaped(), direction) + numbersTable(*i, plan));
        numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        numbers->setWordWrap(true);
        rl->addWidget(chart);
        rl->addWidget(numbers, 1);
        m_rows->addWidget(row);
    }
}

} // namespace planverk
