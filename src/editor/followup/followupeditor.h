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
    void closePeriod(const QUuid &period);
    void reopenPeriod(const QUuid &period);
    /// The next period after the last one (a year after it, or this year): name, start and closing date.
    ReportingPeriod suggestedPeriod() const;

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
