// Spell checking and find-and-replace, driven as a planner would: in a real
// main window (QT_QPA_PLATFORM=offscreen), checked in the window and in the file.
#include "entitypage.h"
#include "io/planjson.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "model/planreplace.h"
#include "planeditor.h"
#include "replacedialog.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellunderline.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

using namespace planverk;

namespace {

Plan fromFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

// The words of a text box that carry the spelling underline.
QStringList underlinedWords(QTextEdit *edit)
{
    QStringList out;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                out << b.text().mid(r.start, r.length);
    return out;
}

QStringList underlinedWords(QLineEdit *field)
{
    auto *underline = field->findChild<SpellUnderline *>();
    if (!underline)
        return {QStringLiteral("<no spell checking on this field>")};
    QStringList out;
    for (const WordSpan &w : underline->misspelled())
        out << field->text().mid(w.start, w.length);
    return out;
}

// Opens the field's context menu at `position` (a character index) and triggers
// the action named `actionName` (with `text`, when given) in it.
bool chooseFromContextMenu(QLineEdit *field, int position, const QString &actionName, const QString &text = {})
{
    bool found = false;
    QTimer::singleShot(0, field, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->objectName() == actionName && (text.isEmpty() || a->text() == text) && !found) {
                found = true;
                menu->close();
                a->trigger();
                return;
            }
        menu->close();
    });
    field->setCursorPosition(position);
    const QPoint at = field->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    Q_EMIT field->customContextMenuRequested(at);
    return found;
}

} // namespace

