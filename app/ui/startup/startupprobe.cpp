#include "startupprobe.h"

#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMultiHash>
#include <QTimer>

#include <algorithm>
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
        timespec now {};
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

namespace {

#ifdef Q_OS_LINUX
// The number after "<key>:" in a /proc file of "Key: value kB" lines, or -1.
qint64 procField(const QString &path, const QByteArray &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            total = std::max<qint64>(total, 0) + line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return total;
}
#endif

} // namespace

qint64 StartupProbe::residentKiB()
{
#ifdef Q_OS_LINUX
    return procField(QStringLiteral("/proc/self/status"), "VmRSS");
#else
    return -1;
#endif
}

qint64 StartupProbe::processTreePssKiB()
{
#ifdef Q_OS_LINUX
    // Parents from /proc/<pid>/stat (field 4), then the tree under this process.
    QMultiHash<qint64, qint64> children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool ok = false;
        const qint64 id = pid.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), id);
    }
    qint64 total = 0;
    QList<qint64> todo { qint64(getpid()) };
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        total += std::max<qint64>(0, procField(QStringLiteral("/proc/%1/smaps_rollup").arg(id), "Pss"));
        todo += children.values(id);
    }
    return total;
#else
    return -1;
#endif
}

void StartupProbe::report(const char *label)
{
    // The time first: the order in which arguments are evaluated is unspecified,
    // and walking /proc for the memory takes milliseconds.
    const qint64 ms = msSinceProcessStart();
    const qint64 rss = residentKiB();
    const qint64 pss = processTreePssKiB();
    std::printf("%s: %lld\nrss-kib: %lld\ntree-pss-kib: %lld\n", label, static_cast<long long>(ms),
        static_cast<long long>(rss), static_cast<long long>(pss));
    std::fflush(stdout);
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
    report(label);
    QCoreApplication::exit(0);
}

} // namespace Vigil::Ui
