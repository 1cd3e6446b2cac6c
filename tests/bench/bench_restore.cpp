// planverk-bench restore PLAN.json [RUNS]: restoring a version in the editor
// (Fil ▸ Versjoner ▸ Gjenopprett). The plan is put in a fresh .planverk file
// and opened in the main window (offscreen); a version is saved, then the
// plan is changed (its title, the first ten goals deleted, one goal's title
// edited); the version is restored through the versions dialog and the
// restore undone, each timed until the window has handled what followed
// (the navigator, the page, the preview's timer started). Says which entry
// the navigator shows afterwards. Then, for comparison, the same restore
// the way it was done before issue 13's review: every entry removed and
// inserted by its own edit (one store edit each, each followed by the
// navigator), in one transaction; once (it takes minutes on the synthetic plan).
#include "bench.h"

#include "io/planjson.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "model/plandocument.h"
#include "store/planstore.h"
#include "versionsdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

// Restoring as before: out and in entry by entry through PlanDocument's own edits.
class RestoreEntryByEntry : public QUndoCommand
{
public:
    RestoreEntryByEntry(PlanDocument *doc, Plan to) : m_doc(doc), m_before(doc->plan()), m_after(std::move(to)) {}
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

private:
    void write(const Plan &to)
    {
        m_doc->batch([&] {
            removeAll<Processing>();
            removeAll<Action>();
            removeAll<Membership>();
            removeAll<Partnership>();
            removeAll<Contact>();
            removeAll<Reference>();
            removeAll<Instrument>();
            removeAll<Section>();
            removeAll<Goal>();
            removeAll<Theme>();
            insertAll<Theme>(to);
            insertAll<Section>(to);
            insertAll<Goal>(to);
            insertAll<Instrument>(to);
            insertAll<Membership>(to);
            insertAll<Partnership>(to);
            insertAll<Action>(to);
            insertAll<Processing>(to);
            insertAll<Contact>(to);
            insertAll<Reference>(to);
            m_doc->setInfo(to.info);
        });
    }
    template<class T> void removeAll()
    {
        const QList<T> list = Kind<T>::list(m_doc->plan());
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            m_doc->remove<T>(list[i].id);
    }
    template<class T> void insertAll(const Plan &from)
    {
        const QList<T> &list = Kind<T>::list(from);
        for (qsizetype i = 0; i < list.size(); ++i)
            m_doc->insert(list[i], QUuid(), int(i));
    }
    PlanDocument *m_doc;
    Plan m_before, m_after;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int benchRestore(const QString &planJson, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.planverk"));
    const Plan plan = readPlanJsonFile(planJson);
    PlanStore::createFrom(path, plan);
    MainWindow w;
    w.setInteractive(false);
    w.show();
    if (!w.openFile(path)) {
        std::cerr << w.lastError().toStdString() << "\n";
        return 1;
    }
    w.document()->saveVersion(QStringLiteral("Før endringene"), QString());
    PlanInfo info = w.document()->plan().info;
    info.title += QStringLiteral(" (revidert)");
    w.editor()->changeInfo(info, QStringLiteral("title"));
    for (int i = 0; i < 10 && !w.document()->plan().goals.isEmpty(); ++i)
        w.editor()->remove(EntityKind::Goal, w.document()->plan().goals.first().id);
    if (w.document()->plan().goals.size() > 5) {
        Goal g = w.document()->plan().goals[5];
        g.title += QStringLiteral(" (endret)");
        w.editor()->change(g, QStringLiteral("title"));
    }
    const QUuid selected = w.document()->plan().goals.size() > 20 ? w.document()->plan().goals[20].id : QUuid();
    w.select(selected);
    QApplication::processEvents();

    VersionsDialog *versions = w.showVersions();
    versions->setInteractive(false);
    versions->list()->setCurrentItem(versions->list()->topLevelItem(0));
    QUndoStack *undo = w.editor()->undoStack();
    std::vector<double> restore, back;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        versions->restoreSelected();
        QApplication::processEvents();
        restore.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        undo->undo();
        QApplication::processEvents();
        back.push_back(t.nsecsElapsed() / 1e6);
    }
    auto *model = qobject_cast<PlanTreeModel *>(w.navigator()->model());
    const auto at = model ? model->entityAt(w.navigator()->currentIndex()) : std::nullopt;
    int entries = 0;
    forEachKind([&]<class T>() { forEachEntry<T>(plan, [&](const T &) { ++entries; }); });
    std::cout << "plan: " << planJson.toStdString() << " (" << entries << " entries, " << plan.goals.size() << " goals)\n"
              << "  restore a version: median " << median(restore) << " ms; undo it: median " << median(back) << " ms (" << runs << " runs)\n"
              << "  navigator afterwards: " << (at ? model->titleOf(at->first, at->second).toStdString() : std::string("(no entry)"))
              << (at && at->second == selected ? " — the entry selected before" : " — not the entry selected before") << std::endl;
    if (qEnvironmentVariableIsSet("PLANVERK_BENCH_SKIP_OLD"))
        return 0;
    // The way before, once: the version's plan, entry by entry.
    const Plan version = w.document()->store().readVersion(QStringLiteral("Før endringene"));
    QElapsedTimer t;
    t.start();
    undo->push(new RestoreEntryByEntry(w.document(), version));
    QApplication::processEvents();
    std::cout << "  entry by entry, as before: " << t.nsecsElapsed() / 1e6 << " ms" << std::endl;
    return 0;
}
