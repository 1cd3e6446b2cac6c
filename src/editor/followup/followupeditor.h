// The one way the editor's follow-up widgets change a plan (as PlanEditor is
// for the rest): each function pushes one undo command on the plan's undo
// stack, so every change is undoable and in the file at once. A change in a
// closed period is not offered by the widgets, and refused by the document.
#pragma once

#include "model/plan.h"

#include <QObject>

#include <optional>

namespace planverk {

class PlanEditor;
class PlanDocument;

class FollowupEditor : public QObject
{
    Q_OBJECT
public:
    explicit FollowupEditor(PlanEditor *editor, QObject *parent = nullptr);

    PlanEditor *planEditor() const { return m_editor; }
    PlanDocument *document() const;
    const Plan &plan() const;

    void setActionStatus(const QUuid &action, const QUuid &period, const QString &status);
    void setActionProgress(const QUuid &action, const QUuid &period, int progress);
    void setActionComment(const QUuid &action, const QUuid &period, const QString &comment);

    /// nullopt clears the value.
    void setIndicatorValue(const QUuid &indicator, const QUuid &period, const std::optional<IndicatorValue> &value);

    /// Adds the period and returns its id.
    QUuid addPeriod(const QString &name, const QDate &start, const QDate &closing);
    void renamePeriod(const QUuid &period, const QString &name);
    /// New start and closing dates; a closing date before the start is
    /// refused: the message (naming the period and both dates) is returned and nothing changes.
    QString setPeriodDates(const QUuid &period, const QDate &start, const QDate &closing);
    /// Deletes the period with its status reports and indicator values (one undo step).
    void deletePeriod(const QUuid &period);
    /// What deleting the period takes with it, as a question for the user:
    /// "Delete the period 2025? Its 12 status reports and 4 indicator values are deleted with it."
    QString deleteQuestion(const QUuid &period) const;
    void closePeriod(const QUuid &period);
    void reopenPeriod(const QUuid &period);
    /// A year ("2027"), a tertial ("1. tertial 2027": January–April, May–August,
    /// September–December) or a period of the planner's own (dated as a year, unnamed).
    enum class PeriodKind { Year, Tertial, Custom };
    /// The next period of `kind` after the last one (or the one of today): name, start and closing date.
    ReportingPeriod suggestedPeriod(PeriodKind kind = PeriodKind::Year) const;

    /// Imports the values of the CSV file `path` (io/valuescsv.h) in one undo
    /// step. On a problem nothing changes and the message (file:line:column) is returned.
    QString importValues(const QString &path);

    /// The status word with its symbol ("● I rute"), in the interface's language.
    static QString statusText(const QString &code);
    /// The status word alone ("I rute").
    static QString statusWord(const QString &code);

private:
    PlanEditor *m_editor;
};

} // namespace planverk
