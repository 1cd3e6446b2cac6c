#include "bench.h"

#include "io/planjson.h"
#include "mainwindow.h"
#include "model/planerror.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "store/planstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QTimer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace

int benchEditor(const QString &planJson, const QString &editorBinary, int runs)
{
    try {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.planverk"));
        PlanStore::createFrom(path, readPlanJsonFile(planJson));
        std::cout.setf(std::ios::fixed);
        std::cout.precision(1);
        std::cout << planJson.toStdString() << "\n";

        // 1. Process start to the main window shown with the plan open (whole process, median).
        std::vector<double> startup, whole;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(editorBinary, {QStringLiteral("--quit-when-shown"), path});
            p.waitForFinished(60000);
            whole.push_back(double(t.nsecsElapsed()) / 1e6);
            startup.push_back(QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble());
        }
        std::cout << "  main() to window shown with the plan open: " << median(startup) << " ms; whole process, exec to exit after the first paint: "
                  << median(whole) << " ms (medians of " << runs << ")\n";

        MainWindow w;
        w.setInteractive(false);
        w.show();
        if (!w.openFile(path))
            throw PlanError(path, {}, w.lastError());
        PlanEditor *editor = w.editor();

        // 2. An edit committed to the file: one keystroke in a sub-goal's title, fsync included.
        const Plan &plan = editor->plan();
        if (plan.goals.isEmpty() || plan.goals[plan.goals.size() / 2].subgoals.isEmpty())
            throw PlanError(planJson, {}, QStringLiteral("the benchmark needs a plan with sub-goals"));
        const Goal &middle = plan.goals[plan.goals.size() / 2];
        const QUuid sub = middle.subgoals[std::min<qsizetype>(2, middle.subgoals.size() - 1)].id;
        w.select(sub);
        std::vector<double> commits;
        for (int i = 0; i < 200; ++i) {
            Goal g = *findEntity<Goal>(editor->plan(), sub);
            g.title += QChar(u'a' + i % 26);
            QElapsedTimer t;
            t.start();
            editor->change(g, QStringLiteral("title"));
            commits.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::cout << "  edit committed to the file (PlanEditor::change, fsync included): median " << median(commits) << " ms, max "
                  << *std::max_element(commits.begin(), commits.end()) << " ms (200 edits)\n";

        // 3. Preview refresh after an edit.
        std::vector<double> previews;
        for (int i = 0; i < 20; ++i) {
            Goal g = *findEntity<Goal>(editor->plan(), sub);
            g.title += QChar(u'b');
            editor->change(g, QStringLiteral("title"));
            QElapsedTimer t;
            t.start();
            w.refreshPreviewNow();
            previews.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::cout << "  preview refresh after an edit: median " << median(previews) << " ms (20 edits)\n";
        std::cout << "  preview shows the edited sub-goal: " << (w.preview()->toPlainText().contains(findEntity<Goal>(editor->plan(), sub)->title) ? "yes" : "NO") << "\n";
        // 4. A whole chapter in the preview: the "Mål" and "Nettverk og medlemskap" categories clicked.
        for (const auto &[category, name] : {std::pair{PlanTreeModel::Goals, "goals"}, std::pair{PlanTreeModel::Memberships, "networks and memberships"}}) {
            w.navigator()->setCurrentIndex(w.treeModel()->categoryIndex(category));
            std::vector<double> chapter;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                w.refreshPreviewNow();
                chapter.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::cout << "  preview of the whole " << name << " chapter: median " << median(chapter) << " ms (3 refreshes)\n";
        }
        std::cout << "  peak memory of this process (window, plan, 220 edits, previews): " << peakKb() / 1024.0 << " MB\n";

        // 5. Export to PDF: how soon the progress dialog is up, and the longest the window goes without handling events.
        for (int i = 0; i < std::min(runs, 3); ++i) {
            QElapsedTimer t;
            double shown = -1, last = 0, longest = 0;
            QTimer tick;
            tick.setInterval(1);
            QObject::connect(&tick, &QTimer::timeout, [&] {
                const double now = double(t.nsecsElapsed()) / 1e6;
                longest = std::max(longest, now - last);
                last = now;
                if (shown < 0)
                    if (auto *d = w.findChild<QProgressDialog *>(); d && d->isVisible())
                        shown = now;
            });
            t.start();
            tick.start();
            const bool ok = w.exportTo(QStringLiteral("pdf"), dir.filePath(QStringLiteral("bench.pdf")));
            tick.stop();
            std::cout << "  export to PDF with progress: dialog up after " << shown << " ms, longest time without events " << longest
                      << " ms, whole export " << double(t.nsecsElapsed()) / 1e6 << " ms" << (ok ? "" : " (FAILED)") << "\n";
        }
    } catch (const PlanError &e) {
        std::cerr << e.toString().toStdString() << "\n";
        return 1;
    }
    return 0;
}
