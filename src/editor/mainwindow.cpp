#include "mainwindow.h"

#include "commands/command.h"
#include "comparisonview.h"
#include "contexthelp.h"
#include "entitypage.h"
#include "dateedit.h"
#include "errortext.h"
#include "followup/followuppage.h"
#include "followup/reportexport.h"
#include "reportername.h"
#include "io/atomicfile.h"
#include "io/createplanfile.h"
#include "io/inputfiles.h"
#include "helpwindow.h"
#include "io/planfile.h"
#include "linkwarning.h"
#include "navigatorstate.h"
#include "io/planjson.h"
#include "model/kindtexts.h"
#include "model/moverules.h"
#include "model/planchecks.h"
#include "model/planerror.h"
#include "model/plansearch.h"
#include "render/labels.h"
#include "planeditor.h"
#include "plantreemodel.h"
#include "replacedialog.h"
#include "savefiledialog.h"
#include "render/documentwriter.h"
#include "render/preview.h"
#include "versionsdialog.h"
#include "io/versionjson.h"
#include "renderprogress.h"
#include "serveropendialog.h"
#include "conflictdialog.h"
#include "model/editconflict.h"
#include "io/planlocation.h"
#include "store/serverstore.h"
#include "render/templatedocument.h"
#include "render/templateset.h"
#include "spelling/spellchecker.h"
#include "sampleplans.h"
#include "startpage.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace planverk {

namespace {

constexpr int kMaxRecent = 8;

int pageIndexFor(std::optional<EntityKind> kind)
{
    return kind ? int(*kind) : kKindCount; // a page per kind (EntityKind's values), then the plan's settings
}

QIcon icon(const QString &name) { return QIcon(QStringLiteral(":/planverk/icons/%1.svg").arg(name)); }

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/planverk/icons/planverk.svg")));
    resize(1400, 900);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_tree->setAccessibleName(tr("Plan navigator"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("editorPages"));
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::claimRoomForShownPage);
    auto *start = new StartPage(this); // shown while no plan is open
    connect(start, &StartPage::openRequested, this, [this](const QString &path) { openFile(path); });
    connect(start, &StartPage::newRequested, this, [this] { newPlan({}); });
    connect(start, &StartPage::openDialogRequested, this, &MainWindow::openDialog);
    connect(start, &StartPage::sampleRequested, this, &MainWindow::newPlan);
    connect(start, &StartPage::helpRequested, this, [this] { showHelp(); });
    m_emptyPage = start;
    m_pages->addWidget(m_emptyPage);

