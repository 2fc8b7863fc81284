// Vigil on a USB stick (storage/datafolders.h): with the marker beside the program,
// every file Vigil writes about its reader goes into the stick's folder, "Clear my
// data" empties that folder and nothing else, and without the marker nothing changes.
#include "storage/datafolders.h"
#include "storage/userdatacleaner.h"
#include "storage/userdatastore.h"
#include "storage/userlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigil::Core;

namespace {

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
        qFatal("cannot write %s", qPrintable(path));
}

bool isInside(const QString &path, const QString &folder)
{
    const QString clean = QDir::cleanPath(path);
    return clean == QDir::cleanPath(folder) || clean.startsWith(QDir::cleanPath(folder) + u'/');
}

} // namespace

class DataFoldersTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
        QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    }

    void cleanup() { DataFolders::setPortableRoot({}); }

    void markerBesideTheLauncherOrTheProgram()
    {
        QTemporaryDir stick;
        QDir(stick.path()).mkpath(QStringLiteral("bin"));
        const QString bin = stick.filePath(QStringLiteral("bin"));
        QCOMPARE(DataFolders::findPortableRoot(bin), QString());

        touch(stick.filePath(DataFolders::markerName()));
        QCOMPARE(DataFolders::findPortableRoot(bin), QDir(stick.path()).absolutePath());

        // A Windows folder: the marker beside vigil.exe.
        touch(QDir(bin).filePath(DataFolders::markerName()));
        QCOMPARE(DataFolders::findPortableRoot(bin), QDir(bin).absolutePath());
    }

    void onlyABinFolderLooksOneLevelUp()
    {
        // /usr/games must not turn portable because of a stray /usr/portable.txt.
        QTemporaryDir prefix;
        QDir(prefix.path()).mkpath(QStringLiteral("games"));
        touch(prefix.filePath(DataFolders::markerName()));
        QCOMPARE(DataFolders::findPortableRoot(prefix.filePath(QStringLiteral("games"))), QString());
        QCOMPARE(DataFolders::findPortableRoot(QString()), QString());
    }

    void aFolderNamedLikeTheMarkerIsNoMarker()
    {
        QTemporaryDir stick;
        QDir(stick.path()).mkpath(QStringLiteral("bin"));
        QDir(stick.path()).mkpath(DataFolders::markerName());
        QCOMPARE(DataFolders::findPortableRoot(stick.filePath(QStringLiteral("bin"))), QString());
    }

    void withoutTheMarkerTheHomeFoldersAreUsed()
    {
        QVERIFY(!DataFolders::isPortable());
        QCOMPARE(DataFolders::appData(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(DataFolders::cache(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    }

    void everythingOfTheReaderGoesOnTheStick()
    {
        QTemporaryDir stick;
        DataFolders::setPortableRoot(stick.path());
        QVERIFY(DataFolders::isPortable());
        const QString data = stick.filePath(QStringLiteral("user-data"));

        QVERIFY(isInside(UserDataStore::defaultPath(), data));
        QVERIFY(isInside(UserLibrary::defaultFolder(), data));
        QVERIFY(isInside(DataFolders::cache(), data));
        for (const QString &location : UserDataCleaner::locations())
            QVERIFY2(isInside(location, data), qPrintable(location));

        {
            QSettings settings;
            settings.setValue(QStringLiteral("window/zoom"), 1.5);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            QVERIFY2(isInside(settings.fileName(), data), qPrintable(settings.fileName()));
            QVERIFY(QFileInfo::exists(settings.fileName()));
        }

        UserDataStore store;
        QString error;
        QVERIFY2(store.open(UserDataStore::defaultPath(), &error), qPrintable(error));
        QVERIFY2(store.setNote(3717439701177749, QStringLiteral("For Monday's class"), &error), qPrintable(error));
        store.close();
        QVERIFY(QFileInfo::exists(UserDataStore::defaultPath()));

        // Nothing was written in the home folder's Vigil folders.
        DataFolders::setPortableRoot({});
        QVERIFY(!QFileInfo::exists(UserDataStore::defaultPath()));
        QVERIFY(!QFileInfo::exists(QSettings().fileName()));
    }

    void clearMyDataEmptiesTheStickFolderOnly()
    {
        QTemporaryDir stick;
        touch(stick.filePath(DataFolders::markerName()));
        touch(stick.filePath(QStringLiteral("share/vigil/library.sqlite")));
        DataFolders::setPortableRoot(stick.path());
        touch(UserDataStore::defaultPath());
        touch(QDir(UserLibrary::defaultFolder()).filePath(QStringLiteral("library.sqlite")));
        {
            QSettings settings;
            settings.setValue(QStringLiteral("window/zoom"), 1.5);
        }

        QString error;
        QVERIFY2(UserDataCleaner::clearAll(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(UserDataStore::defaultPath()));
        QVERIFY(!QFileInfo::exists(UserLibrary::defaultFolder()));
        QVERIFY(!QFileInfo::exists(QSettings().fileName()));
        QVERIFY(QFileInfo::exists(stick.filePath(DataFolders::markerName())));
        QVERIFY(QFileInfo::exists(stick.filePath(QStringLiteral("share/vigil/library.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(DataFoldersTest)
#include "datafolders_test.moc"
