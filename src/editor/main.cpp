#include "mainwindow.h"
#include "version.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Planverk"));
    QApplication::setOrganizationName(QStringLiteral("Planverk"));
    QApplication::setApplicationVersion(QStringLiteral(PLANVERK_VERSION));
    planverk::MainWindow w;
    if (argc > 1)
        w.openFile(QString::fromLocal8Bit(argv[1]));
    w.show();
    return app.exec();
}
