#pragma once

#include <QMainWindow>

namespace Vigil::Core {
class LibraryStore;
}

namespace Vigil::Ui {

// The reader's window. It composes the panes; it does not query storage itself
// beyond asking the store for what it shows.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // store may be null when the library could not be opened; problem says why.
    MainWindow(Core::LibraryStore *store, const QString &problem, QWidget *parent = nullptr);
};

} // namespace Vigil::Ui
