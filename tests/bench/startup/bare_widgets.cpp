// The yardstick for start-up: a bare Qt Widgets window with a tree and a table,
// probed the same way as vigil (first paint since process start, then quit).
#include "startup/startupprobe.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

namespace {
class PaintProbe final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, []() {
                Vigil::Ui::StartupProbe::report("first-paint-ms");
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    Vigil::Ui::StartupProbe::msSinceProcessStart();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(new QTreeWidget(splitter));
    splitter->addWidget(new QTableWidget(20, 5, splitter));
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    PaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
