#pragma once

#include <QObject>

namespace Vigil::Ui {

class MainWindow;

// Measures start-up for scripts: with --exit-after-first-paint it prints
// "first-paint-ms: N" when the window has first been painted, with
// --exit-after-first-article "first-article-ms: N" when the first article has
// loaded in the reading pane; then it quits. N counts from process start.
// Both also print the memory in use at that moment (rss-kib, tree-pss-kib).
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    enum class Mode { FirstPaint, FirstArticle };
    StartupProbe(MainWindow *window, Mode mode);

    // Milliseconds since the process started (from the kernel's record where it
    // keeps one, else since this program first asked).
    static qint64 msSinceProcessStart();
    // Resident memory of this process, in KiB (Linux; -1 elsewhere).
    static qint64 residentKiB();
    // Proportional set size of this process and every process it started (the
    // Qt WebEngine helpers), in KiB: shared pages are split among their users, so
    // the sum is what the tree costs the machine (Linux; -1 elsewhere).
    static qint64 processTreePssKiB();
    // Prints "<label>: <ms since start>", then rss-kib and tree-pss-kib.
    static void report(const char *label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(const char *label);

    MainWindow *m_window;
    Mode m_mode;
    bool m_done = false;
};

} // namespace Vigil::Ui
