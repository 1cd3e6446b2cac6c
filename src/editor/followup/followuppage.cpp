#include "followup/followuppage.h"

#include "entrynumbers.h"
#include "followup/actionreportmodel.h"
#include "followup/followupeditor.h"
#include "followup/followupfilter.h"
#include "followup/indicatorvaluemodel.h"
#include "followup/perioddialog.h"
#include "followup/reportpreview.h"
#include "followup/reportdelegates.h"
#include "model/plandocument.h"
#include "planeditor.h"
#include "render/followupview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace planverk {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->verticalHeader()->hide();
    // Rows of one height: scrolling a long table measures nothing.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

FollowupPage::FollowupPage(PlanEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor), m_followup(new FollowupEditor(editor, this))
{
    setObjectName(QStringLiteral("followupPage"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("Follow-up"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    layout->addWidget(heading);

    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Reporting &period:"), this);
    m_periodBox = new QComboBox(this);
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    m_periodBox->setAccessibleName(tr("Reporting period"));
    m_periodBox->setMinimumContentsLength(8);
    m_periodBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    periodLabel->setBuddy(m_periodBox);
    m_add = new QPushButton(tr("&New period…"), this);
    m_add->setObjectName(QStringLiteral("addPeriod"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPeriod"));
    m_edit->setToolTip(tr("Change the period's name, start and closing date (undoable)"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePeriod"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closePeriod"));
    m_previewButton = new QPushButton(tr("Report pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("showReportPreview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setChecked(true);
    m_previewButton->setToolTip(tr("Show or hide the follow-up report of the period beside the tables"));
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_periodBox);
    periodRow->addWidget(m_add);
    periodRow->addWidget(m_edit);
    periodRow->addWidget(m_delete);
    periodRow->addWidget(m_close);
    periodRow->addStretch();
    periodRow->addWidget(m_previewButton);
    layout->addLayout(periodRow);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("periodState"));
    m_state->setWordWrap(true);
    m_state->setStyleSheet(QStringLiteral("background: #fff3c4; color: #222; padding: 6px; border: 1px solid #c9a400;"));
    layout->addWidget(m_state);
    m_empty = new QLabel(tr("The plan has no reporting periods yet. Add one (New period…) to follow up its actions and indicators."), this);
    m_empty->setObjectName(QStringLiteral("noPeriods"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    // The tables, and beside them the report's preview, which the splitter can fold away.
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("followupSplit"));
    m_split->setChildrenCollapsible(true);
    m_body = new QWidget(m_split);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto addFilter = [&](const QString &label, const QString &name, const QString &accessible) {
        auto *l = new QLabel(label, m_body);
        auto *box = new QComboBox(m_body);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5); // narrow: the navigator keeps its place beside the page
        l->setBuddy(box);
        filterRow->addWidget(l);
        filterRow->addWidget(box, 1);
        return box;
    };
    m_statusFilter = addFilter(tr("S&tatus:"), QStringLiteral("statusFilter"), tr("Show actions with status"));
    m_responsibleFilter = addFilter(tr("Res&ponsible:"), QStringLiteral("responsibleFilter"), tr("Show actions of"));
    m_goalFilter = addFilter(tr("&Goal:"), QStringLiteral("goalFilter"), tr("Show actions and indicators of goal"));
    body->addLayout(filterRow);

    auto *split = new QSplitter(Qt::Vertical, m_body);
    auto *actionsBox = new QGroupBox(tr("Actions"), split);
    auto *al = new QVBoxLayout(actionsBox);
    m_actions = makeTable(actionsBox, QStringLiteral("actionReports"), tr("Actions and their reports"));
    al->addWidget(m_actions);
    auto *indicatorsBox = new QGroupBox(tr("Indicator values"), split);
    auto *il = new QVBoxLayout(indicatorsBox);
    m_indicators = makeTable(indicatorsBox, QStringLiteral("indicatorValues"), tr("Indicator values of the period"));
    il->addWidget(m_indicators);
    split->addWidget(actionsBox);
    split->addWidget(indicatorsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body->addWidget(split, 1);
    m_message = new QLabel(m_body);
    m_message->setObjectName(QStringLiteral("followupMessage"));
    m_message->setWordWrap(true);
    body->addWidget(m_message);
    m_preview = new ReportPreview(editor->document(), m_split);
    m_split->addWidget(m_body);
    m_split->addWidget(m_preview);
    m_split->setCollapsible(0, false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({1000, 520}); // the tables first
    if (const QByteArray kept = QSettings().value(QStringLiteral("followup/splitter")).toByteArray(); !kept.isEmpty())
        m_split->restoreState(kept);
    m_previewButton->setChecked(m_split->sizes().value(1) > 0);
    layout->addWidget(m_split, 1);

    m_actionModel = new ActionReportModel(m_followup, this);
    m_actionFilter = new FollowupFilter(ActionReportModel::GoalsRole, ActionReportModel::StatusCodeRole, ActionReportModel::Responsible, this);
    m_actionFilter->setSourceModel(m_actionModel);
    m_actions->setModel(m_actionFilter);
    m_actions->setItemDelegateForColumn(ActionReportModel::Status, new StatusDelegate(m_actions));
    m_actions->setItemDelegateForColumn(ActionReportModel::Progress, new ProgressDelegate(m_actions));
    m_actions->setItemDelegateForColumn(ActionReportModel::Comment, new CommentDelegate(m_actions));
    QHeaderView *ah = m_actions->horizontalHeader();
    ah->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Each column as wide as what it usually holds; the comment takes the rest
    // (its first line; the whole text in the tooltip). Every other column can be widened.
    ah->setMinimumSectionSize(em * 2);
    // A short column as wide as its widest usual value or its heading (with the sort arrow), whichever is wider.
    const auto fit = [this, ah](int column, const QString &sample) {
        const int heading = ah->fontMetrics().horizontalAdvance(m_actionModel->headerData(column, Qt::Horizontal).toString()) + 24;
        ah->resizeSection(column, std::max(heading, fontMetrics().horizontalAdvance(sample) + 14));
    };
    fit(ActionReportModel::Number, QStringLiteral("T00"));
    ah->resizeSection(ActionReportModel::Title, em * 14);
    fit(ActionReportModel::Goals, QStringLiteral("M1.2"));
    ah->resizeSection(ActionReportModel::Responsible, em * 8);
    fit(ActionReportModel::Status, FollowupEditor::statusText(QStringLiteral("not-started")));
    fit(ActionReportModel::Progress, QStringLiteral("100 %"));
    ah->resizeSection(ActionReportModel::ReportedBy, em * 8);
    fit(ActionReportModel::Date, QStringLiteral("00.00.0000"));
    ah->setSectionResizeMode(ActionReportModel::Comment, QHeaderView::Stretch);
    ah->setStretchLastSection(false);
    m_actions->viewport()->installEventFilter(this);
    connect(ah, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ActionReportModel::Comment)
            fitCommentColumn();
    });

    m_indicatorModel = new IndicatorValueModel(m_followup, this);
    m_indicatorFilter = new FollowupFilter(IndicatorValueModel::GoalRole, -1, -1, this);
    m_indicatorFilter->setSourceModel(m_indicatorModel);
    m_indicators->setModel(m_indicatorFilter);
    QHeaderView *ih = m_indicators->horizontalHeader();
    ih->resizeSection(IndicatorValueModel::Goal, em * 5);
    ih->resizeSection(IndicatorValueModel::Name, em * 17);
    ih->resizeSection(IndicatorValueModel::Baseline, em * 9);
    ih->resizeSection(IndicatorValueModel::Target, em * 8);
    ih->resizeSection(IndicatorValueModel::Value, em * 8);
    ih->resizeSection(IndicatorValueModel::Assessment, em * 8);
    ih->resizeSection(IndicatorValueModel::Note, em * 12);
    ih->setStretchLastSection(true);
    connect(m_indicatorModel, &IndicatorValueModel::refused, m_message, &QLabel::setText);

    connect(m_periodBox, &QComboBox::activated, this, [this](int i) { setPeriod(m_periodBox->itemData(i).value<QUuid>()); });
    connect(m_add, &QPushButton::clicked, this, &FollowupPage::addPeriodDialog);
    connect(m_edit, &QPushButton::clicked, this, &FollowupPage::editPeriodDialog);
    connect(m_delete, &QPushButton::clicked, this, &FollowupPage::deletePeriodAsked);
    connect(m_previewButton, &QPushButton::toggled, this, &FollowupPage::showPreview);
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        QSignalBlocker block(m_previewButton);
        m_previewButton->setChecked(m_split->sizes().value(1) > 0);
        QSettings().setValue(QStringLiteral("followup/splitter"), m_split->saveState());
    });
    connect(m_close, &QPushButton::clicked, this, &FollowupPage::toggleClosed);
    for (QComboBox *box : {m_statusFilter, m_responsibleFilter, m_goalFilter})
        connect(box, &QComboBox::activated, this, &FollowupPage::applyFilters);

    PlanDocument *doc = editor->document();
    connect(doc, &PlanDocument::followupChanged, this, [this] {
        fillPeriods();
        updateState();
    });
    connect(doc, &PlanDocument::fileProblem, this, &FollowupPage::updateState); // nothing more is saved: no buttons that would
    auto entities = [this](EntityKind kind) {
        if (kind == EntityKind::Action || kind == EntityKind::Goal)
            fillFilters();
    };
    connect(doc, &PlanDocument::inserted, this, entities);
    connect(doc, &PlanDocument::removed, this, entities);
    connect(doc, &PlanDocument::moved, this, entities);
    connect(doc, &PlanDocument::changed, this, entities);

    fillFilters();
    fillPeriods();
    setPeriod({});
}

FollowupPage::~FollowupPage() = default;

void FollowupPage::fillPeriods()
{
    const QList<ReportingPeriod> &periods = m_editor->plan().followup.periods;
    QSignalBlocker block(m_periodBox);
    m_periodBox->clear();
    for (const ReportingPeriod &p : periods)
        m_periodBox->addItem(p.closed ? tr("%1 (closed)").arg(p.name) : p.name, QVariant::fromValue(p.id));
    if (!m_editor->plan().followup.period(m_period))
        m_period = periods.isEmpty() ? QUuid() : periods.last().id; // its addition was undone
    m_periodBox->setCurrentIndex(m_periodBox->findData(QVariant::fromValue(m_period)));
    m_actionModel->setPeriod(m_period);
    m_indicatorModel->setPeriod(m_period);
    m_preview->setPeriod(m_period);
}

void FollowupPage::fillFilters()
{
    const Plan &plan = m_editor->plan();
    auto refill = [](QComboBox *box, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        QSignalBlocker block(box);
        box->clear();
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    if (m_statusFilter->count() == 0) {
        QList<std::pair<QString, QVariant>> items{{tr("All"), QString()}};
        for (const QString &code : codes::reportStatuses)
            items.append({FollowupEditor::statusText(code), code});
        items.append({FollowupEditor::statusText(QString()), QStringLiteral("none")});
        refill(m_statusFilter, items);
    }
    QStringList responsible;
    for (const Action &a : plan.actions)
        if (!a.responsible.trimmed().isEmpty() && !responsible.contains(a.responsible))
            responsible << a.responsible;
    responsible.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QVariant>> people{{tr("Everyone"), QString()}};
    for (const QString &r : std::as_const(responsible))
        people.append({r, r});
    refill(m_responsibleFilter, people);
    QList<std::pair<QString, QVariant>> goals{{tr("All goals"), QVariant()}};
    const QHash<QUuid, QString> numbers = EntryNumbers::goals(plan); // "M1", "M1.2", as the documents number them
    for (const Goal &goal : plan.goals) {
        goals.append({numbers.value(goal.id) + ' ' + goal.title, QVariant::fromValue(goal.id)});
        for (const Goal &sub : goal.subgoals)
            goals.append({QStringLiteral("   ") + numbers.value(sub.id) + ' ' + sub.title, QVariant::fromValue(sub.id)});
    }
    refill(m_goalFilter, goals);
    applyFilters();
}

void FollowupPage::applyFilters()
{
    m_actionFilter->setStatus(m_statusFilter->currentData().toString());
    m_actionFilter->setResponsible(m_responsibleFilter->currentData().toString());
    QSet<QUuid> goals;
    if (const QUuid g = m_goalFilter->currentData().value<QUuid>(); !g.isNull()) {
        goals.insert(g);
        if (const Goal *goal = findEntity<Goal>(m_editor->plan(), g))
            for (const Goal &s : goal->subgoals)
                goals.insert(s.id);
    }
    m_actionFilter->setGoals(goals);
    m_indicatorFilter->setGoals(goals);
}

void FollowupPage::setPeriod(const QUuid &id)
{
    const Plan &plan = m_editor->plan();
    QUuid period = id;
    if (period.isNull() || !plan.followup.period(period)) {
        period = reportPeriodOf(plan);
        if (period.isNull() && !plan.followup.periods.isEmpty())
            period = plan.followup.periods.last().id;
    }
    m_period = period;
    m_periodBox->setCurrentIndex(m_periodBox->findData(QVariant::fromValue(m_period)));
    m_actionModel->setPeriod(m_period);
    m_indicatorModel->setPeriod(m_period);
    m_preview->setPeriod(m_period);
    m_message->clear();
    updateState();
}

void FollowupPage::updateState()
{
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    const bool readOnly = m_editor->document()->isReadOnly();
    m_empty->setVisible(!p);
    m_split->setVisible(p);
    m_previewButton->setVisible(p);
    m_periodBox->setEnabled(p);
    m_add->setEnabled(!readOnly);
    m_edit->setEnabled(p && !p->closed && !readOnly);
    m_delete->setEnabled(p && !p->closed && !readOnly);
    m_delete->setToolTip(p && p->closed ? tr("A closed period is kept as it is: reopen it to delete it")
                                        : tr("Delete the period with its status reports and indicator values (undoable)"));
    m_close->setEnabled(p && !readOnly);
    m_close->setText(p && p->closed ? tr("&Reopen period") : tr("&Close period"));
    m_close->setToolTip(p && p->closed ? tr("Reopen the period, so that its reports and values can change (undoable)")
                                       : tr("Close the period: its reports and values are kept as they are until it is reopened (undoable)"));
    m_state->setVisible(p && p->closed);
    if (p && p->closed)
        m_state->setText(tr("The period %1 is closed: its reports and values are shown read-only. Reopen it to change them.").arg(p->name));
}

void FollowupPage::addPeriodDialog()
{
    if (!m_interactive) {
        const ReportingPeriod suggested = m_followup->suggestedPeriod();
        setPeriod(m_followup->addPeriod(suggested.name, suggested.start, suggested.closing));
        return;
    }
    PeriodDialog dialog(m_followup, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        setPeriod(m_followup->addPeriod(dialog.name(), dialog.start(), dialog.closing()));
}

void FollowupPage::editPeriodDialog()
{
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    if (!p || !m_interactive)
        return;
    PeriodDialog dialog(m_followup, p, this);
    if (dialog.exec() == QDialog::Accepted)
        editPeriod(m_period, dialog.name(), dialog.start(), dialog.closing());
}

void FollowupPage::editPeriod(const QUuid &period, const QString &name, const QDate &start, const QDate &closing)
{
    const ReportingPeriod *p = m_editor->plan().followup.period(period);
    if (!p || name.trimmed().isEmpty())
        return;
    if (start.isValid() && closing.isValid() && closing < start) {
        showError(tr("Cannot change the period"), tr("The period %1 cannot close (%2) before it starts (%3).")
                                                      .arg(p->name, closing.toString(QStringLiteral("dd.MM.yyyy")), start.toString(QStringLiteral("dd.MM.yyyy"))));
        return;
    }
    const bool renamed = p->name != name.trimmed();
    const bool redated = p->start != start || p->closing != closing;
    QUndoStack *undo = m_editor->undoStack();
    if (renamed && redated)
        undo->beginMacro(tr("Edit period %1").arg(p->name));
    if (redated)
        m_followup->setPeriodDates(period, start, closing);
    if (renamed)
        m_followup->renamePeriod(period, name.trimmed());
    if (renamed && redated)
        undo->endMacro();
    m_message->clear();
}

void FollowupPage::deletePeriodAsked()
{
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    if (!p || p->closed)
        return;
    m_lastQuestion = m_followup->deleteQuestion(m_period);
    if (m_interactive
        && QMessageBox::warning(this, tr("Delete the period %1?").arg(p->name), m_lastQuestion, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    m_followup->deletePeriod(m_period);
    setPeriod({});
}

void FollowupPage::showPreview(bool on)
{
    QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (on && sizes.value(1) == 0)
        m_split->setSizes({total * 3 / 5, total - total * 3 / 5});
    else if (!on)
        m_split->setSizes({total, 0});
    QSettings().setValue(QStringLiteral("followup/splitter"), m_split->saveState());
}

void FollowupPage::toggleClosed()
{
    const ReportingPeriod *p = m_editor->plan().followup.period(m_period);
    if (!p)
        return;
    if (p->closed)
        m_followup->reopenPeriod(m_period);
    else
        m_followup->closePeriod(m_period);
}

void FollowupPage::importValuesDialog()
{
    if (m_editor->document()->isReadOnly())
        return;
    QSettings s;
    const QString folder = s.value(QStringLiteral("folders/values"), QFileInfo(m_editor->document()->path()).absolutePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import indicator values"), folder, tr("Values from a spreadsheet (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("folders/values"), QFileInfo(path).absolutePath());
    const int before = m_editor->undoStack()->count();
    const QString error = m_followup->importValues(path);
    if (!error.isEmpty())
        showError(tr("Cannot import the values"), error + QStringLiteral("\n\n") + tr("Nothing was changed."));
    else
        m_message->setText(m_editor->undoStack()->count() > before ? m_editor->undoStack()->text(m_editor->undoStack()->count() - 1)
                                                                     : tr("The file holds no values that differ from the plan's."));
}

void FollowupPage::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    if (m_interactive)
        QMessageBox::warning(this, title, message);
    else
        m_message->setText(message);
}

// The comment column takes the room the other columns leave, but never less
// than 12 em: in a narrower table (the report's preview beside it) the table
// scrolls sideways rather than squeezing the comments to a few pixels.
void FollowupPage::fitCommentColumn()
{
    QHeaderView *ah = m_actions->horizontalHeader();
    const int least = 12 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int others = 0;
    for (int c = 0; c < ah->count(); ++c)
        if (c != ActionReportModel::Comment && !ah->isSectionHidden(c))
            others += ah->sectionSize(c);
    const bool stretch = m_actions->viewport()->width() - others >= least;
    if (stretch == (ah->sectionResizeMode(ActionReportModel::Comment) == QHeaderView::Stretch))
        return;
    ah->setSectionResizeMode(ActionReportModel::Comment, stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!stretch)
        ah->resizeSection(ActionReportModel::Comment, least);
}

bool FollowupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_actions->viewport() && event->type() == QEvent::Resize)
        fitCommentColumn();
    return QWidget::eventFilter(watched, event);
}

void FollowupPage::commitOpenEdits()
{
    for (QTableView *view : {m_actions, m_indicators}) {
        // A cell's open editor is a direct child of the viewport.
        for (QWidget *editor : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (editor->isVisible())
                Q_EMIT view->itemDelegateForIndex(view->currentIndex())->commitData(editor);
    }
}

} // namespace planverk
