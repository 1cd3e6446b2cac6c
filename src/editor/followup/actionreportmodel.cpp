#include "followup/actionreportmodel.h"

#include "entrynumbers.h"
#include "followup/followupeditor.h"
#include "model/plandocument.h"

#include <QCollator>

namespace planverk {

ActionReportModel::ActionReportModel(FollowupEditor *editor, QObject *parent) : QAbstractTableModel(parent), m_editor(editor)
{
    PlanDocument *doc = editor->document();
    connect(doc, &PlanDocument::followupChanged, this, &ActionReportModel::onFollowupChanged);
    // Actions come, go and move: the rows are made again. A changed action or goal: its texts.
    auto structural = [this](EntityKind kind) {
        if (kind == EntityKind::Action || kind == EntityKind::Goal)
            reload();
    };
    connect(doc, &PlanDocument::inserted, this, structural);
    connect(doc, &PlanDocument::removed, this, structural);
    connect(doc, &PlanDocument::moved, this, structural);
    connect(doc, &PlanDocument::changed, this, [this](EntityKind kind, const QUuid &id) {
        if (kind == EntityKind::Action && m_rowOf.contains(id)) {
            const int row = m_rowOf.value(id);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    reload();
}

void ActionReportModel::reload()
{
    beginResetModel();
    const Plan &plan = m_editor->plan();
    m_actions.clear();
    m_rowOf.clear();
    for (const Action &a : plan.actions) {
        m_rowOf.insert(a.id, int(m_actions.size()));
        m_actions << a.id;
    }
    m_goalNumbers = EntryNumbers::goals(plan);
    m_reports.clear();
    for (const StatusReport &r : plan.followup.reports)
        if (r.period == m_period)
            m_reports.insert(r.action, r);
    const ReportingPeriod *p = plan.followup.period(m_period);
    m_periodClosed = p && p->closed;
    endResetModel();
}

void ActionReportModel::setPeriod(const QUuid &period)
{
    if (period == m_period)
        return;
    m_period = period;
    reload();
}

bool ActionReportModel::isEditable() const
{
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    return p && !p->closed && !m_editor->document()->isReadOnly();
}

// Only the rows whose report changed are told, so that the view keeps its
// selection, its scroll position and an editor open elsewhere.
void ActionReportModel::onFollowupChanged()
{
    const Plan &plan = m_editor->plan();
    QHash<QUuid, StatusReport> now;
    for (const StatusReport &r : plan.followup.reports)
        if (r.period == m_period)
            now.insert(r.action, r);
    const ReportingPeriod *p = plan.followup.period(m_period);
    const bool closed = p && p->closed;
    if (!p && !m_period.isNull()) { // the period is gone (its addition undone)
        m_period = QUuid();
        now.clear();
    }
    const bool all = closed != m_periodClosed;
    QList<QUuid> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (m_reports.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = m_reports.cbegin(); it != m_reports.cend(); ++it)
        if (!now.contains(it.key()))
            changed << it.key();
    m_reports = now;
    m_periodClosed = closed;
    if (m_actions.isEmpty())
        return;
    if (all) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_actions.size()) - 1, ColumnCount - 1));
        return;
    }
    for (const QUuid &id : std::as_const(changed))
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            Q_EMIT dataChanged(index(row, Status), index(row, ColumnCount - 1));
}

int ActionReportModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_actions.size()); }
int ActionReportModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ActionReportModel::goalNumbers(const Action &a) const
{
    QStringList out;
    for (const QUuid &g : a.goals)
        if (m_goalNumbers.contains(g))
            out << m_goalNumbers.value(g);
    return out.join(QStringLiteral(", "));
}

namespace {
// The first line of a comment, as the cell shows it.
QString firstLine(const QString &s)
{
    const qsizetype n = s.indexOf('\n');
    return n < 0 ? s : s.left(n) + QStringLiteral(" …");
}
int statusOrder(const QString &code) { return code.isEmpty() ? -1 : int(codes::reportStatuses.indexOf(code)); }
} // namespace

QVariant ActionReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const QUuid id = m_actions[index.row()];
    const Action *a = findEntity<Action>(m_editor->plan(), id);
    if (!a)
        return {};
    const auto report = m_reports.constFind(id);
    const bool reported = report != m_reports.cend();
    const QString status = reported ? report->status : QString();
    switch (role) {
    case ActionRole: return QVariant::fromValue(id);
    case StatusCodeRole: return status;
    case GoalsRole: return QVariant::fromValue(a->goals);
    default: break;
    }
    switch (index.column()) {
    case Number:
        if (role == Qt::DisplayRole)
            return EntryNumbers::action(index.row()); // "T3", as the documents number it
        if (role == SortRole)
            return index.row() + 1;
        break;
    case Title:
        if (role == Qt::DisplayRole || role == SortRole)
            return a->title;
        if (role == Qt::ToolTipRole)
            return a->description.isEmpty() ? a->title : a->title + QStringLiteral("\n\n") + a->description;
        break;
    case Goals:
        if (role == Qt::DisplayRole || role == SortRole)
            return goalNumbers(*a);
        if (role == Qt::ToolTipRole) { // "M1.2 Unge får internasjonal erfaring", one a line
            QStringList lines;
            for (const QUuid &g : a->goals)
                if (const Goal *goal = findEntity<Goal>(m_editor->plan(), g); goal && m_goalNumbers.contains(g))
                    lines << m_goalNumbers.value(g) + ' ' + goal->title;
            return lines.join('\n');
        }
        break;
    case Responsible:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return a->responsible;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return FollowupEditor::statusText(status);
        if (role == Qt::EditRole)
            return reported ? status : QStringLiteral("not-started");
        if (role == SortRole)
            return statusOrder(status);
        break;
    case Progress:
        if (role == Qt::DisplayRole)
            return reported ? QStringLiteral("%1 %").arg(report->progress) : QString();
        if (role == Qt::EditRole)
            return reported ? report->progress : 0;
        if (role == SortRole)
            return reported ? report->progress : -1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Comment:
        if (role == Qt::DisplayRole)
            return reported ? firstLine(report->comment) : QString();
        if (role == Qt::EditRole || role == Qt::ToolTipRole || role == SortRole)
            return reported ? report->comment : QString();
        break;
    case ReportedBy:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return reported ? report->reportedBy : QString();
        break;
    case Date:
        if (role == Qt::DisplayRole)
            return reported && report->date.isValid() ? report->date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
        if (role == SortRole)
            return reported ? report->date : QDate();
        break;
    default: break;
    }
    return {};
}

QVariant ActionReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Title: return tr("Action");
    case Goals: return tr("Goals");
    case Responsible: return tr("Responsible");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    case Comment: return tr("Comment");
    case ReportedBy: return tr("Reported by");
    case Date: return tr("Date");
    default: return {};
    }
}

Qt::ItemFlags ActionReportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool reportField = index.column() == Status || index.column() == Progress || index.column() == Comment;
    if (index.isValid() && reportField && !m_periodClosed && !m_period.isNull() && !m_editor->document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionReportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QUuid id = m_actions[index.row()];
    switch (index.column()) {
    case Status:
        if (!codes::reportStatuses.contains(value.toString()))
            return false;
        m_editor->setActionStatus(id, m_period, value.toString());
        return true;
    case Progress: {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < 0 || p > 100)
            return false;
        m_editor->setActionProgress(id, m_period, p);
        return true;
    }
    case Comment: m_editor->setActionComment(id, m_period, value.toString()); return true;
    default: return false;
    }
}

} // namespace planverk
