#include "startpage.h"

#include "sampleplans.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace planverk {

namespace {

enum Role { PathRole = Qt::UserRole, SampleRole };

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text), parent);
    l->setTextFormat(Qt::RichText);
    l->setBuddy(buddy);
    return l;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));

    auto *title = new QLabel(tr("<h1>Planverk</h1><p>Strategy plans for Norwegian counties: write the plan, "
                                "and print it for the county council or publish it on the web.</p>"),
                             this);
    title->setWordWrap(true);

    m_new = new QPushButton(QIcon(QStringLiteral(":/planverk/icons/add.svg")), tr("&New plan…"), this);
    m_new->setObjectName(QStringLiteral("startNew"));
    auto *open = new QPushButton(QIcon(QStringLiteral(":/planverk/icons/open.svg")), tr("&Open…"), this);
    open->setObjectName(QStringLiteral("startOpen"));
    auto *help = new QPushButton(tr("User &guide"), this);
    help->setObjectName(QStringLiteral("startHelp"));
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    connect(help, &QPushButton::clicked, this, &StartPage::helpRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(open);
    buttons->addWidget(help);
    buttons->addStretch();

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_samples = new QListWidget(this);
    m_samples->setObjectName(QStringLiteral("samplePlans"));
    m_samples->setAccessibleName(tr("Sample plans"));
    for (const SamplePlan &s : planverk::samplePlans()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/planverk/icons/planverk.svg")), s.title + '\n' + s.organisation, m_samples);
        item->setData(SampleRole, s.path);
        item->setToolTip(tr("A new plan that starts as a copy of this sample"));
    }
    for (QListWidget *list : {m_recent, m_samples}) {
        list->setIconSize(QSize(24, 24));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideMiddle);
        list->setSpacing(2);
        // One click, or Enter, opens: the entries behave as links.
        connect(list, &QListWidget::itemClicked, this, &StartPage::activate);
        connect(list, &QListWidget::itemActivated, this, &StartPage::activate);
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setHorizontalSpacing(32);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addLayout(buttons, 1, 0, 1, 2);
    grid->addWidget(heading(tr("&Recent plans"), m_recent, this), 2, 0);
    grid->addWidget(heading(tr("New plan from a &sample"), m_samples, this), 2, 1);
    grid->addWidget(m_recent, 3, 0);
    grid->addWidget(m_samples, 3, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    setTabOrder(m_new, open);
    setTabOrder(open, help);
    setTabOrder(help, m_recent);
    setTabOrder(m_recent, m_samples);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    // Only the names are shown: nothing here opens a plan file (that is the store's job alone).
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/planverk/icons/planverk.svg")),
                                         info.completeBaseName() + '\n' + QDir::toNativeSeparators(info.absolutePath()), m_recent);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(tr("%1 is no longer there").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (recent.isEmpty())
        (new QListWidgetItem(tr("No plans yet: the plans you open are listed here."), m_recent))->setFlags(Qt::NoItemFlags);
    else
        m_recent->setCurrentRow(0);
}

void StartPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
    // Enter opens the last plan; with none, Enter makes a new one.
    const bool anyRecent = m_recent->count() > 0 && (m_recent->item(0)->flags() & Qt::ItemIsEnabled);
    if (anyRecent)
        m_recent->setFocus();
    else
        m_new->setFocus();
}

void StartPage::activate(QListWidgetItem *item)
{
    // A double click is two activations; the first one has already left the start page.
    if (!item || !(item->flags() & Qt::ItemIsEnabled) || !isVisible())
        return;
    if (const QString path = item->data(PathRole).toString(); !path.isEmpty())
        Q_EMIT openRequested(path);
    else if (const QString sample = item->data(SampleRole).toString(); !sample.isEmpty())
        Q_EMIT sampleRequested(sample);
}

} // namespace planverk
