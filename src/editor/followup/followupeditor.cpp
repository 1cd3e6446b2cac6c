#include "followup/followupeditor.h"

#include "commands/addperiod.h"
#include "commands/closeperiod.h"
#include "commands/deleteperiod.h"
#include "commands/importindicatorvalues.h"
#include "commands/renameperiod.h"
#include "commands/setactioncomment.h"
#include "commands/setactionprogress.h"
#include "commands/setactionstatus.h"
#include "commands/setperioddates.h"
#include "commands/setindicatorvalue.h"
#include "errortext.h"
#include "io/valuescsv.h"
#include "planeditor.h"

#include <QFile>
#include <algorithm>
#include <QFileInfo>

namespace planverk {

FollowupEditor::FollowupEditor(PlanEditor *editor, QObject *parent) : QObject(parent), m_editor(editor) {}

PlanDocument *FollowupEditor::document() const { return m_editor->document(); }
const Plan &FollowupEditor::plan() const { return m_editor->plan(); }

namespace {
QString actionTitle(const Plan &plan, const QUuid &id)
{
    const Action *a = findEntity<Action>(plan, id);
    return a ? a->title : QString();
}
} // namespace

void FollowupEditor::setActionStatus(const QUuid &action, const QUuid &period, const QString &status)
{
    const StatusReport *r = plan().followup.report(action, period);
    if (r && r->status == status) // no report yet: choosing even "not started" makes one
        return;
    m_editor->undoStack()->push(new SetActionStatus(document(), action, period, status, tr("Set status of “%1”").arg(actionTitle(plan(), action))));
}

void FollowupEditor::setActionProgress(const QUuid &action, const QUuid &period, int progress)
{
    const StatusReport *r = plan().followup.report(action, period);
    if (r && r->progress == progress)
        return;
    m_editor->undoStack()->push(new SetActionProgress(document(), action, period, progress, tr("Set progress of “%1”").arg(actionTitle(plan(), action))));
}

void FollowupEditor::setActionComment(const QUuid &action, const QUuid &period, const QString &comment)
{
    const StatusReport *r = plan().followup.report(action, period);
    if (r ? r->comment == comment : comment.isEmpty())
        return;
    m_editor->undoStack()->push(new SetActionComment(document(), action, period, comment, tr("Edit comment on “%1”").arg(actionTitle(plan(), action))));
}

void FollowupEditor::setIndicatorValue(const QUuid &indicator, const QUuid &period, const std::optional<IndicatorValue> &value)
{
    if (SetIndicatorValue::valueOf(plan(), indicator, period) == value)
        return;
    QString name;
    for (const Indicator &i : plan().followup.indicators)
        if (i.id == indicator)
            name = i.name;
    m_editor->undoStack()->push(new SetIndicatorValue(document(), indicator, period, value,
                                                      value ? tr("Set value of “%1”").arg(name) : tr("Clear value of “%1”").arg(name)));
}

QUuid FollowupEditor::addPeriod(const QString &name, const QDate &start, const QDate &closing)
{
    ReportingPeriod p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.start = start;
    p.closing = closing;
    m_editor->undoStack()->push(new AddPeriod(document(), p, tr("Add period %1").arg(name)));
    return plan().followup.period(p.id) ? p.id : QUuid();
}

void FollowupEditor::renamePeriod(const QUuid &period, const QString &name)
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p || p->name == name)
        return;
    m_editor->undoStack()->push(new RenamePeriod(document(), period, name, tr("Rename period %1").arg(p->name)));
}

QString FollowupEditor::setPeriodDates(const QUuid &period, const QDate &start, const QDate &closing)
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p)
        return {};
    if (start.isValid() && closing.isValid() && closing < start)
        return tr("The period %1 cannot close (%2) before it starts (%3).")
            .arg(p->name, closing.toString(QStringLiteral("dd.MM.yyyy")), start.toString(QStringLiteral("dd.MM.yyyy")));
    if (p->start == start && p->closing == closing)
        return {};
    m_editor->undoStack()->push(new SetPeriodDates(document(), period, start, closing, tr("Change dates of period %1").arg(p->name)));
    return {};
}

void FollowupEditor::deletePeriod(const QUuid &period)
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p)
        return;
    m_editor->undoStack()->push(new DeletePeriod(document(), period, tr("Delete period %1").arg(p->name)));
}

