// The reader's own pages beside the bundled library (storage/userlibrary.h):
// shown together, kept across an update of the bundled library, replaced when
// imported again, removable, and never a byte of the bundled file changed.
#include "filechecksum.h"
#include "import/pagebatch.h"
#include "seedlibrary.h"
#include "storage/libraryconnection.h"
#include "storage/userlibrary.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigil;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray seedBytes()
{
    QFile file(Test::seedPagePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no seed page");
    return file.readAll();
}

qint64 scalar(const QString &library, const QString &sql, const QVariantList &values = {})
{
    Core::LibraryConnection connection;
    QString error;
    if (!connection.open(library, Core::LibraryConnection::OpenMode::ReadOnly, &error))
        qFatal("%s", qPrintable(error));
    return connection.readScalar(sql, values);
}

qint64 articles(const QString &library)
{
    return scalar(library, QStringLiteral("SELECT count(*) FROM articles"));
}

qint64 titled(const QString &library, const QString &title)
{
    return scalar(library, QStringLiteral("SELECT count(*) FROM articles WHERE title = ?"), { title });
}

} // namespace

class UserLibraryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bundled;
    QByteArray m_bundledSum;
    qint64 m_seedArticles = 0;

    // Reads files as the window does before it imports them.
    static Core::PageBatch read(const QStringList &files)
    {
        return Core::PageBatch::read(files, Test::referenceData());
    }
    bool import(Core::UserLibrary &user, const QStringList &files, QString *error)
    {
        const Core::PageBatch batch = read(files);
        QStringList kept;
        for (const Core::PageBatch::Item &item : batch.items()) {
            if (!item.ok()) {
                *error = item.problem;
                return false;
            }
            kept << item.path;
        }
        return user.importPages(m_bundled, batch.pages(), kept, {}, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("bundled")));
        m_bundled = Test::buildSeedLibrary(m_dir.filePath(QStringLiteral("bundled")));
        m_bundledSum = Test::fileChecksum(m_bundled);
        m_seedArticles = articles(m_bundled);
        QVERIFY(m_seedArticles > 20);
    }

    void withoutPagesTheBundledLibraryIsShown()
    {
        Core::UserLibrary user(m_dir.filePath(QStringLiteral("none")));
        QString problem;
        QCOMPARE(user.libraryToShow(m_bundled, {}, &problem), m_bundled);
        QVERIFY(problem.isEmpty());
        QVERIFY(!QFileInfo::exists(user.folder())); // a start that imports nothing leaves no trace
    }

    void importedPagesAreShownWithTheBundledOnes()
    {
        Core::UserLibrary user(m_dir.filePath(QStringLiteral("import")));
        const QString page = writeFile(m_dir.filePath(QStringLiteral("balkans-copy.txt")), seedBytes());
        QString error;
        QVERIFY2(import(user, { page }, &error), qPrintable(error));
        QCOMPARE(user.pageKeys(), QStringList { QStringLiteral("balkans-copy") });
        QVERIFY(user.isReaderPage(QStringLiteral("balkans-copy")));
        QVERIFY(!user.isReaderPage(QFileInfo(Test::seedPagePath()).completeBaseName()));
        QVERIFY(user.isCurrent(m_bundled));
        QCOMPARE(user.libraryToShow(m_bundled, {}, &error), user.libraryPath());
        QCOMPARE(articles(user.libraryPath()), 2 * m_seedArticles);
        QCOMPARE(scalar(user.libraryPath(), QStringLiteral("SELECT count(*) FROM pages")), 2);
        QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
        // The reader's file may go: the page was kept.
        QVERIFY(QFile::remove(page));
        QVERIFY(user.isCurrent(m_bundled));

        // Imported again (a corrected copy): replaced, not added.
        QByteArray corrected = seedBytes();
        corrected.replace("Montenegrin Police Cut Human Trafficking, Slavery Chain",
            "Montenegrin Police Cut a Human Trafficking Chain");
        writeFile(page, corrected);
        QVERIFY2(import(user, { page }, &error), qPrintable(error));
        QCOMPARE(articles(user.libraryPath()), 2 * m_seedArticles);
        QCOMPARE(titled(user.libraryPath(), QStringLiteral("Montenegrin Police Cut a Human Trafficking Chain")), 1);
        QCOMPARE(user.pageKeys().size(), 1);
        QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
    }

    void aNewerBundledLibraryKeepsTheReadersPages()
    {
        QTemporaryDir dir;
        const QString bundled = Test::buildSeedLibrary(dir.path());
        Core::UserLibrary user(dir.filePath(QStringLiteral("user")));
        const QString page = writeFile(dir.filePath(QStringLiteral("extra.txt")), seedBytes());
        QString error;
        QVERIFY2(user.importPages(bundled, read({ page }).pages(), { page }, {}, &error), qPrintable(error));
        QVERIFY(user.isCurrent(bundled));

        // An update installs a new bundled library: one without the seed's page.
        {
            Core::LibraryConnection connection;
            QVERIFY(connection.open(bundled, Core::LibraryConnection::OpenMode::ReadWrite, &error));
            int removed = 0;
            QVERIFY2(Core::LibraryImporter(connection)
                         .removePage(QFileInfo(Test::seedPagePath()).completeBaseName(), &removed, &error),
                qPrintable(error));
        }
        QFile file(bundled);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(!user.isCurrent(bundled));

        int steps = 0;
        QCOMPARE(user.libraryToShow(
                     bundled, [&](int, int) { return ++steps > 0; }, &error),
            user.libraryPath());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(steps, 1);
        QVERIFY(user.isCurrent(bundled));
        // Only the reader's page is left: the bundled one went with the update.
        QCOMPARE(articles(user.libraryPath()), m_seedArticles);
        QCOMPARE(scalar(user.libraryPath(), QStringLiteral("SELECT count(*) FROM pages WHERE key = 'extra'")), 1);
    }

    void removingAPageOfTheReaders()
    {
        Core::UserLibrary user(m_dir.filePath(QStringLiteral("remove")));
        const QString page = writeFile(m_dir.filePath(QStringLiteral("to-remove.txt")), seedBytes());
        QString error;
        QVERIFY2(import(user, { page }, &error), qPrintable(error));
        const QByteArray before = Test::fileChecksum(user.libraryPath());

        // A page of the bundled library is not the reader's to remove.
        const QString seedKey = QFileInfo(Test::seedPagePath()).completeBaseName();
        QVERIFY(!user.removePage(m_bundled, seedKey, &error));
        QVERIFY2(error.contains(QStringLiteral("not one you imported")), qPrintable(error));
        QCOMPARE(Test::fileChecksum(user.libraryPath()), before);

        QVERIFY2(user.removePage(m_bundled, QStringLiteral("to-remove"), &error), qPrintable(error));
        QVERIFY(user.pageKeys().isEmpty());
        QVERIFY(!QFileInfo::exists(user.libraryPath()));
        QCOMPARE(user.libraryToShow(m_bundled, {}, &error), m_bundled);
        QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
    }

    void removingAPageThatReplacedABundledOneGivesItBack()
    {
        Core::UserLibrary user(m_dir.filePath(QStringLiteral("replace")));
        QByteArray corrected = seedBytes();
        corrected.replace("Montenegrin Police Cut Human Trafficking, Slavery Chain", "A corrected title");
        QDir().mkpath(m_dir.filePath(QStringLiteral("corrected")));
        const QString page = writeFile(
            m_dir.filePath(QStringLiteral("corrected/") + QFileInfo(Test::seedPagePath()).fileName()), corrected);
        QString error;
        QVERIFY2(import(user, { page }, &error), qPrintable(error));
        QCOMPARE(articles(user.libraryPath()), m_seedArticles);
        QCOMPARE(titled(user.libraryPath(), QStringLiteral("A corrected title")), 1);
        QVERIFY2(user.removePage(m_bundled, QFileInfo(page).completeBaseName(), &error), qPrintable(error));
        QCOMPARE(user.libraryToShow(m_bundled, {}, &error), m_bundled);
        QCOMPARE(titled(m_bundled, QStringLiteral("Montenegrin Police Cut Human Trafficking, Slavery Chain")), 1);
    }

    void aFailedImportChangesNothing()
    {
        Core::UserLibrary user(m_dir.filePath(QStringLiteral("failed")));
        const QString page = writeFile(m_dir.filePath(QStringLiteral("kept.txt")), seedBytes());
        QString error;
        QVERIFY2(import(user, { page }, &error), qPrintable(error));
        const QByteArray before = Test::fileChecksum(user.libraryPath());
        const QStringList keys = user.pageKeys();

        // Stopped half-way by the reader: nothing written, nothing kept.
        const QString second = writeFile(m_dir.filePath(QStringLiteral("second.txt")), seedBytes());
        const QString third = writeFile(m_dir.filePath(QStringLiteral("third.txt")), seedBytes());
        const Core::PageBatch batch = read({ second, third });
        QVERIFY(!user.importPages(
            m_bundled, batch.pages(), { second, third }, [](int done, int) { return done < 1; }, &error));
        QVERIFY(error.contains(QStringLiteral("Stopped")));
        QCOMPARE(Test::fileChecksum(user.libraryPath()), before);
        QCOMPARE(user.pageKeys(), keys);
        QVERIFY(!QFileInfo::exists(user.libraryPath() + QStringLiteral(".partial")));

        // A page whose file is gone by the time it is kept.
        QFile::remove(third);
        QVERIFY(!user.importPages(m_bundled, batch.pages(), { second, third }, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
        QCOMPARE(Test::fileChecksum(user.libraryPath()), before);
        QVERIFY(user.isCurrent(m_bundled));
    }

    void theBatchSaysWhatCannotBeImported()
    {
        const QString notAPage = writeFile(m_dir.filePath(QStringLiteral("shopping.txt")), "milk\neggs\n");
        QDir().mkpath(m_dir.filePath(QStringLiteral("a")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("b")));
        const QString a = writeFile(m_dir.filePath(QStringLiteral("a/report.txt")), seedBytes());
        const QString b = writeFile(m_dir.filePath(QStringLiteral("b/report.txt")), seedBytes());
        // "Web page, complete": the page and its folder of pictures.
        writeFile(m_dir.filePath(QStringLiteral("saved.html")), "<html><body>x</body></html>");
        QDir().mkpath(m_dir.filePath(QStringLiteral("saved_files")));

        const Core::PageBatch batch = read({ notAPage, a, b, m_dir.filePath(QStringLiteral("saved_files")) });
        QCOMPARE(batch.skipped(), QStringList { m_dir.filePath(QStringLiteral("saved_files")) });
        QCOMPARE(batch.items().size(), 3);
        QVERIFY2(batch.items().at(0).problem.contains(QStringLiteral("no entries")),
            qPrintable(batch.items().at(0).problem));
        QVERIFY(batch.items().at(1).ok());
        QVERIFY(batch.items().at(2).problem.contains(QStringLiteral("same file name")));
        QCOMPARE(batch.importable(), 1);
        QCOMPARE(batch.pages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(UserLibraryTest)
#include "userlibrary_test.moc"
