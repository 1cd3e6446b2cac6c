#include "mainwindow.h"

#include "io/planfile.h"
#include "model/planerror.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QTreeWidget>

namespace planverk {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Plan")});
    m_tree->header()->setStretchLastSection(true);
    setCentralWidget(m_tree);
    setWindowTitle(tr("Planverk"));
    resize(1200, 800);
}

bool MainWindow::openFile(const QString &path)
{
    try {
        showPlan(readPlanFile(path));
        setWindowTitle(tr("%1 – Planverk").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const PlanError &e) {
        QMessageBox::warning(this, tr("Kan ikke åpne planen"), e.toString());
        return false;
    }
}

void MainWindow::showPlan(const Plan &plan)
{
    m_tree->clear();
    auto *root = new QTreeWidgetItem(m_tree, {plan.info.title});
    auto *goals = new QTreeWidgetItem(root, {tr("Mål")});
    for (const Goal &g : plan.goals) {
        auto *gi = new QTreeWidgetItem(goals, {g.title});
        for (const Goal &s : g.subgoals)
            new QTreeWidgetItem(gi, {s.area.isEmpty() ? s.title : s.area + QStringLiteral(": ") + s.title});
    }
    auto *mem = new QTreeWidgetItem(root, {tr("Nettverk og medlemskap")});
    for (const Membership &m : plan.memberships)
        new QTreeWidgetItem(mem, {m.name});
    m_tree->expandAll();
}

} // namespace planverk
