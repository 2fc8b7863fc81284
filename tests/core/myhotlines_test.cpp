// The reader's own hotlines in the user data store: kept as typed with their
// E.164 form, changed and removed, added to a store of an older schema, and gone
// with "Clear my data".
#include "examplehotline.h"
#include "reference/phonenumbers.h"
#include "storage/userdatastore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;

namespace {

UserHotline kosovoHotline()
{
    UserHotline h = Vigil::Test::exampleKosovoHotline();
    h.hours = QStringLiteral("24 hours");
    h.languages = QStringLiteral("Albanian, Serbian");
    h.notes = QStringLiteral("<b>escaped</b> & kept");
    return h;
}

} // namespace

class MyHotlinesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void hotlines_addEditRemove_roundTrip();
    void incomplete_isRefused_andNothingWritten();
    void migration_fromSchema2_keepsListsAndAddsHotlines();
    void removeAll_takesTheHotlines();

private:
    QString freshPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/userdata.sqlite")); }
    QTemporaryDir m_dir;
};

void MyHotlinesTest::hotlines_addEditRemove_roundTrip()
{
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(freshPath(QStringLiteral("roundtrip")), &error), qPrintable(error));
    const UserHotline typed = kosovoHotline();
    QVERIFY(!typed.number.isEmpty());
    const qint64 id = store.addHotline(typed, &error);
    QVERIFY2(id > 0, qPrintable(error));

    store.close();
    QVERIFY2(store.open(freshPath(QStringLiteral("roundtrip")), &error), qPrintable(error));
    QList<UserHotline> all = store.myHotlines();
    QCOMPARE(all.size(), 1);
    const UserHotline &read = all.first();
    QCOMPARE(read.id, id);
    QCOMPARE(read.country, typed.country);
    QCOMPARE(read.label, typed.label);
    QCOMPARE(read.number, typed.number);
    QCOMPARE(read.hours, typed.hours);
    QCOMPARE(read.languages, typed.languages);
    QCOMPARE(read.notes, typed.notes);
    QCOMPARE(read.source, typed.source);
    QVERIFY(read.updated.isValid());
    const Hotline shown = read.toHotline();
    QVERIFY(shown.addedByUser && shown.isVerified());
    QCOMPARE(shown.e164, PhoneNumbers::parse(typed.number, QStringLiteral("XK")).e164);
    QCOMPARE(store.myHotlines(QStringLiteral("XK")).size(), 1);
    QVERIFY(store.myHotlines(QStringLiteral("RS")).isEmpty());

    UserHotline changed = read;
    changed.label = QStringLiteral("Renamed line");
    changed.number = QStringLiteral("call 555"); // the store keeps it; it shows as not verified
    QVERIFY2(store.updateHotline(changed, &error), qPrintable(error));
    all = store.myHotlines();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().label, QStringLiteral("Renamed line"));
    QVERIFY(!all.first().toHotline().isVerified());
    QCOMPARE(all.first().toHotline().display, QStringLiteral("call 555"));

    changed.id = id + 100;
    QVERIFY(!store.updateHotline(changed, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer there")), qPrintable(error));

    QVERIFY2(store.removeHotline(id, &error), qPrintable(error));
    QVERIFY(store.myHotlines().isEmpty());
}

void MyHotlinesTest::incomplete_isRefused_andNothingWritten()
{
    UserDataStore store;
    QString error;
    const QString path = freshPath(QStringLiteral("refused"));
    QVERIFY2(store.open(path, &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
    UserHotline noSource = kosovoHotline();
    noSource.source = QStringLiteral("  ");
    QCOMPARE(store.addHotline(noSource, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("comes from")), qPrintable(error));
    UserHotline noCountry = kosovoHotline();
    noCountry.country = QStringLiteral("Kosovo");
    QCOMPARE(store.addHotline(noCountry, &error), 0);
    UserHotline tooLong = kosovoHotline();
    tooLong.notes = QString(5000, u'x');
    QCOMPARE(store.addHotline(tooLong, &error), 0);
    QVERIFY(!QFileInfo::exists(path)); // nothing saved, no file made
}

void MyHotlinesTest::migration_fromSchema2_keepsListsAndAddsHotlines()
{
    const QString path = freshPath(QStringLiteral("schema2"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        // As schema 2 left a file, with its own statements.
        for (const char *sql : { "CREATE TABLE notes (article_id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                                 "updated TEXT NOT NULL)",
                 "CREATE TABLE lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                 "created TEXT NOT NULL)",
                 "CREATE TABLE list_entries (list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE, "
                 "article_id INTEGER NOT NULL, added TEXT NOT NULL, PRIMARY KEY (list_id, article_id)) WITHOUT ROWID",
                 "CREATE INDEX list_entries_by_article ON list_entries (article_id)",
                 "INSERT INTO lists VALUES (1, 'Reading list', '2026-01-01T00:00:00.000Z')",
                 "INSERT INTO list_entries VALUES (1, 7, '2026-01-02T00:00:00.000Z')",
                 "INSERT INTO notes VALUES (7, 'read the annex', '2026-01-02T00:00:00.000Z')",
                 "PRAGMA user_version = 2" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), 3);
    QCOMPARE(store.note(7), QStringLiteral("read the annex"));
    QCOMPARE(store.listArticleIds(UserDataStore::defaultListId), QList<qint64> { 7 });
    QVERIFY(store.myHotlines().isEmpty());
    QVERIFY2(store.addHotline(kosovoHotline(), &error) > 0, qPrintable(error));
    QVERIFY2(store.checkIntegrity(&error), qPrintable(error));
}

void MyHotlinesTest::removeAll_takesTheHotlines()
{
    const QString path = freshPath(QStringLiteral("cleared"));
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY2(store.addHotline(kosovoHotline(), &error) > 0, qPrintable(error));
    store.close();
    QVERIFY2(UserDataStore::removeAll(path, &error), qPrintable(error));
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.myHotlines().isEmpty());
}

QTEST_GUILESS_MAIN(MyHotlinesTest)
#include "myhotlines_test.moc"
