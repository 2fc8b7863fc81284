#include "backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace Vigil::Ui {

namespace {

// The context translators see these words under.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::BackgroundTask)
};

} // namespace

bool BackgroundTask::run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work)
{
    std::atomic_bool cancelled { false };
    QProgressDialog dialog(label, Words::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled]() { cancelled = true; });

    const Progress progress = [&cancelled, &dialog](int done, int total) {
        // Queued to the dialog: a step reported after it has gone is dropped.
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total]() {
                dialog.setMaximum(total);
                dialog.setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled;
    };
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress]() { work(progress); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    // The loop also ends when the application quits (a quick exit): the work is
    // told to stop and waited for, so that nothing outlives what it uses.
    if (!thread->isFinished())
        cancelled = true;
    thread->wait();
    return !cancelled;
}

} // namespace Vigil::Ui
