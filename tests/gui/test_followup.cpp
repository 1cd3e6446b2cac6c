// The follow-up in the editor (issue 14), offscreen: the Oppfølging page in
// the navigator, its table of actions edited through the delegates (status,
// progress, comment), its table of indicator values, periods added, closed
// and reopened, indicator values imported from a spreadsheet, the report
// exported, and the goal page's indicator charts. Every change is checked in
// the plan file, undone and redone; the table keeps its selection meanwhile.
// The last case measures the synthetic plan's 200 actions: opening the page,
// scrolling the table and an edit (figures on standard output).
//
// PLANVERK_SCREENSHOTS=DIR writes pictures of the page and the goal page there.
#include "followup/actionreportmodel.h"
#include "followup/followupeditor.h"
#include "followup/followupfilter.h"
#include "followup/followuppage.h"
#include "followup/goalindicators.h"
#include "followup/indicatorvaluemodel.h"
#include "followup/perioddialog.h"
#include "followup/reportexport.h"
#include "followup/reportpreview.h"
#include "entitypage.h"
#include "io/planjson.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "render/labels.h"
#include "reportername.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace planverk;

namespace {

Plan fromFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void shoot(QWidget *w, const QString &name)
{
    QTest::qWait(50); // the layouts settle
    const QString dir = qEnvironmentVariable("PLANVERK_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

const QUuid k2026 = QUuid::fromString(QStringLiteral("8f8b4e44-c740-5d53-8eab-c580231b345e"));
const QUuid k2025 = QUuid::fromString(QStringLiteral("49a6047d-ae11-5f93-b503-da2f9b731399"));

} // namespace

class FollowupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    FollowupPage *openFollowup(const QString &path)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1500, 950);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        if (!m_window->openFile(path))
            return nullptr;
        m_window->navigator()->setCurrentIndex(m_window->treeModel()->categoryIndex(PlanTreeModel::Followup));
        return m_window->followupPage();
    }

    // The view index of `action`'s cell in `column`, as the table shows it now (sorted, filtered).
    static QModelIndex cell(FollowupPage *page, const QUuid &action, int column)
    {
        const QModelIndex source = page->actionModel()->index(page->actionModel()->rowOf(action), column);
        return page->actionFilter()->mapFromSource(source);
    }

    template<class Editor>
    static Editor *openEditor(QTableView *view, const QModelIndex &index)
    {
        view->setCurrentIndex(index);
        view->edit(index);
        return view->viewport()->findChild<Editor *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Each case starts from the demo plan as the sample has it.
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("demo%1.planverk").arg(++n));
        PlanStore::createFrom(m_path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/demo-oppfolging-2024-2027.json")));
    }

    void cleanup() { m_window.reset(); }

    // The follow-up page's wide tables must not squeeze the navigator beside
    // the plan's other pages (it was 70 pixels wide beside "Om planen").
    void navigatorKeepsItsWidthBesideThePlansPages()
    {
        QVERIFY(openFollowup(m_path));
        m_window->navigator()->setCurrentIndex(m_window->treeModel()->categoryIndex(PlanTreeModel::Info));
        QTRY_VERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("previewDock"))->isHidden());
        QTRY_VERIFY2(m_window->navigator()->width() >= 280, qPrintable(QString::number(m_window->navigator()->width())));
    }

    // A comment typed into an open cell and not yet confirmed is kept when the
    // window closes (Ctrl+Q): it was lost.
    void closingKeepsACommentBeingTyped()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const QUuid action = m_window->document()->plan().actions[2].id;
        auto *editor = openEditor<QPlainTextEdit>(page->actionsView(), cell(page, action, ActionReportModel::Comment));
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Møtet i Tromsø utsatt"));
        m_window->close();
        const Plan saved = fromFile(m_path);
        bool kept = false;
        for (const StatusReport &r : saved.followup.reports)
            kept = kept || (r.action == action && r.period == k2026 && r.comment == QStringLiteral("Møtet i Tromsø utsatt"));
        QVERIFY(kept);
    }

    void navigatorOpensThePageOnTheLatestPeriod()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("editorPages"))->currentWidget(), page);
        QCOMPARE(m_window->treeModel()->categoryIndex(PlanTreeModel::Followup).data().toString(), QStringLiteral("Follow-up"));
        QCOMPARE(page->period(), k2026);
        QCOMPARE(page->periodBox()->count(), 3);
        QCOMPARE(page->periodBox()->itemText(0), QStringLiteral("2024 (closed)"));
        // The page leaves room for the navigator beside it.
        QTRY_VERIFY(m_window->navigator()->isVisible() && m_window->navigator()->width() > 150);
        const Plan &plan = m_window->document()->plan();
        QCOMPARE(page->actionsView()->model()->rowCount(), int(plan.actions.size()));
        QCOMPARE(page->indicatorsView()->model()->rowCount(), int(plan.followup.indicators.size()));
        // Status by symbol and word, never colour alone.
        const QUuid first = plan.actions[0].id;
        const StatusReport *r = plan.followup.report(first, k2026);
        QVERIFY(r);
        QCOMPARE(cell(page, first, ActionReportModel::Status).data().toString(), FollowupEditor::statusText(r->status));
        QVERIFY(cell(page, first, ActionReportModel::Status).data().toString().startsWith(QStringLiteral("●")) || r->status != QLatin1String("on-track"));
        // Adding entries is for the kinds' own categories, not the follow-up.
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("add"))->isEnabled());
        // F1 in the table opens the guide at the follow-up.
        m_window->activateWindow();
        page->actionsView()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), page->actionsView());
        QCOMPARE(m_window->contextHelpAnchor(), QStringLiteral("followup"));
        shoot(m_window.get(), QStringLiteral("followup-page.png"));
    }

    void delegatesEditStatusProgressCommentUndoRedo()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        QTableView *view = page->actionsView();
        QUndoStack *undo = m_window->editor()->undoStack();
        const Plan before = m_window->document()->plan();
        const QUuid action = before.actions[2].id;
        const QString title = before.actions[2].title;

        // Status: the list of symbol and word; a choice is taken at once.
        auto *combo = openEditor<QComboBox>(view, cell(page, action, ActionReportModel::Status));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemText(2), FollowupEditor::statusText(QStringLiteral("delayed")));
        combo->setCurrentIndex(2);
        Q_EMIT combo->activated(2);
        QTRY_VERIFY(!view->viewport()->findChild<QComboBox *>());
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->status, QStringLiteral("delayed"));
        QCOMPARE(undo->undoText(), QStringLiteral("Set status of “%1”").arg(title));

        // Progress: a spin box 0–100; Enter takes it.
        auto *spin = openEditor<QSpinBox>(view, cell(page, action, ActionReportModel::Progress));
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 100);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("85"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QSpinBox *>());
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->progress, 85);
        QCOMPARE(cell(page, action, ActionReportModel::Progress).data().toString(), QStringLiteral("85 %"));

        // Comment: several lines; Enter is a new line, Ctrl+Enter takes it.
        auto *text = openEditor<QPlainTextEdit>(view, cell(page, action, ActionReportModel::Comment));
        QVERIFY(text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Forsinket av anbud"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("Ny frist i mars"));
        QVERIFY(view->viewport()->findChild<QPlainTextEdit *>()); // still open after Enter
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!view->viewport()->findChild<QPlainTextEdit *>());
        const StatusReport saved = *fromFile(m_path).followup.report(action, k2026);
        QCOMPARE(saved.comment, QStringLiteral("Forsinket av anbud\nNy frist i mars"));
        QCOMPARE(saved.status, QStringLiteral("delayed"));
        QCOMPARE(saved.progress, 85);

        // Undo through Rediger ▸ Angre, three steps; the table keeps its current cell and shows the old values.
        const QModelIndex current = cell(page, before.actions[5].id, ActionReportModel::Title);
        view->setCurrentIndex(current);
        QAction *undoAction = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QAction *redoAction = m_window->findChild<QAction *>(QStringLiteral("redo"));
        for (int i = 0; i < 3; ++i)
            undoAction->trigger();
        QCOMPARE(fromFile(m_path).followup, before.followup);
        QCOMPARE(m_window->document()->plan().followup, before.followup);
        QCOMPARE(view->currentIndex(), current);
        QVERIFY(view->selectionModel()->isSelected(current));
        QCOMPARE(cell(page, action, ActionReportModel::Status).data().toString(),
                 FollowupEditor::statusText(before.followup.report(action, k2026) ? before.followup.report(action, k2026)->status : QString()));
        for (int i = 0; i < 3; ++i)
            redoAction->trigger();
        QCOMPARE(*fromFile(m_path).followup.report(action, k2026), saved);
        QCOMPARE(view->currentIndex(), current);
        QCOMPARE(cell(page, action, ActionReportModel::Progress).data().toString(), QStringLiteral("85 %"));
        QCOMPARE(cell(page, action, ActionReportModel::Comment).data().toString(), QStringLiteral("Forsinket av anbud …"));
    }

    void actionWithoutReportGetsOneAndUndoRemovesIt()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        // A new period has no reports: editing one makes the report.
        const QUuid period = page->followupEditor()->addPeriod(QStringLiteral("2027"), QDate(2027, 1, 1), QDate(2027, 12, 31));
        QVERIFY(!period.isNull());
        page->setPeriod(period);
        QCOMPARE(fromFile(m_path).followup.periods.last().name, QStringLiteral("2027"));
        const QUuid action = m_window->document()->plan().actions[0].id;
        QCOMPARE(cell(page, action, ActionReportModel::Status).data().toString(), FollowupEditor::statusText(QString())); // – Ikke rapportert
        auto *spin = openEditor<QSpinBox>(page->actionsView(), cell(page, action, ActionReportModel::Progress));
        QVERIFY(spin);
        spin->setValue(10);
        QTest::keyClick(spin, Qt::Key_Return); // the view takes it when the event loop runs
        QTRY_VERIFY(!page->actionsView()->viewport()->findChild<QSpinBox *>());
        const Plan saved = fromFile(m_path);
        const StatusReport *made = saved.followup.report(action, period);
        QVERIFY(made);
        QCOMPARE(made->progress, 10);
        QCOMPARE(made->status, QStringLiteral("not-started"));
        QCOMPARE(made->date, QDate::currentDate());
        m_window->editor()->undoStack()->undo();
        QVERIFY(!fromFile(m_path).followup.report(action, period));
        m_window->editor()->undoStack()->undo(); // the period goes too
        QCOMPARE(fromFile(m_path).followup.periods.size(), 3);
        QCOMPARE(page->periodBox()->count(), 3);
        QVERIFY(!page->period().isNull());
    }

    void closedPeriodIsReadOnlyUntilReopened()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        page->setPeriod(k2025);
        auto *state = page->findChild<QLabel *>(QStringLiteral("periodState"));
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("2025")));
        QCOMPARE(page->closeButton()->text(), QStringLiteral("&Reopen period"));
        const QUuid action = m_window->document()->plan().actions[0].id;
        const QModelIndex status = cell(page, action, ActionReportModel::Status);
        QVERIFY(!(status.flags() & Qt::ItemIsEditable));
        QVERIFY(!openEditor<QComboBox>(page->actionsView(), status));
        QVERIFY(!(page->indicatorsView()->model()->index(0, IndicatorValueModel::Value).flags() & Qt::ItemIsEditable));
        shoot(m_window.get(), QStringLiteral("followup-closed.png"));

        // Reopen: one undo step; the cells can be edited.
        page->closeButton()->click();
        QCOMPARE(fromFile(m_path).followup.period(k2025)->closed, false);
        QVERIFY(state->isHidden());
        QVERIFY(cell(page, action, ActionReportModel::Status).flags() & Qt::ItemIsEditable);
        QCOMPARE(m_window->editor()->undoStack()->undoText(), QStringLiteral("Reopen period 2025"));
        m_window->editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path).followup.period(k2025)->closed, true);
        QVERIFY(!(cell(page, action, ActionReportModel::Status).flags() & Qt::ItemIsEditable));
        QCOMPARE(page->closeButton()->text(), QStringLiteral("&Reopen period"));

        // Close the open period 2026 and undo it; rename it and undo that.
        page->setPeriod(k2026);
        page->closeButton()->click();
        QVERIFY(fromFile(m_path).followup.period(k2026)->closed);
        QCOMPARE(page->periodBox()->currentText(), QStringLiteral("2026 (closed)"));
        m_window->editor()->undoStack()->undo();
        QVERIFY(!fromFile(m_path).followup.period(k2026)->closed);
        page->followupEditor()->renamePeriod(k2026, QStringLiteral("Året 2026"));
        QCOMPARE(fromFile(m_path).followup.period(k2026)->name, QStringLiteral("Året 2026"));
        QCOMPARE(page->periodBox()->currentText(), QStringLiteral("Året 2026"));
        m_window->editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path).followup.period(k2026)->name, QStringLiteral("2026"));
    }

    void indicatorValuesEditInPlace()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        QTableView *view = page->indicatorsView();
        const Indicator ind = m_window->document()->plan().followup.indicators[0];
        const QModelIndex value = view->model()->index(0, IndicatorValueModel::Value);
        QCOMPARE(value.data(IndicatorValueModel::IndicatorRole).value<QUuid>(), ind.id);
        auto *line = openEditor<QLineEdit>(view, value);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("1 234,5"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>());
        auto valueIn = [&](const Plan &plan) {
            for (const Indicator &i : plan.followup.indicators)
                if (i.id == ind.id)
                    for (const IndicatorValue &v : i.values)
                        if (v.period == k2026)
                            return std::optional<double>(v.value);
            return std::optional<double>();
        };
        QCOMPARE(valueIn(fromFile(m_path)), std::optional<double>(1234.5));
        // Not a number: refused, said so, nothing changed.
        const int steps = m_window->editor()->undoStack()->count();
        QVERIFY(!view->model()->setData(value, QStringLiteral("mye")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("followupMessage"))->text().contains(QStringLiteral("mye")));
        QCOMPARE(m_window->editor()->undoStack()->count(), steps);
        // A note beside it; cleared, the value goes with its note.
        QVERIFY(view->model()->setData(view->model()->index(0, IndicatorValueModel::Note), QStringLiteral("Foreløpig tall")));
        QVERIFY(view->model()->setData(value, QString()));
        QCOMPARE(valueIn(fromFile(m_path)), std::nullopt);
        QVERIFY(!(view->model()->index(0, IndicatorValueModel::Note).flags() & Qt::ItemIsEditable));
        for (int i = 0; i < 3; ++i)
            m_window->editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path).followup, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/demo-oppfolging-2024-2027.json")).followup);
    }

    void filtersByStatusResponsibleAndGoal()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const Plan &plan = m_window->document()->plan();
        QAbstractItemModel *shown = page->actionsView()->model();
        auto count = [&](auto pred) { return int(std::count_if(plan.actions.begin(), plan.actions.end(), pred)); };
        QComboBox *status = page->statusFilterBox();
        status->setCurrentIndex(status->findData(QStringLiteral("on-track")));
        Q_EMIT status->activated(status->currentIndex());
        const int onTrack = count([&](const Action &a) { const StatusReport *r = plan.followup.report(a.id, k2026); return r && r->status == QLatin1String("on-track"); });
        QVERIFY(onTrack > 0);
        QCOMPARE(shown->rowCount(), onTrack);
        status->setCurrentIndex(0);
        Q_EMIT status->activated(0);
        QComboBox *responsible = page->responsibleFilterBox();
        QVERIFY(responsible->count() > 1);
        responsible->setCurrentIndex(1);
        Q_EMIT responsible->activated(1);
        const QString who = responsible->currentText();
        QCOMPARE(shown->rowCount(), count([&](const Action &a) { return a.responsible == who; }));
        responsible->setCurrentIndex(0);
        Q_EMIT responsible->activated(0);
        // A main goal takes in its sub-goals, for actions and indicators alike.
        QComboBox *goal = page->goalFilterBox();
        const Goal &g = plan.goals[0];
        goal->setCurrentIndex(goal->findData(QVariant::fromValue(g.id)));
        Q_EMIT goal->activated(goal->currentIndex());
        QSet<QUuid> ids{g.id};
        for (const Goal &s : g.subgoals)
            ids.insert(s.id);
        QCOMPARE(shown->rowCount(), count([&](const Action &a) { return std::any_of(a.goals.begin(), a.goals.end(), [&](const QUuid &x) { return ids.contains(x); }); }));
        QCOMPARE(page->indicatorsView()->model()->rowCount(),
                 int(std::count_if(plan.followup.indicators.begin(), plan.followup.indicators.end(), [&](const Indicator &i) { return ids.contains(i.goal); })));
        // Sorting by status: the rows in the order of the statuses.
        goal->setCurrentIndex(0);
        Q_EMIT goal->activated(0);
        page->actionsView()->sortByColumn(ActionReportModel::Status, Qt::AscendingOrder);
        int last = -2;
        for (int r = 0; r < shown->rowCount(); ++r) {
            const int order = shown->index(r, ActionReportModel::Status).data(ActionReportModel::SortRole).toInt();
            QVERIFY(order >= last);
            last = order;
        }
    }

    void importValuesIsOneStepAndErrorsChangeNothing()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const Plan before = m_window->document()->plan();
        const Indicator &ind = before.followup.indicators[0];
        const QString good = m_dir.filePath(QStringLiteral("verdier.csv"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("indicator;period;value;note\n%1;2026;300,5;Fra reisebyrået\n").arg(ind.name).toUtf8());
        f.close();
        QUndoStack *undo = m_window->editor()->undoStack();
        const int steps = undo->count();
        QCOMPARE(page->followupEditor()->importValues(good), QString());
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY2(undo->undoText().contains(QStringLiteral("verdier.csv")), qPrintable(undo->undoText()));
        const Plan after = fromFile(m_path);
        QCOMPARE(after.followup.indicators[0].values.last().value, 300.5);
        QCOMPARE(after.followup.indicators[0].values.last().note, QStringLiteral("Fra reisebyrået"));
        QVERIFY(page->indicatorsView()->model()->index(0, IndicatorValueModel::Value).data().toString().startsWith(QStringLiteral("300,5")));
        undo->undo();
        QCOMPARE(fromFile(m_path).followup, before.followup);

        // A bad row: the file, line and column named; nothing changed, no undo step.
        const QString bad = m_dir.filePath(QStringLiteral("feil.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QStringLiteral("indicator;period;value\n%1;2026;12\n%1;2026;tolv\n").arg(ind.name).toUtf8());
        b.close();
        const QByteArray file = readAll(m_path);
        const QString error = page->followupEditor()->importValues(bad);
        QVERIFY2(error.contains(QStringLiteral("feil.csv:3:")), qPrintable(error));
        QCOMPARE(undo->count(), steps + 1 - 1 + 1); // the import above, undone but still on the stack
        QCOMPARE(readAll(m_path), file);
        QCOMPARE(m_window->document()->plan().followup, before.followup);
    }

    void reportExportAndGoalCharts()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const QString html = m_dir.filePath(QStringLiteral("rapport.html"));
        QCOMPARE(ReportExport::write(m_window.get(), m_window->document(), k2025, html), QString());
        const QString text = QString::fromUtf8(readAll(html)).remove(QChar(0x00AD)).remove(QStringLiteral("&shy;"));
        QVERIFY(text.contains(QStringLiteral("Rapport 2025")));
        QVERIFY(!text.contains(QStringLiteral("318,2"))); // a 2026 figure
        QVERIFY(QStringList(m_dir.path()).size() == 1);
        QVERIFY(!ReportExport::write(m_window.get(), m_window->document(), k2025, m_path).isEmpty()); // never over the plan

        // The goal page: each indicator's chart beside its numbers.
        const Plan &plan = m_window->document()->plan();
        const Indicator &ind = plan.followup.indicators[0];
        m_window->select(ind.goal);
        auto *charts = m_window->currentPage()->findChild<GoalIndicators *>();
        QVERIFY(charts);
        QTRY_VERIFY(charts->isVisible());
        QCOMPARE(charts->indicatorCount(), 1);
        auto *chart = charts->findChild<IndicatorChartView *>();
        QVERIFY(chart);
        const QImage picture = chart->grab().toImage();
        int dark = 0;
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                dark += qGray(picture.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, "the chart draws lines and labels");
        const QString numbers = charts->findChildren<QLabel *>().last()->text();
        const QString value = IndicatorValueModel::formatNumber(ind.values.last().value) + QLatin1Char(' ') + ind.unit;
        const QString target = IndicatorValueModel::formatNumber(ind.targets.last().value) + QLatin1Char(' ') + ind.unit;
        QVERIFY2(numbers.contains(value) && numbers.contains(target) && numbers.contains(ind.name), qPrintable(numbers));
        if (auto *scroll = qobject_cast<QScrollArea *>(charts->parentWidget()->parentWidget()->parentWidget()))
            scroll->ensureWidgetVisible(charts);
        shoot(m_window.get(), QStringLiteral("goal-indicators.png"));
        // A goal without indicators shows none.
        for (const Goal &g : plan.goals)
            if (std::none_of(plan.followup.indicators.begin(), plan.followup.indicators.end(), [&](const Indicator &i) { return i.goal == g.id; })) {
                m_window->select(g.id);
                QVERIFY(m_window->currentPage()->findChild<GoalIndicators *>()->isHidden());
                break;
            }
    }

    // The same edits by the keys alone, as a user makes them: arrows to the cell, F2, the list or the
    // number or the text, Enter (Ctrl+Enter for a comment); Ctrl+Z and Ctrl+Shift+Z. Also run on an X server
    // (editor-followup-x11), where the window system delivers focus and popups.
    void keysAloneEditAndUndo()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        QTableView *view = page->actionsView();
        const Plan before = m_window->document()->plan();
        const QUuid action = before.actions[0].id;
        m_window->activateWindow();
        view->setFocus();
        view->setCurrentIndex(cell(page, action, ActionReportModel::Title));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), int(ActionReportModel::Status));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = view->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QTRY_VERIFY(combo->view()->isVisible()); // the list is open
        const QString was = before.followup.report(action, k2026)->status;
        const int target = (combo->findData(was) + 2) % combo->count();
        const int steps = target - combo->findData(was);
        for (int i = 0; i < std::abs(steps); ++i)
            QTest::keyClick(combo->view(), steps > 0 ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QComboBox *>());
        const QString chosen = codes::reportStatuses[target];
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->status, chosen);

        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_F2);
        auto *spin = view->viewport()->findChild<QSpinBox *>();
        QVERIFY(spin);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("70"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QSpinBox *>());
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->progress, 70);

        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_F2);
        auto *text = view->viewport()->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("Linje en"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("linje to"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!view->viewport()->findChild<QPlainTextEdit *>());
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->comment, QStringLiteral("Linje en\nlinje to"));

        // Ctrl+Z three times: the report as it was; the cell stays current. Ctrl+Shift+Z brings the comment back.
        const QModelIndex current = view->currentIndex();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(fromFile(m_path).followup, before.followup);
        QCOMPARE(view->currentIndex(), current);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(fromFile(m_path).followup.report(action, k2026)->status, chosen);
    }

    // One numbering everywhere (issue 14, follow-up): the navigator, the link
    // lists, the follow-up tables and filters number goals and actions as the
    // documents do ("M1.2", "T3"), in the interface's language.
    void numbersAsTheDocuments()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const Plan &plan = m_window->document()->plan();
        QVERIFY(plan.goals.size() >= 1 && plan.goals[0].subgoals.size() >= 2 && plan.actions.size() >= 3);
        PlanTreeModel *tree = m_window->treeModel();
        const QUuid sub = plan.goals[0].subgoals[1].id;
        QVERIFY2(tree->indexOf(sub).data().toString().startsWith(QStringLiteral("M1.2 ")), qPrintable(tree->indexOf(sub).data().toString()));
        QVERIFY(tree->indexOf(plan.goals[0].id).data().toString().startsWith(QStringLiteral("M1 ")));
        QCOMPARE(tree->indexOf(plan.actions[2].id).data().toString(), QStringLiteral("T3 ") + plan.actions[2].title);
        // The documents say the same (the view model's numbers).
        QCOMPARE(labelFor(QStringLiteral("nb"), "goalPrefix") + QStringLiteral("1.2"), QStringLiteral("M1.2"));

        // The follow-up tables and the goal filter.
        QCOMPARE(cell(page, plan.actions[2].id, ActionReportModel::Number).data().toString(), QStringLiteral("T3"));
        for (const Action &a : plan.actions)
            for (const QString &n : cell(page, a.id, ActionReportModel::Goals).data().toString().split(QStringLiteral(", "), Qt::SkipEmptyParts))
                QVERIFY2(n.startsWith(QLatin1Char('M')), qPrintable(n));
        QAbstractItemModel *indicators = page->indicatorsView()->model();
        QVERIFY(indicators->rowCount() > 0);
        for (int r = 0; r < indicators->rowCount(); ++r)
            QVERIFY(indicators->index(r, IndicatorValueModel::Goal).data().toString().startsWith(QLatin1Char('M')));
        QComboBox *goal = page->goalFilterBox();
        QVERIFY(goal->itemText(goal->findData(QVariant::fromValue(plan.goals[0].id))).startsWith(QStringLiteral("M1 ")));
        QCOMPARE(goal->itemText(goal->findData(QVariant::fromValue(sub))).trimmed(), QStringLiteral("M1.2 ") + plan.goals[0].subgoals[1].title);

        // The action page's list of the goals it serves.
        m_window->select(plan.actions[0].id);
        auto *goals = qobject_cast<QListWidget *>(m_window->currentPage()->fieldWidget(QStringLiteral("goals")));
        QVERIFY(goals);
        QStringList texts;
        for (int i = 0; i < goals->count(); ++i)
            texts << goals->item(i)->text().trimmed();
        QVERIFY2(texts.contains(QStringLiteral("M1 ") + plan.goals[0].title) && texts.contains(QStringLiteral("M1.2 ") + plan.goals[0].subgoals[1].title),
                 qPrintable(texts.join(" | ")));

        // In the interface's language, not the plan's (a Bokmål plan, an English interface).
        QSettings().setValue(QStringLiteral("interfaceLanguage"), QStringLiteral("en"));
        QVERIFY(tree->titleOf(EntityKind::Goal, sub).startsWith(QStringLiteral("G1.2 ")));
        QVERIFY(tree->titleOf(EntityKind::Action, plan.actions[2].id).startsWith(QStringLiteral("A3 ")));
        QSettings().remove(QStringLiteral("interfaceLanguage"));
    }

    // Reported by and date: every edit of a report signs and dates it; undo restores the old ones.
    void editsSignAndDateTheReport()
    {
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Kari Testesen"));
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        const Plan before = m_window->document()->plan();
        const QUuid action = before.actions[1].id;
        const StatusReport *old = before.followup.report(action, k2026);
        QVERIFY(old && old->reportedBy != QLatin1String("Kari Testesen") && old->date != QDate::currentDate());
        QCOMPARE(cell(page, action, ActionReportModel::ReportedBy).data().toString(), old->reportedBy);
        QCOMPARE(cell(page, action, ActionReportModel::Date).data().toString(), old->date.toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(page->actionModel()->headerData(ActionReportModel::ReportedBy, Qt::Horizontal).toString(), QStringLiteral("Reported by"));
        QVERIFY(!(cell(page, action, ActionReportModel::ReportedBy).flags() & Qt::ItemIsEditable));

        QVERIFY(page->actionsView()->model()->setData(cell(page, action, ActionReportModel::Progress), 95));
        StatusReport saved = *fromFile(m_path).followup.report(action, k2026);
        QCOMPARE(saved.progress, 95);
        QCOMPARE(saved.reportedBy, QStringLiteral("Kari Testesen"));
        QCOMPARE(saved.date, QDate::currentDate());
        QCOMPARE(cell(page, action, ActionReportModel::ReportedBy).data().toString(), QStringLiteral("Kari Testesen"));
        QCOMPARE(cell(page, action, ActionReportModel::Date).data().toString(), QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")));
        m_window->editor()->undoStack()->undo();
        QCOMPARE(*fromFile(m_path).followup.report(action, k2026), *old);
        QCOMPARE(cell(page, action, ActionReportModel::ReportedBy).data().toString(), old->reportedBy);

        // Without a name of one's own: the account's.
        QSettings().remove(QStringLiteral("user/name"));
        QVERIFY(page->actionsView()->model()->setData(cell(page, action, ActionReportModel::Comment), QStringLiteral("Ny kommentar")));
        saved = *fromFile(m_path).followup.report(action, k2026);
        QCOMPARE(saved.reportedBy, ReporterName::ofAccount());
        QVERIFY(!saved.reportedBy.isEmpty());
    }

    // Periods: deleted with their reports and values (a question that counts them; undo brings all back),
    // new dates (a closing date before the start refused), tertials and periods of one's own.
    void periodsDeleteEditAndKinds()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        QUndoStack *undo = m_window->editor()->undoStack();
        const Plan before = m_window->document()->plan();
        int reports = 0, values = 0;
        for (const StatusReport &r : before.followup.reports)
            reports += r.period == k2026;
        for (const Indicator &i : before.followup.indicators)
            for (const IndicatorValue &v : i.values)
                values += v.period == k2026;
        QVERIFY(reports > 1 && values > 1);

        // A closed period is not deleted: reopen it first.
        page->setPeriod(k2025);
        QVERIFY(!page->deleteButton()->isEnabled());
        QVERIFY(!page->editButton()->isEnabled());
        page->setPeriod(k2026);
        QVERIFY(page->deleteButton()->isEnabled());
        page->deleteButton()->click();
        QCOMPARE(page->lastQuestion(), QStringLiteral("Delete the period 2026? Its %1 status reports and %2 indicator values are deleted with it. You can undo it (Ctrl+Z).")
                                           .arg(reports)
                                           .arg(values));
        Plan after = fromFile(m_path);
        QCOMPARE(after.followup.periods.size(), 2);
        QVERIFY(std::none_of(after.followup.reports.begin(), after.followup.reports.end(), [](const StatusReport &r) { return r.period == k2026; }));
        for (const Indicator &i : after.followup.indicators)
            QVERIFY(std::none_of(i.values.begin(), i.values.end(), [](const IndicatorValue &v) { return v.period == k2026; }));
        QCOMPARE(page->periodBox()->count(), 2);
        QCOMPARE(page->period(), k2025);
        QCOMPARE(undo->undoText(), QStringLiteral("Delete period 2026"));
        undo->undo();
        QCOMPARE(fromFile(m_path).followup, before.followup);
        QCOMPARE(page->periodBox()->count(), 3);

        // New dates; closing before the start is refused, naming both dates, and nothing changes.
        page->setPeriod(k2026);
        page->editPeriod(k2026, QStringLiteral("2026"), QDate(2026, 3, 1), QDate(2026, 2, 1));
        QVERIFY2(page->lastError().contains(QStringLiteral("01.02.2026")) && page->lastError().contains(QStringLiteral("01.03.2026")), qPrintable(page->lastError()));
        QCOMPARE(fromFile(m_path).followup, before.followup);
        page->editPeriod(k2026, QStringLiteral("2026"), QDate(2026, 1, 1), QDate(2027, 1, 31));
        QCOMPARE(fromFile(m_path).followup.period(k2026)->closing, QDate(2027, 1, 31));
        QCOMPARE(undo->undoText(), QStringLiteral("Change dates of period 2026"));
        // Name and dates at once: one step.
        const int steps = undo->count();
        page->editPeriod(k2026, QStringLiteral("Året 2026"), QDate(2026, 2, 1), QDate(2027, 1, 31));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(fromFile(m_path).followup.period(k2026)->name, QStringLiteral("Året 2026"));
        undo->undo();
        undo->undo();
        QCOMPARE(fromFile(m_path).followup, before.followup);

        // The dialog: a year by default, a tertial, a period of one's own; closing before the start stays open with a message.
        PeriodDialog dialog(page->followupEditor(), nullptr, page);
        QCOMPARE(dialog.name(), QStringLiteral("2027"));
        dialog.kindBox()->setCurrentIndex(1);
        QCOMPARE(dialog.name(), QStringLiteral("1. tertial 2027"));
        QCOMPARE(dialog.start(), QDate(2027, 1, 1));
        QCOMPARE(dialog.closing(), QDate(2027, 4, 30));
        dialog.kindBox()->setCurrentIndex(2);
        QVERIFY(dialog.name().isEmpty());
        dialog.nameField()->setText(QStringLiteral("Vårsemesteret 2027"));
        dialog.closingField()->setDate(QDate(2026, 12, 1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("01.12.2026")));
        // A tertial after a tertial: the next four months.
        page->followupEditor()->addPeriod(QStringLiteral("1. tertial 2027"), QDate(2027, 1, 1), QDate(2027, 4, 30));
        const ReportingPeriod next = page->followupEditor()->suggestedPeriod(FollowupEditor::PeriodKind::Tertial);
        QCOMPARE(next.name, QStringLiteral("2. tertial 2027"));
        QCOMPARE(next.start, QDate(2027, 5, 1));
        QCOMPARE(next.closing, QDate(2027, 8, 31));
    }

    // The preview beside the tables is the period's follow-up report, made again after an edit;
    // the plan's own preview makes room meanwhile, and the splitter folds the report away.
    void previewShowsTheReportOfThePeriod()
    {
        FollowupPage *page = openFollowup(m_path);
        QVERIFY(page);
        auto *planPreview = m_window->findChild<QDockWidget *>(QStringLiteral("previewDock"));
        QVERIFY(planPreview);
        QVERIFY(planPreview->isHidden());
        ReportPreview *report = page->reportPreview();
        QTRY_VERIFY(report->isVisible() && report->toPlainText().contains(QStringLiteral("Rapport 2026")));
        QVERIFY(!report->toPlainText().contains(QStringLiteral("Rapport 2025")));
        page->setPeriod(k2025);
        QTRY_VERIFY(report->toPlainText().contains(QStringLiteral("Rapport 2025")));
        page->setPeriod(k2026);
        QTRY_VERIFY(report->toPlainText().contains(QStringLiteral("Rapport 2026")));
        const Plan &plan = m_window->document()->plan();
        QVERIFY(page->actionsView()->model()->setData(cell(page, plan.actions[0].id, ActionReportModel::Comment), QStringLiteral("Seminaret flyttet til Bodø")));
        QTRY_VERIFY(report->toPlainText().contains(QStringLiteral("Seminaret flyttet til Bodø")));

        // The tables get the room: the comment column takes what is left; the report folds away and back.
        QHeaderView *header = page->actionsView()->horizontalHeader();
        const int withPreview = page->actionsView()->width();
        QVERIFY(header->sectionSize(ActionReportModel::Comment) >= header->sectionSize(ActionReportModel::Progress));
        // Beside the report the comments keep a readable width; the table scrolls sideways instead.
        const int em = page->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        QVERIFY2(header->sectionSize(ActionReportModel::Comment) >= 10 * em, qPrintable(QString::number(header->sectionSize(ActionReportModel::Comment))));
        page->previewButton()->click();
        QTRY_COMPARE(page->splitter()->sizes().value(1), 0);
        QTRY_VERIFY(page->actionsView()->width() > withPreview + 200);
        QVERIFY(header->sectionSize(ActionReportModel::Comment) > page->actionsView()->width() / 4);
        shoot(m_window.get(), QStringLiteral("followup-folded.png"));
        page->previewButton()->click();
        QTRY_VERIFY(page->splitter()->sizes().value(1) > 200);

        // Elsewhere in the plan, the plan's preview is back.
        m_window->navigator()->setCurrentIndex(m_window->treeModel()->categoryIndex(PlanTreeModel::Info));
        QVERIFY(!planPreview->isHidden());
    }

    // Not a timed test: the figures are printed (README, issue 14 "scrolls and edits without lag").
    void syntheticPlanScrollsAndEdits()
    {
        const QString json = m_dir.filePath(QStringLiteral("big.json"));
        QCOMPARE(QProcess::execute(QStringLiteral(PLANVERK_SYNTHETIC), {json, QStringLiteral("--followup")}), 0);
        const QString big = m_dir.filePath(QStringLiteral("big.planverk"));
        PlanStore::createFrom(big, readPlanJsonFile(json));
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(big));
        const Plan &plan = m_window->document()->plan();
        QVERIFY(plan.actions.size() >= 200);

        QElapsedTimer t;
        t.start();
        m_window->navigator()->setCurrentIndex(m_window->treeModel()->categoryIndex(PlanTreeModel::Followup));
        QCoreApplication::processEvents();
        const qint64 open = t.elapsed(); // the report's preview is made a moment later (timed below)
        FollowupPage *page = m_window->followupPage();
        t.restart();
        page->setPeriod(plan.followup.periods[1].id); // both tables' models reset
        page->actionsView()->viewport()->repaint();
        page->indicatorsView()->viewport()->repaint();
        const double reset = double(t.nsecsElapsed()) / 1e6;
        QTableView *view = page->actionsView();
        QCOMPARE(view->model()->rowCount(), int(plan.actions.size()));

        // Scroll the whole table a page at a time, painting each.
        t.restart();
        int pages = 0;
        QScrollBar *bar = view->verticalScrollBar();
        for (int v = 0; bar->value() < bar->maximum(); v += bar->pageStep(), ++pages) {
            bar->setValue(std::min(v, bar->maximum()));
            view->viewport()->repaint();
        }
        const double scroll = double(t.nsecsElapsed()) / 1e6 / std::max(1, pages);
        QCOMPARE(bar->value(), bar->maximum());

        // Edits in the middle of the table: the write, the row updated in place, the repaint.
        QList<double> edits;
        const QModelIndex progress = view->model()->index(150, ActionReportModel::Progress);
        view->scrollTo(progress);
        view->setCurrentIndex(progress);
        for (int i = 1; i <= 5; ++i) {
            t.restart();
            QVERIFY(view->model()->setData(progress, 10 * i));
            view->viewport()->repaint();
            edits << double(t.nsecsElapsed()) / 1e6;
        }
        QCOMPARE(view->currentIndex(), progress);
        QCOMPARE(progress.data().toString(), QStringLiteral("50 %"));
        t.restart();
        m_window->editor()->undoStack()->undo();
        view->viewport()->repaint();
        const double undo = double(t.nsecsElapsed()) / 1e6;
        QCOMPARE(progress.data().toString(), QStringLiteral("40 %"));
        std::sort(edits.begin(), edits.end());
        // Of which the file: the same change written straight through the document (one transaction, synchronous=EXTRA).
        QList<double> writes;
        for (int i = 1; i <= 5; ++i) {
            Followup f = m_window->document()->plan().followup;
            for (StatusReport &r : f.reports)
                if (r.period == page->period() && r.action == plan.actions[10].id)
                    r.progress = 3 * i;
            t.restart();
            m_window->document()->setFollowup(f);
            writes << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(writes.begin(), writes.end());
        // The report's preview beside the tables: made again a moment after an edit (not in the edit's time above).
        // Made on a second thread: the window waits for nothing but the document's layout when it is shown.
        QSignalSpy shown(page->reportPreview(), &ReportPreview::refreshed);
        t.restart();
        page->reportPreview()->refreshNow();
        const double started = double(t.nsecsElapsed()) / 1e6;
        QVERIFY(shown.wait(30000));
        const double report = double(t.nsecsElapsed()) / 1e6;
        QVERIFY(page->reportPreview()->toPlainText().contains(plan.followup.periods[1].name));
        qInfo("synthetic plan, %d actions, %d indicators: page opened %lld ms (the report's preview follows a moment later), another period (models reset, repaint) %.1f ms; "
              "scrolling %.1f ms per page (%d pages); edit (undo command, file, row, repaint) median %.1f ms, max %.1f ms, of which the file "
              "median %.1f ms; undo %.1f ms; the report's preview made again in %.0f ms, of which the window waited %.1f ms to start it",
              int(plan.actions.size()), int(plan.followup.indicators.size()), open, reset, scroll, pages, edits[2], edits.last(), writes[2], undo, report, started);
        // Closing the window while a report is being made waits for it and drops it.
        page->reportPreview()->refreshNow();
        m_window.reset();
    }
};

QTEST_MAIN(FollowupTest)
#include "test_followup.moc"
