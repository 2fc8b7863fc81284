#pragma once

#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "models/countrytreemodel.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/libraryconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTreeView>

namespace Vigil::Test {

// A window on a library, its questions answered by a script.
struct ScriptedWindow
{
    explicit ScriptedWindow(Core::LibraryConnection *library)
        : window(library, {}, &dialogs)
    {
        window.show();
    }
    ScriptedDialogs dialogs;
    Ui::MainWindow window;
};

// Whether the window has no citations being formatted for it (a bibliography,
// a handout's): the status bar's busy bar is hidden, or was never needed.
inline bool citationsFormatted(Ui::MainWindow &window)
{
    auto *busy = window.findChild<QProgressBar *>(QStringLiteral("bibliographyBusyBar"));
    return !busy || busy->isHidden();
}

// The first use of a style loads citeproc-js and the style: a second or more
// on a busy machine.
constexpr int citationFormattingMs = 60000;

// A file's bytes; empty when it cannot be read.
inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a window test sets up once: folders and settings of its own, no web view
// (the widgets are tested, not the pane), and the seed library built in folder
// and opened. The reason when it could not be opened, else empty.
inline QString openSeedLibraryForWindows(
    const QString &testName, const QString &folder, Core::LibraryConnection *library)
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(testName);
    QString error;
    library->open(buildSeedLibrary(folder), Core::LibraryConnection::OpenMode::ReadOnly, &error);
    return error;
}

// The tree's row for a reading list, as the view shows it (through the proxy).
inline QModelIndex listRow(QTreeView *tree, const QString &name)
{
    using Core::CountryTreeModel;
    QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex node = model->index(row, 0);
        if (node.data(CountryTreeModel::KindRole).toInt() != int(CountryTreeModel::NodeKind::ListsHeader))
            continue;
        for (int child = 0; child < model->rowCount(node); ++child) {
            const QModelIndex list = model->index(child, 0, node);
            if (list.data(CountryTreeModel::NameRole).toString() == name)
                return list;
        }
    }
    return {};
}

} // namespace Vigil::Test
