#pragma once

#include "model/plan.h"

#include <QMainWindow>

class QTreeWidget;

namespace planverk {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);

private:
    void showPlan(const Plan &plan);
    QTreeWidget *m_tree = nullptr;
};

} // namespace planverk