class WritingTest : public QObject
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
    template<class W>
    W *field(MainWindow &w, const char *key)
    {
        return qobject_cast<W *>(w.currentPage()->fieldWidget(QString::fromLatin1(key)));
    }
    QTextEdit *summary(MainWindow &w) { return field<MarkdownEdit>(w, "summary")->textEdit(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(SpellChecker::personalDictionaryPath());
        SpellChecker::shared()->setEnabled(true);
        QVERIFY2(SpellChecker::shared()->waitForDictionary(), "the nb_NO dictionary (hunspell-no) is missing");
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("plan-%1.planverk").arg(QTest::currentTestFunction()));
        PlanStore::createFrom(m_path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/hedmark-oppland-samarbeid.json")));
    }

    void misspelledNorwegianIsUnderlined()
    {
        MainWindow w;
        open(w);
        QCOMPARE(w.document()->plan().info.language, QStringLiteral("nb"));
        QTextEdit *box = summary(w);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("Fylkeskommune, høring og kjærlighet. Fylkeskomune og hørring, se https://innlandetfylke.no "
                                             "eller skriv til postmottak@innlandetfylke.no innen 2026. AER og `kodeord` og **fet** tekst."));
        QCOMPARE(underlinedWords(box), (QStringList{QStringLiteral("Fylkeskomune"), QStringLiteral("hørring")}));
        // Typing on at the end keeps the underlines before it.
        box->moveCursor(QTextCursor::End);
        QTest::keyClicks(box, QStringLiteral(" Samarbeiddet"));
        QCOMPARE(underlinedWords(box), (QStringList{QStringLiteral("Fylkeskomune"), QStringLiteral("hørring"), QStringLiteral("Samarbeiddet")}));

        auto *title = field<QLineEdit>(w, "title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Samarbeid om høring i fylkeskommunen, feill"));
        QCOMPARE(underlinedWords(title), QStringList{QStringLiteral("feill")});
        // The underline sits under the word: the field puts the cursor inside it at the underline's middle.
        auto *underline = title->findChild<SpellUnderline *>();
        const auto [from, to] = underline->horizontalExtent(underline->misspelled()[0]);
        const int y = title->height() / 2;
        QCOMPARE(title->inputMethodQuery(Qt::ImCursorPosition, QPointF(from + 1, y)).toInt(), int(title->text().indexOf(QStringLiteral("feill"))));
        QCOMPARE(title->inputMethodQuery(Qt::ImCursorPosition, QPointF(to - 1, y)).toInt(), int(title->text().size()));
        // No spelling in addresses.
        w.select(w.document()->plan().contacts.value(0).id);
        QVERIFY(!field<QLineEdit>(w, "email")->findChild<SpellUnderline *>());

        // Underlining is not editing: what is in the file is what was typed, and nothing else.
        QCOMPARE(fromFile(m_path).info.title, QStringLiteral("Samarbeid om høring i fylkeskommunen, feill"));
        QVERIFY(!fromFile(m_path).info.summary.contains(QStringLiteral("<")));
    }

    void theDictionaryIsThePlansLanguage()
    {
        MainWindow w;
        open(w);
        QTextEdit *box = summary(w);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("Fylkeskommunen vil ikkje vente. The council will decide quickly."));
        const int steps = w.editor()->undoStack()->count();
        QCOMPARE(underlinedWords(box), (QStringList{"ikkje", "The", "council", "will", "decide", "quickly"}));

        auto *language = field<QComboBox>(w, "language");
        auto choose = [&](const char *code) {
            language->setCurrentIndex(language->findData(QString::fromLatin1(code)));
            Q_EMIT language->activated(language->currentIndex());
        };
        // The other dictionaries load in the background; the underlines follow when they are there.
        choose("en");
        QCOMPARE(SpellChecker::shared()->language(), QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(underlinedWords(box), (QStringList{"Fylkeskommunen", "vil", "ikkje", "vente"}), 30000);
        choose("nn");
        QTRY_COMPARE_WITH_TIMEOUT(underlinedWords(box), (QStringList{"The", "council", "will", "decide", "quickly"}), 30000);
        // Changing the dictionary is not an edit of the text: the one step is the language (two choices merge).
        QCOMPARE(w.editor()->undoStack()->count(), steps + 1);
        QCOMPARE(fromFile(m_path).info.language, QStringLiteral("nn"));
        w.editor()->undoStack()->undo();
        QCOMPARE(SpellChecker::shared()->language(), QStringLiteral("nb"));
        QCOMPARE(underlinedWords(box), (QStringList{"ikkje", "The", "council", "will", "decide", "quickly"}));
    }

    void addToMyDictionarySurvivesARestart()
    {
        QVERIFY(!SpellChecker().isCorrect(QStringLiteral("Oshikotoregionen")));
        {
            MainWindow w;
            open(w);
            auto *title = field<QLineEdit>(w, "title");
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Samarbeid med Oshikotoregionen"));
            QCOMPARE(underlinedWords(title), QStringList{QStringLiteral("Oshikotoregionen")});
            QVERIFY(chooseFromContextMenu(title, 20, QStringLiteral("addToDictionary")));
            QCOMPARE(underlinedWords(title), QStringList());
            QCOMPARE(title->text(), QStringLiteral("Samarbeid med Oshikotoregionen"));
        }
        // Planverk started again: a new checker reads the user's word list.
        SpellChecker restarted;
        QVERIFY(restarted.isCorrect(QStringLiteral("Oshikotoregionen")));
        QVERIFY(!restarted.isCorrect(QStringLiteral("Oshikotoregionenn")));
        QFile file(SpellChecker::personalDictionaryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().split('\n').contains("Oshikotoregionen"));
    }

    void aSuggestionReplacesTheWord()
    {
        MainWindow w;
        open(w);
        auto *title = field<QLineEdit>(w, "title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Plan for hørring"));
        const int steps = w.editor()->undoStack()->count();
        QVERIFY(chooseFromContextMenu(title, 12, QStringLiteral("spellSuggestion"), QStringLiteral("høring")));
        QCOMPARE(title->text(), QStringLiteral("Plan for høring"));
        QCOMPARE(fromFile(m_path).info.title, QStringLiteral("Plan for høring"));
        QCOMPARE(underlinedWords(title), QStringList());
        QVERIFY(w.editor()->undoStack()->count() <= steps + 1);
    }

    void spellCheckingCanBeSwitchedOff()
    {
        MainWindow w;
        open(w);
        QTextEdit *box = summary(w);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("Fylkeskomune"));
        QCOMPARE(underlinedWords(box), QStringList{QStringLiteral("Fylkeskomune")});
        auto setInPreferences = [&](bool on) {
            bool seen = false;
            QTimer::singleShot(0, &w, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                auto *box = dialog ? dialog->findChild<QCheckBox *>(QStringLiteral("spellCheckBox")) : nullptr;
                if (!box)
                    return dialog ? dialog->reject() : void();
                seen = true;
                box->setChecked(on);
                dialog->accept();
            });
            action(w, "preferences")->trigger();
            return seen;
        };
        QVERIFY(setInPreferences(false));
        QCOMPARE(underlinedWords(box), QStringList());
        QCOMPARE(QSettings().value(QStringLiteral("spelling/enabled")).toBool(), false);
        QVERIFY(!SpellChecker().isEnabled()); // and so after a restart
        QVERIFY(setInPreferences(true));
        QCOMPARE(underlinedWords(box), QStringList{QStringLiteral("Fylkeskomune")});
        QVERIFY(SpellChecker().isEnabled());
    }

    void replaceAllIsOneUndoStep()
    {
        MainWindow w;
        open(w);
        const Plan original = fromFile(m_path);
        const int before = int(findText(original, QStringLiteral("Innlandet"), Qt::CaseSensitive).size());
        QVERIFY(before >= 5);
        action(w, "replace")->trigger();
        auto *dialog = w.findChild<ReplaceDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("replaceFind")), QStringLiteral("Innlandet"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("replaceWith")), QStringLiteral("Viken"));
        dialog->findChild<QCheckBox *>(QStringLiteral("replaceMatchCase"))->setChecked(true);
        const int steps = w.editor()->undoStack()->count();
        auto *all = dialog->findChildren<QPushButton *>().value(2);
        QCOMPARE(all->text().remove('&'), QStringLiteral("Replace all"));
        QTest::mouseClick(all, Qt::LeftButton);

        const Plan replaced = fromFile(m_path);
        QCOMPARE(findText(replaced, QStringLiteral("Innlandet"), Qt::CaseSensitive).size(), 0);
        QCOMPARE(int(findText(replaced, QStringLiteral("Viken"), Qt::CaseSensitive).size()), before);
        QCOMPARE(replaced, replaceAll(original, QStringLiteral("Innlandet"), QStringLiteral("Viken"), Qt::CaseSensitive).plan);
        QCOMPARE(w.editor()->undoStack()->count(), steps + 1);
        QVERIFY(w.editor()->undoStack()->undoText().contains(QStringLiteral("Viken")));

        w.editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path), original);
        w.editor()->undoStack()->redo();
        QCOMPARE(fromFile(m_path), replaced);
    }

    void findNextAndReplaceOne()
    {
        MainWindow w;
        open(w);
        const Plan original = w.document()->plan();
        const QList<TextMatch> matches = findText(original, QStringLiteral("skog"), Qt::CaseInsensitive);
        QVERIFY(matches.size() >= 3);
        action(w, "replace")->trigger();
        auto *dialog = w.findChild<ReplaceDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceFind"))->setText(QStringLiteral("skog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("replaceWith"))->setText(QStringLiteral("SKOG"));
        QVERIFY(dialog->findNext());
        // The first occurrence is shown and selected in its field.
        const TextMatch &first = matches[0];
        QCOMPARE(w.currentPage()->entityId(), first.id);
        QWidget *f = w.currentPage()->fieldWidget(first.field);
        if (auto *line = qobject_cast<QLineEdit *>(f))
            QCOMPARE(line->selectedText().toLower(), QStringLiteral("skog"));
        else
            QCOMPARE(qobject_cast<MarkdownEdit *>(f)->textEdit()->textCursor().selectedText().toLower(), QStringLiteral("skog"));

        const int steps = w.editor()->undoStack()->count();
        dialog->replace(); // the first one, then on to the second
        const QList<TextMatch> after = findText(fromFile(m_path), QStringLiteral("SKOG"), Qt::CaseSensitive);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].id, first.id);
        QCOMPARE(after[0].start, first.start);
        QCOMPARE(w.editor()->undoStack()->count(), steps + 1);
        QCOMPARE(w.currentPage()->entityId(), matches[1].id);
        w.editor()->undoStack()->undo();
        QCOMPARE(fromFile(m_path), original);
    }

    void cleanupTestCase() { QFile::remove(SpellChecker::personalDictionaryPath()); }
};

QTEST_MAIN(WritingTest)
#include "test_writing.moc"