    m_categoryPage = new QWidget(this);
    m_categoryPage->setObjectName(QStringLiteral("categoryPage"));
    auto *cl = new QVBoxLayout(m_categoryPage);
    m_categoryTitle = new QLabel(m_categoryPage);
    m_categoryTitle->setWordWrap(true);
    auto *addButton = new QPushButton(tr("&Add"), m_categoryPage);
    addButton->setObjectName(QStringLiteral("categoryAdd"));
    connect(addButton, &QPushButton::clicked, this, [this] { addEntity(false); });
    cl->addWidget(m_categoryTitle);
    cl->addWidget(addButton, 0, Qt::AlignLeft);
    cl->addStretch();
    m_pages->addWidget(m_categoryPage);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_findBar = new QToolBar(left);
    m_findField = new QLineEdit(m_findBar);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find in titles and texts (Ctrl+F)"));
    m_findField->setAccessibleName(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_findBar->addWidget(m_findField);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_findField, &QLineEdit::textChanged, this, [this] { m_findHits.clear(); });
    ll->addWidget(m_findBar);
    ll->addWidget(m_tree);
    left->setObjectName(QStringLiteral("navigatorPane"));
    left->hide(); // until a plan is open
    split->addWidget(left);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 700}); // the form keeps its widest rows (a picture and its buttons) beside a 520-pixel preview
    setCentralWidget(split);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::refreshPreviewNow);
    m_problemsTimer = new QTimer(this);
    m_problemsTimer->setSingleShot(true);
    m_problemsTimer->setInterval(400);
    connect(m_problemsTimer, &QTimer::timeout, this, &MainWindow::refreshProblems);

    createDocks();
    createActions();
    m_statusFile = new QLabel(this);
    m_statusPlan = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_statusPlan);
    statusBar()->addPermanentWidget(m_statusCounts);

    DocumentCommand::setErrorSink([this](const PlanError &e) {
        if (const auto *conflict = dynamic_cast<const EditConflict *>(&e)) { // a plan on a server (issue 15)
            try {
                ConflictDialog::resolve(*conflict, this, m_interactive, m_document.get(), m_editor->undoStack());
            } catch (const PlanError &again) {
                showError(tr("The change could not be saved"), ErrorText::of(again));
            }
            return;
        }
        // A write refused because the file changed under us is reported once,
        // by onFileProblem; any other failed write is reported here.
        const bool reported = m_fileProblemShown;
        if (m_document)
            m_document->verifyFile();
        if (reported || !m_fileProblemShown)
            showError(tr("The change could not be saved"), ErrorText::of(e));
    });

    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    DocumentCommand::setErrorSink({});
    closeDocument();
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &dockName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(dockName); // the saved window state knows docks by name
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    // Images and style sheets as a template's rules allow, never QTextBrowser's own file loading.
    m_preview->setDocument(new TemplateDocument(TemplateResources::of(templates()), m_preview));
    QDockWidget *previewDock = addDock(m_preview, tr("Preview"), QStringLiteral("previewDock"), Qt::RightDockWidgetArea);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    QDockWidget *problemsDock = addDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { select(item->data(Qt::UserRole).value<QUuid>()); });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { select(item->data(Qt::UserRole).value<QUuid>()); });

    m_undoView = new QUndoView(this);
    m_undoView->setObjectName(QStringLiteral("undoHistory"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *undoDock = addDock(m_undoView, tr("Undo history"), QStringLiteral("undoDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, undoDock);
    problemsDock->raise();
    resizeDocks({previewDock}, {520}, Qt::Horizontal);
    resizeDocks({problemsDock}, {150}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto act = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot, const QString &name) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_sampleMenu = file->addMenu(tr("&New plan"));
    m_sampleMenu->setObjectName(QStringLiteral("newMenu"));
    QAction *empty = m_sampleMenu->addAction(tr("&Empty plan…"));
    empty->setShortcut(QKeySequence::New);
    connect(empty, &QAction::triggered, this, [this] { newPlan({}); });
    m_sampleMenu->addSeparator();
    for (const SamplePlan &sample : samplePlans()) {
        QAction *a = m_sampleMenu->addAction(tr("From sample: %1").arg(sample.title));
        connect(a, &QAction::triggered, this, [this, path = sample.path] { newPlan(path); });
    }
    act(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openDialog, QStringLiteral("open"))->setIcon(icon(QStringLiteral("open")));
    act(file, tr("Open from &server…"), QKeySequence(), &MainWindow::openServerDialog, QStringLiteral("openServer"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    // No key: Ctrl+I is italic while typing.
    act(file, tr("&Import JSON…"), QKeySequence(), &MainWindow::importDialog, QStringLiteral("importJson"));
    m_documentActions << act(file, tr("Import indicator &values…"), QKeySequence(), [this] { if (m_followupPage) m_followupPage->importValuesDialog(); }, QStringLiteral("importValues"));
    file->addSeparator();
    m_documentActions << act(file, tr("Save a &copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveCopy, QStringLiteral("saveCopy"));
    // Ctrl+Alt+S: Ctrl+Shift+S is "Save a copy".
    m_documentActions << act(file, tr("Save &version…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), [this] { VersionsDialog::saveVersion(m_document.get(), this); }, QStringLiteral("saveVersion"));
    m_documentActions << act(file, tr("&Versions…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V), &MainWindow::showVersions, QStringLiteral("versions"));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    m_documentActions << act(exportMenu, tr("&PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportAs(QStringLiteral("pdf")); }, QStringLiteral("exportPdf"));
    m_documentActions << act(exportMenu, tr("PDF/&A for the archive…"), QKeySequence(), [this] { exportAs(QStringLiteral("pdfa")); }, QStringLiteral("exportPdfA"));
    m_documentActions << act(exportMenu, tr("Acc&essible PDF…"), QKeySequence(), [this] { exportAs(QStringLiteral("accessible")); }, QStringLiteral("exportAccessiblePdf"));
    m_documentActions << act(exportMenu, tr("&HTML for the web…"), QKeySequence(), [this] { exportAs(QStringLiteral("html")); }, QStringLiteral("exportHtml"));
    m_documentActions << act(exportMenu, tr("&Word (DOCX)…"), QKeySequence(), [this] { exportAs(QStringLiteral("docx")); }, QStringLiteral("exportDocx"));
    m_documentActions << act(exportMenu, tr("&ODT for a word processor…"), QKeySequence(), [this] { exportAs(QStringLiteral("odt")); }, QStringLiteral("exportOdt"));
    m_documentActions << act(exportMenu, tr("&JSON…"), QKeySequence(), [this] { exportAs(QStringLiteral("json")); }, QStringLiteral("exportJson"));
    exportMenu->addSeparator();
    m_documentActions << act(exportMenu, tr("Follow-up &report…"), QKeySequence(), [this] { ReportExport::exportDialog(this, m_document.get(), m_followupPage->period()); }, QStringLiteral("exportReport"));
    file->addSeparator();
    m_documentActions << act(file, tr("&Print…"), QKeySequence::Print, &MainWindow::print, QStringLiteral("print"));
    m_documentActions << act(file, tr("Print pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::printPreview, QStringLiteral("printPreview"));
    file->addSeparator();
    act(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close, QStringLiteral("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    edit->addSeparator();
    m_addAction = act(edit, tr("&Add"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { addEntity(false); }, QStringLiteral("add"));
    m_addChildAction = act(edit, tr("Add &under"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), [this] { addEntity(true); }, QStringLiteral("addChild"));
    m_deleteAction = act(edit, tr("&Delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &MainWindow::deleteEntity, QStringLiteral("delete"));
    m_upAction = act(edit, tr("Move &up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveSelected(-1); }, QStringLiteral("moveUp"));
    m_downAction = act(edit, tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveSelected(+1); }, QStringLiteral("moveDown"));
    m_editActions << m_addAction << m_addChildAction << m_deleteAction << m_upAction << m_downAction;
    // Delete alone deletes where it cannot mean a character: in the navigator.
    auto *deleteInNavigator = new QAction(m_tree);
    deleteInNavigator->setObjectName(QStringLiteral("deleteInNavigator"));
    deleteInNavigator->setShortcut(QKeySequence::Delete);
    deleteInNavigator->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(deleteInNavigator);
    connect(deleteInNavigator, &QAction::triggered, this, [this] {
        if (m_deleteAction->isEnabled())
            deleteEntity();
    });
    edit->addSeparator();
    m_documentActions << act(edit, tr("&Find…"), QKeySequence::Find, &MainWindow::find, QStringLiteral("find"));
    m_documentActions << act(edit, tr("Find &next"), QKeySequence::FindNext, [this] { findNext(true); }, QStringLiteral("findNext"));
    m_documentActions << act(edit, tr("Find pre&vious"), QKeySequence::FindPrevious, [this] { findNext(false); }, QStringLiteral("findPrevious"));
    m_documentActions << act(edit, tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
        auto *dialog = findChild<ReplaceDialog *>();
        if (!dialog)
            dialog = new ReplaceDialog(this);
        if (!m_findField->text().trimmed().isEmpty())
            dialog->setFindText(m_findField->text().trimmed());
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }, QStringLiteral("replace"));
    edit->addSeparator();
    act(edit, tr("&Preferences…"), QKeySequence::Preferences, &MainWindow::showPreferences, QStringLiteral("preferences"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator(); // what changed from another plan (issue 13)
    auto *comparison = new ComparisonView(this, [this] { return m_document.get(); }, [this] { return m_model.get(); }, [this](const QUuid &id) { select(id); });
    act(view, tr("Compare with &version…"), QKeySequence(), [this, comparison] { comparison->compareWith([this] { return chooseComparisonVersion(this, m_document.get()); }); }, QStringLiteral("compareWithVersion"));
    act(view, tr("Co&mpare with…"), QKeySequence(), [this, comparison] { comparison->compareWith([this] { return chooseComparisonFile(this); }); }, QStringLiteral("compareWith"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // The menu opens the guide at its beginning; F1 opens it at the focused field's help.
    act(help, tr("&User guide") + QStringLiteral("\tF1"), QKeySequence(), [this] { showHelp(); }, QStringLiteral("userGuide"));
    auto *contextHelp = new QAction(tr("Help on the focused field"), this);
    contextHelp->setObjectName(QStringLiteral("contextHelp"));
    contextHelp->setShortcut(QKeySequence(Qt::Key_F1));
    connect(contextHelp, &QAction::triggered, this, [this] { showHelp(contextHelpAnchor()); });
    addAction(contextHelp);
    help->addSeparator();
    act(help, tr("&About Planverk"), QKeySequence(), &MainWindow::showAbout, QStringLiteral("about"));

    QToolBar *tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(findChild<QAction *>(QStringLiteral("open")));
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_addAction);
    tools->addAction(m_addChildAction);
    tools->addAction(m_deleteAction);
    tools->addAction(m_upAction);
    tools->addAction(m_downAction);
    // SVG icons: sharp at any screen scale.
    m_undoAction->setIcon(icon(QStringLiteral("undo")));
    m_redoAction->setIcon(icon(QStringLiteral("redo")));
    m_upAction->setIcon(icon(QStringLiteral("move-up")));
    m_downAction->setIcon(icon(QStringLiteral("move-down")));
    m_deleteAction->setIcon(icon(QStringLiteral("delete")));
    m_addAction->setIcon(icon(QStringLiteral("add")));
    m_addChildAction->setIcon(icon(QStringLiteral("add-under")));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

// ------------------------------------------------------------ documents

bool MainWindow::openFile(const QString &path, bool askOnLock)
{
    m_lastError.clear();
    if (isServerUrl(path))
        return openServer(path, {});
    if (isJsonPath(path)) {
        PlanWithVersions plan;
        try {
            plan = readPlanWithVersionsJsonFile(path);
        } catch (const PlanError &e) {
            showError(tr("Cannot import the plan"), ErrorText::of(e));
            return false;
        }
        QString target = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".planverk"));
        if (m_interactive)
            target = askSaveFileName(this, tr("Keep the imported plan as"), target, tr("Planverk plans (*.planverk)"));
        if (target.isEmpty())
            return false;
        return createFile(target, plan.plan, plan.versions);
    }
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    PlanStore::Mode mode = PlanStore::Mode::ReadWrite;
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        const QString who = tr("%1 is already open in another Planverk (process %2 on %3).").arg(QFileInfo(path).fileName()).arg(pid).arg(host);
        if (askOnLock && m_interactive) {
            QMessageBox box(QMessageBox::Question, tr("The plan is open elsewhere"), who + '\n' + tr("Open it read-only?"), QMessageBox::Cancel, this);
            QPushButton *ro = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() != ro)
                return false;
        } else if (askOnLock) {
            m_lastError = who;
        }
        mode = PlanStore::Mode::ReadOnly;
        lock.reset();
    }
    try {
        auto doc = PlanDocument::open(path, mode);
        setDocument(std::move(doc), std::move(lock));
    } catch (const PlanError &e) {
        showError(tr("Cannot open the plan"), ErrorText::of(e));
        return false;
    }
    rememberRecent(path);
    return true;
}

void MainWindow::openServerDialog()
{
    ServerOpenDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openServer(dialog.url(), dialog.password());
}

bool MainWindow::openServer(const QString &url, const QString &password)
{
    try {
        ServerLocation at = parseServerUrl(url);
        if (!password.isEmpty())
            at.password = password;
        std::unique_ptr<PlanStore> store;
        try {
            store = ServerStore::open(at, PlanStore::Mode::ReadWrite);
        } catch (const PlanError &e) {
            if (!m_interactive || !e.message().contains(QLatin1String("password")))
                throw;
            bool ok = false; // asked for, used once, never stored
            at.password = QInputDialog::getText(this, tr("Password"), tr("The password of %1 on %2:").arg(at.user.isEmpty() ? tr("your user") : at.user, at.serverDisplay()),
                                                QLineEdit::Password, {}, &ok);
            if (!ok)
                return false;
            store = ServerStore::open(at, PlanStore::Mode::ReadWrite);
        }
        setDocument(std::make_unique<PlanDocument>(std::move(store)), nullptr);
        rememberRecent(at.display()); // without the password
    } catch (const PlanError &e) {
        showError(tr("Cannot open the plan"), ErrorText::of(e));
        return false;
    }
    return true;
}

bool MainWindow::createFile(const QString &path, const Plan &plan, const QList<PlanVersion> &versions)
{
    try {
        if (QFileInfo::exists(path))
            throw PlanError(path, {}, tr("exists already; choose another name"));
        createPlanFile(path, plan, Replace::No, versions); // never over a log an earlier plan left beside the name
    } catch (const PlanError &e) {
        showError(tr("Cannot create the plan"), ErrorText::of(e));
        return false;
    }
    return openFile(path);
}

// A stack is as wide as its widest page, shown or not: the follow-up page's
// tables would squeeze the navigator beside every other page to a sliver.
// Only the page shown claims room.
void MainWindow::claimRoomForShownPage()
{
    for (int k = 0; k < m_pages->count(); ++k) {
        QWidget *page = m_pages->widget(k);
        page->setSizePolicy(page == m_pages->currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<QLockFile> lock)
{
    closeDocument();
    m_lock = std::move(lock);
    m_document = std::move(document);
    m_editor = std::make_unique<PlanEditor>(m_document.get());
    m_model = std::make_unique<PlanTreeModel>(m_editor.get());
    m_tree->setModel(m_model.get());
    m_tree->expandToDepth(0);
    m_tree->parentWidget()->show();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCategoryPage);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCategoryPage);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCategoryPage);
    m_undoView->setStack(m_editor->undoStack());

    // Undo and redo act on this plan's stack.
    QUndoStack *stack = m_editor->undoStack();
    m_undoAction->disconnect(this);
    m_redoAction->disconnect(this);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &t) { m_undoAction->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t)); });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &t) { m_redoAction->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t)); });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);

    // One page per kind of entity, and one for the plan's settings.
    for (EntityPage *p : std::as_const(m_entityPages)) {
        m_pages->removeWidget(p);
        delete p;
    }
    m_entityPages.clear();
    for (int k = 0; k <= kKindCount; ++k) {
        auto *p = new EntityPage(m_editor.get(), k < kKindCount ? std::optional<EntityKind>(EntityKind(k)) : std::nullopt, m_pages);
        p->setObjectName(k < kKindCount ? QStringLiteral("page%1").arg(k) : QStringLiteral("planInfoPage"));
        m_entityPages.append(p);
        m_pages->addWidget(p);
        // A typed date that is refused: said at the field, and here for longer.
        for (DateEdit *d : p->findChildren<DateEdit *>())
            connect(d, &DateEdit::refused, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }

    m_followupPage = new FollowupPage(m_editor.get(), m_pages); // Oppfølging (issue 14)
    m_followupPage->setInteractive(m_interactive);
    m_pages->addWidget(m_followupPage);
    claimRoomForShownPage();

    connect(m_document.get(), &PlanDocument::modified, this, [this] {
        if (EntityPage *p = currentPage())
            p->refresh();
        schedulePreview();
        m_problemsTimer->start();
        updateStatus();
    });
    connect(m_document.get(), &PlanDocument::inserted, this, [this](EntityKind, const QUuid &id) { select(id); });
    connect(m_document.get(), &PlanDocument::fileProblem, this, &MainWindow::onFileProblem);
    // Restoring a version rebuilds the navigator (PlanDocument::replaced): the selection and the open branches stay.
    auto kept = std::make_shared<NavigatorState>();
    connect(m_document.get(), &PlanDocument::aboutToReplace, this, [this, kept] { *kept = NavigatorState::of(m_tree, m_model.get()); });
    connect(m_document.get(), &PlanDocument::replaced, this, [this, kept] { kept->restoreTo(m_tree, m_model.get()); });
    m_fileProblemShown = false;
    if (m_document->store().isServer()) { // no file to guard: the server session watches the connection
        m_server = std::make_unique<ServerSession>(this, m_document.get());
        connect(m_server.get(), &ServerSession::stateChanged, this, [this] {
            if (EntityPage *p = currentPage())
                p->refresh();
            updateActions();
            updateTitle();
            updateStatus();
        });
    } else {
        m_fileGuard = std::make_unique<FileGuard>(m_document.get());
    }
    connect(m_document.get(), &PlanDocument::moved, this, [this](EntityKind, const QUuid &id) { select(id); });
    // Spelling is checked in the plan's document language, not the interface's.
    SpellChecker::shared()->setLanguage(m_document->plan().info.language);
    connect(m_document.get(), &PlanDocument::infoChanged, this, [this] { SpellChecker::shared()->setLanguage(m_document->plan().info.language); });

    m_tree->setCurrentIndex(m_model->categoryIndex(PlanTreeModel::Info));
    onSelectionChanged();
    refreshProblems();
    updateActions();
    updateTitle();
    updateStatus();
}

void MainWindow::closeDocument()
{
    delete m_versions; // it shows the versions of this document
    if (auto *comparison = findChild<ComparisonView *>())
        comparison->closeComparison(); // its marks belong to this plan's navigator
    m_previewTimer->stop();
    m_problemsTimer->stop();
    if (m_undoView)
        m_undoView->setStack(nullptr);
    if (m_tree)
        m_tree->setModel(nullptr);
    for (EntityPage *p : std::as_const(m_entityPages)) {
        m_pages->removeWidget(p);
        delete p;
    }
    m_entityPages.clear();
    delete m_followupPage;
    m_followupPage = nullptr;
    m_model.reset();
    m_editor.reset();
    m_fileGuard.reset();
    m_server.reset();
    m_document.reset();
    m_lock.reset(); // unlocks
    if (m_pages)
        m_pages->setCurrentWidget(m_emptyPage);
    foldPreviewDock(false);
    if (m_tree)
        m_tree->parentWidget()->hide(); // the start page needs no navigator
}

EntityPage *MainWindow::currentPage() const
{
    return qobject_cast<EntityPage *>(m_pages->currentWidget());
}

void MainWindow::select(const QUuid &id)
{
    if (!m_model)
        return;
    const QModelIndex i = id.isNull() ? m_model->categoryIndex(PlanTreeModel::Info) : m_model->indexOf(id);
    if (!i.isValid())
        return;
    m_tree->expand(i.parent());
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex i = m_tree->currentIndex();
    if (!m_model || !i.isValid()) {
        m_pages->setCurrentWidget(m_emptyPage);
        foldPreviewDock(false);
        return;
    }
    if (const auto e = m_model->entityAt(i)) {
        EntityPage *p = m_entityPages[pageIndexFor(e->first)];
        p->showEntity(e->second);
        m_pages->setCurrentWidget(p);
    } else {
        const auto c = PlanTreeModel::Category(i.data(PlanTreeModel::CategoryRole).toInt());
        if (c == PlanTreeModel::Info) {
            EntityPage *p = m_entityPages[pageIndexFor(std::nullopt)];
            p->refresh();
            m_pages->setCurrentWidget(p);
        } else if (c == PlanTreeModel::Followup) {
            m_pages->setCurrentWidget(m_followupPage);
        } else {
            updateCategoryPage();
            m_pages->setCurrentWidget(m_categoryPage);
        }
    }
    foldPreviewDock(m_pages->currentWidget() == m_followupPage);
    updateActions();
    refreshPreviewNow();
}

// The follow-up page has its own preview, of the report, beside its tables
// (FollowupPage): the plan's preview makes room while it is shown, unless the
// planner had closed it anyway.
void MainWindow::foldPreviewDock(bool fold)
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("previewDock"));
    if (!dock || fold == m_previewDockFolded || (fold && dock->isHidden()))
        return;
    m_previewDockFolded = fold;
    dock->setVisible(!fold);
}

// The category's title and how many entries it has. Also after entries come
// and go: when the selected entry is deleted, the selection moves to the
// category before the row is gone from the model.
void MainWindow::updateCategoryPage()
{
    const QModelIndex i = m_model ? m_tree->currentIndex() : QModelIndex();
    if (!i.isValid() || m_model->entityAt(i))
        return;
    const auto c = PlanTreeModel::Category(i.data(PlanTreeModel::CategoryRole).toInt());
    m_categoryTitle->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                 .arg(PlanTreeModel::categoryName(c).toHtmlEscaped(),
                                      tr("%n entries. Select one to edit it, or add a new one.", nullptr, m_model->rowCount(i))));
}

void MainWindow::schedulePreview() { m_previewTimer->start(); }

void MainWindow::refreshPreviewNow()
{
    m_previewTimer->stop();
    if (!m_document) {
        m_preview->clear();
        return;
    }
    if (m_previewDockFolded)
        return; // made when it is shown again
    QUuid focus;
    QString chapter;
    const QModelIndex i = m_tree->currentIndex();
    if (const auto e = m_model->entityAt(i)) {
        focus = e->second;
    } else if (i.isValid()) {
        static const char *const keys[] = {"", "sections", "goalsChapter", "themesChapter", "instrumentsChapter", "membershipsChapter",
                                           "partnershipsChapter", "actionsChapter", "processingChapter", "contactsChapter", "referencesChapter", "actionsChapter"};
        static_assert(std::size(keys) == PlanTreeModel::CategoryCount); // the follow-up shows the action plan
        const int c = i.data(PlanTreeModel::CategoryRole).toInt();
        chapter = QString::fromLatin1(keys[c]);
    }
    try {
        const Preview p = buildPreview(m_document->plan(), focus, chapter);
        const std::string html = renderPreview(p, templates());
        const int scroll = m_preview->verticalScrollBar()->value();
        static_cast<TemplateDocument *>(m_preview->document())->resources().setPlanPictures(m_document->plan().info);
        m_preview->setHtml(QString::fromStdString(html));
        static_cast<TemplateDocument *>(m_preview->document())->requireResources();
        if (!p.anchor.isEmpty())
            m_preview->scrollToAnchor(p.anchor);
        else
            m_preview->verticalScrollBar()->setValue(scroll);
    } catch (const PlanError &e) {
        m_preview->setPlainText(ErrorText::of(e));
    }
}

void MainWindow::refreshProblemsNow() { refreshProblems(); }

TemplateSet &MainWindow::templates()
{
    // Compiled once: the preview renders after every edit.
    if (!m_templates)
        m_templates = TemplateSet::open(QStringLiteral("standard"));
    return *m_templates;
}

void MainWindow::refreshProblems()
{
    m_problemsTimer->stop();
    m_problems->clear();
    if (!m_document)
        return;
    for (const Finding &f : checkPlan(m_document->plan())) {
        auto *item = new QListWidgetItem(style()->standardIcon(f.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
                                         f.message + QStringLiteral("  (") + f.path + ')', m_problems);
        item->setData(Qt::UserRole, QVariant::fromValue(f.entity));
        item->setToolTip(f.isError() ? tr("Error") : tr("Warning"));
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems found."));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        dock->setWindowTitle(tr("Problems (%1)").arg(m_problems->count() == 1 && m_problems->item(0)->data(Qt::UserRole).isNull() ? 0 : m_problems->count()));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    const QModelIndex i = open ? m_tree->currentIndex() : QModelIndex();
    const auto e = open ? m_model->entityAt(i) : std::nullopt;
    const bool isCategory = open && i.isValid() && !e;
    const auto category = isCategory ? PlanTreeModel::Category(i.data(PlanTreeModel::CategoryRole).toInt()) : PlanTreeModel::Info;
    m_addAction->setEnabled(writable && (e.has_value() || (isCategory && PlanTreeModel::holdsEntities(category))));
    // Under a section, a processing step (amendments) or a top-level goal (sub-goals): the registry's rules (moverules.h).
    const bool canHaveChildren = e && mayHaveChildren(m_document->plan(), e->first, e->second);
    m_addChildAction->setEnabled(writable && canHaveChildren);
    m_deleteAction->setEnabled(writable && e.has_value());
    m_upAction->setEnabled(writable && e.has_value() && i.row() > 0);
    m_downAction->setEnabled(writable && e.has_value() && i.row() + 1 < m_model->rowCount(i.parent()));
    if (!writable) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    } else if (m_editor) { // writable again (a server that is back): as the undo stack says
        m_undoAction->setEnabled(m_editor->undoStack()->canUndo());
        m_redoAction->setEnabled(m_editor->undoStack()->canRedo());
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Planverk"));
        return;
    }
    setWindowTitle(tr("%1 – %2%3 – Planverk")
                       .arg(m_document->plan().info.title.isEmpty() ? tr("(untitled plan)") : m_document->plan().info.title,
                            m_document->store().isServer() ? tr("%1 (server)").arg(static_cast<ServerStore &>(m_document->store()).location().plan) : QFileInfo(m_document->path()).fileName(), m_document->isReadOnly() ? tr(" [read-only]") : QString()));
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_statusFile->setText(tr("No plan open"));
        m_statusPlan->clear();
        m_statusCounts->clear();
        return;
    }
    const Plan &p = m_document->plan();
    const QString state = !m_document->store().problem().isEmpty() && m_document->store().isServer() ? tr(" — NOT CONNECTED: nothing can be changed until the server answers again")
                          : !m_document->store().problem().isEmpty() ? tr(" — NOT SAVED: the file was moved, deleted or changed by another program")
                          : m_document->isReadOnly()                 ? tr(" (read-only)")
                                                                     : tr(" — every change is saved");
    m_statusFile->setText(QDir::toNativeSeparators(m_document->path()) + state);
    m_statusPlan->setText(codeLabel(interfaceLanguage(), "status", p.info.status));
    int subgoals = 0;
    for (const Goal &g : p.goals)
        subgoals += int(g.subgoals.size());
    m_statusCounts->setText(tr("%1 goals, %2 sub-goals, %3 memberships, %4 actions").arg(p.goals.size()).arg(subgoals).arg(p.memberships.size()).arg(p.actions.size()));
    updateTitle();
}

void MainWindow::onFileProblem(const QString &problem)
{
    m_fileProblemShown = true;
    // The pages show what the file holds and no longer take edits.
    if (EntityPage *p = currentPage())
        p->refresh();
    updateActions();
    updateTitle();
    updateStatus();
    showError(tr("The plan file changed under Planverk"),
              tr("%1\n\nThe file was moved, renamed, deleted or written by another program while it was open here. "
                 "Everything up to your last saved change is in that file; Planverk saves nothing more to it and nothing anywhere else. "
                 "Open the plan again to go on.")
                  .arg(ErrorText::of(PlanError(m_document->path(), {}, problem))));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    if (m_interactive)
        QMessageBox::warning(this, title, message);
    else
        statusBar()->showMessage(message, 10000);
}

// ------------------------------------------------------------ file actions

void MainWindow::newPlan(const QString &samplePath)
{
    Plan plan;
    if (!samplePath.isEmpty()) {
        try {
            plan = readPlanJsonFile(samplePath);
        } catch (const PlanError &e) {
            showError(tr("Cannot read the sample"), ErrorText::of(e));
            return;
        }
    } else {
        plan.info.title = tr("New plan");
    }
    QSettings s;
    const QString folder = s.value(QStringLiteral("folders/plans"), QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(samplePath.isEmpty() ? tr("new-plan.planverk") : QFileInfo(samplePath).completeBaseName() + QStringLiteral(".planverk"));
    const QString path = m_interactive ? askSaveFileName(this, tr("New plan"), suggested, tr("Planverk plans (*.planverk)")) : suggested;
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("folders/plans"), QFileInfo(path).absolutePath());
    createFile(path.endsWith(QLatin1String(".planverk")) ? path : path + QStringLiteral(".planverk"), plan);
}

void MainWindow::openDialog()
{
    QSettings s;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), s.value(QStringLiteral("folders/plans"), QDir::homePath()).toString(),
                                                      tr("Planverk plans (*.planverk);;JSON plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("folders/plans"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::importDialog()
{
    QSettings s;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a JSON plan"), s.value(QStringLiteral("folders/plans"), QDir::homePath()).toString(),
                                                      tr("JSON plans (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString path = askSaveFileName(this, tr("Save a copy"), QFileInfo(m_document->path()).dir().filePath(QFileInfo(m_document->path()).completeBaseName() + tr("-copy.planverk")),
                                                      tr("Planverk plans (*.planverk)"));
    if (path.isEmpty())
        return;
    try {
        if (QFileInfo::exists(path))
            QFile::remove(path); // the dialog asked about replacing it
        m_document->store().copyTo(path);
        statusBar()->showMessage(tr("Copy saved: %1").arg(path), 5000);
    } catch (const PlanError &e) {
        showError(tr("Cannot save the copy"), ErrorText::of(e));
    }
}

VersionsDialog *MainWindow::showVersions()
{
    if (!m_document)
        return nullptr;
    if (!m_versions) {
        m_versions = new VersionsDialog(m_document.get(), m_editor->undoStack(),
                                        [this](const Plan &plan, const QString &name, const QString &format) { exportAs(format, &plan, name); }, this);
        m_versions->setAttribute(Qt::WA_DeleteOnClose);
        m_versions->setInteractive(m_interactive);
    }
    m_versions->show();
    m_versions->raise();
    return m_versions;
}

void MainWindow::exportAs(const QString &format, const Plan *version, const QString &versionName)
{
    if (!m_document)
        return;
    QSettings s;
    const QString folder = s.value(QStringLiteral("folders/export"), QFileInfo(m_document->path()).absolutePath()).toString();
    QString base = QFileInfo(m_document->path()).completeBaseName();
    if (version) // "plan – Høringsutkast 2026-11-24", without what a file name cannot hold
        base += QStringLiteral(" – ") + QString(versionName).replace('/', '-');
    const QString suffix = format == QLatin1String("pdfa") || format == QLatin1String("accessible") ? QStringLiteral("pdf") : format;
    const QString filter = format == QLatin1String("json") ? tr("JSON (*.json)") : format == QLatin1String("html") ? tr("Web page (*.html)")
                         : format == QLatin1String("odt")  ? tr("OpenDocument text (*.odt)")
                         : format == QLatin1String("docx") ? tr("Word document (*.docx)") : tr("PDF (*.pdf)");
    QString path = askSaveFileName(this, tr("Export"), QDir(folder).filePath(base + '.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += '.' + suffix;
    s.setValue(QStringLiteral("folders/export"), QFileInfo(path).absolutePath());
    exportTo(format, path, version);
}

bool MainWindow::exportTo(const QString &format, const QString &path, const Plan *version)
{
    if (!m_document)
        return false;
    try {
        InputFiles plan; // never export over the plan itself
        plan.addPlanFile(m_document->path());
        plan.refuseAsOutput(path);
        if (format == QLatin1String("json") && version) {
            writeFileAtomically(path, exportPlanJson(*version));
        } else if (format == QLatin1String("json")) {
            PlanWithVersions all{m_document->plan(), {}}; // the plan with its versions, as planverk-cli export
            for (const VersionInfo &v : m_document->store().versions())
                all.versions.append({v, m_document->store().readVersion(v.name)});
            writeFileAtomically(path, exportPlanWithVersionsJson(all));
        } else {
            // On a second thread, with a copy of the plan: the window stays responsive.
            RenderProgressDialog progress(tr("Exporting %1 …").arg(QFileInfo(path).fileName()), this);
            const Plan plan = version ? *version : m_document->plan();
            const bool pdfA = format == QLatin1String("pdfa");
            const bool accessible = format == QLatin1String("accessible"); // through LibreOffice
            progress.run([&plan, &path, pdfA, accessible](const RenderProgress &report) {
                DocumentOptions o;
                o.pdfA = pdfA;
                o.accessible = accessible;
                o.progress = report;
                writeDocument(plan, path, o);
            });
        }
        statusBar()->showMessage(tr("Exported: %1").arg(path), 5000);
    } catch (const RenderCancelled &) {
        // Nothing was written: the file, if there was one, is as it was.
        m_lastError = tr("Export cancelled; %1 was not written.").arg(path);
        statusBar()->showMessage(m_lastError, 8000);
        return false;
    } catch (const PlanError &e) {
        showError(tr("Cannot export"), ErrorText::of(e));
        return false;
    }
    return true;
}

void MainWindow::print()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintPlan(&printer);
}

bool MainWindow::paintPlan(QPrinter *printer)
{
    RenderProgressDialog progress(tr("Printing …"), this);
    const RenderProgress step = progress.callback();
    try {
        PrintLayout layout(m_document->plan(), templates(), {});
        layout.setProgress([&](double done) {
            if (step(done))
                return true;
            printer->abort(); // the pages painted so far are not printed
            return false;
        });
        layout.paint(printer);
        return true;
    } catch (const RenderCancelled &) {
        statusBar()->showMessage(tr("Printing cancelled."), 8000);
    } catch (const PlanError &e) {
        showError(tr("Cannot print"), ErrorText::of(e));
    }
    return false;
}

void MainWindow::printPreview()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &MainWindow::paintPlan);
    dialog.resize(1000, 900);
    dialog.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
    const QString abs = isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recentFiles"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const bool onServer = isServerUrl(recent[i]);
        QString name = QFileInfo(recent[i]).fileName();
        if (onServer) {
            try {
                name = tr("%1 (server)").arg(parseServerUrl(recent[i]).plan);
            } catch (const PlanError &) {
                name = recent[i];
            }
        }
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(recent[i]);
        a->setEnabled(onServer || QFileInfo::exists(recent[i]));
        const QString path = recent[i];
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

// ------------------------------------------------------------ edit actions

void MainWindow::addEntity(bool child)
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex i = m_tree->currentIndex();
    if (const auto e = m_model->entityAt(i)) {
        if (child) {
            if (const auto childKind = kindUnder(e->first))
                m_editor->add(*childKind, e->second, -1);
        } else {
            // A sibling right after the selected one.
            const QModelIndex parent = i.parent();
            const auto p = m_model->entityAt(parent);
            m_editor->add(e->first, p ? p->second : QUuid(), i.row() + 1);
        }
    } else if (i.isValid()) {
        const auto c = PlanTreeModel::Category(i.data(PlanTreeModel::CategoryRole).toInt());
        if (PlanTreeModel::holdsEntities(c))
            m_editor->add(PlanTreeModel::kindOf(c), QUuid(), -1);
    }
    // The new entry is selected (PlanDocument::inserted); let the user type its title (the kind's first text field).
    if (EntityPage *p = currentPage(); p && p->kind())
        if (QWidget *w = p->fieldWidget(QString::fromLatin1(visitKind(*p->kind(), []<class T>(T) { return firstTextKey<T>(); })))) {
            w->setFocus();
            if (auto *l = qobject_cast<QLineEdit *>(w))
                l->selectAll();
        }
}

void MainWindow::deleteEntity()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex i = m_tree->currentIndex();
    const auto e = m_model->entityAt(i);
    if (!e)
        return;
    // Links from elsewhere go with it (undo restores them): ask first, naming them.
    const QString links = LinkWarning::text(m_document->plan(), e->first, e->second);
    if (!links.isEmpty() && m_interactive) {
        QMessageBox box(QMessageBox::Question, tr("Delete “%1”?").arg(m_model->titleOf(e->first, e->second)),
                        links + QStringLiteral("\n\n") + tr("Deleting it removes these links too. Undo puts everything back."), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmDelete"));
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    const QModelIndex parent = i.parent();
    const int row = i.row();
    m_editor->remove(e->first, e->second);
    // Select the neighbour, or the parent.
    const int rows = m_model->rowCount(parent);
    m_tree->setCurrentIndex(rows > 0 ? m_model->index(std::min(row, rows - 1), 0, parent) : parent);
}

void MainWindow::moveSelected(int delta)
{
    const auto e = m_model ? m_model->entityAt(m_tree->currentIndex()) : std::nullopt;
    if (e)
        m_editor->moveBy(e->first, e->second, delta);
    updateActions();
}

void MainWindow::find()
{
    m_findBar->show();
    m_findField->setFocus();
    m_findField->selectAll();
}

void MainWindow::findNext(bool forward)
{
    if (!m_document || m_findField->text().trimmed().isEmpty())
        return;
    if (m_findHits.isEmpty()) {
        const QString needle = m_findField->text().trimmed();
        m_findHits = searchPlan(m_document->plan(), needle);
        m_findIndex = forward ? -1 : int(m_findHits.size());
        if (m_findHits.isEmpty()) {
            statusBar()->showMessage(tr("“%1” was not found").arg(needle), 4000);
            return;
        }
    }
    m_findIndex = (m_findIndex + (forward ? 1 : -1) + int(m_findHits.size())) % int(m_findHits.size());
    select(m_findHits[m_findIndex]);
    statusBar()->showMessage(tr("Hit %1 of %2").arg(m_findIndex + 1).arg(m_findHits.size()), 4000);
}

void MainWindow::showPreferences()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(&dialog);
    auto *language = new QComboBox(&dialog);
    language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    language->addItem(QStringLiteral("Norsk nynorsk"), QStringLiteral("nn"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(interfaceLanguage()));
    language->setAccessibleName(tr("Interface language"));
    form->addRow(tr("Interface &language:"), language);
    auto *name = new QLineEdit(QSettings().value(QLatin1String(ReporterName::settingsKey)).toString(), &dialog);
    name->setObjectName(QStringLiteral("userNameField"));
    name->setPlaceholderText(ReporterName::ofAccount());
    name->setToolTip(tr("Signs the follow-up reports you edit (Reported by); empty: your account's name"));
    form->addRow(tr("Your &name:"), name);
    auto *spelling = new QCheckBox(tr("Check &spelling (in the plan's document language)"), &dialog);
    spelling->setObjectName(QStringLiteral("spellCheckBox"));
    spelling->setChecked(SpellChecker::shared()->isEnabled());
    form->addRow(spelling);
    form->addRow(new QLabel(tr("The language of the documents is a setting of each plan (About the plan ▸ Document language).\n"
                               "A new interface language takes effect when Planverk starts again."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        QSettings().setValue(QStringLiteral("interfaceLanguage"), language->currentData().toString());
        QSettings().setValue(QLatin1String(ReporterName::settingsKey), name->text().trimmed());
        SpellChecker::shared()->setEnabled(spelling->isChecked());
    }
}

HelpWindow *MainWindow::showHelp(const QString &anchor)
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showAnchor(anchor);
    return m_help;
}

QString MainWindow::contextHelpAnchor()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    return helpAnchorFor(QApplication::focusWidget(), m_help->anchors());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Planverk"),
                       tr("<h3>Planverk %1</h3><p>Strategy plans for Norwegian counties: draft the plan, "
                          "and print it for the county council or publish it on the web.</p>").arg(QStringLiteral(PLANVERK_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    foldPreviewDock(false); // kept as the planner left it
    s.setValue(QStringLiteral("window/state"), saveState());
    // What is being typed is taken as its field loses the focus: a date on a
    // plan's page, a comment or a value in an open cell of the follow-up
    // tables. Every other keystroke is in the file already.
    if (m_followupPage)
        m_followupPage->commitOpenEdits();
    if (QWidget *page = m_pages->currentWidget())
        page->setFocus();
    closeDocument();
    event->accept();
}

} // namespace planverk
