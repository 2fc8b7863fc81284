#include "storage/userdatastore.h"
#include "userdatarows.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using namespace Vigil::Test;

class UserDataTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open_createsWalFileWithFullSync();
    void defaultPath_isInAppData();
    void bookmarks_addRemoveAndList();
    void notes_setReplaceAndDelete();
    void data_survivesReopening();
    void open_refusesWhatItCannotUse();
    void removeAll_deletesDatabaseWalAndShm();
    void killedWriters_loseNoAcknowledgedWrite();

private:
    QString freshPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/userdata.sqlite")); }
    QTemporaryDir m_dir;
};

void UserDataTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void UserDataTest::open_createsWalFileWithFullSync()
{
    const QString path = freshPath(QStringLiteral("pragmas"));
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error)); // the folder is made too
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store.pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(store.pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), UserDataStore::currentSchemaVersion);
    QVERIFY(!store.pragma(QStringLiteral("user_version = 0")).isValid()); // names only, never SQL
    QVERIFY2(store.checkIntegrity(&error), qPrintable(error));
    QVERIFY(store.addBookmark(1, &error));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
}

void UserDataTest::defaultPath_isInAppData()
{
    const QString path = UserDataStore::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("userdata.sqlite"));
    QCOMPARE(QFileInfo(path).absolutePath(),
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath());
}

void UserDataTest::bookmarks_addRemoveAndList()
{
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(freshPath(QStringLiteral("bookmarks")), &error), qPrintable(error));
    QVERIFY(!store.isBookmarked(42));
    QVERIFY(store.addBookmark(42, &error));
    const QDateTime first = store.bookmarks().value(0).created;
    QVERIFY(first.isValid());
    QCOMPARE(first.timeSpec(), Qt::UTC);
    QTest::qWait(5);
    QVERIFY(store.addBookmark(42, &error)); // again: kept once, with its first time
    QVERIFY(store.addBookmark(4503599627370495, &error)); // the largest article id (52 bits)
    const QList<Bookmark> list = store.bookmarks();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).articleId, 4503599627370495); // newest first
    QCOMPARE(list.at(1).articleId, 42);
    QCOMPARE(list.at(1).created, first);
    QVERIFY(store.isBookmarked(42));
    QVERIFY(store.removeBookmark(42, &error));
    QVERIFY(store.removeBookmark(42, &error)); // removing what is not there is no error
    QVERIFY(!store.isBookmarked(42));
    QCOMPARE(store.bookmarks().size(), 1);
}

void UserDataTest::notes_setReplaceAndDelete()
{
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(freshPath(QStringLiteral("notes")), &error), qPrintable(error));
    QCOMPARE(store.note(7), QString());
    // Notes are the reader's text, whatever it holds: bound, never spliced.
    const QString text = QStringLiteral("Call back Tuesday'); DROP TABLE notes; --\nline two \u2014 \U0001F4DE");
    QVERIFY2(store.setNote(7, text, &error), qPrintable(error));
    QCOMPARE(store.note(7), text);
    QVERIFY(store.setNote(7, QStringLiteral("replaced"), &error));
    QCOMPARE(store.note(7), QStringLiteral("replaced"));
    QVERIFY(store.setNote(7, QString(), &error));
    QCOMPARE(store.note(7), QString());
    QVERIFY(store.pragma(QStringLiteral("page_count")).toInt() > 0);
}

void UserDataTest::data_survivesReopening()
{
    const QString path = freshPath(QStringLiteral("reopen"));
    QString error;
    {
        UserDataStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.addBookmark(3, &error));
        QVERIFY(store.setNote(3, QStringLiteral("kept"), &error));
    }
    UserDataStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.isBookmarked(3));
    QCOMPARE(store.note(3), QStringLiteral("kept"));
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(!store.addBookmark(4, &error));
    QVERIFY(!error.isEmpty());
}

