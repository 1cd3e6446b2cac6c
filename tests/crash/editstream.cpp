#include "editstream.h"

#include "io/planjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <random>

namespace planverk::crash {

void applyEdit(PlanEditor &editor, quint32 seed, int step)
{
    std::mt19937 rng(seed * 1000003u + quint32(step));
    auto pick = [&](int n) { return n > 0 ? int(rng() % quint32(n)) : 0; };
    const Plan &plan = editor.plan();
    const int r = pick(100);
    QUndoStack *undo = editor.undoStack();
    if (r < 25 && !plan.themes.isEmpty()) {
        Theme t = plan.themes[pick(int(plan.themes.size()))];
        t.title = QStringLiteral("Tema %1 – æøå").arg(step);
        editor.change(t, QStringLiteral("title"));
    } else if (r < 40) {
        editor.add(EntityKind::Theme, {}, pick(int(plan.themes.size()) + 1));
    } else if (r < 50 && plan.themes.size() > 1) {
        editor.remove(EntityKind::Theme, plan.themes[pick(int(plan.themes.size()))].id);
    } else if (r < 60 && plan.themes.size() > 1) {
        editor.move(EntityKind::Theme, plan.themes[pick(int(plan.themes.size()))].id, {}, pick(int(plan.themes.size())));
    } else if (r < 70 && !plan.goals.isEmpty()) {
        editor.add(EntityKind::Goal, plan.goals[pick(int(plan.goals.size()))].id, -1);
    } else if (r < 80 && !plan.goals.isEmpty()) {
        Goal g = plan.goals[pick(int(plan.goals.size()))];
        g.description = QStringLiteral("Endret i steg **%1**.").arg(step);
        g.themes.clear();
        for (const Theme &t : plan.themes)
            if (pick(3) == 0)
                g.themes << t.id;
        editor.change(g, QStringLiteral("themes"));
    } else if (r < 90 && undo->canUndo()) {
        undo->undo();
    } else if (undo->canRedo()) {
        undo->redo();
    } else {
        PlanInfo info = plan.info;
        info.title = QStringLiteral("Plan, steg %1").arg(step);
        editor.changeInfo(info, QStringLiteral("title"));
    }
}

QByteArray digest(const Plan &plan)
{
    QString json = QString::fromUtf8(exportPlanJson(plan));
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QHash<QString, int> ordinal;
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(json); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(json).mid(last, m.capturedStart() - last);
        const QString id = m.captured();
        if (!ordinal.contains(id))
            ordinal.insert(id, int(ordinal.size()));
        out += QStringLiteral("#%1").arg(ordinal.value(id));
        last = m.capturedEnd();
    }
    out += QStringView(json).mid(last);
    return QCryptographicHash::hash(out.toUtf8(), QCryptographicHash::Sha1).toHex();
}

Plan startingPlan()
{
    Plan p = readPlanJsonFile(QStringLiteral(PLANVERK_SOURCE_DIR "/data/hedmark-oppland-samarbeid.json"));
    return p;
}

} // namespace planverk::crash
