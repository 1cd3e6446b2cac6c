#include "renderprogress.h"

#include <QCoreApplication>

namespace planverk {

RenderProgressDialog::RenderProgressDialog(const QString &label, QWidget *parent) : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("renderProgress"));
    setWindowTitle(tr("Planverk"));
    setLabelText(label);
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal); // the plan cannot change under the render
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setRange(0, 1000);
    setValue(0);
    // Shown now, before the view model and the template, which report nothing.
    show();
    QCoreApplication::processEvents();
}

RenderProgress RenderProgressDialog::callback()
{
    return [this](double done) {
        setValue(std::clamp(int(done * 1000), 0, 999));
        QCoreApplication::processEvents();
        return !wasCanceled();
    };
}

} // namespace planverk
