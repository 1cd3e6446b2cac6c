// The crash test's child: applies the edit stream to a plan file and says
// "ACK n" on standard output after each edit has returned (is in the file).
// Meanwhile it does what a desktop program's other parts do to the open
// file: a file dialog's type column reads it to guess its type, other code
// opens and closes it (each close of a descriptor drops every classic POSIX
// lock the process holds on the file).
//   planverk-crash-child FILE SEED STEPS
#include "editstream.h"

#include "model/planerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QMimeDatabase>

#include <cstdio>

using namespace planverk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: planverk-crash-child FILE SEED STEPS\n");
        return 2;
    }
    try {
        auto document = PlanDocument::open(QString::fromLocal8Bit(argv[1]), PlanStore::Mode::ReadWrite);
        PlanEditor editor(document.get());
        const QString path = QString::fromLocal8Bit(argv[1]);
        QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
        const quint32 seed = quint32(std::strtoul(argv[2], nullptr, 10));
        const int steps = std::atoi(argv[3]);
        for (int n = 1; n <= steps; ++n) {
            crash::applyEdit(editor, seed, n);
            if (n % 10 == 0) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly))
                    f.read(100);
            }
            std::printf("ACK %d\n", n);
            std::fflush(stdout);
        }
    } catch (const PlanError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    return 0;
}
