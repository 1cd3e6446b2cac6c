// The Oppfølging page (the navigator's last entry): choose a reporting
// period; the table of every action with its status, progress and comment
// for the period, and the table of indicator values for it, both editable in
// place, sortable by any column and filtered by status, responsible and
// goal. A closed period is shown read-only with a button that reopens it.
// Periods are added (a year, a tertial or a period of one's own), edited
// (name, start and closing date), deleted (with their reports and values,
// after a question that counts them), closed and reopened here. Beside the
// tables, in a splitter that can fold it away, the preview of the period's
// follow-up report. Every change is one undo step (FollowupEditor) and in
// the file at once.
#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace planverk {

class ActionReportModel;
class FollowupEditor;
class FollowupFilter;
class IndicatorValueModel;
class PlanEditor;
class ReportPreview;

class FollowupPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowupPage(PlanEditor *editor, QWidget *parent = nullptr);
    ~FollowupPage() override;

    /// Keeps what is being typed in an open cell of the tables (the window
    /// closes, the plan is closed): nothing typed is lost.
    void commitOpenEdits();

    FollowupEditor *followupEditor() const { return m_followup; }
    QUuid period() const { return m_period; }
    /// Shows the period `id` (null: the latest period with reports, else the last one).
    void setPeriod(const QUuid &id);

    QComboBox *periodBox() const { return m_periodBox; }
    QTableView *actionsView() const { return m_actions; }
    QTableView *indicatorsView() const { return m_indicators; }
    ActionReportModel *actionModel() const { return m_actionModel; }
    IndicatorValueModel *indicatorModel() const { return m_indicatorModel; }
    FollowupFilter *actionFilter() const { return m_actionFilter; }
    QComboBox *statusFilterBox() const { return m_statusFilter; }
    QComboBox *responsibleFilterBox() const { return m_responsibleFilter; }
    QComboBox *goalFilterBox() const { return m_goalFilter; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *previewButton() const { return m_previewButton; }
    QSplitter *splitter() const { return m_split; }
    ReportPreview *reportPreview() const { return m_preview; }

    /// Gives the period a new name and dates (an undo step each); a closing
    /// date before the start is refused with a message (lastError()) and nothing changes.
    void editPeriod(const QUuid &period, const QString &name, const QDate &start, const QDate &closing);
    /// The question the last Delete… asked (answered yes when not interactive).
    QString lastQuestion() const { return m_lastQuestion; }

    /// Fil ▸ Importer indikatorverdier…: a file dialog, then FollowupEditor::importValues;
    /// a problem is shown in a message box naming the file, line and column.
    void importValuesDialog();
    /// Dialogs answer themselves (tests): errors go to lastError().
    void setInteractive(bool on) { m_interactive = on; }
    QString lastError() const { return m_lastError; }

private:
    void fillPeriods();
    void fillFilters();
    void updateState();
    void applyFilters();
    void addPeriodDialog();
    void editPeriodDialog();
    void deletePeriodAsked();
    void showPreview(bool on);
    void fitCommentColumn();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void toggleClosed();
    void showError(const QString &title, const QString &message);

    PlanEditor *m_editor;
    FollowupEditor *m_followup;
    QUuid m_period;
    bool m_interactive = true;
    QString m_lastError;
    QString m_lastQuestion;

    QComboBox *m_periodBox;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_previewButton;
    QPushButton *m_close;
    QLabel *m_state;
    QLabel *m_empty;
    QLabel *m_message;
    QComboBox *m_statusFilter;
    QComboBox *m_responsibleFilter;
    QComboBox *m_goalFilter;
    QTableView *m_actions;
    QTableView *m_indicators;
    ActionReportModel *m_actionModel;
    IndicatorValueModel *m_indicatorModel;
    FollowupFilter *m_actionFilter;
    FollowupFilter *m_indicatorFilter;
    QWidget *m_body;
    QSplitter *m_split;
    ReportPreview *m_preview;
};

} // namespace planverk
