#include "versionwindow.h"

#include "model/planerror.h"
#include "errortext.h"
#include "render/htmlwriter.h"
#include "render/templateset.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTextBrowser>

namespace planverk {

VersionWindow::VersionWindow(const QString &planTitle, const VersionInfo &info, const Plan &plan, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("versionWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 – version “%2” (read-only)").arg(planTitle, info.name));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("versionView"));
    m_view->setAccessibleName(tr("Version “%1”").arg(info.name));
    m_view->setOpenExternalLinks(false);
    m_view->setOpenLinks(false);
    setCentralWidget(m_view);
    auto *made = new QLabel(tr("Version “%1”, made %2. Read-only: restore it to edit it.")
                                .arg(info.name, QLocale().toString(info.created.toLocalTime(), QLocale::ShortFormat)), this);
    statusBar()->addWidget(made);
    try {
        const std::unique_ptr<TemplateSet> templates = TemplateSet::open(QStringLiteral("standard"));
        m_view->setHtml(QString::fromUtf8(renderHtml(plan, *templates)));
    } catch (const PlanError &e) {
        m_view->setPlainText(ErrorText::of(e));
    }
    resize(900, 900);
}

} // namespace planverk
