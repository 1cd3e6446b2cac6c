// Durability: a child applies edits to a plan file and acknowledges each one;
// the test kills it with SIGKILL at random moments. After every kill the file
// must pass PRAGMA integrity_check and hold every acknowledged edit: its
// content is the state after the last acknowledged edit, or after the one
// that was in flight when the child died. In every run, while the child is
// editing, another process (planverk-cli check) opens and closes the plan,
// after the child's own process has opened and closed the file through other
// descriptors: the data-loss scenario of a file dialog (issue 9).
//   planverk-crash-test [KILLS] [SEED]
#include "editstream.h"

#include "model/planerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace planverk;

namespace {
constexpr int kSteps = 150; // edits per run; the kill comes after a random number of them
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int kills = argc > 1 ? std::atoi(argv[1]) : 200;
    const quint32 seed = argc > 2 ? quint32(std::strtoul(argv[2], nullptr, 10)) : 20261123u;
    QTemporaryDir dir;
    const QString start = dir.filePath(QStringLiteral("start.planverk"));
    PlanStore::createFrom(start, crash::startingPlan());

    // The states the stream goes through, computed once in this process.
    std::vector<QByteArray> states;
    {
        const QString ref = dir.filePath(QStringLiteral("reference.planverk"));
        QFile::copy(start, ref);
        auto document = PlanDocument::open(ref, PlanStore::Mode::ReadWrite);
        PlanEditor editor(document.get());
        states.push_back(crash::digest(document->plan()));
        for (int n = 1; n <= kSteps; ++n) {
            crash::applyEdit(editor, seed, n);
            states.push_back(crash::digest(document->plan()));
        }
    }

    const QString child = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("planverk-crash-child"));
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("planverk-cli"));
    QRandomGenerator random(seed);
    int survived = 0, failed = 0, inFlightCommitted = 0;
    long acknowledged = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 1; run <= kills; ++run) {
        const QString file = dir.filePath(QStringLiteral("run.planverk"));
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        QFile::copy(start, file);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

        QProcess p;
        p.start(child, {file, QString::number(seed), QString::number(kSteps)});
        if (!p.waitForStarted()) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(child));
            return 1;
        }
        // Kill after a random number of acknowledgements, at a random moment within an edit.
        const int target = int(random.bounded(1, kSteps - 10));
        int last = 0;
        bool readByOther = false;
        QByteArray pending;
        while (last < target && p.state() == QProcess::Running) {
            if (!readByOther && last >= target / 2) {
                readByOther = true;
                QProcess check;
                check.start(cli, {QStringLiteral("check"), file});
                check.waitForFinished();
                const QByteArray err = check.readAllStandardError();
                if (check.exitStatus() != QProcess::NormalExit || err.contains("damaged") || err.contains("cannot"))
                    std::printf("kill %d: planverk-cli check could not read the plan being edited: %s\n", run, err.constData());
            }
            p.waitForReadyRead(1000);
            pending += p.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("ACK "))
                    last = line.mid(4).toInt();
            }
        }
        QThread::usleep(random.bounded(0, 1500));
        p.kill(); // SIGKILL
        p.waitForFinished();
        pending += p.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("ACK "))
                last = std::max(last, line.mid(4).toInt());

        QString problem;
        try {
            auto store = PlanStore::open(file, PlanStore::Mode::ReadWrite); // recovers the write-ahead log
            const QStringList integrity = store->integrityProblems();
            const QByteArray now = crash::digest(store->load());
            if (!integrity.isEmpty())
                problem = QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
            else if (now == states[size_t(last)])
                ;
            else if (last < kSteps && now == states[size_t(last) + 1])
                ++inFlightCommitted;
            else
                problem = QStringLiteral("the file does not hold edit %1 (or holds something else)").arg(last);
        } catch (const PlanError &e) {
            problem = e.toString();
        }
        acknowledged += last;
        if (problem.isEmpty()) {
            ++survived;
        } else {
            ++failed;
            std::printf("kill %d after %d acknowledged edits: %s\n", run, last, qPrintable(problem));
        }
    }
    std::printf("crash test: %d kills, %d survived; %ld acknowledged edits checked; %d kills caught an edit committed but not yet "
                "acknowledged; %.1f s\n",
                kills, survived, acknowledged, inFlightCommitted, double(clock.elapsed()) / 1000.0);
    std::printf("%d passed, %d failed\n", survived, failed);
    return failed == 0 ? 0 : 1;
}
