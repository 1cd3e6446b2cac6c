// The lost-edit scenario of issue 9, as a planner met it, in a real editor
// window: open a plan, show a file dialog on the plan's folder (its type
// column reads the plan to guess its type, then closes that descriptor),
// wait while another process reads the plan, then type a word at the end of
// the title and press Tab. Driven by planverk-dialog-test over stdin/stdout:
//   planverk-dialog-child PLAN WORD
//   -> "READY" once the dialog has listed the folder and closed
//   <- "GO"
//   -> "SAVED <status bar text>" once the edit is acknowledged; then waits to be killed
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace planverk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: planverk-dialog-child PLAN WORD\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    const QString plan = QFileInfo(QString::fromLocal8Bit(argv[1])).absoluteFilePath();
    const QString word = QString::fromLocal8Bit(argv[2]);

    MainWindow window;
    window.setInteractive(false);
    window.show();
    if (!window.openFile(plan)) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], qPrintable(window.lastError()));
        return 1;
    }

    // The export dialog as Ctrl+E shows it: Qt's own dialog on the plan's
    // folder, in detail view, with the type column filled in.
    QFileDialog dialog(&window, QStringLiteral("Eksporter"), QFileInfo(plan).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.selectFile(QFileInfo(plan).completeBaseName() + QStringLiteral(".pdf"));
    dialog.show();
    auto *model = dialog.findChild<QFileSystemModel *>();
    QString type;
    QElapsedTimer clock;
    clock.start();
    while (type.isEmpty() && clock.elapsed() < 10000) {
        QTest::qWait(20);
        const QModelIndex i = model ? model->index(plan) : QModelIndex();
        if (i.isValid())
            type = model->data(i.siblingAtColumn(2)).toString();
    }
    QTest::qWait(200);
    dialog.reject();
    std::printf("READY %s\n", qPrintable(type));
    std::fflush(stdout);

    std::string line;
    std::getline(std::cin, line);

    QLineEdit *title = nullptr;
    for (QLineEdit *e : window.findChildren<QLineEdit *>(QStringLiteral("title")))
        if (e->isVisible())
            title = e;
    if (!title) {
        std::fprintf(stderr, "the plan's title field is not on screen\n");
        return 1;
    }
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QLatin1Char(' ') + word);
    QTest::keyClick(title, Qt::Key_Tab);
    QTest::qWait(50);
    QString status;
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
        status += l->text() + QLatin1Char(' ');
    std::printf("SAVED %s\n", qPrintable(status));
    std::fflush(stdout);
    for (;;)
        QTest::qWait(1000);
}