void UserDataTest::open_refusesWhatItCannotUse()
{
    UserDataStore store;
    QString error;
    QVERIFY(!store.open(QString(), &error));
    QVERIFY(!store.open(m_dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));

    // Not a database: refused and left as it was.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(!store.open(text, &error));
    QVERIFY(!store.isOpen());
    QCOMPARE(QFileInfo(text).size(), 4096);
    QVERIFY(!QFileInfo::exists(text + QStringLiteral("-wal")));

    // Written by a newer Vigil: refused, schema untouched.
    const QString newer = freshPath(QStringLiteral("newer"));
    QVERIFY(store.open(newer, &error));
    store.close();
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        d.setDatabaseName(newer);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    QVERIFY(!store.open(newer, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
}

void UserDataTest::removeAll_deletesDatabaseWalAndShm()
{
    const QString path = freshPath(QStringLiteral("clear"));
    QString error;
    UserDataStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.setNote(1, QStringLiteral("private"), &error));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    // An open connection would checkpoint and delete its -wal on close: simulate a
    // crash instead by copying the files aside while they are live.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QVERIFY(QFile::copy(path + suffix, path + QStringLiteral(".crashed") + suffix));
    store.close();
    QVERIFY2(UserDataStore::removeAll(path, &error), qPrintable(error));
    const QString crashed = path + QStringLiteral(".crashed");
    QVERIFY2(UserDataStore::removeAll(crashed, &error), qPrintable(error));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QVERIFY(!QFileInfo::exists(path + suffix));
        QVERIFY(!QFileInfo::exists(crashed + suffix));
    }
    QVERIFY(UserDataStore::removeAll(path, &error)); // nothing there: nothing to do
    // A new store on the same path starts empty.
    QVERIFY(store.open(path, &error));
    QCOMPARE(store.note(1), QString());
}

void UserDataTest::killedWriters_loseNoAcknowledgedWrite()
{
#ifdef Q_OS_UNIX
    constexpr int runs = 200;
    const quint32 seed
        = qEnvironmentVariableIsSet("VIGIL_CRASH_SEED") ? qEnvironmentVariableIntValue("VIGIL_CRASH_SEED") : 20261128u;
    QRandomGenerator random(seed);
    const QString path = freshPath(QStringLiteral("crash"));
    QElapsedTimer timer;
    timer.start();
    QList<qint64> acknowledged;
    int runsWithWrites = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(VIGIL_USERDATA_WRITER), { path, QString::number(qint64(run + 1) * 1000000) });
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Mostly in the middle of the writes; one run in eight during start-up,
        // where the schema may be half made (the first run) and the log replayed.
        if (random.bounded(8) == 0) {
            QTest::qSleep(random.bounded(40));
        } else {
            QElapsedTimer wait;
            wait.start();
            while (!writer.canReadLine() && writer.state() == QProcess::Running && wait.elapsed() < 10000)
                writer.waitForReadyRead(50);
            QTest::qSleep(random.bounded(1, 60));
        }
        writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
            qPrintable(u"the writer stopped by itself: " + QString::fromLocal8Bit(writer.readAllStandardError())));

        // Whole lines only: a line cut by the kill was not acknowledged to us.
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        QList<qint64> acked;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            acked << lines.at(i).toLongLong();
        runsWithWrites += acked.isEmpty() ? 0 : 1;
        acknowledged << acked;

        UserDataStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(error)));
        QVERIFY2(store.checkIntegrity(&error), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(error)));
        for (const qint64 id : std::as_const(acked)) {
            const QString note = store.note(id);
            QVERIFY2(store.isBookmarked(id), qPrintable(QStringLiteral("run %1: bookmark %2 lost").arg(run).arg(id)));
            QVERIFY2(note == UserDataRows::noteFor(id),
                qPrintable(QStringLiteral("run %1: note %2 lost or damaged").arg(run).arg(id)));
        }
    }

    // At the end, every write ever acknowledged, and every note there, whole.
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY2(store.checkIntegrity(&error), qPrintable(error));
    int notes = 0;
    for (const Bookmark &b : store.bookmarks()) {
        const QString note = store.note(b.articleId);
        if (note.isEmpty())
            continue; // killed between its bookmark and its note: never acknowledged
        ++notes;
        QVERIFY2(UserDataRows::isWhole(note) && note == UserDataRows::noteFor(b.articleId),
            qPrintable(QStringLiteral("note %1 is damaged").arg(b.articleId)));
    }
    for (const qint64 id : std::as_const(acknowledged))
        QVERIFY2(
            store.isBookmarked(id) && store.note(id) == UserDataRows::noteFor(id), qPrintable(QString::number(id)));
    qInfo("seed %u: %d writers killed in %.1f s; %lld writes acknowledged, %d notes on disk, %d runs killed mid-write",
        seed, runs, timer.elapsed() / 1000.0, static_cast<long long>(acknowledged.size()), notes, runsWithWrites);
    // Kills that always landed before the first write would prove nothing.
    QVERIFY(runsWithWrites >= runs / 2);
#else
    QSKIP("needs POSIX signals: SIGKILL is what stops a writer without any clean-up");
#endif
}

QTEST_GUILESS_MAIN(UserDataTest)

#include "userdata_test.moc"
