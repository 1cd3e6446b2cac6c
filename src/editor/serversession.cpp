#include "serversession.h"

#include "errortext.h"
#include "model/plandocument.h"
#include "model/planerror.h"
#include "store/serverstore.h"

#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

namespace planverk {

ServerSession::ServerSession(QMainWindow *window, PlanDocument *document)
    : QObject(window), m_window(window), m_document(document), m_sync(document)
{
    m_bar = new QToolBar(tr("Server"), window);
    m_bar->setObjectName(QStringLiteral("serverBanner"));
    m_bar->setMovable(false);
    m_text = new QLabel(m_bar);
    m_text->setObjectName(QStringLiteral("serverBannerText"));
    m_text->setWordWrap(true);
    m_text->setContentsMargins(8, 4, 8, 4);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the whole width of the window
    m_bar->addWidget(m_text);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_bar);
    connect(&m_sync, &PlanSync::connectionChanged, this, [this](const QString &problem) {
        show(problem);
        Q_EMIT stateChanged();
    });
    show({});
    m_others = new QLabel(window);
    m_others->setObjectName(QStringLiteral("serverOthers"));
    window->statusBar()->addPermanentWidget(m_others);
    m_othersTimer.setInterval(PlanSync::kHeartbeatMs * 2);
    connect(&m_othersTimer, &QTimer::timeout, this, &ServerSession::showOthers);
    m_othersTimer.start();
    showOthers();
}

void ServerSession::showOthers()
{
    auto *store = dynamic_cast<ServerStore *>(&m_document->store());
    if (!store || !m_sync.connectionProblem().isEmpty())
        return;
    QStringList names;
    QStringList tips;
    try {
        for (const ServerStore::Session &s : store->sessions()) {
            if (!names.contains(s.role))
                names << s.role;
            tips << tr("%1, since %2").arg(s.role, QLocale().toString(s.since.toLocalTime(), QLocale::ShortFormat));
        }
    } catch (const PlanError &) {
        return; // the heartbeat says what is wrong with the connection
    }
    m_others->setText(names.isEmpty() ? tr("Nobody else has the plan open") : tr("Also open by: %1").arg(names.join(QStringLiteral(", "))));
    m_others->setToolTip(tips.join('\n'));
}

ServerSession::~ServerSession()
{
    delete m_others;
    m_window->removeToolBar(m_bar);
    delete m_bar;
}

void ServerSession::show(const QString &problem)
{
    if (!problem.isEmpty()) {
        m_text->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1411; }"));
        // The plan's URL, then the store's message in the interface's language (the driver's own text as it is).
        const QString where = m_document->path() + QLatin1String(": ");
        const QString detail = problem.startsWith(where) ? where + ErrorText::message(problem.mid(where.size())) : ErrorText::message(problem);
        m_text->setText(tr("Lost the connection to the server. Nothing can be changed until it is back; Planverk keeps trying. (%1)").arg(detail));
        m_bar->show();
        return;
    }
    const QString reason = m_document->store().readOnlyReason();
    if (!reason.isEmpty()) {
        m_text->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; }"));
        m_text->setText(tr("Open read-only: %1.").arg(reason));
        m_bar->show();
        return;
    }
    m_bar->hide();
}

} // namespace planverk
