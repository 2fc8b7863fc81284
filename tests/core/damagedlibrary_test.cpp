#include "seedlibrary.h"
#include "sqlfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Vigil;
using Core::LibraryConnection;

// A library file with a damaged table opens (its header and schema are
// intact), so what the damage costs shows only when that table is read. Each
// such read must reach the reader as a problem, never pass for "nothing there"
// or for "ok".
class DamagedLibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_unreadableReferences_areAProblemNotSkipped();
    void check_unreadableSearchIndex_isSaidNotMiscounted();
    void import_missingCode_withUnreadableReferenceTable_saysBoth();
    void read_damageAfterTheFirstRows_isAProblemNotAShorterList();

private:
    // A copy of the seed library whose table (or index) cannot be read.
    QString damagedCopy(const char *table);
    // check() of such a copy, opened as the reader opens it.
    bool checkDamaged(const char *table, Core::CheckResult *check);
    static bool anyContains(const QStringList &problems, const QString &text);

    QTemporaryDir m_dir;
    QString m_library;
};

void DamagedLibraryTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = Test::buildSeedLibrary(m_dir.path());
}

QString DamagedLibraryTest::damagedCopy(const char *table)
{
    const QString path = m_dir.filePath(QString::fromLatin1(table) + QStringLiteral(".sqlite"));
    QFile::remove(path);
    QString error;
    if (!QFile::copy(m_library, path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)
        || !Test::damageTable(path, table, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

bool DamagedLibraryTest::checkDamaged(const char *table, Core::CheckResult *check)
{
    const QString path = damagedCopy(table);
    LibraryConnection library;
    QString error;
    if (path.isEmpty() || !library.open(path, LibraryConnection::OpenMode::ReadOnly, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    *check = library.check();
    return true;
}

bool DamagedLibraryTest::anyContains(const QStringList &problems, const QString &text)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&text](const QString &p) { return p.contains(text); });
}

// PRAGMA foreign_key_check looks every reference up in the articles table; when
// that fails, the check must say it could not check, not report no dangling rows.
void DamagedLibraryTest::check_unreadableReferences_areAProblemNotSkipped()
{
    Core::CheckResult check;
    QVERIFY(checkDamaged("articles", &check));
    const QString said = check.problems.join(u'\n');
    QVERIFY(!check.ok);
    QVERIFY2(anyContains(check.problems, QStringLiteral("references between rows cannot be checked (SQLite: ")),
        qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("malformed")), qPrintable(said));
}

// Comparing the article count with an index that cannot be read once said "the
// search index holds -1 entries"; with neither readable, the counts matched.
void DamagedLibraryTest::check_unreadableSearchIndex_isSaidNotMiscounted()
{
    Core::CheckResult check;
    QVERIFY(checkDamaged("article_fts_data", &check));
    const QString said = check.problems.join(u'\n');
    QVERIFY(!check.ok);
    QVERIFY2(anyContains(check.problems, QStringLiteral("search index cannot be read (SQLite: ")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("entries for")), qPrintable(said));
}

// An import that refers to a code the reference data lacks fails at COMMIT,
// and the error names the missing code. A reference table that cannot be read
// while looking for it is said too: it may hold more, and it is damage.
void DamagedLibraryTest::import_missingCode_withUnreadableReferenceTable_saysBoth()
{
    // The key index of regions: where the look-ups for missing codes go.
    const QString path = damagedCopy("sqlite_autoindex_regions_1");
    QVERIFY(!path.isEmpty());
    Test::TestLibrary store;
    QString error;
    QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
    Core::Page page;
    page.key = QStringLiteral("unknown-country");
    page.title = QStringLiteral("A page with a country the reference data lacks");
    Core::Article article;
    article.id = 990001;
    article.pageKey = page.key;
    article.title = QStringLiteral("An article in nowhere");
    article.countries = { QStringLiteral("QQ") };
    page.articles = { article };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rolled back")));
    QVERIFY(!store.importer.importPage(page, &error));
    QVERIFY2(error.contains(QStringLiteral("“QQ”")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("could not be read from regions")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("vigil-library check")), qPrintable(error));
}

// SQLite reports a damaged page only when a row on it is reached: a scan whose
// first rows read well must not end there as if that were all the library has.
void DamagedLibraryTest::read_damageAfterTheFirstRows_isAProblemNotAShorterList()
{
    const QString path = m_dir.filePath(QStringLiteral("bodies-tail.sqlite"));
    QFile::remove(path);
    QString error;
    QVERIFY(QFile::copy(m_library, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY2(Test::damageLastPage(path, "article_bodies", &error), qPrintable(error));
    Test::TestLibrary store;
    QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    QString told;
    store.connection.setReadFailureHandler([&told](const QString &message) { told = message; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    const QList<Core::Article> all = store.articles.articles();
    QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("%1 articles read, some without their text").arg(all.size())));
    QVERIFY2(told.contains(QStringLiteral("could not be read")), qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("vigil-library check")), qPrintable(told));
}

QTEST_GUILESS_MAIN(DamagedLibraryTest)
#include "damagedlibrary_test.moc"
