// The comparison of two versions of a large plan: the 600-goal synthetic plan
// against a copy with 100 scattered changes (words in texts, titles, links,
// moves, additions and removals). Measures diffPlans, then the change
// document's view model and the plain-text report.
#include "bench.h"

#include "io/planfile.h"
#include "model/diffreport.h"
#include "model/plandiff.h"
#include "render/diffviewmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

// 100 changes spread over the whole plan, the same every run.
Plan withScatteredChanges(Plan p)
{
    int changes = 0;
    const qsizetype n = p.goals.size();
    for (qsizetype i = 3; i < n && changes < 60; i += n / 30) {
        Goal &g = p.goals[i];
        g.title += QStringLiteral(" og mer");                       // a word added to a title
        if (!g.subgoals.isEmpty()) {
            QString &d = g.subgoals[0].description;
            const qsizetype space = d.indexOf(u' ', d.size() / 2);
            d.insert(space < 0 ? d.size() : space, QStringLiteral(" særlig")); // a word in the middle of a text
        }
        if (g.subgoals.size() > 2)
            g.subgoals.move(0, 2);                                   // a sub-goal reordered
        changes += 3;
    }
    for (qsizetype i = 5; i + 1 < n && changes < 80; i += n / 10) {
        if (!p.goals[i].subgoals.isEmpty())
            p.goals[i + 1].subgoals.append(p.goals[i].subgoals.takeLast()); // to another goal
        ++changes;
    }
    for (qsizetype i = 7; i < p.memberships.size() && changes < 90; i += p.memberships.size() / 10) {
        if (!p.memberships[i].goals.isEmpty())
            p.memberships[i].goals.removeFirst();                    // a link removed
        ++changes;
    }
    for (int k = 0; k < 5 && changes < 95; ++k, ++changes) {
        Goal g;
        g.id = newId();
        g.title = QStringLiteral("Nytt mål %1").arg(k + 1);
        p.goals.insert(p.goals.size() / 5 * (k + 1) - 1, g);        // added
    }
    for (int k = 0; k < 5 && changes < 100 && !p.actions.isEmpty(); ++k, ++changes)
        p.actions.removeAt(p.actions.size() / 5 * k % p.actions.size()); // removed
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int benchDiff(const QString &planPath, int iterations)
{
    const Plan a = readPlanFile(planPath);
    const Plan b = withScatteredChanges(a);
    std::vector<double> diffMs, vmMs, reportMs;
    PlanDiff d;
    for (int i = 0; i < std::max(1, iterations); ++i) {
        QElapsedTimer t;
        t.start();
        d = diffPlans(a, b);
        diffMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const auto vm = buildDiffViewModel(a, b, d, {QStringLiteral("A"), QStringLiteral("B")}, {});
        vmMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QString r = diffReport(d);
        reportMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    int goals = 0;
    for (const Goal &g : a.goals)
        goals += 1 + int(g.subgoals.size());
    std::cout << "plan: " << a.goals.size() << " goals, " << goals << " goals and sub-goals, " << a.memberships.size() << " memberships, "
              << a.actions.size() << " actions\n"
              << "changes found: " << d.entities.size() << " entities\n"
              << "diffPlans: median " << median(diffMs) << " ms of " << diffMs.size() << " (min " << *std::min_element(diffMs.begin(), diffMs.end()) << ")\n"
              << "change document view model: median " << median(vmMs) << " ms\n"
              << "text report: median " << median(reportMs) << " ms\n";
    return 0;
}
