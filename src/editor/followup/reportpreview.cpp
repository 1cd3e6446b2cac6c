#include "followup/reportpreview.h"

#include "errortext.h"
#include "model/plandocument.h"
#include "render/anchorpruning.h"
#include "render/chartobject.h"
#include "render/followupview.h"
#include "render/templatedocument.h"
#include "render/templateset.h"
#include "render/viewmodel.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace planverk {

ReportPreview::ReportPreview(PlanDocument *document, QWidget *parent) : QTextBrowser(parent), m_document(document), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setAccessibleName(tr("Preview of the follow-up report"));
    setOpenLinks(false);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150); // as the plan's preview
    connect(m_timer, &QTimer::timeout, this, &ReportPreview::refreshNow);
    connect(document, &PlanDocument::modified, this, &ReportPreview::schedule);
}

ReportPreview::~ReportPreview()
{
    if (m_worker) { // its document is dropped with it
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
        delete m_made->first;
    }
}

void ReportPreview::setPeriod(const QUuid &period)
{
    if (period == m_period)
        return; // a change to it is already scheduled
    m_period = period;
    schedule(); // the tables show the period first
}

void ReportPreview::schedule()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (m_stale)
        m_timer->start(); // the page is shown first; a large plan's report takes a while
}

void ReportPreview::refreshNow()
{
    m_timer->stop();
    m_stale = false;
    if (m_worker) { // one at a time: this change is made when the one under way is shown
        m_again = true;
        return;
    }
    const Plan &plan = m_document->plan();
    const ReportingPeriod *p = plan.followup.period(m_period);
    if (!p) {
        show(nullptr, QString());
        return;
    }
    // As ReportExport writes it: nothing from later periods.
    Plan asOf = planAsOf(plan, m_period);
    if (reportPeriodOf(asOf) != m_period) {
        show(nullptr, tr("The period %1 has no status reports or indicator values yet: there is nothing to report.").arg(p->name));
        return;
    }
    try {
        if (!m_templates) // compiled once: the report is made again after every edit
            m_templates = TemplateSet::open(QStringLiteral("rapport"));
    } catch (const PlanError &e) {
        show(nullptr, ErrorText::of(e));
        return;
    }
    auto made = std::make_shared<std::pair<TemplateDocument *, QString>>(nullptr, QString());
    QThread *gui = thread();
    TemplateSet *templates = m_templates.get();
    m_worker = QThread::create([made, gui, templates, asOf = std::move(asOf)] {
        try {
            ViewOptions o;
            o.forPrint = true;
            const std::string html = dropUnlinkedAnchors(templates->renderDocument(buildViewModel(asOf, o)));
            // Read here, laid out there: a layout holds the fonts of the thread that made it.
            auto doc = std::make_unique<TemplateDocument>(TemplateResources::of(*templates));
            doc->resources().setPlanPictures(asOf.info);
            doc->setHtml(QString::fromStdString(html));
            doc->requireResources();
            doc->moveToThread(gui);
            made->first = doc.release();
        } catch (const PlanError &e) {
            made->second = ErrorText::of(e);
        }
    });
    m_made = made;
    QElapsedTimer took;
    took.start();
    connect(m_worker, &QThread::finished, this, [this, made, took] {
        // A large plan's report takes a while to make: while edits come quickly, wait for a pause twice as long.
        m_timer->setInterval(int(std::clamp<qint64>(2 * took.elapsed(), 150, 2000)));
        m_worker->deleteLater();
        m_worker = nullptr;
        m_made.reset();
        show(made->first, made->second);
        if (std::exchange(m_again, false))
            schedule();
    });
    m_worker->start(QThread::LowPriority);
}

void ReportPreview::show(TemplateDocument *made, const QString &message)
{
    ++m_refreshes;
    if (made) {
        const int scroll = verticalScrollBar()->value();
        QTextDocument *old = document();
        const bool ours = old && old->parent() == this; // the browser's own first document goes with setDocument
        made->setParent(this);
        made->markContentsDirty(0, made->characterCount());
        drawChartsAsVectors(*made);
        setDocument(made);
        if (ours)
            old->deleteLater();
        verticalScrollBar()->setValue(scroll);
    } else if (message.isEmpty()) {
        setPlainText(QString());
    } else {
        setHtml(QStringLiteral("<p style=\"color:#555\">%1</p>").arg(message.toHtmlEscaped()));
    }
    Q_EMIT refreshed();
}

} // namespace planverk
