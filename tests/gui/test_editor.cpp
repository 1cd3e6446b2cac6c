// The editor driven as a planner would: through its actions and widgets, in a
// real main window (QT_QPA_PLATFORM=offscreen). Every step is checked in the
// window and in the file.
#include "entitypage.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "model/planerror.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "store/planstore.h"
#include "io/planjson.h"
#include "render/documentwriter.h"
#include "render/templateset.h"

#include <QAction>
#include <QImage>
#include <QMimeData>
#include <QPrinter>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>
#include <QScrollBar>
#include <QUndoStack>

using namespace planverk;

namespace {

Plan fromFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

QStringList goalTitles(const Plan &p)
{
    QStringList out;
    for (const Goal &g : p.goals)
        out << g.title;
    return out;
}

} // namespace

class EditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QAction *action(MainWindow &w, const char *name) { return w.findChild<QAction *>(QString::fromLatin1(name)); }

    void open(MainWindow &w)
    {
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("hedmark \"oppland\".planverk"));
        PlanStore::createFrom(m_path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/hedmark-oppland-samarbeid.json")));
    }

    void editsAreUndoableAndInTheFile()
    {
        MainWindow w;
        open(w);
        const Plan original = w.document()->plan();
        QTreeView *tree = w.navigator();
        PlanTreeModel *model = w.treeModel();

        // 1. Add a sub-goal under goal 2 and type its title.
        const QUuid goal2 = original.goals[1].id;
        w.select(goal2);
        QCOMPARE(model->entityAt(tree->currentIndex())->second, goal2);
        QVERIFY(action(w, "addChild")->isEnabled());
        action(w, "addChild")->trigger();
        const auto added = model->entityAt(tree->currentIndex());
        QVERIFY(added);
        QCOMPARE(added->first, EntityKind::Goal);
        const QUuid sub = added->second;
        QCOMPARE(w.document()->plan().goals[1].subgoals.size(), 5);
        auto *title = qobject_cast<QLineEdit *>(w.currentPage()->fieldWidget(QStringLiteral("title")));
        QVERIFY(title);
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Grønn «omstilling» i Innlandet"));
        QCOMPARE(w.document()->plan().goals[1].subgoals[4].title, QStringLiteral("Grønn «omstilling» i Innlandet"));
        QCOMPARE(fromFile(m_path).goals[1].subgoals[4].title, QStringLiteral("Grønn «omstilling» i Innlandet")); // in the file at once
        QCOMPARE(model->data(model->indexOf(sub)).toString(), QStringLiteral("M2.5 Grønn «omstilling» i Innlandet"));

        // 2. Link it to the theme "Innovasjon".
        auto *themes = qobject_cast<QListWidget *>(w.currentPage()->fieldWidget(QStringLiteral("themes")));
        QVERIFY(themes);
        QListWidgetItem *innovation = themes->findItems(QStringLiteral("Innovasjon"), Qt::MatchExactly).value(0);
        QVERIFY(innovation);
        innovation->setCheckState(Qt::Checked);
        const QUuid innovationId = original.themes[3].id;
        QCOMPARE(fromFile(m_path).goals[1].subgoals[4].themes, QList<QUuid>{innovationId});

        // 3. Move goal 3 up above goal 2.
        const QUuid goal3 = original.goals[2].id;
        w.select(goal3);
        action(w, "moveUp")->trigger();
        QCOMPARE(goalTitles(fromFile(m_path)), (QStringList{original.goals[0].title, original.goals[2].title, original.goals[1].title}));
        QCOMPARE(model->data(model->indexOf(goal3)).toString(), QStringLiteral("M2 ") + original.goals[2].title);

        // The typing was one step, not one per letter: add, type, link, move.
        QUndoStack *undo = w.editor()->undoStack();
        QCOMPARE(undo->count(), 4);

        // Undo each step; the window and the file follow.
        action(w, "undo")->trigger();
        QCOMPARE(goalTitles(fromFile(m_path)), goalTitles(original));
        QCOMPARE(model->data(model->indexOf(goal3)).toString(), QStringLiteral("M3 ") + original.goals[2].title);
        action(w, "undo")->trigger();
        QVERIFY(fromFile(m_path).goals[1].subgoals[4].themes.isEmpty());
        action(w, "undo")->trigger();
        QCOMPARE(fromFile(m_path).goals[1].subgoals[4].title, PlanEditor::newName(EntityKind::Goal));
        action(w, "undo")->trigger();
        QCOMPARE(fromFile(m_path), original);
        QVERIFY(!model->indexOf(sub).isValid());
        QVERIFY(!action(w, "undo")->isEnabled());

        // Redo them all.
        for (int i = 0; i < 4; ++i)
            action(w, "redo")->trigger();
        const Plan redone = fromFile(m_path);
        QCOMPARE(redone.goals[2].subgoals[4].title, QStringLiteral("Grønn «omstilling» i Innlandet"));
        QCOMPARE(redone.goals[2].subgoals[4].themes, QList<QUuid>{innovationId});
        QCOMPARE(redone.goals[1].id, goal3);
        QCOMPARE(redone, w.document()->plan());

        // The preview follows the part being edited.
        w.select(sub);
        w.refreshPreviewNow();
        QVERIFY(w.preview()->toPlainText().contains(QStringLiteral("Grønn «omstilling» i Innlandet")));

        // A PDF of the edited plan.
        const QString pdf = m_dir.filePath(QStringLiteral("utskrift.pdf"));
        QVERIFY2(w.exportTo(QStringLiteral("pdf"), pdf), qPrintable(w.lastError()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Grønn «omstilling» i Innlandet")));

        // And a Word document, from Fil ▸ Eksporter ▸ Word (DOCX).
        QVERIFY(w.findChild<QAction *>(QStringLiteral("exportDocx")));
        const QString docx = m_dir.filePath(QStringLiteral("utskrift.docx"));
        QVERIFY2(w.exportTo(QStringLiteral("docx"), docx), qPrintable(w.lastError()));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
        QVERIFY(unzip.waitForFinished());
        QVERIFY(QString::fromUtf8(unzip.readAllStandardOutput()).contains(QStringLiteral("Grønn «omstilling» i Innlandet")));
    }

    void editsAreThereInANewWindow()
    {
        MainWindow w;
        open(w);
        const Plan &p = w.document()->plan();
        QCOMPARE(p.goals[2].subgoals[4].title, QStringLiteral("Grønn «omstilling» i Innlandet"));
        QCOMPARE(p.goals[2].subgoals[4].themes.size(), 1);
        QCOMPARE(p.goals[1].title, QStringLiteral("Påvirke nasjonale myndigheter"));
        QCOMPARE(w.treeModel()->data(w.treeModel()->indexOf(p.goals[2].subgoals[4].id)).toString(), QStringLiteral("M3.5 Grønn «omstilling» i Innlandet"));
    }

    void markdownAndPlanSettings()
    {
        MainWindow w;
        open(w);
        // The plan's settings page: a new case number.
        w.select({});
        auto *caseNumber = qobject_cast<QLineEdit *>(w.currentPage()->fieldWidget(QStringLiteral("caseNumber")));
        QVERIFY(caseNumber);
        QTest::keyClicks(caseNumber, QStringLiteral("14/123"));
        QCOMPARE(fromFile(m_path).info.caseNumber, QStringLiteral("14/123"));
        // A section's body is stored as Markdown.
        const QUuid section = w.document()->plan().sections[0].id;
        w.select(section);
        auto *body = qobject_cast<MarkdownEdit *>(w.currentPage()->fieldWidget(QStringLiteral("body")));
        QVERIFY(body);
        body->textEdit()->moveCursor(QTextCursor::End);
        body->textEdit()->insertPlainText(QStringLiteral("\n\nNy linje med æ, ø og å."));
        QVERIFY(fromFile(m_path).sections[0].body.endsWith(QStringLiteral("Ny linje med æ, ø og å.")));
        w.editor()->undoStack()->undo();
        QVERIFY(!fromFile(m_path).sections[0].body.contains(QStringLiteral("Ny linje")));
    }

    // A file named as an image in a plan's Markdown, or in the preview's HTML,
    // is never read: QTextEdit and QTextBrowser read any path (even /dev/zero) on their own.
    void noFileIsReadForAnImageInTheEditor()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.png"));
        QImage image(37, 23, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QVERIFY(image.save(secret));
        const auto isBlank = [&](QTextDocument *doc) {
            const QVariant v = doc->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(secret));
            return v.userType() == QMetaType::QImage && v.value<QImage>().size() == QSize(1, 1);
        };
        MarkdownEdit body;
        body.setMarkdown(QStringLiteral("Logo: ![logo](%1)").arg(secret));
        QVERIFY(isBlank(body.textEdit()->document()));

        MainWindow w;
        open(w);
        auto *preview = w.findChild<QTextBrowser *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QVERIFY(isBlank(preview->document()));
    }

    void deleteAndRestoreAThemeWithItsLinks()
    {
        MainWindow w;
        open(w);
        const Plan before = w.document()->plan();
        const QUuid competence = before.themes[2].id; // Kompetanse: on goal 3 and its sub-goals
        w.select(competence);
        action(w, "delete")->trigger();
        const Plan after = fromFile(m_path);
        QCOMPARE(after.themes.size(), before.themes.size() - 1);
        for (const Goal &g : after.goals)
            for (const Goal &s : g.subgoals)
                QVERIFY(!s.themes.contains(competence));
        action(w, "undo")->trigger();
        QCOMPARE(fromFile(m_path), before);
    }

    void findAndProblems()
    {
        MainWindow w;
        open(w);
        auto *find = w.findChild<QLineEdit *>(QStringLiteral("findField"));
        QVERIFY(find);
        action(w, "find")->trigger();
        QTest::keyClicks(find, QStringLiteral("skog"));
        QTest::keyClick(find, Qt::Key_Return);
        // In document order: the section whose text mentions the forest strategy, then the theme
        // "Landbruk (jord og skog)", then the action.
        auto hit = w.treeModel()->entityAt(w.navigator()->currentIndex());
        QVERIFY(hit);
        QCOMPARE(w.treeModel()->titleOf(hit->first, hit->second), QStringLiteral("Hensikten med samarbeidet"));
        QTest::keyClick(find, Qt::Key_Return);
        hit = w.treeModel()->entityAt(w.navigator()->currentIndex());
        QVERIFY(hit);
        QCOMPARE(w.treeModel()->titleOf(hit->first, hit->second), QStringLiteral("Landbruk (jord og skog)"));
        QTest::keyClick(find, Qt::Key_Return);
        hit = w.treeModel()->entityAt(w.navigator()->currentIndex());
        QVERIFY(hit);
        QCOMPARE(w.treeModel()->titleOf(hit->first, hit->second), QStringLiteral("T2 Felles skog- og trestrategi for Innlandet"));

        // An empty title is a problem; clicking it leads to the goal.
        const QUuid goal = w.document()->plan().goals[0].id;
        w.select(goal);
        auto *title = qobject_cast<QLineEdit *>(w.currentPage()->fieldWidget(QStringLiteral("title")));
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Backspace);
        w.refreshProblemsNow();
        QListWidget *problems = w.problems();
        QListWidgetItem *item = problems->findItems(QStringLiteral("the goal has no title"), Qt::MatchStartsWith).value(0);
        QVERIFY(item);
        w.select(w.document()->plan().themes[0].id);
        Q_EMIT problems->itemClicked(item);
        QCOMPARE(w.treeModel()->entityAt(w.navigator()->currentIndex())->second, goal);
        w.editor()->undoStack()->undo();
        QVERIFY(!fromFile(m_path).goals[0].title.isEmpty());
    }

    void secondWindowIsReadOnly()
    {
        MainWindow first;
        open(first);
        MainWindow second;
        second.setInteractive(false);
        QVERIFY(second.openFile(m_path));
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.lastError().contains(QStringLiteral("already open in another Planverk")));
        QVERIFY(!second.findChild<QAction *>(QStringLiteral("add"))->isEnabled());
    }

    void dragASubGoalToAnotherGoal()
    {
        MainWindow w;
        open(w);
        PlanTreeModel *model = w.treeModel();
        const Plan before = w.document()->plan();
        const QUuid sub = before.goals[2].subgoals[0].id;
        const QUuid target = before.goals[0].id; // a goal with no sub-goals yet
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(sub)}));
        QVERIFY(data);
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model->indexOf(target)));
        QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model->categoryIndex(PlanTreeModel::Themes)));
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, model->indexOf(target));
        const Plan after = fromFile(m_path);
        QCOMPARE(after.goals[0].subgoals.size(), 1);
        QCOMPARE(after.goals[0].subgoals[0].id, sub);
        QCOMPARE(after.goals[2].subgoals.size(), before.goals[2].subgoals.size() - 1);
        QCOMPARE(model->rowCount(model->indexOf(target)), 1);
        QCOMPARE(model->data(model->indexOf(sub)).toString().left(5), QStringLiteral("M1.1 "));
        w.editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path), before);
    }

    void sectionsNestNoDeeperThanTheLimit()
    {
        // The loader refuses a file with deeper sections: the editor must not make one.
        MainWindow w;
        open(w);
        PlanEditor *editor = w.editor();
        const Plan before = fromFile(m_path);
        const int start = editor->undoStack()->index();
        QList<QUuid> chain;
        for (int level = 1; level <= kMaxSectionDepth; ++level) {
            chain << editor->add(EntityKind::Section, chain.isEmpty() ? QUuid() : chain.last());
            QVERIFY(!chain.last().isNull());
        }
        const Plan deepest = fromFile(m_path);
        QVERIFY(editor->add(EntityKind::Section, chain.last()).isNull());
        QCOMPARE(fromFile(m_path), deepest);
        // A section with a sub-section fits under level 18, not under level 19.
        const QUuid two = editor->add(EntityKind::Section, {});
        QVERIFY(!editor->add(EntityKind::Section, two).isNull());
        QVERIFY(!editor->move(EntityKind::Section, two, chain[kMaxSectionDepth - 2], 0));
        QVERIFY(editor->move(EntityKind::Section, two, chain[kMaxSectionDepth - 3], 0));
        QCOMPARE(fromFile(m_path), w.document()->plan());
        while (editor->undoStack()->index() > start)
            editor->undoStack()->undo();
        QCOMPARE(fromFile(m_path), before);
    }

    void reorderLinksInTheirList()
    {
        MainWindow w;
        open(w);
        const Goal goal = w.document()->plan().goals[2]; // Felles utviklingsarbeid: themes Kompetanse, Innovasjon
        QCOMPARE(goal.title, QStringLiteral("Felles utviklingsarbeid som løfter hele Innlandet"));
        QCOMPARE(goal.themes.size(), 2);
        w.select(goal.id);
        auto *themes = qobject_cast<QListWidget *>(w.currentPage()->fieldWidget(QStringLiteral("themes")));
        QVERIFY(themes);
        QCOMPARE(themes->item(0)->text(), QStringLiteral("Kompetanse")); // linked ones first, in link order
        QCOMPARE(themes->item(1)->text(), QStringLiteral("Innovasjon"));
        QVERIFY(themes->model()->moveRow({}, 1, {}, 0)); // as a drag within the list does
        QCOMPARE(fromFile(m_path).goals[2].themes, (QList<QUuid>{goal.themes[1], goal.themes[0]}));
        w.editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path).goals[2].themes, goal.themes);
    }

    void printPagesAreThePdfPages()
    {
        MainWindow w;
        open(w);
        // What Print and Print preview paint: the same PrintLayout as the PDF export.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(printed);
        auto templates = TemplateSet::open(QStringLiteral("standard"));
        PrintLayout layout(w.document()->plan(), *templates, {});
        layout.paint(&printer);
        const QString exported = m_dir.filePath(QStringLiteral("export.pdf"));
        QVERIFY(w.exportTo(QStringLiteral("pdf"), exported));
        auto pages = [](const QString &pdf) {
            QProcess p;
            p.start(QStringLiteral("pdfinfo"), {pdf});
            p.waitForFinished();
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out).captured(1).toInt();
        };
        QVERIFY(pages(exported) > 5);
        QCOMPARE(pages(printed), pages(exported));
        QCOMPARE(layout.pageCount(), pages(exported));
    }

    void badFilesKeepTheWindowUsable()
    {
        MainWindow w;
        open(w);
        const QString bad = m_dir.filePath(QStringLiteral("ikke-en-plan.planverk"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dette er en tekstfil.\n");
        f.close();
        QVERIFY(!w.openFile(bad));
        QCOMPARE(w.lastError(), bad + QStringLiteral(": is not a Planverk plan (not an SQLite database)"));
        QVERIFY(w.document()); // the plan that was open is still open
        QCOMPARE(w.document()->path(), m_path);
    }

    void previewScrollsToTheEntityInALongChapter()
    {
        // 80 networks: their chapter is many screens long in the preview.
        Plan plan = readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/innlandet-internasjonal-2021-2024.json"));
        for (int i = 0; i < 80; ++i)
            plan.memberships.append({QUuid::createUuid(), QStringLiteral("Nettverk nr. %1 for nordisk samarbeid").arg(i), QString(),
                                     QStringLiteral("professional"), QStringLiteral("Et nettverk for kunnskap og erfaring på tvers av grenser."), {}, {}});
        const QString path = m_dir.filePath(QStringLiteral("mange nettverk.planverk"));
        QVERIFY(PlanStore::createFrom(path, plan));
        MainWindow w;
        w.setInteractive(false);
        w.resize(1200, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(path), qPrintable(w.lastError()));
        const Membership &target = w.document()->plan().memberships[70];
        w.select(target.id);
        w.refreshPreviewNow();
        QTextBrowser *preview = w.preview();
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Nettverk nr. 10 ")));
        const QTextCursor found = preview->document()->find(target.name);
        QVERIFY(!found.isNull());
        const QRect where = preview->cursorRect(found); // in the viewport
        QVERIFY2(preview->verticalScrollBar()->value() > 0, "the preview did not scroll");
        QVERIFY2(preview->viewport()->rect().contains(where.center()),
                 qPrintable(QStringLiteral("'%1' is at y=%2, outside the visible %3 px").arg(target.name).arg(where.center().y()).arg(preview->viewport()->height())));
    }

    // Issue 9: a plan file moved away or written by another program while it
    // is open is reported at once, and the editor stops taking edits rather
    // than showing "saved" for edits that go nowhere.
    void fileChangedUnderTheEditorIsReportedAtOnce_data()
    {
        QTest::addColumn<bool>("renamed");
        QTest::newRow("renamed in a file manager") << true;
        QTest::newRow("written by another program") << false;
    }
    void fileChangedUnderTheEditorIsReportedAtOnce()
    {
        QFETCH(bool, renamed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planverk"));
        PlanStore::createFrom(path, fromFile(m_path));
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(path), qPrintable(w.lastError()));
        QVERIFY(!w.document()->isReadOnly());
        if (renamed) {
            QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("flyttet.planverk"))));
        } else {
            auto other = PlanStore::open(path, PlanStore::Mode::ReadWrite);
            PlanInfo info = other->load().info;
            info.title = QStringLiteral("Endret utenfra");
            other->updateInfo(info);
        }
        // No edit needed: the window finds out by itself.
        QTRY_VERIFY_WITH_TIMEOUT(w.document()->isReadOnly(), 3000);
        QVERIFY(!w.lastError().isEmpty());
        QLineEdit *title = nullptr;
        for (QLineEdit *e : w.findChildren<QLineEdit *>(QStringLiteral("title")))
            if (e->isVisible())
                title = e;
        QVERIFY(title);
        QVERIFY(!title->isEnabled());
    }

    void exportNeverReplacesThePlan()
    {
        MainWindow w;
        open(w);
        QFile plan(m_path);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const QByteArray before = plan.readAll();
        plan.close();
        QVERIFY(!w.exportTo(QStringLiteral("json"), m_path));
        QVERIFY2(w.lastError().endsWith(QStringLiteral("(the same file); it was left as it is")), qPrintable(w.lastError()));
        QVERIFY(!w.exportTo(QStringLiteral("html"), m_path + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QCOMPARE(plan.readAll(), before);
    }

    void accessiblePdfWithoutLibreOfficeNamesThePackage()
    {
        MainWindow w;
        open(w);
        QVERIFY(action(w, "exportAccessiblePdf"));
        QVERIFY(action(w, "exportAccessiblePdf")->isEnabled());
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_dir.filePath(QStringLiteral("no-such-folder")).toLocal8Bit()); // no soffice
        const QString pdf = m_dir.filePath(QStringLiteral("tilgjengelig.pdf"));
        const bool exported = w.exportTo(QStringLiteral("accessible"), pdf);
        qputenv("PATH", path);
        QVERIFY(!exported);
        QVERIFY2(w.lastError().contains(QStringLiteral("libreoffice-writer-nogui")), qPrintable(w.lastError()));
        QVERIFY(!QFile::exists(pdf));
    }

    void importNeverTakesOverALogLeftBesideTheName()
    {
        const QString json = m_dir.filePath(QStringLiteral("etterlatt.json"));
        QVERIFY(QFile::copy(QStringLiteral(PLANVERK_SOURCE_DIR "/data/troms-internasjonalt-arbeid.json"), json));
        QFile wal(m_dir.filePath(QStringLiteral("etterlatt.planverk-wal"))); // a crashed plan's log; its file is gone
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, 'w'));
        wal.close();
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(!w.openFile(json));
        QVERIFY2(w.lastError().contains(QStringLiteral("(etterlatt.planverk-wal)")), qPrintable(w.lastError()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("etterlatt.planverk"))));
        QCOMPARE(QFileInfo(wal.fileName()).size(), 4096);
    }
};

QTEST_MAIN(EditorTest)
#include "test_editor.moc"
