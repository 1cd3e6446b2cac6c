// The "Profil" group of Om planen, driven as a planner would (offscreen):
// every edit is in the file at once, and every edit is undone by Ctrl+Z.
#include "entitypage.h"
#include "io/planjson.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "profilegroup.h"
#include "store/planstore.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace planverk;

namespace {

Plan fromFile(const QString &path) { return PlanStore::open(path, PlanStore::Mode::ReadOnly)->load(); }

QByteArray pngBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x7a, 0x1f, 0x3d));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

} // namespace

class ProfileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("troms.planverk"));
        PlanStore::createFrom(m_path, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/troms-internasjonalt-arbeid.json")));
    }

    void everyProfileEditIsSavedAndUndone()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openFile(m_path), qPrintable(w.lastError()));
        const PlanInfo original = w.document()->plan().info;
        QVERIFY(original.logo.isEmpty());
        w.select(QUuid()); // Om planen
        auto *group = w.currentPage()->findChild<ProfileGroup *>(QStringLiteral("profileGroup"));
        QVERIFY(group);
        auto *shortTitle = group->findChild<QLineEdit *>(QStringLiteral("shortTitle"));
        auto *accent = group->findChild<QLineEdit *>(QStringLiteral("accentColour"));
        auto *contrast = group->findChild<QLabel *>(QStringLiteral("accentContrast"));
        auto *logoAlt = group->findChild<QLineEdit *>(QStringLiteral("logoAlt"));
        auto *logoRemove = group->findChild<QPushButton *>(QStringLiteral("logoRemove"));
        auto *credit = group->findChild<QLineEdit *>(QStringLiteral("photoCredit"));
        auto *message = group->findChild<QLabel *>(QStringLiteral("profileMessage"));
        QVERIFY(shortTitle && accent && contrast && logoAlt && logoRemove && credit && message);
        QVERIFY(!logoAlt->isEnabled()); // no logo yet
        QUndoStack *undo = w.editor()->undoStack();
        const int start = undo->count();

        // 1. The short title, typed: one step, in the file at once.
        QTest::keyClicks(shortTitle, QStringLiteral("Internasjonalt"));
        QCOMPARE(fromFile(m_path).info.shortTitle, QStringLiteral("Internasjonalt"));

        // 2. The accent colour, typed in the hex field; the contrast is shown.
        accent->setFocus();
        accent->clear();
        QTest::keyClicks(accent, QStringLiteral("7FB2E5"));
        QTest::keyClick(accent, Qt::Key_Return);
        QCOMPARE(fromFile(m_path).info.accentColour, QStringLiteral("#7fb2e5"));
        QVERIFY2(contrast->text().contains(QStringLiteral("2,2:1")) || contrast->text().contains(QStringLiteral("2.2:1")), qPrintable(contrast->text()));
        // Not a colour: refused with a message, the plan as it was.
        accent->clear();
        QTest::keyClicks(accent, QStringLiteral("12"));
        QTest::keyClick(accent, Qt::Key_Return);
        QCOMPARE(fromFile(m_path).info.accentColour, QStringLiteral("#7fb2e5"));
        QVERIFY(message->isVisibleTo(group));
        QCOMPARE(accent->text(), QStringLiteral("#7fb2e5"));

        // 3. A logo from a file; a broken file next is refused, naming it.
        const QString logoPath = writeFile(QStringLiteral("logo.png"), pngBytes(120, 40));
        QVERIFY(group->usePictureFile(PictureRole::Logo, logoPath));
        QCOMPARE(fromFile(m_path).info.logo.data, pngBytes(120, 40));
        QVERIFY(logoAlt->isEnabled());
        QByteArray broken = pngBytes(50, 50);
        broken.truncate(70);
        const QString brokenPath = writeFile(QStringLiteral("ødelagt.png"), broken);
        QVERIFY(!group->usePictureFile(PictureRole::Logo, brokenPath));
        QVERIFY2(message->text().contains(brokenPath), qPrintable(message->text()));
        QCOMPARE(fromFile(m_path).info.logo.data, pngBytes(120, 40));

        // 4. Its alternative text, typed: one step.
        QTest::keyClicks(logoAlt, QStringLiteral("Troms-logo"));
        QCOMPARE(fromFile(m_path).info.logo.alt, QStringLiteral("Troms-logo"));

        // 5. A cover picture, and its photo credit.
        const QString coverPath = writeFile(QStringLiteral("forside.png"), pngBytes(300, 200));
        QVERIFY(group->usePictureFile(PictureRole::Cover, coverPath));
        credit->selectAll();
        QTest::keyClicks(credit, QStringLiteral("Kari Nordmann"));
        QCOMPARE(fromFile(m_path).info.photoCredit, QStringLiteral("Kari Nordmann"));

        // 6. The logo removed.
        QTest::mouseClick(logoRemove, Qt::LeftButton);
        QVERIFY(fromFile(m_path).info.logo.isEmpty());
        QCOMPARE(undo->count() - start, 7);

        // Undo each step; the file and the fields follow.
        QAction *undoAction = w.findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undoAction);
        undoAction->trigger();
        QCOMPARE(fromFile(m_path).info.logo.alt, QStringLiteral("Troms-logo"));
        QCOMPARE(logoAlt->text(), QStringLiteral("Troms-logo"));
        undoAction->trigger();
        QCOMPARE(fromFile(m_path).info.photoCredit, original.photoCredit);
        QCOMPARE(credit->text(), original.photoCredit);
        undoAction->trigger();
        QVERIFY(fromFile(m_path).info.cover.isEmpty());
        undoAction->trigger();
        QCOMPARE(fromFile(m_path).info.logo.alt, QString());
        undoAction->trigger();
        QVERIFY(fromFile(m_path).info.logo.isEmpty());
        QVERIFY(!logoAlt->isEnabled());
        undoAction->trigger();
        QCOMPARE(fromFile(m_path).info.accentColour, original.accentColour);
        QCOMPARE(accent->text(), original.accentColour);
        undoAction->trigger();
        QCOMPARE(fromFile(m_path).info.shortTitle, original.shortTitle);
        QCOMPARE(shortTitle->text(), original.shortTitle);
        QCOMPARE(fromFile(m_path).info, original);

        // And redo brings them all back.
        for (int i = 0; i < 7; ++i)
            undo->redo();
        const PlanInfo redone = fromFile(m_path).info;
        QCOMPARE(redone.shortTitle, QStringLiteral("Internasjonalt"));
        QCOMPARE(redone.accentColour, QStringLiteral("#7fb2e5"));
        QVERIFY(redone.logo.isEmpty());
        QCOMPARE(redone.cover.data, pngBytes(300, 200));
        QCOMPARE(redone.photoCredit, QStringLiteral("Kari Nordmann"));
    }
};

QTEST_MAIN(ProfileTest)
#include "test_profile.moc"
