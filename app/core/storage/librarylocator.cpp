#include "librarylocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Vigil::Core {

QStringList LibraryLocator::candidates()
{
    const QString file = QStringLiteral("library.sqlite");
    const QDir app(QCoreApplication::applicationDirPath());
    QStringList list {
        app.filePath(QStringLiteral("../share/vigil/") + file),
        app.filePath(file),
        app.filePath(QStringLiteral("../Resources/") + file),
    };
#ifdef VIGIL_INSTALL_DATADIR
    list << QDir(QStringLiteral(VIGIL_INSTALL_DATADIR)).filePath(file);
#endif
    for (QString &path : list)
        path = QDir::cleanPath(path);
    list.removeDuplicates();
    return list;
}

QString LibraryLocator::bundledLibraryPath()
{
    const QStringList list = candidates();
    for (const QString &path : list) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return list.first();
}

} // namespace Vigil::Core
