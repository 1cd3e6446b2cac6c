// Versions in the editor (issue 13), driven through the window's actions and
// dialogs (QT_QPA_PLATFORM=offscreen): save one by Fil ▸ Lagre versjon…,
// list them, open one read-only, export one, restore one and undo it. Every
// step is checked in the window and in the file.
#include "io/planjson.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "saveversiondialog.h"
#include "store/planstore.h"
#include "versionsdialog.h"
#include "versionwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace planverk;

namespace {

Plan fromFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

QStringList versionNames(const QString &path)
{
    QStringList out;
    for (const VersionInfo &v : PlanStore::open(path, PlanStore::Mode::ReadOnly)->versions())
        out << v.name;
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class VersionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Answers the next Lagre versjon dialog with `name` and `note`.
    void answerSaveDialog(const QString &name, const QString &note)
    {
        QTimer::singleShot(0, this, [=] {
            auto *d = qobject_cast<SaveVersionDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QTest::keyClicks(d->nameField(), name);
            d->noteField()->setPlainText(note);
            QPushButton *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(save->isEnabled());
            save->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("innlandet.planverk"));
        Plan plan = readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/innlandet-internasjonal-2021-2024.json"));
        plan.info.status = QStringLiteral("draft");
        PlanStore::createFrom(m_path, plan);
    }

    void saveListOpenExportRestoreUndo()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
        const Plan original = w.document()->plan();

        // Fil ▸ Lagre versjon…, with its shortcut shown in the menu.
        QAction *save = w.findChild<QAction *>(QStringLiteral("saveVersion"));
        QVERIFY(save);
        QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
        answerSaveDialog(QStringLiteral("Utkast til politisk behandling"), QStringLiteral("Sendt til fylkesutvalget"));
        save->trigger();
        QCOMPARE(versionNames(m_path), QStringList{QStringLiteral("Utkast til politisk behandling")});

        // The same name again: the dialog offers no Save.
        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<SaveVersionDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QTest::keyClicks(d->nameField(), QStringLiteral("Utkast til politisk behandling"));
            QVERIFY(!d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
            d->reject();
        });
        save->trigger();
        QCOMPARE(versionNames(m_path).size(), 1);

        // An edit, then the status goes to consultation: a version of its own.
        PlanInfo info = w.document()->plan().info;
        info.title = QStringLiteral("Revidert tittel");
        w.editor()->changeInfo(info, QStringLiteral("title"));
        info.status = QStringLiteral("consultation");
        w.editor()->changeInfo(info, QStringLiteral("status"));
        const QString consultation = QStringLiteral("Høringsutkast ") + QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(versionNames(m_path), (QStringList{QStringLiteral("Utkast til politisk behandling"), consultation}));
        const Plan edited = w.document()->plan();

        // Fil ▸ Versjoner…: both listed, the newest selected.
        VersionsDialog *versions = w.showVersions();
        QVERIFY(versions);
        QTreeWidget *list = versions->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->currentItem()->text(0), consultation);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Sendt til fylkesutvalget"));
        list->setCurrentItem(list->topLevelItem(0));

        // Open read-only in its own window: the version's title, not today's.
        VersionWindow *window = versions->openSelected();
        QVERIFY(window);
        QVERIFY(window->windowTitle().contains(QStringLiteral("Utkast til politisk behandling")));
        const QString shown = window->view()->toPlainText().remove(QChar(0x00AD)); // the web page's soft hyphens
        QVERIFY2(shown.contains(original.info.title), qPrintable(shown.left(400)));
        QVERIFY(!shown.contains(QStringLiteral("Revidert tittel")));
        QVERIFY(window->view()->isReadOnly());
        window->close();

        // Export the version: its plan, not the current one.
        const QString json = m_dir.filePath(QStringLiteral("versjon.json"));
        QVERIFY2(w.exportTo(QStringLiteral("json"), json, &original), qPrintable(w.lastError()));
        QCOMPARE(readAll(json), exportPlanJson(original));
        const QString html = m_dir.filePath(QStringLiteral("versjon.html"));
        QVERIFY2(w.exportTo(QStringLiteral("html"), html, &original), qPrintable(w.lastError()));
        const QString page = QString::fromUtf8(readAll(html)).remove(QStringLiteral("&shy;")).remove(QChar(0x00AD));
        QVERIFY(page.contains(original.info.title));
        QVERIFY(!page.contains(QStringLiteral("Revidert tittel")));

        // The user is at sub-goal 1.3, with the memberships open too.
        auto *model = qobject_cast<PlanTreeModel *>(w.navigator()->model());
        QVERIFY(model);
        QVERIFY(!original.goals.isEmpty() && original.goals[0].subgoals.size() > 2);
        const QUuid subgoal = original.goals[0].subgoals[2].id;
        w.select(subgoal);
        w.navigator()->expand(model->categoryIndex(PlanTreeModel::Memberships));
        auto stillThere = [&] {
            QCOMPARE(w.navigator()->currentIndex(), model->indexOf(subgoal));
            QVERIFY(w.navigator()->isExpanded(model->categoryIndex(PlanTreeModel::Memberships)));
            QVERIFY(w.navigator()->isExpanded(model->indexOf(original.goals[0].id)));
        };

        // Restore: one undo step, in the file at once; undo puts back the edited plan.
        versions->setInteractive(false);
        QUndoStack *undo = w.editor()->undoStack();
        const int steps = undo->count();
        QVERIFY(versions->restoreSelected());
        stillThere(); // the navigator keeps the selection and the open branches
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Restore version “Utkast til politisk behandling”"));
        QCOMPARE(w.document()->plan(), original);
        QCOMPARE(fromFile(m_path), original);
        // Back to draft, but as the version "Utkast til politisk behandling" is: no copy of it is made.
        QCOMPARE(versionNames(m_path).size(), 2);
        undo->undo();
        QCOMPARE(w.document()->plan(), edited);
        QCOMPARE(fromFile(m_path), edited);
        stillThere();
        undo->redo();
        QCOMPARE(fromFile(m_path), original);
        undo->undo();
        QCOMPARE(fromFile(m_path), edited);
        // Undo and redo made no copies of versions there were.
        QCOMPARE(versionNames(m_path).size(), 2);
        QCOMPARE(list->topLevelItemCount(), 2);
    }
};

QTEST_MAIN(VersionsTest)
#include "test_versions.moc"
