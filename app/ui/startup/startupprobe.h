#pragma once

#include <QObject>

namespace Vigil::Ui {

class MainWindow;

// Measures start-up for scripts: with --exit-after-first-paint it prints
// "first-paint-ms: N" when the window has first been painted, with
// --exit-after-first-article "first-article-ms: N" when the first article has
// loaded in the reading pane; then it quits. N counts from process start.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(const char *label);

    MainWindow *m_window;
    Mode m_mode;
    bool m_done = false;
};

} // namespace Vigil::Ui
