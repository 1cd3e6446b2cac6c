// The preview beside the Oppfølging tables: the follow-up report of the
// chosen period, laid out as Eksporter ▸ Oppfølgingsrapport prints it (the
// built-in template "rapport", the plan as it stood at the end of the
// period, charts drawn as vectors). Like the plan's preview it is made again
// a moment after each change, and only while it is shown. The report is made
// and its HTML read on a second thread (a 600-goal plan's takes a second),
// so that the tables stay responsive; the window shows the last one meanwhile.
#pragma once

#include <QTextBrowser>
#include <QUuid>

#include <memory>
#include <utility>

class QThread;
class QTimer;

namespace planverk {

class PlanDocument;
class TemplateSet;

class ReportPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReportPreview(PlanDocument *document, QWidget *parent = nullptr);
    ~ReportPreview() override;

    void setPeriod(const QUuid &period);
    /// Starts making the report again now (otherwise a moment after a change);
    /// refreshed() says when it is shown.
    void refreshNow();
    /// How often the report has been shown (the tests: only while shown).
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void show(class TemplateDocument *made, const QString &message);

    PlanDocument *m_document;
    QUuid m_period;
    std::unique_ptr<TemplateSet> m_templates;
    QTimer *m_timer;
    bool m_stale = true;
    QThread *m_worker = nullptr; // making a report now
    bool m_again = false;        // a change came meanwhile
    std::shared_ptr<std::pair<class TemplateDocument *, QString>> m_made; // what it made: the document, or why not
    int m_refreshes = 0;
};

} // namespace planverk
