// The Planverk main window: navigator (left), the editor page of what is
// selected (centre), live preview, problems and undo history (docks).
#pragma once

#include "fileguard.h"
#include "serversession.h"
#include "model/plandocument.h"
#include "model/planversion.h"

#include <QLockFile>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QMenu;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QUndoView;
class QToolBar;

namespace planverk {

class EntityPage;
class FollowupPage;
class HelpWindow;
class PlanEditor;
class PlanTreeModel;
class TemplateSet;
class VersionsDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a .planverk file (or imports a .json plan, asking where to keep
    /// it). A bad file is reported in a dialog and the window stays as it was.
    bool openFile(const QString &path, bool askOnLock = true);
    /// Creates `path` from `plan` and opens it.
    bool createFile(const QString &path, const Plan &plan, const QList<PlanVersion> &versions = {});

    PlanDocument *document() const { return m_document.get(); }
    PlanEditor *editor() const { return m_editor.get(); }
    PlanTreeModel *treeModel() const { return m_model.get(); }
    QTreeView *navigator() const { return m_tree; }
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *problems() const { return m_problems; }
    /// The page shown for the current selection.
    EntityPage *currentPage() const;
    /// Selects the entity (or category) in the navigator and shows its page.
    void select(const QUuid &id);
    /// Renders the preview now instead of after the pause.
    void refreshPreviewNow();
    void refreshProblemsNow();

    /// Writes the plan (or a `version` of it) as `format` (pdf, pdfa, html, odt, json) to `path`; false and a message on failure.
    bool exportTo(const QString &format, const QString &path, const Plan *version = nullptr);
    /// Fil ▸ Versjoner…: the list of versions (one dialog, kept open beside the window).
    VersionsDialog *showVersions();

    /// The user guide at `anchor` (empty: its beginning), in its own window.
    HelpWindow *showHelp(const QString &anchor = QString());
    /// The guide's anchor for the focused widget (what F1 shows).
    QString contextHelpAnchor();

    /// Errors from the last operation, for tests.
    QString lastError() const { return m_lastError; }
    /// Dialogs answer themselves (tests).
    void setInteractive(bool on) { m_interactive = on; }
    /// The Oppfølging page of the open plan (null when none is open).
    FollowupPage *followupPage() const { return m_followupPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void claimRoomForShownPage();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &dockName, Qt::DockWidgetArea area);
    void setDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<QLockFile> lock);
    void closeDocument();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void onSelectionChanged();
    void foldPreviewDock(bool fold);
    void updateCategoryPage();
    void schedulePreview();
    void refreshProblems();
    void showError(const QString &title, const QString &message);
    void onFileProblem(const QString &problem);
    TemplateSet &templates();

    void newPlan(const QString &samplePath);
    void openDialog();
    /// Fil ▸ Åpne fra server… (issue 15): a plan on a PostgreSQL server.
    void openServerDialog();
    bool openServer(const QString &url, const QString &password);
    void importDialog();
    void saveCopy();
    void exportAs(const QString &format, const Plan *version = nullptr, const QString &versionName = {});
    void print();
    void printPreview();
    /// Paints the plan on `printer` with a progress dialog; false when cancelled or failed.
    bool paintPlan(QPrinter *printer);
    void addEntity(bool child);
    void deleteEntity();
    void moveSelected(int delta);
    void find();
    void findNext(bool forward);
    void showPreferences();
    void showAbout();
    void rememberRecent(const QString &path);
    void fillRecentMenu();

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<FileGuard> m_fileGuard;
    std::unique_ptr<ServerSession> m_server; // a plan on a server: in step with the others, the connection watched
    bool m_fileProblemShown = false;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanEditor> m_editor;
    std::unique_ptr<PlanTreeModel> m_model;
    std::unique_ptr<TemplateSet> m_templates;

    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_categoryPage = nullptr;
    QLabel *m_categoryTitle = nullptr;
    QList<EntityPage *> m_entityPages; // one per kind, and the plan's settings last
    FollowupPage *m_followupPage = nullptr; // Oppfølging
    bool m_previewDockFolded = false;       // hidden while the follow-up page shows its own (the report's)
    QTextBrowser *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QUndoView *m_undoView = nullptr;
    QLineEdit *m_findField = nullptr;
    QToolBar *m_findBar = nullptr;
    QLabel *m_statusFile = nullptr;
    QLabel *m_statusPlan = nullptr;
    QLabel *m_statusCounts = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_problemsTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_sampleMenu = nullptr;
    QPointer<HelpWindow> m_help;
    QPointer<VersionsDialog> m_versions;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_addChildAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QList<QAction *> m_documentActions; // need an open plan
    QList<QAction *> m_editActions;     // need a writable plan

    QString m_lastError;
    bool m_interactive = true;
    QList<QUuid> m_findHits;
    int m_findIndex = -1;
};

} // namespace planverk