QString FollowupEditor::deleteQuestion(const QUuid &period) const
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p)
        return {};
    const Followup &f = plan().followup;
    const int reports = int(std::count_if(f.reports.begin(), f.reports.end(), [&](const StatusReport &r) { return r.period == period; }));
    int values = 0;
    for (const Indicator &i : f.indicators)
        values += int(std::count_if(i.values.begin(), i.values.end(), [&](const IndicatorValue &v) { return v.period == period; }));
    const QString question = tr("Delete the period %1?").arg(p->name);
    if (reports == 0 && values == 0)
        return question + ' ' + tr("Nothing has been reported for it yet.");
    return question + ' ' + tr("Its %n status reports", nullptr, reports) + ' ' + tr("and %n indicator values are deleted with it.", nullptr, values) + ' '
         + tr("You can undo it (Ctrl+Z).");
}

void FollowupEditor::closePeriod(const QUuid &period)
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p || p->closed)
        return;
    m_editor->undoStack()->push(new ClosePeriod(document(), period, tr("Close period %1").arg(p->name)));
}

void FollowupEditor::reopenPeriod(const QUuid &period)
{
    const ReportingPeriod *p = plan().followup.period(period);
    if (!p || !p->closed)
        return;
    m_editor->undoStack()->push(new ReopenPeriod(document(), period, tr("Reopen period %1").arg(p->name)));
}

ReportingPeriod FollowupEditor::suggestedPeriod(PeriodKind kind) const
{
    // The day the next period starts: the day after the last one closes, or today.
    QDate from = QDate::currentDate();
    const QList<ReportingPeriod> &periods = plan().followup.periods;
    if (!periods.isEmpty()) {
        const ReportingPeriod &last = periods.last();
        if (last.closing.isValid())
            from = last.closing.addDays(1);
        else if (last.start.isValid())
            from = kind == PeriodKind::Tertial ? last.start.addMonths(4) : last.start.addYears(1);
    }
    ReportingPeriod p;
    if (kind == PeriodKind::Tertial) {
        const int tertial = (from.month() - 1) / 4; // 0, 1, 2
        p.start = QDate(from.year(), tertial * 4 + 1, 1);
        p.closing = p.start.addMonths(4).addDays(-1);
        // The period's name is the plan's, in the plan's language.
        p.name = plan().info.language == QLatin1String("en") ? QStringLiteral("Tertial %1 %2").arg(tertial + 1).arg(from.year())
                                                             : QStringLiteral("%1. tertial %2").arg(tertial + 1).arg(from.year());
        return p;
    }
    // A year: the year after the last period's (the year it closes in), or this year.
    int year = QDate::currentDate().year();
    if (!periods.isEmpty()) {
        const ReportingPeriod &last = periods.last();
        const QDate end = last.closing.isValid() ? last.closing : last.start;
        if (end.isValid())
            year = end.year() + 1;
    }
    p.start = QDate(year, 1, 1);
    p.closing = QDate(year, 12, 31);
    if (kind == PeriodKind::Year)
        p.name = QString::number(year);
    return p;
}

QString FollowupEditor::importValues(const QString &path)
{
    try {
        QFile file(path);
        if (!file.exists())
            throw PlanError(path, {}, QStringLiteral("no such file"));
        if (!file.open(QIODevice::ReadOnly))
            throw PlanError(path, {}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        const ValuesImport imported = importValuesCsv(file.readAll(), path, plan());
        if (imported.followup == plan().followup)
            return {};
        m_editor->undoStack()->push(new ImportIndicatorValues(document(), imported.followup,
                                                              tr("Import %n indicator values from %1", nullptr, imported.added + imported.replaced)
                                                                  .arg(QFileInfo(path).fileName())));
    } catch (const PlanError &e) {
        return ErrorText::of(e);
    }
    return {};
}

QString FollowupEditor::statusWord(const QString &code)
{
    if (code == QLatin1String("on-track"))
        return tr("On track");
    if (code == QLatin1String("delayed"))
        return tr("Delayed");
    if (code == QLatin1String("done"))
        return tr("Done");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (code == QLatin1String("not-started"))
        return tr("Not started");
    return tr("Not reported");
}

QString FollowupEditor::statusText(const QString &code)
{
    // The same symbols as the report (render/followupview.cpp): never colour alone.
    const char *symbol = code == QLatin1String("on-track") ? "●" : code == QLatin1String("delayed") ? "▲" : code == QLatin1String("done") ? "✓"
                       : code == QLatin1String("cancelled") ? "✕" : code == QLatin1String("not-started") ? "○" : "–";
    return QString::fromUtf8(symbol) + QLatin1Char(' ') + statusWord(code);
}

} // namespace planverk
