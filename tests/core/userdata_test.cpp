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
    void openOnFirstWrite_makesTheFileOnlyWhenSomethingIsSaved();
    void defaultList_addRemoveAndList();
    void lists_createRenameDeleteAndCount();
    void migration_fromSchema1_turnsBookmarksIntoTheReadingList();
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
    QVERIFY(store.addToList(UserDataStore::defaultListId, 1, &error));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
}

void UserDataTest::defaultPath_isInAppData()
{
    const QString path = UserDataStore::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("userdata.sqlite"));
    QCOMPARE(QFileInfo(path).absolutePath(),
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath());
}

void UserDataTest::openOnFirstWrite_makesTheFileOnlyWhenSomethingIsSaved()
{
    const QString path = freshPath(QStringLiteral("deferred"));
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
    QVERIFY(store.isOpen());
    // It reads as a new store does, and writes nothing, not even its folder.
    QCOMPARE(store.readingLists().size(), 1);
    QVERIFY(store.readingLists().at(0).isDefault);
    QCOMPARE(store.readingLists().at(0).count, 0);
    QVERIFY(!store.isInList(UserDataStore::defaultListId, 5));
    QVERIFY(store.listEntries(UserDataStore::defaultListId).isEmpty());
    QCOMPARE(store.note(5), QString());
    QVERIFY(store.removeFromList(UserDataStore::defaultListId, 5, &error));
    QVERIFY(store.setNote(5, QString(), &error));
    QVERIFY(store.checkIntegrity(&error));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));

    // The first write makes it.
    QVERIFY2(store.addToList(UserDataStore::defaultListId, 5, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), UserDataStore::currentSchemaVersion);
    QVERIFY(store.isInList(UserDataStore::defaultListId, 5));
    store.close();
    QVERIFY(!store.isOpen());

    // A file that is there opens at once, as with Creation::Now.
    QVERIFY2(store.open(path, &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
    QCOMPARE(store.pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(store.readingLists().at(0).count, 1);

    // A deferred store whose file cannot be made says so at the write.
    const QString blocked = m_dir.filePath(QStringLiteral("notafolder"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(store.open(blocked + QStringLiteral("/userdata.sqlite"), &error, UserDataStore::Creation::OnFirstWrite));
    QVERIFY(!store.addToList(UserDataStore::defaultListId, 5, &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void UserDataTest::defaultList_addRemoveAndList()
{
    constexpr qint64 reading = UserDataStore::defaultListId;
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(freshPath(QStringLiteral("defaultlist")), &error), qPrintable(error));
    const QList<ReadingList> lists = store.readingLists();
    QCOMPARE(lists.size(), 1); // a new store has the default list, empty
    QCOMPARE(lists.at(0).id, reading);
    QCOMPARE(lists.at(0).name, QStringLiteral("Reading list"));
    QVERIFY(lists.at(0).isDefault);
    QCOMPARE(lists.at(0).count, 0);
    QVERIFY(!store.isInList(reading, 42));
    QVERIFY(store.addToList(reading, 42, &error));
    const QDateTime first = store.listEntries(reading).value(0).added;
    QVERIFY(first.isValid());
    QCOMPARE(first.timeSpec(), Qt::UTC);
    QTest::qWait(5);
    QVERIFY(store.addToList(reading, 42, &error)); // again: kept once, with its first time
    QVERIFY(store.addToList(reading, 4503599627370495, &error)); // the largest article id (52 bits)
    const QList<ListEntry> entries = store.listEntries(reading);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).articleId, 4503599627370495); // newest first
    QCOMPARE(entries.at(1).articleId, 42);
    QCOMPARE(entries.at(1).added, first);
    QCOMPARE(store.listArticleIds(reading), (QList<qint64> { 4503599627370495, 42 }));
    QCOMPARE(store.readingLists().at(0).count, 2);
    QVERIFY(store.isInList(reading, 42));
    QVERIFY(store.removeFromList(reading, 42, &error));
    QVERIFY(store.removeFromList(reading, 42, &error)); // removing what is not there is no error
    QVERIFY(!store.isInList(reading, 42));
    QCOMPARE(store.listEntries(reading).size(), 1);

    // The default list is always there, under its own name.
    QVERIFY(!store.deleteList(reading, &error));
    QVERIFY(!store.renameList(reading, QStringLiteral("Mine"), &error));
    QCOMPARE(store.readingLists().at(0).name, QStringLiteral("Reading list"));
    QVERIFY(!store.addToList(99, 1, &error)); // no such list
    QVERIFY(!error.isEmpty());
}

void UserDataTest::lists_createRenameDeleteAndCount()
{
    constexpr qint64 reading = UserDataStore::defaultListId;
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(freshPath(QStringLiteral("lists")), &error), qPrintable(error));
    const qint64 paper = store.createList(QStringLiteral("  Term paper  "), &error);
    QVERIFY2(paper > 0, qPrintable(error));
    const qint64 balkans = store.createList(QStringLiteral("balkans"), &error);
    QVERIFY2(balkans > 0 && balkans != paper, qPrintable(error));
    // Names: trimmed, not empty, unique whatever the case, and the reader's text, bound.
    QCOMPARE(store.createList(QStringLiteral("TERM PAPER"), &error), 0);
    QVERIFY2(error.contains(QStringLiteral("Term paper")), qPrintable(error));
    QCOMPARE(store.createList(QStringLiteral("   "), &error), 0);
    QCOMPARE(store.createList(QStringLiteral("reading LIST"), &error), 0);
    const QString odd = QStringLiteral("x'); DROP TABLE lists; --");
    const qint64 oddId = store.createList(odd, &error);
    QVERIFY2(oddId > 0, qPrintable(error));

    QVERIFY(store.addToList(paper, 1, &error));
    QVERIFY(store.addToList(paper, 2, &error));
    QVERIFY(store.addToList(balkans, 2, &error));
    QVERIFY(store.addToList(reading, 2, &error));
    QCOMPARE(store.listsHolding(2), (QList<qint64> { reading, paper, balkans }));
    QCOMPARE(store.listsHolding(3), QList<qint64> {});

    // The default first, then by name without regard to case.
    QList<ReadingList> lists = store.readingLists();
    QCOMPARE(lists.size(), 4);
    QCOMPARE(lists.at(0).id, reading);
    QCOMPARE(lists.at(1).name, QStringLiteral("balkans"));
    QCOMPARE(lists.at(1).count, 1);
    QCOMPARE(lists.at(2).name, QStringLiteral("Term paper"));
    QCOMPARE(lists.at(2).count, 2);
    QVERIFY(!lists.at(2).isDefault);
    QCOMPARE(lists.at(3).name, odd);
    QCOMPARE(lists.at(3).count, 0);

    QVERIFY2(store.renameList(paper, QStringLiteral("Essay"), &error), qPrintable(error));
    QVERIFY(store.renameList(paper, QStringLiteral("essay"), &error)); // its own name, in another case
    QVERIFY(!store.renameList(paper, QStringLiteral("Balkans"), &error));
    QVERIFY(!store.renameList(12345, QStringLiteral("Nowhere"), &error));
    QVERIFY2(error.contains(QStringLiteral("no list")), qPrintable(error));
    QCOMPARE(store.readingLists().at(1).name, QStringLiteral("balkans"));
    QCOMPARE(store.readingLists().at(2).name, QStringLiteral("essay"));

    // Deleting a list takes its entries, and only its entries.
    QVERIFY2(store.deleteList(paper, &error), qPrintable(error));
    QCOMPARE(store.listEntries(paper).size(), 0);
    QVERIFY(!store.isInList(paper, 1));
    QCOMPARE(store.listsHolding(2), (QList<qint64> { reading, balkans }));
    QCOMPARE(store.readingLists().size(), 3);
    QVERIFY(!store.addToList(paper, 5, &error)); // a deleted list takes nothing more
}

void UserDataTest::migration_fromSchema1_turnsBookmarksIntoTheReadingList()
{
    // A file as schema 1 left it, made with its own statements.
    const QString path = freshPath(QStringLiteral("schema1"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        for (const char *sql : { "CREATE TABLE bookmarks (article_id INTEGER PRIMARY KEY, created TEXT NOT NULL)",
                 "CREATE INDEX bookmarks_by_created ON bookmarks (created)",
                 "CREATE TABLE notes (article_id INTEGER PRIMARY KEY, text TEXT NOT NULL, updated TEXT NOT NULL)",
                 "INSERT INTO bookmarks VALUES (7, '2025-03-01T10:00:00.000Z')",
                 "INSERT INTO bookmarks VALUES (9, '2026-01-02T08:30:00.250Z')",
                 "INSERT INTO notes VALUES (7, 'read the annex', '2025-03-01T10:01:00.000Z')",
                 "PRAGMA user_version = 1" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), UserDataStore::currentSchemaVersion);
    const QList<ListEntry> entries = store.listEntries(UserDataStore::defaultListId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).articleId, 9); // newest first, with the bookmarks' own times
    QCOMPARE(entries.at(0).added, QDateTime(QDate(2026, 1, 2), QTime(8, 30, 0, 250), Qt::UTC));
    QCOMPARE(entries.at(1).articleId, 7);
    QCOMPARE(entries.at(1).added, QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(store.readingLists().size(), 1);
    QCOMPARE(store.readingLists().at(0).count, 2);
    QVERIFY(store.readingLists().at(0).isDefault);
    QCOMPARE(store.note(7), QStringLiteral("read the annex"));
    QVERIFY2(store.checkIntegrity(&error), qPrintable(error));
    // The old table is gone, and the default list was made once: opening again changes nothing.
    store.close();
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.readingLists().size(), 1);
    QCOMPARE(store.listEntries(UserDataStore::defaultListId).size(), 2);
    QCOMPARE(store.pragma(QStringLiteral("foreign_keys")).toInt(), 1);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery tables(d);
        QVERIFY(tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'bookmarks'")));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));
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
        QVERIFY(store.addToList(UserDataStore::defaultListId, 3, &error));
        QVERIFY(store.setNote(3, QStringLiteral("kept"), &error));
    }
    UserDataStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.isInList(UserDataStore::defaultListId, 3));
    QCOMPARE(store.note(3), QStringLiteral("kept"));
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(!store.addToList(UserDataStore::defaultListId, 4, &error));
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
        // The run's named list, when the writer got as far as acknowledging a write.
        qint64 named = 0;
        for (const ReadingList &list : store.readingLists()) {
            if (list.name == UserDataRows::listNameFor(qint64(run + 1) * 1000000))
                named = list.id;
        }
        QVERIFY2(acked.isEmpty() || named != 0, qPrintable(QStringLiteral("run %1: its named list is lost").arg(run)));
        for (const qint64 id : std::as_const(acked)) {
            const QString note = store.note(id);
            QVERIFY2(store.isInList(UserDataStore::defaultListId, id),
                qPrintable(QStringLiteral("run %1: list entry %2 lost").arg(run).arg(id)));
            QVERIFY2(store.isInList(named, id),
                qPrintable(QStringLiteral("run %1: entry %2 of the named list lost").arg(run).arg(id)));
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
    for (const ListEntry &entry : store.listEntries(UserDataStore::defaultListId)) {
        const QString note = store.note(entry.articleId);
        if (note.isEmpty())
            continue; // killed between its list entry and its note: never acknowledged
        ++notes;
        QVERIFY2(UserDataRows::isWhole(note) && note == UserDataRows::noteFor(entry.articleId),
            qPrintable(QStringLiteral("note %1 is damaged").arg(entry.articleId)));
    }
    for (const qint64 id : std::as_const(acknowledged))
        QVERIFY2(store.isInList(UserDataStore::defaultListId, id) && store.note(id) == UserDataRows::noteFor(id),
            qPrintable(QString::number(id)));
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
