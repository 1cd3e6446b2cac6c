// The user guide (F1, Hjelp ▸ Brukerveiledning) and the start page, driven as
// a planner would: keys and clicks in a real main window (QT_QPA_PLATFORM=offscreen).
#include "entitypage.h"
#include "helpwindow.h"
#include "io/planjson.h"
#include "mainwindow.h"
#include "startpage.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>

using namespace planverk;

class HelpTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void showActive(MainWindow &w)
    {
        w.setInteractive(false);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    // Presses F1 where the focus is, as the user does, and returns the help window it opened.
    HelpWindow *pressF1(MainWindow &w, QWidget *field)
    {
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w))
            return nullptr;
        field->setFocus();
        if (QApplication::focusWidget() != field)
            return nullptr;
        QTest::keyClick(field, Qt::Key_F1);
        auto *help = w.findChild<HelpWindow *>();
        return help && help->isVisible() ? help : nullptr;
    }

    // The first line the reader sees in the guide.
    static QString topLine(HelpWindow *help)
    {
        QTextBrowser *b = help->browser();
        return b->cursorForPosition(QPoint(b->viewport()->width() / 3, 4)).block().text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("hedmark-oppland.planverk"));
        PlanStore::createFrom(m_path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/hedmark-oppland-samarbeid.json")));
    }

    void init() { QSettings().clear(); }

    void f1OpensTheGuideAtTheFocusedField_data()
    {
        QTest::addColumn<QString>("where");  // "info" (Om planen) or "goal" (the first goal)
        QTest::addColumn<QString>("field");  // the field's key on that page
        QTest::addColumn<QString>("anchor"); // where the guide must open
        QTest::addColumn<QString>("heading"); // what the reader sees first there
        QTest::newRow("plan title") << "info" << "title" << "field-planinfo-title" << "Tittel";
        QTest::newRow("period") << "info" << "periodStart" << "field-periodStart" << "Periode fra og Periode til";
        QTest::newRow("status") << "info" << "status" << "field-planinfo-status" << "Status";
        QTest::newRow("case number") << "info" << "caseNumber" << "field-planinfo-caseNumber" << "Saksnummer";
        QTest::newRow("date adopted") << "info" << "adoptedDate" << "field-adoptedDate" << "Dato vedtatt";
        QTest::newRow("summary (Markdown)") << "info" << "summary" << "field-summary" << "Sammendrag";
        QTest::newRow("goal title") << "goal" << "title" << "field-goal-title" << "Tittel";
        QTest::newRow("goal description (Markdown)") << "goal" << "description" << "field-goal-description" << "Beskrivelse";
        QTest::newRow("SDG links") << "goal" << "sdgs" << "field-sdgs" << "FNs bærekraftsmål";
        QTest::newRow("theme links") << "goal" << "themes" << "field-themes" << "Tema";
    }

    void f1OpensTheGuideAtTheFocusedField()
    {
        QFETCH(QString, where);
        QFETCH(QString, field);
        QFETCH(QString, anchor);
        QFETCH(QString, heading);
        MainWindow w;
        showActive(w);
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
        if (where == QLatin1String("goal"))
            w.select(w.document()->plan().goals.first().id);
        QWidget *widget = w.currentPage()->fieldWidget(field);
        QVERIFY(widget);
        // In a Markdown box the focus is in its text area.
        if (auto *edit = widget->findChild<QTextEdit *>())
            widget = edit;
        HelpWindow *help = pressF1(w, widget);
        QVERIFY2(help, "F1 opened no help window");
        QCOMPARE(help->browser()->source().fragment(), anchor);
        QCOMPARE(help->browser()->source().path(), QStringLiteral("/planverk/help/nb/guide.html"));
        QTRY_COMPARE(topLine(help), heading);
        QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
    }

    void f1OnTheNavigatorAndTheStartPage()
    {
        MainWindow w;
        showActive(w);
        HelpWindow *help = pressF1(w, w.findChild<StartPage *>()->recentPlans());
        QVERIFY(help);
        QCOMPARE(help->browser()->source().fragment(), QStringLiteral("start"));
        QTRY_COMPARE(topLine(help), QStringLiteral("Kom i gang: startsiden"));
        help->close();
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
        help = pressF1(w, w.navigator());
        QVERIFY(help);
        QCOMPARE(help->browser()->source().fragment(), QStringLiteral("navigator"));
    }

    void theHelpMenuOpensTheGuideWithItsContents()
    {
        MainWindow w;
        showActive(w);
        w.findChild<QAction *>(QStringLiteral("userGuide"))->trigger();
        auto *help = w.findChild<HelpWindow *>();
        QVERIFY(help && help->isVisible());
        QTRY_COMPARE(topLine(help), QStringLiteral("Planverk – brukerveiledning"));
        // The contents list goes to a chapter; Back returns.
        auto *contents = help->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        QList<QTreeWidgetItem *> hits = contents->findItems(QStringLiteral("Eksportere PDF, HTML og ODT"), Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        contents->setFocus();
        contents->setCurrentItem(hits.first());
        QTest::keyClick(contents, Qt::Key_Return);
        QTRY_COMPARE(topLine(help), QStringLiteral("Eksportere PDF, HTML og ODT"));
        QVERIFY(help->browser()->isBackwardAvailable());
        help->browser()->backward();
        QTRY_COMPARE(topLine(help), QStringLiteral("Planverk – brukerveiledning"));
        // Every link in the guide leads somewhere.
        QFile guide(help->browser()->source().toString(QUrl::RemoveFragment | QUrl::RemoveScheme).prepend(':'));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
        int links = 0;
        for (auto it = link.globalMatch(QString::fromUtf8(guide.readAll())); it.hasNext(); ++links) {
            const QString target = it.next().captured(1);
            QVERIFY2(help->anchors().contains(target), qPrintable(target));
        }
        QVERIFY(links > 30);
        // The chapters a planner looks for are there.
        for (const QString &a : {QStringLiteral("markdown"), QStringLiteral("dates"), QStringLiteral("cli"), QStringLiteral("file-safety"),
                                 QStringLiteral("undo"), QStringLiteral("print"), QStringLiteral("shortcuts")})
            QVERIFY2(help->anchors().contains(a), qPrintable(a));
    }

    void theGuideSpeaksTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("caseNumber");
        QTest::newRow("nb") << "nb" << "Planverk – brukerveiledning" << "Saksnummer";
        QTest::newRow("nn") << "nn" << "Planverk – brukarrettleiing" << "Saksnummer";
        QTest::newRow("en") << "en" << "Planverk – user guide" << "Case number";
    }

    void theGuideSpeaksTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, caseNumber);
        QSettings().setValue(QStringLiteral("interfaceLanguage"), language);
        MainWindow w;
        showActive(w);
        HelpWindow *help = w.showHelp();
        QCOMPARE(help->browser()->source().path(), QStringLiteral("/planverk/help/%1/guide.html").arg(language));
        QTRY_COMPARE(topLine(help), title);
        // F1 finds the same fields in every language.
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
        help = pressF1(w, w.currentPage()->fieldWidget(QStringLiteral("caseNumber")));
        QVERIFY(help);
        QTRY_COMPARE(topLine(help), caseNumber);
    }

    void startPageOpensARecentPlanFromTheKeyboard()
    {
        const QString gone = m_dir.filePath(QStringLiteral("moved-away.planverk"));
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{m_path, gone});
        MainWindow w;
        showActive(w);
        auto *start = w.findChild<StartPage *>();
        QVERIFY(start->isVisible());
        QVERIFY(!w.navigator()->isVisible());
        QListWidget *recent = start->recentPlans();
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("hedmark-oppland\n")));
        QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled)); // no longer there: shown, not openable
        // Every sample is offered, by its title.
        QListWidget *samples = start->samplePlans();
        QCOMPARE(samples->count(), QDir(QStringLiteral(PLANVERK_SOURCE_DIR "/data")).entryList({QStringLiteral("*.json")}, QDir::Files).size());
        QCOMPARE(samples->findItems(QStringLiteral("Internasjonal mål- og handlingsplan 2021–2024\nInnlandet fylkeskommune"), Qt::MatchExactly).size(), 1);
        // The start page has the focus on the last plan: Enter opens it.
        QTRY_COMPARE(QApplication::focusWidget(), recent);
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY2(w.document(), qPrintable(w.lastError()));
        QCOMPARE(QFileInfo(w.document()->path()).canonicalFilePath(), QFileInfo(m_path).canonicalFilePath());
        QVERIFY(!start->isVisible());
        QVERIFY(w.navigator()->isVisible());
        QCOMPARE(w.currentPage()->fieldWidget(QStringLiteral("title"))->property("text").toString(), w.document()->plan().info.title);
    }

    void startPageOpensARecentPlanWithOneClick()
    {
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{m_path});
        MainWindow w;
        showActive(w);
        QListWidget *recent = w.findChild<StartPage *>()->recentPlans();
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
        QVERIFY2(w.document(), qPrintable(w.lastError()));
        QVERIFY(!w.document()->isReadOnly());
    }

    void startPageMakesANewPlanFromASample()
    {
        QTemporaryDir folder;
        QSettings().setValue(QStringLiteral("folders/plans"), folder.path());
        MainWindow w;
        showActive(w); // not interactive: the new plan gets the proposed name
        QListWidget *samples = w.findChild<StartPage *>()->samplePlans();
        const QList<QListWidgetItem *> hits = samples->findItems(QStringLiteral("Akershus"), Qt::MatchContains);
        QVERIFY(!hits.isEmpty());
        samples->setFocus();
        samples->setCurrentItem(hits.first());
        QTest::keyClick(samples, Qt::Key_Return);
        QVERIFY2(w.document(), qPrintable(w.lastError()));
        QCOMPARE(QFileInfo(w.document()->path()).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
        QCOMPARE(w.document()->plan().info.title + '\n' + w.document()->plan().info.organisation, hits.first()->text());
        QVERIFY(!w.document()->isReadOnly());
    }

    void startPageWithNoRecentPlans()
    {
        MainWindow w;
        showActive(w);
        auto *start = w.findChild<StartPage *>();
        QCOMPARE(start->recentPlans()->count(), 1);
        QVERIFY(!(start->recentPlans()->item(0)->flags() & Qt::ItemIsEnabled)); // a hint, not a plan
        QTRY_COMPARE(QApplication::focusWidget(), start->findChild<QWidget *>(QStringLiteral("startNew")));
    }
};

QTEST_MAIN(HelpTest)
#include "test_help.moc"
