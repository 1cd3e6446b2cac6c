#include "renderprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <memory>

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

void RenderProgressDialog::run(const std::function<void(const RenderProgress &)> &work)
{
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    std::exception_ptr failure;
    const RenderProgress report = [&](double fraction) {
        done = std::clamp(int(fraction * 1000), 0, 999);
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(report);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(40);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (wasCanceled())
            cancelled = true;
        else
            setValue(done);
    });
    poll.start();
    thread->start();
    loop.exec();
    thread->wait();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace planverk
