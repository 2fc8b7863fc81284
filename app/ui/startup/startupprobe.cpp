#include "startupprobe.h"

#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace Vigil::Ui {

qint64 StartupProbe::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        timespec now{};
        if (fields.size() > 19 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
            const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
            return qint64((nowSeconds - startSeconds) * 1000.0);
        }
    }
#endif
    static QElapsedTimer sinceFirstCall;
    if (!sinceFirstCall.isValid())
        sinceFirstCall.start();
    return sinceFirstCall.elapsed();
}

StartupProbe::StartupProbe(MainWindow *window, Mode mode)
    : QObject(window)
    , m_window(window)
    , m_mode(mode)
{
    if (mode == Mode::FirstPaint) {
        window->installEventFilter(this);
        return;
    }
    connect(window->detailPane(), &DetailPane::documentLoaded, this, [this]() { finish("first-article-ms"); });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The window's own paint event comes once its backing store is drawn.
    if (watched == m_window && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, [this]() { finish("first-paint-ms"); });
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finish(const char *label)
{
    if (m_done)
        return;
    m_done = true;
    std::printf("%s: %lld\n", label, static_cast<long long>(msSinceProcessStart()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Vigil::Ui
