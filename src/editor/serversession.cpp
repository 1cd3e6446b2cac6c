#include "serversession.h"

#include "model/plandocument.h"

#include <QLabel>
#include <QMainWindow>
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
    m_bar->addWidget(m_text);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_bar);
    connect(&m_sync, &PlanSync::connectionChanged, this, [this](const QString &problem) {
        show(problem);
        Q_EMIT stateChanged();
    });
    show({});
}

ServerSession::~ServerSession()
{
    m_window->removeToolBar(m_bar);
    delete m_bar;
}

void ServerSession::show(const QString &problem)
{
    if (!problem.isEmpty()) {
        m_text->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1411; }"));
        m_text->setText(tr("Lost the connection to the server. Nothing can be changed until it is back; Planverk keeps trying. (%1)").arg(problem));
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
