// The Oppfølging page's table of indicator values: one row per indicator of
// the plan (goal by goal), with its target for the chosen period's year and
// its measured value, note and source for the period, editable in place
// (an empty value clears it). Rows update in place as the document changes.
#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>

namespace planverk {

class FollowupEditor;

class IndicatorValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Goal, Name, Baseline, Target, Value, Assessment, Note, Source, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IndicatorRole, GoalRole };

    explicit IndicatorValueModel(FollowupEditor *editor, QObject *parent = nullptr);

    void setPeriod(const QUuid &period);
    QUuid period() const { return m_period; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// A number as typed in Norway or in English: "12,5", "12.5", "1 234,5"; nullopt when it is not one.
    static std::optional<double> parseNumber(const QString &text);
    static QString formatNumber(double value);

Q_SIGNALS:
    /// A value typed that is not a number: the message says so, and nothing changed.
    void refused(const QString &message);

private:
    void reload();
    void onFollowupChanged();
    const Indicator *indicatorAt(int row) const;

    FollowupEditor *m_editor;
    QUuid m_period;
    bool m_periodClosed = false;
    QList<Indicator> m_indicators; // as shown
    QHash<QUuid, QString> m_goalNumbers;
};

} // namespace planverk
