#include "filechecksum.h"
#include "seedlibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;

// The bundled library is opened read-only and must never change: a reader's
// session leaves it byte-for-byte as installed, with nothing written beside it.
class ReadOnlyLibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void session_leavesTheLibraryUnchanged();
};

void ReadOnlyLibraryTest::session_leavesTheLibraryUnchanged()
{
    QTemporaryDir dir;
    const QString path = Test::buildSeedLibrary(dir.path());
    const QByteArray before = Vigil::Test::fileChecksum(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList words { QStringLiteral("pristina"), QStringLiteral("traff"), QStringLiteral("forced labor"),
        QStringLiteral("\"sex slave\""), QStringLiteral("-kosovo"), QStringLiteral("'; DROP TABLE articles; --"),
        QStringLiteral("NEAR("), QStringLiteral("Priština"), QString(), QStringLiteral("zzz") };
    QRandomGenerator rng(7);
    int rows = 0;
    for (int i = 0; i < 1000; ++i) {
        Test::TestLibrary store;
        QString error;
        QVERIFY2(store.connection.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        Core::ArticleFilter f;
        f.text = words.at(rng.bounded(int(words.size())));
        if (i % 3 == 0)
            f.country = QStringLiteral("XK");
        const QList<Core::ArticleSummary> found = store.articles.findArticles(f, Core::ArticleSort::Relevance, 0, 50);
        rows += found.size();
        if (!found.isEmpty())
            QVERIFY(store.articles.article(found.first().id).has_value());
        QString writeError;
        QVERIFY(!store.importer.importCuratedHotlines({}, &writeError)); // writes are refused
    }
    QVERIFY(rows > 0);
    QCOMPARE(Vigil::Test::fileChecksum(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    const QStringList beside = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(beside, QStringList { QStringLiteral("library.sqlite") }); // no -wal, -shm or -journal
}

QTEST_GUILESS_MAIN(ReadOnlyLibraryTest)
#include "readonlylibrary_test.moc"
