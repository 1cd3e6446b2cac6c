#include "comparisonview.h"

#include "errortext.h"
#include "io/planfile.h"
#include "model/diffreport.h"
#include "render/difflabels.h"
#include "model/kinds.h"
#include "model/plandocument.h"
#include "model/planerror.h"
#include "plantreemodel.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planverk {

namespace {

EntityKind entityKindOf(const QString &table)
{
    EntityKind kind = EntityKind::Section;
    forEachKind([&]<class T>() {
        if (table == QLatin1String(Kind<T>::table))
            kind = Kind<T>::kind;
    });
    return kind;
}

// The changed fields by the words the change document uses for them, in the plan's language.
QString changedFields(const QList<FieldChange> &fields, const QString &language)
{
    QStringList names;
    for (const FieldChange &f : fields)
        names << diffLabelFor(language, f.key);
    return ComparisonView::tr("changed: %1").arg(names.join(QStringLiteral(", ")));
}

QString whatChanged(const EntityChange &e, const QString &language)
{
    QStringList parts;
    if (e.added)
        parts << ComparisonView::tr("added");
    if (e.removed)
        parts << ComparisonView::tr("removed");
    if (e.reparented)
        parts << ComparisonView::tr("moved from “%1”").arg(e.oldParent.isEmpty() ? ComparisonView::tr("the top level") : e.oldParent);
    else if (e.reordered)
        parts << ComparisonView::tr("moved from place %1").arg(placeText(e.oldPlace));
    if (!e.fields.isEmpty()) {
        parts << changedFields(e.fields, language);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::optional<ComparisonSource> chooseComparisonFile(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, ComparisonView::tr("Compare with plan"), QString(),
                                                      ComparisonView::tr("Plans (*.planverk *.json)"));
    if (path.isEmpty())
        return std::nullopt;
    try {
        return ComparisonSource{readPlanFile(path), QFileInfo(path).fileName()};
    } catch (const PlanError &e) {
        QMessageBox::warning(parent, ComparisonView::tr("Cannot compare"), ErrorText::of(e));
        return std::nullopt;
    }
}

std::optional<ComparisonSource> chooseComparisonVersion(QWidget *parent, PlanDocument *document)
{
    if (!document)
        return std::nullopt;
    try {
        const QList<VersionInfo> versions = document->store().versions();
        if (versions.isEmpty()) {
            QMessageBox::information(parent, ComparisonView::tr("Compare with version"),
                                     ComparisonView::tr("The plan has no versions yet. Save one with File ▸ Save version…, or compare with another plan file."));
            return std::nullopt;
        }
        QStringList items;
        for (const VersionInfo &v : versions)
            items << ComparisonView::tr("%1 (%2)").arg(v.name, QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat));
        bool ok = false;
        const QString item = QInputDialog::getItem(parent, ComparisonView::tr("Compare with version"),
                                                   ComparisonView::tr("What changed since the &version:"), items, int(items.size()) - 1, false, &ok);
        if (!ok)
            return std::nullopt;
        const QString name = versions.at(int(items.indexOf(item))).name;
        return ComparisonSource{document->store().readVersion(name), name};
    } catch (const PlanError &e) {
        QMessageBox::warning(parent, ComparisonView::tr("Cannot compare"), ErrorText::of(e));
        return std::nullopt;
    }
}

ComparisonView::ComparisonView(QMainWindow *window, std::function<PlanDocument *()> document, std::function<PlanTreeModel *()> model,
                               std::function<void(const QUuid &)> select)
    : QDockWidget(tr("Comparison"), window), m_document(std::move(document)), m_model(std::move(model)), m_select(std::move(select))
{
    setObjectName(QStringLiteral("comparisonDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_list = new QTreeWidget(content);
    m_list->setObjectName(QStringLiteral("comparisonList"));
    m_list->setAccessibleName(tr("Changes"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Entry"), tr("What changed")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->setColumnWidth(0, 260);
    m_list->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("&Compare again"), content);
    auto *close = new QPushButton(tr("Close the comparison"), content);
    close->setObjectName(QStringLiteral("closeComparison"));
    buttons->addWidget(refresh);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(content);
    connect(refresh, &QPushButton::clicked, this, &ComparisonView::refresh);
    connect(close, &QPushButton::clicked, this, &ComparisonView::closeComparison);
    auto go = [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, Qt::UserRole).value<QUuid>();
        const bool removed = item->data(0, Qt::UserRole + 1).toBool();
        if (!removed && (!id.isNull() || item->data(0, Qt::UserRole + 2).toBool()))
            m_select(id); // a null id with the flag: the plan's facts (Om planen)
    };
    connect(m_list, &QTreeWidget::itemActivated, this, [go](QTreeWidgetItem *item, int) { go(item); });
    connect(m_list, &QTreeWidget::itemClicked, this, [go](QTreeWidgetItem *item, int) { go(item); });
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    hide();
}

void ComparisonView::compareWith(const std::function<std::optional<ComparisonSource>()> &source)
{
    if (!m_document())
        return;
    std::optional<ComparisonSource> s = source();
    if (!s)
        return;
    m_source = std::move(s);
    refresh();
}

void ComparisonView::refresh()
{
    PlanDocument *doc = m_document();
    if (!doc || !m_source) {
        closeComparison();
        return;
    }
    m_comparedWith = doc;
    show(diffPlans(m_source->plan, doc->plan()));
}

void ComparisonView::show(const PlanDiff &diff)
{
    m_diff = diff;
    const PlanDocument *doc = m_document();
    const QString current = doc ? QFileInfo(doc->path()).fileName() : QString();
    const QString language = doc ? doc->plan().info.language : QString();
    m_heading->setText(diff.isEmpty() ? tr("No changes from %1 to %2.").arg(m_source->name, current)
                                      : tr("Changes from %1 to %2").arg(m_source->name, current));
    m_list->clear();
    if (!diff.info.isEmpty()) {
        auto *facts = new QTreeWidgetItem(m_list, {PlanTreeModel::categoryName(PlanTreeModel::Info)});
        facts->setText(1, changedFields(diff.info, language));
        facts->setData(0, Qt::UserRole + 2, true);
    }
    QHash<int, QTreeWidgetItem *> chapters;
    for (const EntityChange &e : diff.entities) {
        const PlanTreeModel::Category c = PlanTreeModel::categoryOf(entityKindOf(e.kind));
        QTreeWidgetItem *&chapter = chapters[int(c)];
        if (!chapter) {
            chapter = new QTreeWidgetItem(m_list, {PlanTreeModel::categoryName(c)});
            QFont f = chapter->font(0);
            f.setBold(true);
            chapter->setFont(0, f);
            chapter->setFirstColumnSpanned(false);
        }
        auto *item = new QTreeWidgetItem(chapter, {QStringLiteral("%1 %2").arg(placeText(e.place), e.title), whatChanged(e, language)});
        item->setData(0, Qt::UserRole, e.id);
        item->setData(0, Qt::UserRole + 1, e.removed);
        item->setToolTip(0, e.title);
        item->setToolTip(1, item->text(1));
        if (e.removed) {
            QFont f = item->font(0);
            f.setStrikeOut(true);
            item->setFont(0, f);
        }
    }
    m_list->expandAll();
    markNavigator();
    QDockWidget::show();
    raise();
}

void ComparisonView::markNavigator()
{
    if (PlanTreeModel *model = m_model()) {
        const PlanDocument *doc = m_document();
        const QString language = doc ? doc->plan().info.language : QString();
        QHash<QUuid, QString> marks;
        for (const EntityChange &e : m_diff.entities)
            if (!e.removed)
                marks.insert(e.id, whatChanged(e, language));
        model->setChangeMarks(marks);
    }
}

void ComparisonView::closeComparison()
{
    m_source.reset();
    m_diff = {};
    m_list->clear();
    if (PlanTreeModel *model = m_model())
        model->setChangeMarks({});
    hide();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    // The window's saved state may show the dock at start-up: with nothing compared, it stays hidden.
    if (!m_source)
        QMetaObject::invokeMethod(this, &QWidget::hide, Qt::QueuedConnection);
}

void ComparisonView::closeEvent(QCloseEvent *event)
{
    closeComparison();
    event->accept();
}

} // namespace planverk
