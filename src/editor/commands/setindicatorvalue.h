// Setting, changing or (nullopt) clearing an indicator's measured value for
// one period, with its note and source. The values stay in the order of the
// periods.
#pragma once

#include "commands/changefollowup.h"

namespace planverk {

/// An indicator's value for a period, and which indicator it belongs to.
struct IndicatorValueAt {
    QUuid indicator;
    IndicatorValue value;
};

class SetIndicatorValue : public ChangeFollowup<IndicatorValueAt>
{
public:
    /// `after` nullopt clears the value of `indicator` for `period`.
    SetIndicatorValue(PlanDocument *document, const QUuid &indicator, const QUuid &period, std::optional<IndicatorValue> after, const QString &text)
        : ChangeFollowup(document, current(document, indicator, period), wrap(indicator, std::move(after)), text), m_indicator(indicator),
          m_period(period)
    {}

    static std::optional<IndicatorValue> valueOf(const Plan &plan, const QUuid &indicator, const QUuid &period)
    {
        for (const Indicator &i : plan.followup.indicators)
            if (i.id == indicator)
                for (const IndicatorValue &v : i.values)
                    if (v.period == period)
                        return v;
        return std::nullopt;
    }

protected:
    void put(Followup &f, const std::optional<IndicatorValueAt> &to, const std::optional<IndicatorValueAt> &) const override
    {
        for (Indicator &ind : f.indicators) {
            if (ind.id != m_indicator)
                continue;
            for (qsizetype k = 0; k < ind.values.size(); ++k)
                if (ind.values[k].period == m_period) {
                    if (to)
                        ind.values[k] = to->value;
                    else
                        ind.values.removeAt(k);
                    return;
                }
            if (!to)
                return;
            // In the order of the periods: before the first value of a later period.
            auto order = [&f](const QUuid &p) {
                for (qsizetype n = 0; n < f.periods.size(); ++n)
                    if (f.periods[n].id == p)
                        return n;
                return f.periods.size();
            };
            qsizetype at = 0;
            while (at < ind.values.size() && order(ind.values[at].period) < order(m_period))
                ++at;
            ind.values.insert(at, to->value);
            return;
        }
    }

private:
    static std::optional<IndicatorValueAt> current(PlanDocument *document, const QUuid &indicator, const QUuid &period)
    {
        return wrap(indicator, valueOf(document->plan(), indicator, period));
    }
    static std::optional<IndicatorValueAt> wrap(const QUuid &indicator, std::optional<IndicatorValue> v)
    {
        if (!v)
            return std::nullopt;
        return IndicatorValueAt{indicator, *v};
    }

    QUuid m_indicator;
    QUuid m_period;
};

} // namespace planverk
