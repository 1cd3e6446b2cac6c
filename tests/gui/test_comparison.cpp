// Vis ▸ Sammenlign med …, driven offscreen: the change list beside the plan,
// a change selects its entity, the navigator marks what changed until the
// comparison is closed.
#include "comparisonview.h"
#include "io/planjson.h"
#include "mainwindow.h"
#include "plantreemodel.h"
#include "store/planstore.h"

#include <QFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace planverk;

class ComparisonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreListedMarkedAndJumpedTo()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planverk"));
        PlanStore::createFrom(path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/tests/data/diff/text.json")));
        const Plan base = readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/tests/data/diff/base.json"));

        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(path), qPrintable(w.lastError()));
        auto *view = w.findChild<ComparisonView *>(QStringLiteral("comparisonDock"));
        QVERIFY(view);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("compareWith")));
        view->compareWith([&] { return std::optional<ComparisonSource>(ComparisonSource{base, QStringLiteral("base.json")}); });
        QVERIFY(view->isVisible());

        // Four changed entities, under their chapters.
        auto *list = view->findChild<QTreeWidget *>(QStringLiteral("comparisonList"));
        QVERIFY(list);
        int entries = 0;
        QTreeWidgetItem *goal = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
                ++entries;
                QTreeWidgetItem *item = list->topLevelItem(i)->child(j);
                if (item->text(0).contains(QStringLiteral("Delta i EU-programmene")))
                    goal = item;
            }
        QCOMPARE(entries, 4);
        QVERIFY(goal);
        // The field by the word the change document uses, in the plan's language (nb), not its key.
        QVERIFY2(goal->text(1).contains(QStringLiteral("Beskrivelse")), qPrintable(goal->text(1)));
        QVERIFY(!goal->text(1).contains(QStringLiteral("description")));

        // The navigator marks the changed sub-goal, and not an unchanged one.
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("navigator"));
        auto *model = qobject_cast<PlanTreeModel *>(tree->model());
        QVERIFY(model);
        const QUuid changed = QUuid(QStringLiteral("00000000-0000-4000-8000-000000000211"));
        const QUuid unchanged = QUuid(QStringLiteral("00000000-0000-4000-8000-000000000212"));
        QVERIFY(!model->indexOf(changed).data(PlanTreeModel::ChangeMarkRole).toString().isEmpty());
        QVERIFY(model->indexOf(changed).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->indexOf(unchanged).data(PlanTreeModel::ChangeMarkRole).toString().isEmpty());

        // Activating the change selects the sub-goal in the navigator (and so its page).
        Q_EMIT list->itemActivated(goal, 0);
        QCOMPARE(model->entityAt(tree->currentIndex())->second, changed);

        // Closed: the marks are gone.
        view->closeComparison();
        QVERIFY(!view->isVisible());
        QVERIFY(model->indexOf(changed).data(PlanTreeModel::ChangeMarkRole).toString().isEmpty());
    }
};

QTEST_MAIN(ComparisonTest)
#include "test_comparison.moc"
