#include "userdatacleaner.h"

#include "datafolders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace Vigil::Core {

namespace {
QStringList dataFolders()
{
    QStringList folders;
    for (const QString &folder : { DataFolders::appData(), DataFolders::cache() }) {
        if (!folder.isEmpty() && !folders.contains(folder))
            folders << folder;
    }
    return folders;
}
} // namespace

QStringList UserDataCleaner::locations()
{
    QStringList list = dataFolders();
    list << QSettings().fileName();
    return list;
}

bool UserDataCleaner::clearAll(QString *error)
{
    for (const QString &folder : dataFolders()) {
        QDir dir(folder);
        if (dir.exists() && !dir.removeRecursively()) {
            *error = QStringLiteral("%1 could not be removed completely; close other copies of Vigil and try again.")
                         .arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    QSettings settings;
    const QString file = settings.fileName();
    settings.clear();
    settings.sync();
    if (QFileInfo(file).isFile() && !QFile::remove(file)) {
        *error = QStringLiteral("%1 could not be removed.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    return true;
}

} // namespace Vigil::Core
