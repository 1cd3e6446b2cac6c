// The preview beside the Oppfølging tables: the follow-up report of the
// chosen period, laid out as Eksporter ▸ Oppfølgingsrapport prints it (the
// built-in template "rapport", the plan as it stood at the end of the
// period, charts drawn as vectors). Like the plan's preview it is made again
// a moment after each change, and only while it is shown.
#pragma once

#include <QTextBrowser>
#include <QUuid>

#include <memory>

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
    /// Makes the report again now (the tests; otherwise a moment after a change).
    void refreshNow();
    /// How often the report has been made (the tests: only while shown).
    int refreshCount() const { return m_refreshes; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();

    PlanDocument *m_document;
    QUuid m_period;
    std::unique_ptr<TemplateSet> m_templates;
    QTimer *m_timer;
    bool m_stale = true;
    int m_refreshes = 0;
};

} // namespace planverk
