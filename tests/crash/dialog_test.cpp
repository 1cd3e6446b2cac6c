// Regression test for issue 9's lost edit: an editor shows a file dialog on
// the plan's folder, another process opens and closes the plan, the planner
// types a word into the title and the status bar says it is saved; then the
// editor is killed (SIGKILL). The word must be in the file, as another
// process reads it (planverk-cli export).
//   planverk-dialog-test
#include "io/planjson.h"
#include "model/planerror.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace planverk;

namespace {

QByteArray waitForLine(QProcess &p, const QByteArray &prefix)
{
    p.waitForStarted();
    while (p.state() == QProcess::Running || p.bytesAvailable()) {
        if (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
            continue;
        }
        if (!p.waitForReadyRead(30000))
            break;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDir bin(QCoreApplication::applicationDirPath());
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("innlandet.planverk"));
    PlanStore::createFrom(plan, readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/innlandet-internasjonal-2021-2024.json")));
    const QString word = QStringLiteral("Høringsutkast");

    int failed = 0;
    auto fail = [&](const QString &what) {
        std::printf("FAILED: %s\n", qPrintable(what));
        ++failed;
    };

    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(bin.filePath(QStringLiteral("planverk-dialog-child")), {plan, word});
    const QByteArray ready = waitForLine(editor, "READY");
    if (ready.isEmpty()) {
        fail(QStringLiteral("the editor did not show the file dialog"));
    } else {
        std::printf("file dialog listed the plan as type \"%s\"\n", ready.mid(6).constData());
        QProcess check;
        check.start(bin.filePath(QStringLiteral("planverk-cli")), {QStringLiteral("check"), plan});
        check.waitForFinished();
        editor.write("GO\n");
        const QByteArray saved = waitForLine(editor, "SAVED");
        if (saved.isEmpty())
            fail(QStringLiteral("the editor did not acknowledge the edit"));
        else
            std::printf("editor status: %s\n", saved.mid(6).constData());
    }
    editor.kill(); // SIGKILL
    editor.waitForFinished();

    QProcess exporter;
    exporter.start(bin.filePath(QStringLiteral("planverk-cli")), {QStringLiteral("export"), plan, QStringLiteral("-")});
    exporter.waitForFinished();
    const QString json = QString::fromUtf8(exporter.readAllStandardOutput());
    if (exporter.exitCode() != 0)
        fail(QStringLiteral("planverk-cli export failed: ") + QString::fromUtf8(exporter.readAllStandardError()));
    else if (!json.contains(QStringLiteral(" ") + word + QStringLiteral("\"")))
        fail(QStringLiteral("the acknowledged edit (\"… %1\" at the end of the title) is not in the file").arg(word));
    try {
        if (!PlanStore::open(plan, PlanStore::Mode::ReadOnly)->integrityProblems().isEmpty())
            fail(QStringLiteral("integrity_check fails"));
    } catch (const PlanError &e) {
        fail(e.toString());
    }
    std::printf("%d passed, %d failed\n", failed ? 0 : 1, failed);
    return failed ? 1 : 0;
}
