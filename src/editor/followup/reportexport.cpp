#include "followup/reportexport.h"

#include "errortext.h"
#include "io/inputfiles.h"
#include "model/plandocument.h"
#include "render/documentwriter.h"
#include "render/followupview.h"
#include "renderprogress.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QSettings>

namespace planverk {

void ReportExport::exportDialog(QWidget *parent, PlanDocument *document, const QUuid &period)
{
    const Plan &plan = document->plan();
    if (plan.followup.periods.isEmpty()) {
        QMessageBox::information(parent, tr("Follow-up report"), tr("The plan has no reporting periods yet: add one under Follow-up in the navigator."));
        return;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reportDialog"));
    dialog.setWindowTitle(tr("Follow-up report"));
    auto *form = new QFormLayout(&dialog);
    auto *box = new QComboBox(&dialog);
    for (const ReportingPeriod &p : plan.followup.periods)
        box->addItem(p.name, QVariant::fromValue(p.id));
    const QUuid chosen = period.isNull() ? reportPeriodOf(plan) : period;
    box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue(chosen))));
    form->addRow(tr("Report for the &period:"), box);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUuid id = box->currentData().value<QUuid>();
    QSettings s;
    const QString folder = s.value(QStringLiteral("folders/export"), QFileInfo(document->path()).absolutePath()).toString();
    const QString base = tr("Report %1 – %2").arg(box->currentText(), QFileInfo(document->path()).completeBaseName()).replace('/', '-');
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the report"), QDir(folder).filePath(base + QStringLiteral(".pdf")),
                                                tr("PDF (*.pdf);;Web page (*.html);;Word document (*.docx);;OpenDocument text (*.odt)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("html")) ? QStringLiteral(".html") : selected.contains(QLatin1String("docx")) ? QStringLiteral(".docx")
              : selected.contains(QLatin1String("odt"))  ? QStringLiteral(".odt")
                                                         : QStringLiteral(".pdf");
    s.setValue(QStringLiteral("folders/export"), QFileInfo(path).absolutePath());
    const QString error = write(parent, document, id, path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot export the report"), error);
}

QString ReportExport::write(QWidget *parent, PlanDocument *document, const QUuid &period, const QString &path)
{
    try {
        const Plan &plan = document->plan();
        const ReportingPeriod *p = plan.followup.period(period);
        if (!p)
            throw PlanError(document->path(), {}, QStringLiteral("has no reporting periods"));
        InputFiles inputs; // never over the plan itself
        inputs.addPlanFile(document->path());
        inputs.refuseAsOutput(path);
        const Plan asOf = planAsOf(plan, period); // nothing from later periods
        if (reportPeriodOf(asOf) != period)
            return tr("The period %1 has no status reports or indicator values yet: there is nothing to report.").arg(p->name);
        RenderProgressDialog progress(tr("Exporting %1 …").arg(QFileInfo(path).fileName()), parent);
        progress.run([&asOf, &path](const RenderProgress &report) {
            DocumentOptions o;
            o.templateName = QStringLiteral("rapport");
            o.progress = report;
            writeDocument(asOf, path, o);
        });
    } catch (const RenderCancelled &) {
        return tr("Export cancelled; %1 was not written.").arg(path);
    } catch (const PlanError &e) {
        return ErrorText::of(e);
    }
    return {};
}

} // namespace planverk
