#include "followup/indicatorvaluemodel.h"

#include "entrynumbers.h"
#include "followup/followupeditor.h"
#include "model/plandocument.h"
#include "model/rollup.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace planverk {

IndicatorValueModel::IndicatorValueModel(FollowupEditor *editor, QObject *parent) : QAbstractTableModel(parent), m_editor(editor)
{
    PlanDocument *doc = editor->document();
    connect(doc, &PlanDocument::followupChanged, this, &IndicatorValueModel::onFollowupChanged);
    auto structural = [this](EntityKind kind) {
        if (kind == EntityKind::Goal)
            reload();
    };
    connect(doc, &PlanDocument::inserted, this, structural);
    connect(doc, &PlanDocument::removed, this, structural);
    connect(doc, &PlanDocument::moved, this, structural);
    reload();
}

void IndicatorValueModel::reload()
{
    beginResetModel();
    const Plan &plan = m_editor->plan();
    m_indicators = plan.followup.indicators;
    m_goalNumbers = EntryNumbers::goals(plan);
    endResetModel();
}

void IndicatorValueModel::setPeriod(const QUuid &period)
{
    if (period == m_period)
        return;
    m_period = period;
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    m_periodClosed = p && p->closed;
    if (!m_indicators.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_indicators.size()) - 1, ColumnCount - 1));
}

// The same indicators in the same order: the changed rows are told, and the
// view keeps its selection. Indicators added or removed: the rows are made again.
void IndicatorValueModel::onFollowupChanged()
{
    const QList<Indicator> &now = m_editor->plan().followup.indicators;
    bool sameRows = now.size() == m_indicators.size();
    for (qsizetype i = 0; sameRows && i < now.size(); ++i)
        sameRows = now[i].id == m_indicators[i].id;
    if (!sameRows) {
        reload();
        return;
    }
    QList<int> changed;
    for (qsizetype i = 0; i < now.size(); ++i)
        if (!(now[i] == m_indicators[i]))
            changed << int(i);
    m_indicators = now;
    if (!changed.isEmpty() && changed.size() > 50) { // an import: one signal
        Q_EMIT dataChanged(index(0, 0), index(int(m_indicators.size()) - 1, ColumnCount - 1));
        return;
    }
    for (int row : std::as_const(changed))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // Closing or reopening the period changes what may be edited.
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    const bool closed = p && p->closed;
    if (closed != m_periodClosed && !m_indicators.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_indicators.size()) - 1, Source));
    m_periodClosed = closed;
}

const Indicator *IndicatorValueModel::indicatorAt(int row) const
{
    return row >= 0 && row < m_indicators.size() ? &m_indicators[row] : nullptr;
}

int IndicatorValueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_indicators.size()); }
int IndicatorValueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString IndicatorValueModel::formatNumber(double value)
{
    return QLocale(QLocale::NorwegianBokmal).toString(value, 'g', 12);
}

std::optional<double> IndicatorValueModel::parseNumber(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]")));
    s.replace(QChar(0x2212), QLatin1Char('-'));
    if (s.count(QLatin1Char(',')) == 1 && !s.contains(QLatin1Char('.')))
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QVariant IndicatorValueModel::data(const QModelIndex &index, int role) const
{
    const Indicator *ind = indicatorAt(index.row());
    if (!ind)
        return {};
    if (role == IndicatorRole)
        return QVariant::fromValue(ind->id);
    if (role == GoalRole)
        return QVariant::fromValue(ind->goal);
    const Plan &plan = m_editor->plan();
    const ReportingPeriod *period = plan.followup.period(m_period);
    std::optional<IndicatorValue> value;
    for (const IndicatorValue &v : ind->values)
        if (v.period == m_period)
            value = v;
    const bool show = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole || role == Qt::ToolTipRole;
    const QString unit = ind->unit.isEmpty() ? QString() : QLatin1Char(' ') + ind->unit;
    switch (index.column()) {
    case Goal:
        if (show)
            return m_goalNumbers.value(ind->goal);
        break;
    case Name:
        if (show)
            return ind->name;
        break;
    case Baseline:
        if (role == Qt::DisplayRole && ind->baselineValue)
            return QString(formatNumber(*ind->baselineValue) + unit + (ind->baselineYear ? QStringLiteral(" (%1)").arg(*ind->baselineYear) : QString()));
        if (role == SortRole)
            return ind->baselineValue ? *ind->baselineValue : -1e300;
        break;
    case Target: {
        const auto t = period ? targetFor(*ind, yearOf(*period)) : std::nullopt;
        if (role == Qt::DisplayRole && t)
            return QString(formatNumber(*t) + unit);
        if (role == SortRole)
            return t ? *t : -1e300;
        if (role == Qt::ToolTipRole)
            return ind->direction == QLatin1String("lower") ? tr("Lower is better") : tr("Higher is better");
        break;
    }
    case Value:
        if (role == Qt::DisplayRole && value)
            return QString(formatNumber(value->value) + unit);
        if (role == Qt::EditRole)
            return value ? formatNumber(value->value) : QString();
        if (role == SortRole)
            return value ? value->value : -1e300;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Assessment: {
        // On target or not, by symbol and word as in the report; never colour alone.
        const auto t = period ? targetFor(*ind, yearOf(*period)) : std::nullopt;
        if (!value || !t || (role != Qt::DisplayRole && role != SortRole))
            break;
        const bool met = meetsTarget(*ind, value->value, *t);
        if (role == SortRole)
            return met ? 1 : 0;
        return QString(met ? QStringLiteral("● ") + tr("On target") : QStringLiteral("▲ ") + tr("Below target"));
    }
    case Note:
        if (show)
            return value ? value->note : QString();
        break;
    case Source:
        if (show)
            return value ? value->source : QString();
        break;
    default: break;
    }
    return {};
}

QVariant IndicatorValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Goal: return tr("Goal");
    case Name: return tr("Indicator");
    case Baseline: return tr("Baseline");
    case Target: return tr("Target");
    case Value: return tr("Value");
    case Assessment: return tr("Against target");
    case Note: return tr("Note");
    case Source: return tr("Source");
    default: return {};
    }
}

Qt::ItemFlags IndicatorValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    if (!index.isValid() || !p || p->closed || m_editor->document()->isReadOnly())
        return f;
    if (index.column() == Value)
        return f | Qt::ItemIsEditable;
    // A note and a source belong to a value.
    if (index.column() == Note || index.column() == Source) {
        if (const Indicator *ind = indicatorAt(index.row()))
            for (const IndicatorValue &v : ind->values)
                if (v.period == m_period)
                    return f | Qt::ItemIsEditable;
    }
    return f;
}

bool IndicatorValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Indicator *ind = indicatorAt(index.row());
    if (role != Qt::EditRole || !ind || !(flags(index) & Qt::ItemIsEditable))
        return false;
    std::optional<IndicatorValue> v;
    for (const IndicatorValue &x : ind->values)
        if (x.period == m_period)
            v = x;
    const QString text = value.toString();
    switch (index.column()) {
    case Value: {
        if (text.trimmed().isEmpty()) {
            v.reset();
            break;
        }
        const auto number = parseNumber(text);
        if (!number) {
            Q_EMIT refused(tr("“%1” is not a number; the value was not changed.").arg(text));
            return false;
        }
        if (!v) {
            v = IndicatorValue{};
            v->period = m_period;
        }
        v->value = *number;
        break;
    }
    case Note: v->note = text; break;
    case Source: v->source = text; break;
    default: return false;
    }
    m_editor->setIndicatorValue(ind->id, m_period, v);
    return true;
}

} // namespace planverk
