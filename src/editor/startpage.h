// What the window shows when no plan is open: the recent plans, New plan,
// Open…, and the sample plans to start from. Every entry works from the
// keyboard (Tab between the parts, arrows and Enter in the lists).
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace planverk {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Reads the recent plans again (from the same list as File ▸ Open recent).
    void refresh();
    QListWidget *recentPlans() const { return m_recent; }
    QListWidget *samplePlans() const { return m_samples; }

Q_SIGNALS:
    void openRequested(const QString &path);
    void newRequested();
    void openDialogRequested();
    void sampleRequested(const QString &samplePath);
    void helpRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(QListWidgetItem *item);

    QPushButton *m_new = nullptr;
    QListWidget *m_recent = nullptr;
    QListWidget *m_samples = nullptr;
};

} // namespace planverk
