#include "entitypage.h"
#include "render/allocatortuning.h"
#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    planverk::tuneAllocatorForDocuments();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Planverk"));
    QApplication::setOrganizationName(QStringLiteral("Planverk"));
    QApplication::setApplicationVersion(QStringLiteral(PLANVERK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.planverk.Planverk"));

    // The interface speaks Bokmål unless the preferences say otherwise.
    planverk::installTranslations(planverk::interfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Planverk: strategy plans for Norwegian counties"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("A .planverk file to open, or a .json plan to import"));
    const QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"), QStringLiteral("Print the milliseconds from start to the window shown, then quit (benchmarks)."));
    parser.addOption(quitWhenShown);
    parser.process(app);

    planverk::MainWindow w;
    w.show();
    if (!parser.positionalArguments().isEmpty())
        w.openFile(parser.positionalArguments().first());
    if (parser.isSet(quitWhenShown)) {
        // After the first paint of the window with the plan in it.
        QTimer::singleShot(0, &app, [&] {
            w.repaint();
            std::printf("%.1f\n", double(sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
