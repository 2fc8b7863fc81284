#include "uibench.h"

#include "browse/filterbar.h"
#include "browse/searchrunner.h"
#include "detail/detailpane.h"
#include "dialogs/dialogseam.h"
#include "mainwindow/mainwindow.h"
#include "models/articlelistmodel.h"
#include "searchbench.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <functional>

namespace Vigil::Bench {

namespace {

// Started when the program is loaded: a stall's time since then places it in the
// script (the first country click comes at about 2.3 s) and tells a stall at a
// step from one at a clock's time (a timer of Qt's own, a cache trimmed).
const QElapsedTimer &sinceStart()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock;
}
[[maybe_unused]] const QElapsedTimer &startedAtLoad = sinceStart();

// Ticks every millisecond; a tick that comes late is a stall of the event loop,
// whatever held it (a slot, a paint, a model read), charged to the phase that ran.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void setPhase(const QString &phase) { m_phase = phase; }

    QList<double> gaps; // ms late, every tick
    QList<double> workGaps; // of each, the part the window's thread was running
    QHash<QString, double> longestByPhase;
    QHash<QString, double> longestWorkByPhase;
    struct Stall
    {
        double ms = 0;
        double cpuMs = 0; // of it, the window's thread at work (the rest: waiting for a core, or blocked)
        QString phase;
        double atSeconds = 0; // since the program started
    };
    QList<Stall> longest; // the worst ticks

private:
    static qint64 threadCpuNs()
    {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const double late = std::max(0.0, double(now - m_last) / 1e6 - 1.0);
        const double cpuMs = double(cpu - m_lastCpu) / 1e6;
        m_last = now;
        m_lastCpu = cpu;
        gaps.append(late);
        workGaps.append(std::min(late, cpuMs));
        longestByPhase[m_phase] = std::max(longestByPhase.value(m_phase), late);
        longestWorkByPhase[m_phase] = std::max(longestWorkByPhase.value(m_phase), std::min(late, cpuMs));
        longest.append({ late, cpuMs, m_phase, double(sinceStart().nsecsElapsed()) / 1e9 });
        std::sort(longest.begin(), longest.end(), [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
        if (longest.size() > 5)
            longest.removeLast();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QString m_phase;
};

// Lets the event loop run for ms milliseconds (the ticks go on meanwhile).
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits until the search worker has delivered everything of the newest search.
bool settle(Ui::SearchRunner *runner, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (runner->isBusy() && t.elapsed() < timeoutMs)
        idle(5);
    idle(20);
    return !runner->isBusy();
}

} // namespace

bool runUiBench(const UiBenchOptions &options, QJsonObject *result, QString *error)
{
    Core::LibraryConnection library;
    if (!library.open(options.library, Core::LibraryConnection::OpenMode::ReadOnly, error))
        return false;
    Ui::DetailPane::setWebViewEnabled(false);
    Ui::DialogSeam dialogs;
    Ui::MainWindow window(&library, {}, &dialogs);
    window.resize(1280, 800);
    window.show();
    auto *runner = window.findChild<Ui::SearchRunner *>();
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QLineEdit *search = window.filterBar()->searchField();
    if (!runner || !list || !search) {
        *error = QStringLiteral("the window has no search worker, article list or search field");
        return false;
    }
    if (!settle(runner)) {
        *error = QStringLiteral("the first list did not come within 30 s");
        return false;
    }

    // The machine's own floor: the same ticks for a few seconds with nothing to
    // do. A stall here is another program's or the system's (a core taken, a
    // timer woken late), and one of that size in the session may be too.
    StallMeter control;
    control.setPhase(QStringLiteral("idle"));
    control.start();
    idle(options.controlMs);
    control.stop();

    // Read before the meter starts: this is the script's own query.
    QList<Core::CountryCount> countries = Core::CatalogueQueries(library).countryCounts();
    std::sort(countries.begin(), countries.end(),
        [](const Core::CountryCount &a, const Core::CountryCount &b) { return a.articles > b.articles; });

    StallMeter meter;
    meter.start();

    // Typing, at about eight letters a second.
    meter.setPhase(QStringLiteral("type"));
    search->setFocus();
    for (const QChar c : options.query) {
        QTest::keyClick(search, c.toLatin1());
        idle(120);
    }
    settle(runner);

    // Countries, the ones with most articles first.
    meter.setPhase(QStringLiteral("countries"));
    int clicked = 0;
    for (const Core::CountryCount &c : std::as_const(countries)) {
        if (clicked == options.countries)
            break;
        if (!window.selectCountry(c.code))
            continue;
        ++clicked;
        idle(150);
        settle(runner);
    }

    // Scrolling the ranked list of a common word, a screenful at a time.
    meter.setPhase(QStringLiteral("scroll"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    if (tree)
        tree->setCurrentIndex(tree->model()->index(0, 0)); // All articles
    search->setText(QStringLiteral("trafficking"));
    settle(runner);
    // A page at a time, as Page Down does, at sixty pages a second.
    int scrolled = 0;
    while (scrolled < options.scrollRows) {
        QScrollBar *bar = list->verticalScrollBar();
        const auto *rows = qobject_cast<const Core::ArticleListModel *>(list->model());
        if (bar->value() >= bar->maximum() && !list->model()->canFetchMore({}) && !(rows && rows->isFetching()))
            break;
        bar->setValue(bar->value() + bar->pageStep());
        idle(16);
        scrolled = std::max(scrolled, list->rowAt(0));
    }
    const int rowsLoaded = list->model()->rowCount();

    // Opening articles from the list, by keyboard.
    meter.setPhase(QStringLiteral("open"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    int opened = 0;
    for (int i = 0; i < options.articles; ++i) {
        QTest::keyClick(list, Qt::Key_Return);
        ++opened;
        idle(60);
        QTest::keyClick(list, Qt::Key_Down);
        idle(20);
    }
    meter.stop();

    const QList<double> &gaps = meter.gaps;
    int over16 = 0;
    int workOver16 = 0;
    for (const double g : gaps)
        over16 += g > 16 ? 1 : 0;
    for (const double g : meter.workGaps)
        workOver16 += g > 16 ? 1 : 0;
    QJsonObject phases;
    for (auto it = meter.longestByPhase.cbegin(); it != meter.longestByPhase.cend(); ++it)
        phases.insert(it.key(), it.value());
    QJsonObject workPhases;
    for (auto it = meter.longestWorkByPhase.cbegin(); it != meter.longestWorkByPhase.cend(); ++it)
        workPhases.insert(it.key(), it.value());
    QJsonArray worst;
    for (const auto &w : std::as_const(meter.longest)) {
        worst.append(QJsonObject { { QStringLiteral("ms"), w.ms }, { QStringLiteral("cpu_ms"), w.cpuMs },
            { QStringLiteral("phase"), w.phase }, { QStringLiteral("at_s"), w.atSeconds } });
    }
    *result = QJsonObject {
        { QStringLiteral("longest_stall_ms"), percentile(gaps, 100) },
        { QStringLiteral("p99_ms"), percentile(gaps, 99) },
        { QStringLiteral("stalls_over_16ms"), over16 },
        { QStringLiteral("longest_work_stall_ms"), percentile(meter.workGaps, 100) },
        { QStringLiteral("work_p99_ms"), percentile(meter.workGaps, 99) },
        { QStringLiteral("work_stalls_over_16ms"), workOver16 },
        { QStringLiteral("ticks"), int(gaps.size()) },
        { QStringLiteral("longest_by_phase_ms"), phases },
        { QStringLiteral("longest_work_by_phase_ms"), workPhases },
        { QStringLiteral("worst"), worst },
        { QStringLiteral("idle_longest_stall_ms"), percentile(control.gaps, 100) },
        { QStringLiteral("idle_p99_ms"), percentile(control.gaps, 99) },
        { QStringLiteral("idle_stalls_over_16ms"),
            int(std::count_if(control.gaps.cbegin(), control.gaps.cend(), [](double g) { return g > 16; })) },
        { QStringLiteral("countries_clicked"), clicked },
        { QStringLiteral("rows_scrolled"), scrolled },
        { QStringLiteral("rows_loaded"), rowsLoaded },
        { QStringLiteral("articles_opened"), opened },
    };
    window.close();
    return true;
}

} // namespace Vigil::Bench
