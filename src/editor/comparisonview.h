// Vis ▸ Sammenlign med versjon … / plan …: what changed from a version of the
// plan or another plan file to the open plan, in a dock beside it. Each change, activated,
// selects its entity in the navigator (and so its page in the editor);
// changed entities are marked in the navigator until the comparison closes.
#pragma once

#include "model/plandiff.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QMainWindow;
class QTreeWidget;
class QTreeWidgetItem;

namespace planverk {

class PlanDocument;
class PlanTreeModel;

/// A plan to compare with and what it is called ("plan-2024.planverk", "Høringsutkast").
struct ComparisonSource {
    Plan plan;
    QString name;
};

/// Asks for a .json or .planverk file and reads it; nothing when cancelled
/// (an unreadable file is reported to the user and gives nothing).
std::optional<ComparisonSource> chooseComparisonFile(QWidget *parent);

/// Asks which of the open plan's versions to compare with and reads it;
/// nothing when cancelled or when the plan has no versions (the user is told).
std::optional<ComparisonSource> chooseComparisonVersion(QWidget *parent, PlanDocument *document);

class ComparisonView : public QDockWidget
{
    Q_OBJECT
public:
    /// `document` and `model` are asked each time: the window replaces them when another plan opens.
    ComparisonView(QMainWindow *window, std::function<PlanDocument *()> document, std::function<PlanTreeModel *()> model,
                   std::function<void(const QUuid &)> select);

    /// Compares the plan `source()` gives with the open plan and shows the dock.
    void compareWith(const std::function<std::optional<ComparisonSource>()> &source);
    /// Compares again with the same plan (after edits).
    void refresh();
    /// Hides the dock and takes the marks off the navigator.
    void closeComparison();

    const PlanDiff &diff() const { return m_diff; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void show(const PlanDiff &diff);
    void markNavigator();

    std::function<PlanDocument *()> m_document;
    std::function<PlanTreeModel *()> m_model;
    std::function<void(const QUuid &)> m_select;
    std::optional<ComparisonSource> m_source;
    QPointer<PlanDocument> m_comparedWith; // the open plan the comparison is for
    PlanDiff m_diff;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace planverk
