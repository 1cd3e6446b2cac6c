#include "versionsdialog.h"

#include "commands/restoreversion.h"
#include "entitypage.h"
#include "errortext.h"
#include "render/labels.h"
#include "saveversiondialog.h"
#include "versionwindow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace planverk {

namespace {

QStringList takenNames(PlanDocument *document)
{
    QStringList names;
    for (const VersionInfo &v : document->store().versions())
        names << v.name;
    return names;
}

} // namespace

VersionsDialog::VersionsDialog(PlanDocument *document, QUndoStack *undo, Exporter exporter, QWidget *parent)
    : QDialog(parent), m_document(document), m_undo(undo), m_exporter(std::move(exporter))
{
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(tr("Versions of the plan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Versions are kept in the plan file and never change. One is made each time the plan's status changes."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Made"), tr("Status"), tr("Note")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportVersion"));
    auto *formats = new QMenu(m_export);
    const QList<QPair<QString, QString>> kinds{{tr("&PDF…"), QStringLiteral("pdf")}, {tr("PDF/&A for the archive…"), QStringLiteral("pdfa")},
                                                {tr("Acc&essible PDF…"), QStringLiteral("accessible")}, {tr("&HTML for the web…"), QStringLiteral("html")},
                                                {tr("&Word (DOCX)…"), QStringLiteral("docx")}, {tr("&ODT for a word processor…"), QStringLiteral("odt")},
                                                {tr("&JSON…"), QStringLiteral("json")}};
    for (const auto &[label, format] : kinds)
        connect(formats->addAction(label), &QAction::triggered, this, [this, format = format] { exportSelected(format); });
    m_export->setMenu(formats);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    QPushButton *save = buttons->addButton(tr("&Save version…"), QDialogButtonBox::ActionRole);
    save->setEnabled(!m_document->isReadOnly());
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &VersionsDialog::openSelected);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(save, &QPushButton::clicked, this, [this] { saveVersion(m_document, this); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_document, &PlanDocument::versionsChanged, this, &VersionsDialog::refresh);
    refresh();
    resize(720, 360);
}

bool VersionsDialog::saveVersion(PlanDocument *document, QWidget *parent)
{
    if (!document || document->isReadOnly())
        return false;
    SaveVersionDialog dialog(takenNames(document), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    try {
        document->saveVersion(dialog.name(), dialog.note());
        return true;
    } catch (const PlanError &e) {
        QMessageBox::warning(parent, tr("Cannot save the version"), ErrorText::of(e));
        return false;
    }
}

void VersionsDialog::refresh()
{
    const QString selected = selectedName();
    m_list->clear();
    try {
        for (const VersionInfo &v : m_document->store().versions()) {
            auto *item = new QTreeWidgetItem(m_list, {v.name, QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat),
                                                      codeLabel(interfaceLanguage(), "status", v.status), v.note.simplified()});
            item->setToolTip(3, v.note);
            if (v.name == selected)
                m_list->setCurrentItem(item);
        }
    } catch (const PlanError &e) {
        m_list->setDisabled(true);
        QMessageBox::warning(this, tr("Cannot read the versions"), ErrorText::of(e));
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateButtons();
}

void VersionsDialog::updateButtons()
{
    const bool any = !selectedName().isNull();
    m_open->setEnabled(any);
    m_export->setEnabled(any);
    m_restore->setEnabled(any && !m_document->isReadOnly());
}

QString VersionsDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

std::optional<Plan> VersionsDialog::readSelected()
{
    const QString name = selectedName();
    if (name.isNull())
        return std::nullopt;
    try {
        return m_document->store().readVersion(name);
    } catch (const PlanError &e) {
        QMessageBox::warning(this, tr("Cannot read the version"), ErrorText::of(e));
        return std::nullopt;
    }
}

VersionWindow *VersionsDialog::openSelected()
{
    const std::optional<Plan> plan = readSelected();
    if (!plan)
        return nullptr;
    VersionInfo info;
    for (const VersionInfo &v : m_document->store().versions())
        if (v.name == selectedName())
            info = v;
    auto *window = new VersionWindow(m_document->plan().info.title, info, *plan, parentWidget());
    window->show();
    return window;
}

bool VersionsDialog::restoreSelected()
{
    const QString name = selectedName();
    if (name.isNull() || m_document->isReadOnly())
        return false;
    if (m_interactive
        && QMessageBox::question(this, tr("Restore version"),
                                 tr("Make “%1” the current plan? Everything in the plan becomes as it was in that version. "
                                    "Edit ▸ Undo puts back the plan as it is now.").arg(name))
               != QMessageBox::Yes)
        return false;
    std::optional<Plan> plan = readSelected();
    if (!plan)
        return false;
    m_undo->push(new RestoreVersion(m_document, std::move(*plan), tr("Restore version “%1”").arg(name)));
    return true;
}

void VersionsDialog::exportSelected(const QString &format)
{
    if (const std::optional<Plan> plan = readSelected())
        m_exporter(*plan, selectedName(), format);
}

} // namespace planverk
