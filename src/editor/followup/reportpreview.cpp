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
#include <QScopeGuard>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

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

ReportPreview::~ReportPreview() = default;

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
    ++m_refreshes;
    QElapsedTimer took;
    took.start();
    // A large plan's report takes a while to make: while edits come quickly, wait for a pause twice as long.
    auto pace = qScopeGuard([&] { m_timer->setInterval(int(std::clamp<qint64>(2 * took.elapsed(), 150, 2000))); });
    const Plan &plan = m_document->plan();
    const ReportingPeriod *p = plan.followup.period(m_period);
    if (!p) {
        setPlainText(QString());
        return;
    }
    try {
        // As ReportExport writes it: nothing from later periods.
        const Plan asOf = planAsOf(plan, m_period);
        if (reportPeriodOf(asOf) != m_period) {
            setHtml(QStringLiteral("<p style=\"color:#555\">%1</p>")
                        .arg(tr("The period %1 has no status reports or indicator values yet: there is nothing to report.").arg(p->name).toHtmlEscaped()));
            return;
        }
        if (!m_templates) { // compiled once: the report is made again after every edit
            m_templates = TemplateSet::open(QStringLiteral("rapport"));
            auto *doc = new TemplateDocument(TemplateResources::of(*m_templates), this);
            drawChartsAsVectors(*doc);
            setDocument(doc);
        }
        ViewOptions o;
        o.forPrint = true;
        const std::string html = dropUnlinkedAnchors(m_templates->renderDocument(buildViewModel(asOf, o)));
        auto *doc = static_cast<TemplateDocument *>(document());
        const int scroll = verticalScrollBar()->value();
        doc->resources().setPlanPictures(asOf.info);
        setHtml(QString::fromStdString(html));
        doc->requireResources();
        verticalScrollBar()->setValue(scroll);
    } catch (const PlanError &e) {
        setPlainText(ErrorText::of(e));
    }
}

} // namespace planverk
