#include "helpwindow.h"

#include "entitypage.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planverk {

QString HelpWindow::guidePath(const QString &language)
{
    const QString path = QStringLiteral(":/planverk/help/%1/guide.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/planverk/help/nb/guide.html");
}

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_path(guidePath(interfaceLanguage()))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("User guide – Planverk"));
    resize(900, 760);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false); // the guide is offline; it links only within itself

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);

    // The anchors, and the chapters for the contents list, from the guide itself.
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly)) {
        const QString html = QString::fromUtf8(f.readAll());
        static const QRegularExpression anchor(QStringLiteral(R"re(<a name="([^"]+)")re"));
        for (auto it = anchor.globalMatch(html); it.hasNext();)
            m_anchors.insert(it.next().captured(1));
        static const QRegularExpression chapter(QStringLiteral(R"re(<h2><a name="([^"]+)"></a>(.*?)</h2>)re"));
        for (auto it = chapter.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            auto *item = new QTreeWidgetItem(m_contents, {m.captured(2)});
            item->setData(0, Qt::UserRole, m.captured(1));
        }
    }
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *i) { showAnchor(i->data(0, Qt::UserRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *i) { showAnchor(i->data(0, Qt::UserRole).toString()); });

    auto *bar = new QToolBar(this);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    bar->addAction(tr("Contents"), this, [this] { showAnchor(QStringLiteral("top")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({230, 670});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split);
    setTabOrder(m_contents, m_browser);
}

void HelpWindow::showAnchor(const QString &anchor)
{
    QUrl url(QStringLiteral("qrc") + m_path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    show(); // laid out first, so that the anchor can be scrolled to
    m_browser->setSource(url);
    raise();
    activateWindow();
    m_browser->setFocus();
}

} // namespace planverk
