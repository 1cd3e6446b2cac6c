// Two editor windows on one plan on a PostgreSQL server (issue 15), in one
// process (QT_QPA_PLATFORM=offscreen), against a real server of the test's
// own (tests/pg/pgserver.sh; it is halted and resumed): a field typed in one
// window appears in the other within a second while the other keeps its
// cursor and selection; the same field changed in both shows the conflict
// dialog with both values, "Behold min" keeps one's own and is undone like any
// edit; undo after the other's change is refused with the reason; a server
// that goes down shows the red bar and refuses edits, and when it is back the
// plan is read again and can be edited.
#include "conflictdialog.h"
#include "entitypage.h"
#include "errortext.h"
#include "io/planjson.h"
#include "io/planlocation.h"
#include "mainwindow.h"
#include "model/plandocument.h"
#include "planeditor.h"
#include "store/serverstore.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#include <unistd.h>

using namespace planverk;

namespace {

const QString kScript = QStringLiteral(PLANVERK_SOURCE_DIR "/tests/pg/pgserver.sh");

QString script(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("sh"), QStringList{kScript} + args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(10);
    return done();
}

} // namespace

class TeamEditorsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;
    QString m_url;

    QLineEdit *field(MainWindow &w, const char *key) { return qobject_cast<QLineEdit *>(w.currentPage()->fieldWidget(QString::fromLatin1(key))); }
    Goal serverGoal(const QUuid &id)
    {
        return ServerStore::open(parseServerUrl(m_url), ServerStore::Mode::ReadOnly)->entry<Goal>(id)->value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(QStringLiteral("nb")); // the interface as a county's planner has it
        m_state = m_dir.filePath(QStringLiteral("server.state"));
        const QString socket = script({QStringLiteral("start"), m_state, QString::number(::getpid())});
        QVERIFY2(!socket.isEmpty(), "the test server did not start (postgresql 15 missing?)");
        m_url = QStringLiteral("postgresql://planverk@%1/postgres?plan=Samarbeid").arg(QString::fromLatin1(QUrl::toPercentEncoding(socket)));
        ServerStore::createFrom(parseServerUrl(m_url), readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/hedmark-oppland-samarbeid.json")));
    }

    void cleanupTestCase() { script({QStringLiteral("stop"), m_state}); }

    void twoWindowsOnOnePlan()
    {
        MainWindow kari, ola;
        for (MainWindow *w : {&kari, &ola}) {
            w->setInteractive(false);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY2(w->openFile(m_url), qPrintable(w->lastError()));
        }
        const QUuid goal = kari.document()->plan().goals.value(0).id;
        QVERIFY(!goal.isNull());
        kari.select(goal);
        ola.select(goal);
        const QString title = kari.document()->plan().goals[0].title;

        // 1. Kari types in the title; Ola, with the cursor and a selection in the policy area, sees it within a second.
        QLineEdit *olasArea = field(ola, "area");
        olasArea->setFocus();
        olasArea->selectAll();
        QTest::keyClicks(olasArea, QStringLiteral("Næring og samferdsel"));
        QVERIFY(waitFor([&] { return kari.document()->plan().goals[0].area == QStringLiteral("Næring og samferdsel"); }, 1000));
        olasArea->setSelection(7, 2); // "og"
        QTest::keyClicks(field(kari, "title"), QStringLiteral(" i fjellet"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(waitFor([&] { return field(ola, "title")->text() == title + QStringLiteral(" i fjellet"); }, 1000));
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(ola.document()->plan().goals[0].id, goal); // the same page
        QCOMPARE(olasArea, field(ola, "area"));              // the same field, not rebuilt
        QCOMPARE(olasArea->selectedText(), QStringLiteral("og"));
        QCOMPARE(olasArea->cursorPosition(), 9);

        // 2. The same field in both, before Ola has heard of Kari's: the dialog shows both; "Behold min" keeps Ola's.
        QTest::qWait(100); // every announcement taken
        field(kari, "area")->selectAll();
        QTest::keyClicks(field(kari, "area"), QStringLiteral("Kari"));
        QString theirsShown, mineShown;
        ola.setInteractive(true);
        QTimer::singleShot(0, &ola, [&] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            theirsShown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirs_area"))->toPlainText();
            mineShown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("mine_area"))->toPlainText();
            dialog->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        });
        field(ola, "area")->selectAll();
        QTest::keyClicks(field(ola, "area"), QStringLiteral("O")); // Ola's document has not yet taken Kari's "Kari"
        ola.setInteractive(false);
        QCOMPARE(theirsShown, QStringLiteral("Kari"));
        QCOMPARE(mineShown, QStringLiteral("O"));
        QCOMPARE(serverGoal(goal).area, QStringLiteral("O"));
        QVERIFY(waitFor([&] { return kari.document()->plan().goals[0].area == QStringLiteral("O"); }, 1000));
        // ... and it is an edit like any other: undone, Kari's value is back.
        QCOMPARE(ola.editor()->undoStack()->undoText().contains(QStringLiteral("area")), true);
        ola.editor()->undoStack()->undo();
        QCOMPARE(serverGoal(goal).area, QStringLiteral("Kari"));
        QCOMPARE(ola.document()->plan().goals[0].area, QStringLiteral("Kari"));
        ola.editor()->undoStack()->redo();
        QCOMPARE(serverGoal(goal).area, QStringLiteral("O"));

        // 3. Kari changes it after Ola's edit: Ola's undo says so and leaves Kari's value.
        QVERIFY(waitFor([&] { return field(kari, "area")->text() == QStringLiteral("O"); }, 1000));
        field(kari, "area")->selectAll();
        QTest::keyClicks(field(kari, "area"), QStringLiteral("Kultur"));
        QVERIFY(waitFor([&] { return ola.document()->plan().goals[0].area == QStringLiteral("Kultur"); }, 1000));
        ola.editor()->undoStack()->undo();
        QVERIFY2(ola.lastError().contains(QStringLiteral("en annen har endret oppføringen")) && ola.lastError().contains(QStringLiteral("ble ikke angret")),
                 qPrintable(ola.lastError()));
        // The entry named as the planner knows it: the kind in Bokmål and the goal's title, not "goal" and an id.
        const QString named = QStringLiteral("(mål «%1»)").arg(ola.document()->plan().goals[0].title);
        QVERIFY2(ola.lastError().contains(named), qPrintable(ola.lastError() + QStringLiteral(" | expected ") + named));
        QCOMPARE(serverGoal(goal).area, QStringLiteral("Kultur"));

        // 4. The server goes down: the red bar at once, edits refused; back: the plan read again, editable.
        script({QStringLiteral("halt"), m_state});
        auto *bar = ola.findChild<QToolBar *>(QStringLiteral("serverBanner"));
        QVERIFY(bar);
        QVERIFY(waitFor([&] { return bar->isVisible(); }, 5000));
        QVERIFY(ola.document()->isReadOnly());
        // In Bokmål, the server's URL and its own words (the driver's) aside.
        const QString said = ola.findChild<QLabel *>(QStringLiteral("serverBannerText"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("Mistet forbindelsen til serveren.")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("mistet forbindelsen til serveren og får ikke koblet til igjen")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("lost the connection")), qPrintable(said));
        const QString before = ola.document()->plan().goals[0].title;
        Goal edit = ola.document()->plan().goals[0];
        edit.title = QStringLiteral("Mens serveren er nede");
        QVERIFY_THROWS_EXCEPTION(PlanError, ola.document()->update(edit));
        QCOMPARE(ola.document()->plan().goals[0].title, before);
        script({QStringLiteral("resume"), m_state});
        QVERIFY(waitFor([&] { return !bar->isVisible() && !ola.document()->isReadOnly(); }, 8000));
        QVERIFY(ola.editor()->undoStack()->canUndo());
        QVERIFY(ola.findChild<QAction *>(QStringLiteral("undo"))->isEnabled()); // it was left greyed out
        ola.select(goal);
        field(ola, "title")->selectAll();
        QTest::keyClicks(field(ola, "title"), QStringLiteral("Igjen"));
        QCOMPARE(serverGoal(goal).title, QStringLiteral("Igjen"));
        QVERIFY(waitFor([&] { return kari.document()->plan().goals[0].title == QStringLiteral("Igjen"); }, 5000));
    }

    void wordsTheUserSees()
    {
        // English: one status report is "one", not "1 ... reports" (the plural forms of planverk_en.ts).
        installTranslations(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("planverk::FollowupEditor", "Its %n status reports", nullptr, 1), QStringLiteral("Its one status report"));
        QCOMPARE(QCoreApplication::translate("planverk::FollowupEditor", "Its %n status reports", nullptr, 3), QStringLiteral("Its 3 status reports"));
        QCOMPARE(QCoreApplication::translate("planverk::ServerOpenDialog", "%n plan(s) in the database.", nullptr, 1), QStringLiteral("1 plan in the database."));
        // Bokmål: the store's message about the connection, the driver's words kept.
        installTranslations(QStringLiteral("nb"));
        QCOMPARE(ErrorText::message(QStringLiteral("lost the connection to the server and cannot connect again: server closed the connection")),
                 QStringLiteral("mistet forbindelsen til serveren og får ikke koblet til igjen: server closed the connection"));
    }
};

QTEST_MAIN(TeamEditorsTest)
#include "test_team_editors.moc"
