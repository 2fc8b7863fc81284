#include "datafolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Vigil::Core {

namespace {

QString &portableRoot()
{
    static QString root;
    return root;
}

QString portableData()
{
    return QDir(portableRoot()).filePath(QStringLiteral("user-data"));
}

} // namespace

QString DataFolders::markerName()
{
    return QStringLiteral("portable.txt");
}

QString DataFolders::findPortableRoot(const QString &programDir)
{
    if (programDir.isEmpty())
        return {};
    const QDir program(programDir);
    QStringList candidates { program.absolutePath() };
    if (program.dirName() == QLatin1String("bin"))
        candidates << QDir::cleanPath(program.absoluteFilePath(QStringLiteral("..")));
    for (const QString &folder : std::as_const(candidates)) {
        if (QFileInfo(QDir(folder).filePath(markerName())).isFile())
            return folder;
    }
    return {};
}

bool DataFolders::usePortableIfMarked()
{
    const QString root = findPortableRoot(QCoreApplication::applicationDirPath());
    if (root.isEmpty())
        return false;
    setPortableRoot(root);
    return true;
}

void DataFolders::setPortableRoot(const QString &root)
{
    portableRoot() = root.isEmpty() ? QString() : QDir(root).absolutePath();
    if (root.isEmpty()) {
        // Qt's own default on Linux, where the tests turn portable mode off again.
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        return;
    }
    // An .ini file on every platform: the Windows registry and macOS's
    // preferences would keep the settings on the computer.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, QDir(portableData()).filePath(QStringLiteral("settings")));
}

bool DataFolders::isPortable()
{
    return !portableRoot().isEmpty();
}

QString DataFolders::appData()
{
    return isPortable() ? portableData() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFolders::cache()
{
    return isPortable() ? QDir(portableData()).filePath(QStringLiteral("cache"))
                        : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

} // namespace Vigil::Core
