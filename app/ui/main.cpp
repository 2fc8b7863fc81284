#include "mainwindow.h"

#include "storage/librarylocator.h"
#include "storage/librarystore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Vigil"));
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline reader of reports on human trafficking and modern-day slavery."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Open this library file."), QStringLiteral("FILE"));
    parser.addOption(libraryOption);
    parser.process(app);

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption)
                                                      : Vigil::Core::LibraryLocator::bundledLibraryPath();
    Vigil::Core::LibraryStore store;
    QString problem;
    const bool opened = store.open(path, Vigil::Core::LibraryStore::OpenMode::ReadOnly, &problem);
    Vigil::Ui::MainWindow window(opened ? &store : nullptr, problem);
    window.show();
    return QApplication::exec();
}
