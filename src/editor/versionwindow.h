// A version of the plan, read-only in its own window: the whole document as
// its web page shows it (the editor's pages edit only the current plan).
#pragma once

#include "model/planversion.h"

#include <QMainWindow>

class QTextBrowser;

namespace planverk {

class VersionWindow : public QMainWindow
{
    Q_OBJECT
public:
    VersionWindow(const QString &planTitle, const VersionInfo &info, const Plan &plan, QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }

private:
    QTextBrowser *m_view;
};

} // namespace planverk
