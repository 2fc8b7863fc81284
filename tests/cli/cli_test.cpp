#include "filechecksum.h"
#include "programrun.h"
#include "sqlfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = Vigil::Test::ProgramRun;

Run vigilLibrary(const QStringList &arguments)
{
    return Vigil::Test::runProgram(QStringLiteral(VIGIL_LIBRARY_TOOL), arguments);
}

// The ids of a --json answer.
QSet<qint64> idsIn(const QByteArray &json)
{
    QSet<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_isReproducible();
    void stats_reportsTheSeed();
    void bundledLibrary_isFoundBesideTheProgram();
    void search_findsPristinaWithoutDiacritics();
    void show_printsAllFields();
    void list_filtersByCountry();
    void check_acceptsGoodAndRefusesBadFiles();
    void exitCodes_followTheContract();
    void import_isIdempotentAndAtomic();
    void import_intoAnEmptyFile_makesALibrary();
    void import_twoFilesOfOneName_isRefused();
    void search_wordWithALeadingMinus_isAQueryWord();
    void search_onlyALeadingMinus_leavesTheRestOfTheLibrary();
    void search_fieldsAlone_listTheirArticles();
    void search_eitherSpelling_findsTheSame();
    void list_unknownCountry_isBadInput();
    void build_thatFails_leavesNoPartialFile();
    void notARegularFile_isSaidSo();
    void interruptedImport_isPlayedBack_notCalledDamaged();
    void upgrade_bringsAnOlderLibraryToTheCurrentSchema();
    void damagedLibrary_failsLoudly_neverAsAnEmptyAnswer();
    void export_badChoice_isBadInputInOneSentence();
    void export_selectors_chooseTheArticles();
    void export_toAFile_isWrittenWholeOrNotAtAll();
    void pages_describesEveryPage();
    void removePage_takesThePageAndNothingElse();
    void export_bibliography_isFormattedInTheStyle();
    void styles_listsTheDefaultsFirst_andSearches();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void CliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
    const Run r = vigilLibrary(
        { QStringLiteral("build"), QStringLiteral(VIGIL_SOURCE_DATA_DIR), QStringLiteral("-o"), m_library });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("32 article(s)"));
}

void CliTest::build_isReproducible()
{
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    const Run r = vigilLibrary(
        { QStringLiteral("build"), QStringLiteral(VIGIL_SOURCE_DATA_DIR), QStringLiteral("-o"), second });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(Vigil::Test::fileChecksum(second), Vigil::Test::fileChecksum(m_library));
    QVERIFY(!QFile::exists(second + QStringLiteral(".partial")));
}

void CliTest::stats_reportsTheSeed()
{
    const Run r
        = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), m_library });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("articles")).toInt(), 32);
    QCOMPARE(o.value(QStringLiteral("countries_with_articles")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("publishers")).toInt() >= 20);
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 4);
}

void CliTest::bundledLibrary_isFoundBesideTheProgram()
{
    const Run r = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("articles")).toInt(), 32);
}

void CliTest::search_findsPristinaWithoutDiacritics()
{
    const Run r = vigilLibrary({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"),
        m_library, QStringLiteral("pristina") });
    QCOMPARE(r.exitCode, 0);
    QStringList titles;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        titles << v.toObject().value(QStringLiteral("title")).toString();
    QVERIFY2(titles.contains(QStringLiteral("KPS rescues 2 human trafficking victims")), qPrintable(titles.join(u';')));
}

void CliTest::show_printsAllFields()
{
    const Run listed
        = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), m_library });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 32);
    qint64 id = 0;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("title")).toString()
            == u"A Legal Analysis of Trafficking in Persons Cases in Kosovo")
            id = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(id > 0);
    const Run r = vigilLibrary({ QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--library"),
        m_library, QString::number(id) });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    const QStringList keys { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("publisher"),
        QStringLiteral("authors"), QStringLiteral("dateline"), QStringLiteral("identifiers"), QStringLiteral("date"),
        QStringLiteral("date_precision"), QStringLiteral("accessed"), QStringLiteral("access_unavailable"),
        QStringLiteral("is_pdf"), QStringLiteral("featured"), QStringLiteral("archived_copy_note"),
        QStringLiteral("notes"), QStringLiteral("countries"), QStringLiteral("topics"), QStringLiteral("links"),
        QStringLiteral("paragraphs") };
    for (const QString &key : keys)
        QVERIFY2(a.contains(key), qPrintable(key));
    QCOMPARE(a.value(QStringLiteral("is_pdf")).toBool(), true);
    QCOMPARE(a.value(QStringLiteral("date")).toString(), QStringLiteral("2007-10"));
    QCOMPARE(a.value(QStringLiteral("date_precision")).toString(), QStringLiteral("month"));
    bool pageThree = false;
    for (const QJsonValue &p : a.value(QStringLiteral("paragraphs")).toArray())
        pageThree = pageThree || p.toObject().value(QStringLiteral("page")).toInt() == 3;
    QVERIFY(pageThree);
    QCOMPARE(a.value(QStringLiteral("accessed")).toArray(), QJsonArray { QStringLiteral("2011-08-28") });
}

void CliTest::list_filtersByCountry()
{
    const Run r = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--country"),
        QStringLiteral("xk"), QStringLiteral("--library"), m_library });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray kosovo = QJsonDocument::fromJson(r.out).array();
    QVERIFY(kosovo.size() > 5 && kosovo.size() < 32);
    for (const QJsonValue &v : kosovo)
        QVERIFY(v.toObject().value(QStringLiteral("countries")).toArray().contains(QStringLiteral("XK")));
}

void CliTest::check_acceptsGoodAndRefusesBadFiles()
{
    QCOMPARE(vigilLibrary({ QStringLiteral("check"), m_library }).exitCode, 0);
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are not the tables you are looking for\n");
    f.close();
    const Run bad = vigilLibrary({ QStringLiteral("check"), text });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!bad.err.trimmed().isEmpty());
    QCOMPARE(vigilLibrary({ QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.sqlite")) }).exitCode, 2);
}

void CliTest::exitCodes_followTheContract()
{
    QCOMPARE(vigilLibrary({}).exitCode, 1);
    QCOMPARE(vigilLibrary({ QStringLiteral("frobnicate") }).exitCode, 1);
    QCOMPARE(vigilLibrary({ QStringLiteral("show"), QStringLiteral("abc") }).exitCode, 1);
    QCOMPARE(
        vigilLibrary({ QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x") })
            .exitCode,
        1);
    QCOMPARE(vigilLibrary({ QStringLiteral("import"), QStringLiteral("x.txt") }).exitCode, 1);
    const Run missing
        = vigilLibrary({ QStringLiteral("show"), QStringLiteral("--library"), m_library, QStringLiteral("12345") });
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.count(u'\n'), 1);
    QCOMPARE(vigilLibrary({ QStringLiteral("--version") }).exitCode, 0);
    // Odd queries are answered, never an error.
    for (const QString &q : { QStringLiteral("\""), QStringLiteral("NEAR("),
             QStringLiteral("'; DROP TABLE articles; --"), QStringLiteral("*") })
        QCOMPARE(vigilLibrary({ QStringLiteral("search"), QStringLiteral("--library"), m_library, q }).exitCode, 0);
}

void CliTest::import_isIdempotentAndAtomic()
{
    const QString library = m_dir.filePath(QStringLiteral("mine.sqlite"));
    const QString page = QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
    const Run first = vigilLibrary({ QStringLiteral("import"), page, QStringLiteral("--library"), library });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(!first.text().contains(QStringLiteral("replaces")));
    const Run again = vigilLibrary({ QStringLiteral("import"), page, QStringLiteral("--library"), library });
    QCOMPARE(again.exitCode, 0);
    // Saved again, a page replaces the one of its name, and says so: a page of
    // another folder with the same file name would replace it too.
    QVERIFY2(
        again.text().contains(QStringLiteral("it replaces the page “Serbia, Montenegro & Kosovo” (32 article(s))")),
        qPrintable(again.text()));
    const Run stats
        = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library });
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("articles")).toInt(), 32);

    // A broken file next to a good one: nothing is imported, the file is unchanged.
    const QByteArray before = Vigil::Test::fileChecksum(library);
    const QString broken = m_dir.filePath(QStringLiteral("broken.txt"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\0\0\0binary", 9));
    f.close();
    const Run failed = vigilLibrary({ QStringLiteral("import"), page, broken, QStringLiteral("--library"), library });
    QCOMPARE(failed.exitCode, 2);
    QVERIFY(failed.err.contains(QStringLiteral("not text")));
    QCOMPARE(Vigil::Test::fileChecksum(library), before);
}

void CliTest::import_intoAnEmptyFile_makesALibrary()
{
    // `touch mine.sqlite`, then import: the empty file is a new library.
    const QString library = m_dir.filePath(QStringLiteral("touched.sqlite"));
    QFile touched(library);
    QVERIFY(touched.open(QIODevice::WriteOnly));
    touched.close();
    const QString page = QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
    const Run r = vigilLibrary({ QStringLiteral("import"), page, QStringLiteral("--library"), library });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(library + QStringLiteral(".partial")));
    const Run check = vigilLibrary({ QStringLiteral("check"), library });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    const Run stats
        = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library });
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("articles")).toInt(), 32);
}

void CliTest::import_twoFilesOfOneName_isRefused()
{
    QTemporaryDir dir;
    const QString page = QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))) && QDir().mkpath(dir.filePath(QStringLiteral("b"))));
    const QString a = dir.filePath(QStringLiteral("a/report.txt"));
    const QString b = dir.filePath(QStringLiteral("b/report.txt"));
    QVERIFY(QFile::copy(page, a) && QFile::copy(page, b));
    const QString library = dir.filePath(QStringLiteral("two.sqlite"));
    const Run r = vigilLibrary({ QStringLiteral("import"), a, b, QStringLiteral("--library"), library });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(QStringLiteral("same file name")) && r.err.contains(a) && r.err.contains(b), qPrintable(r.err));
    QVERIFY(!QFile::exists(library)); // nothing imported, nothing made
}

void CliTest::search_wordWithALeadingMinus_isAQueryWord()
{
    // The README's own syntax: -word leaves matches out.
    const Run all = vigilLibrary({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"),
        QStringLiteral("100"), QStringLiteral("--library"), m_library, QStringLiteral("trafficking") });
    const Run fewer = vigilLibrary(
        { QStringLiteral("search"), QStringLiteral("trafficking"), QStringLiteral("-sexual"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--library"), m_library });
    QVERIFY2(fewer.exitCode == 0, qPrintable(fewer.err));
    const int allHits = int(QJsonDocument::fromJson(all.out).array().size());
    const int fewerHits = int(QJsonDocument::fromJson(fewer.out).array().size());
    QVERIFY2(fewerHits > 0 && fewerHits < allHits, qPrintable(QStringLiteral("%1 of %2").arg(fewerHits).arg(allHits)));
    // An unknown option elsewhere is still a usage error.
    QCOMPARE(vigilLibrary({ QStringLiteral("stats"), QStringLiteral("-sexual") }).exitCode, 1);
}

void CliTest::search_onlyALeadingMinus_leavesTheRestOfTheLibrary()
{
    const auto ids = [this](const QString &query) {
        const Run r = vigilLibrary({ QStringLiteral("search"), query, QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--library"), m_library });
        return std::pair { r.exitCode, idsIn(r.out) };
    };
    const auto [withCode, with] = ids(QStringLiteral("sexual"));
    const auto [withoutCode, without] = ids(QStringLiteral("-sexual"));
    QCOMPARE(withCode, 0);
    QCOMPARE(withoutCode, 0);
    QVERIFY(!with.isEmpty() && !without.isEmpty());
    QVERIFY(!with.intersects(without));
    const QSet<qint64> all = idsIn(
        vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), m_library }).out);
    QCOMPARE(with + without, all); // together, the whole library
    // NOT says the same.
    QCOMPARE(ids(QStringLiteral("trafficking NOT sexual")).second, ids(QStringLiteral("trafficking -sexual")).second);
}

void CliTest::search_fieldsAlone_listTheirArticles()
{
    // country:XK with no words: the articles `list --country XK` lists.
    const Run search = vigilLibrary({ QStringLiteral("search"), QStringLiteral("country:XK"), QStringLiteral("--json"),
        QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--library"), m_library });
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    QVERIFY2(search.err.isEmpty(), qPrintable(search.err));
    const Run list = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--country"),
        QStringLiteral("XK"), QStringLiteral("--library"), m_library });
    QCOMPARE(list.exitCode, 0);
    const QSet<qint64> kosovo = idsIn(list.out);
    QVERIFY(!kosovo.isEmpty());
    QCOMPARE(idsIn(search.out), kosovo);
    // By name too, and a topic alone, each article of which has the topic.
    const Run byName
        = vigilLibrary({ QStringLiteral("search"), QStringLiteral("country:kosovo"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--library"), m_library });
    QCOMPARE(idsIn(byName.out), kosovo);
    const Run topic = vigilLibrary({ QStringLiteral("search"), QStringLiteral("topic:child-labour"),
        QStringLiteral("--json"), QStringLiteral("--library"), m_library });
    QCOMPARE(topic.exitCode, 0);
    const QSet<qint64> childLabour = idsIn(topic.out);
    QVERIFY(!childLabour.isEmpty());
    for (const qint64 id : childLabour) {
        const Run shown = vigilLibrary({ QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--library"),
            m_library, QString::number(id) });
        QVERIFY(QJsonDocument::fromJson(shown.out)
                    .object()
                    .value(QStringLiteral("topics"))
                    .toArray()
                    .contains(QStringLiteral("child-labour")));
    }
    // What the window would say under the search field goes to standard error.
    const Run unknown = vigilLibrary(
        { QStringLiteral("search"), QStringLiteral("country:ZZ"), QStringLiteral("--library"), m_library });
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("No country")), qPrintable(unknown.err));
}

void CliTest::search_eitherSpelling_findsTheSame()
{
    const auto run = [this](const QString &query) {
        return vigilLibrary({ QStringLiteral("search"), query, QStringLiteral("--library"), m_library,
            QStringLiteral("--limit"), QStringLiteral("100") });
    };
    const Run british = run(QStringLiteral("forced labour"));
    const Run american = run(QStringLiteral("forced labor"));
    QCOMPARE(british.exitCode, 0);
    QVERIFY(american.out.count('\n') > 0);
    // The same articles in the same order; each snippet marks the article's own spelling.
    QCOMPARE(british.out, american.out);
    QCOMPARE(run(QStringLiteral("topic:child-labor")).out, run(QStringLiteral("topic:child-labour")).out);
}

void CliTest::list_unknownCountry_isBadInput()
{
    const Run r = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--country"), QStringLiteral("ZZ"),
        QStringLiteral("--library"), m_library });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no country with the code ZZ")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one line, as the README says
    // A real country without articles lists nothing, and that is no error.
    const Run france = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--country"), QStringLiteral("fr"),
        QStringLiteral("--library"), m_library });
    QCOMPARE(france.exitCode, 0);
    QVERIFY(france.out.isEmpty());
}

void CliTest::build_thatFails_leavesNoPartialFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data/sources"))));
    const QDir data(QStringLiteral(VIGIL_SOURCE_DATA_DIR));
    for (const QString &table : data.entryList({ QStringLiteral("*.tsv"), QStringLiteral("*.json") }, QDir::Files))
        QVERIFY(QFile::copy(data.filePath(table), dir.filePath(QStringLiteral("data/") + table)));
    const QString output = dir.filePath(QStringLiteral("out.sqlite"));
    // The page parses, but the library cannot be written where it is asked to be.
    QVERIFY(QFile::copy(QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt"),
        dir.filePath(QStringLiteral("data/sources/page.txt"))));
    QVERIFY(QDir().mkpath(output)); // a folder where the library should go: rename fails
    const Run r
        = vigilLibrary({ QStringLiteral("build"), dir.filePath(QStringLiteral("data")), QStringLiteral("-o"), output });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(output + QStringLiteral(".partial")));
}

void CliTest::notARegularFile_isSaidSo()
{
    const Run r = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--library"), QStringLiteral("/dev/null") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not a regular file")) && !r.err.contains(QStringLiteral("folder")),
        qPrintable(r.err));
}

void CliTest::interruptedImport_isPlayedBack_notCalledDamaged()
{
    // An import killed mid-way (kill -9, a full disk) leaves the library file
    // half-changed beside a hot rollback journal. Made here with the sqlite3
    // shell's engine through the tool's own file: copy a library, then let a
    // child process change it in a transaction and die without committing.
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("killed.sqlite"));
    QVERIFY(QFile::copy(m_library, library));
    QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner);
    QProcess sqlite;
    sqlite.setProgram(QStringLiteral("python3"));
    sqlite.setArguments({ QStringLiteral("-c"),
        QStringLiteral("import os, sqlite3, sys\n"
                       "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                       "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1')\n"
                       "c.execute('BEGIN'); c.execute('DELETE FROM articles')\n"
                       "c.execute('UPDATE vigil_meta SET value = value')\n"
                       "os._exit(0)\n"),
        library });
    sqlite.start();
    QVERIFY(sqlite.waitForFinished(60000));
    if (sqlite.exitCode() != 0)
        QSKIP("python3 with sqlite3 is needed to make the interrupted import");
    QVERIFY2(QFileInfo(library + QStringLiteral("-journal")).size() > 0, "the child left a hot journal");

    const Run stats
        = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library });
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("articles")).toInt(), 32);
    const Run check = vigilLibrary({ QStringLiteral("check"), library });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + QString::fromUtf8(check.out)));
    QCOMPARE(Vigil::Test::fileChecksum(library), Vigil::Test::fileChecksum(m_library));
}

void CliTest::upgrade_bringsAnOlderLibraryToTheCurrentSchema()
{
    const QString old = m_dir.filePath(QStringLiteral("schema1.sqlite"));
    QString error;
    QVERIFY2(Vigil::Test::loadSqlFile(old, QStringLiteral(VIGIL_TEST_DATA_DIR "/libraries/schema1.sql"), &error),
        qPrintable(error));
    const QByteArray before = Vigil::Test::fileChecksum(old);
    // Reading it says what to run, and leaves it as it is.
    const Run refused = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--library"), old });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("vigil-library upgrade")), qPrintable(refused.err));
    QCOMPARE(Vigil::Test::fileChecksum(old), before);

    const Run upgraded = vigilLibrary({ QStringLiteral("upgrade"), old });
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    QVERIFY2(upgraded.out.contains("upgraded from schema 1 to 4"), upgraded.out.constData());
    const Run search
        = vigilLibrary({ QStringLiteral("search"), QStringLiteral("--library"), old, QStringLiteral("podgorica") });
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.startsWith("1002\t"), search.out.constData());
    QCOMPARE(vigilLibrary({ QStringLiteral("check"), old }).exitCode, 0);
    const Run again = vigilLibrary({ QStringLiteral("upgrade"), old });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("already at schema 4"), again.out.constData());

    QCOMPARE(vigilLibrary({ QStringLiteral("upgrade") }).exitCode, 1);
    QCOMPARE(vigilLibrary({ QStringLiteral("upgrade"), m_dir.filePath(QStringLiteral("none.sqlite")) }).exitCode, 2);
}

void CliTest::damagedLibrary_failsLoudly_neverAsAnEmptyAnswer()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(m_library, damaged));
    QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    QVERIFY2(Vigil::Test::damageTable(damaged, "articles", &error), qPrintable(error));
    for (const QStringList &command : { QStringList { QStringLiteral("list") },
             QStringList { QStringLiteral("search"), QStringLiteral("trafficking") },
             QStringList { QStringLiteral("show"), QStringLiteral("1") } }) {
        const Run r = vigilLibrary(command + QStringList { QStringLiteral("--library"), damaged });
        QVERIFY2(r.exitCode == 2, qPrintable(command.first() + u": " + QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(QStringLiteral("could not be read"))
                && r.err.contains(QStringLiteral("vigil-library check")),
            qPrintable(command.first() + u": " + r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }
}

void CliTest::export_badChoice_isBadInputInOneSentence()
{
    const QStringList library { QStringLiteral("--library"), m_library };
    auto exportWith = [&library](const QStringList &arguments) {
        return vigilLibrary(QStringList { QStringLiteral("export") } + arguments + library);
    };
    const struct
    {
        QStringList arguments;
        QString says;
    } cases[] = {
        { { QStringLiteral("--format"), QStringLiteral("bibliographie") },
            QStringLiteral("no export format \"bibliographie\"; the formats are bibtex, ris, csl-json, "
                           "bibliography, bibliography-html") },
        // A style that is not there: never some other style instead.
        { { QStringLiteral("--format"), QStringLiteral("bibliography"), QStringLiteral("--style"),
              QStringLiteral("no-such-style") },
            QStringLiteral("no citation style \"no-such-style\"; vigil-library styles --search WORD lists them") },
        { { QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--country"), QStringLiteral("ZZ") },
            QStringLiteral("no country with the code ZZ") },
        { { QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--ids"), QStringLiteral("12345") },
            QStringLiteral("no article with id 12345") },
        { { QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--ids"), QStringLiteral("1,x") },
            QStringLiteral("\"x\" is not an article id") },
    };
    for (const auto &c : cases) {
        const Run r = exportWith(c.arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
    const Run noFormat = exportWith({});
    QCOMPARE(noFormat.exitCode, 1);
    QVERIFY2(noFormat.err.contains(QStringLiteral("--format bibtex|ris|csl-json")), qPrintable(noFormat.err));
    const Run help = vigilLibrary({ QStringLiteral("export"), QStringLiteral("--help") });
    QVERIFY(help.out.contains("--format bibtex|ris|csl-json|bibliography|bibliography-html"));
    QVERIFY(help.out.contains("--style <NAME>"));
}

void CliTest::export_selectors_chooseTheArticles()
{
    auto exported = [this](const QStringList &selector) {
        const Run r = vigilLibrary(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("csl-json"), QStringLiteral("--library"), m_library }
            + selector);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).array();
    };
    QCOMPARE(exported({}).size(), 32);
    const Run kosovo = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--country"),
        QStringLiteral("XK"), QStringLiteral("--library"), m_library });
    const QSet<qint64> kosovoIds = idsIn(kosovo.out);
    QVERIFY(!kosovoIds.isEmpty());
    QCOMPARE(exported({ QStringLiteral("--country"), QStringLiteral("xk") }).size(), kosovoIds.size());

    const QJsonArray found = exported({ QStringLiteral("--query"), QStringLiteral("pristina") });
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < 32);
    QStringList foundTitles;
    for (const QJsonValue &item : found)
        foundTitles << item.toObject().value(QStringLiteral("title")).toString();
    QVERIFY2(foundTitles.contains(QStringLiteral("KPS rescues 2 human trafficking victims")),
        qPrintable(foundTitles.join(u'|')));

    // The ids in the order given; an id outside the country is not exported.
    const QList<qint64> all = idsIn(
        vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), m_library }).out)
                                  .values();
    QList<qint64> two;
    for (const qint64 id : all) {
        if (kosovoIds.contains(id) && two.size() < 2)
            two << id;
    }
    QCOMPARE(two.size(), 2);
    const QString list = QString::number(two.at(1)) + u',' + QString::number(two.at(0));
    QCOMPARE(exported({ QStringLiteral("--ids"), list }).size(), 2);
    const Run show = vigilLibrary({ QStringLiteral("show"), QStringLiteral("--json"), QString::number(two.at(1)),
        QStringLiteral("--library"), m_library });
    QCOMPARE(exported({ QStringLiteral("--ids"), list }).first().toObject().value(QStringLiteral("title")),
        QJsonDocument::fromJson(show.out).object().value(QStringLiteral("title")));
    QCOMPARE(exported({ QStringLiteral("--ids"), list, QStringLiteral("--country"), QStringLiteral("FR") }).size(), 0);

    // The source page itself, cited as a whole: one item, the page's own title,
    // its compiler as the author, a bibliography in a style too.
    const Run pages
        = vigilLibrary({ QStringLiteral("pages"), QStringLiteral("--json"), QStringLiteral("--library"), m_library });
    const QJsonObject page = QJsonDocument::fromJson(pages.out).array().first().toObject();
    const QString key = page.value(QStringLiteral("key")).toString();
    QVERIFY2(!key.isEmpty(), pages.out.constData());
    const QJsonArray cited = exported({ QStringLiteral("--page"), key });
    QCOMPARE(cited.size(), 1);
    const QJsonObject item = cited.first().toObject();
    // As the page's own citation names it: the site's title, then the page's.
    QVERIFY2(item.value(QStringLiteral("title")).toString().endsWith(page.value(QStringLiteral("title")).toString()),
        qPrintable(item.value(QStringLiteral("title")).toString()));
    QVERIFY2(item.value(QStringLiteral("author")).toArray().first().toObject().value(QStringLiteral("family"))
            == QStringLiteral("Patt"),
        QJsonDocument(item).toJson().constData());
    const Run apa = vigilLibrary({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibliography"),
        QStringLiteral("--page"), key, QStringLiteral("--library"), m_library });
    QCOMPARE(apa.exitCode, 0);
    QVERIFY2(apa.text().startsWith(QStringLiteral("Patt, M.")), qPrintable(apa.text()));
    QVERIFY2(apa.text().contains(page.value(QStringLiteral("title")).toString()), qPrintable(apa.text()));
    const Run unknown = vigilLibrary({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ris"),
        QStringLiteral("--page"), QStringLiteral("no-such-page.txt"), QStringLiteral("--library"), m_library });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("no source page \"no-such-page.txt\"")), qPrintable(unknown.err));
    QCOMPARE(unknown.err.count(u'\n'), 1);
    const Run both = vigilLibrary(
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--page"), key,
            QStringLiteral("--country"), QStringLiteral("RS"), QStringLiteral("--library"), m_library });
    QCOMPARE(both.exitCode, 1);
    QVERIFY2(both.err.contains(QStringLiteral("--page cites the page itself")), qPrintable(both.err));
}

void CliTest::export_toAFile_isWrittenWholeOrNotAtAll()
{
    const QString file = m_dir.filePath(QStringLiteral("citations.bib"));
    const QStringList base { QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("-o"),
        file, QStringLiteral("--format") };
    Run r = vigilLibrary(base + QStringList { QStringLiteral("bibtex") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("Wrote 32 citations to")), qPrintable(r.err));
    const QByteArray checksum = Vigil::Test::fileChecksum(file);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count("\n@"), 31);
    // A refused export leaves the file as it was, and leaves nothing beside it.
    r = vigilLibrary(
        base + QStringList { QStringLiteral("bibliography"), QStringLiteral("--style"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(Vigil::Test::fileChecksum(file), checksum);
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("citations*") }, QDir::Files),
        QStringList { QStringLiteral("citations.bib") });
    // A folder that is not there: said in one sentence.
    r = vigilLibrary({ QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("--format"),
        QStringLiteral("ris"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/folder/c.ris")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("vigil-library: cannot write ")), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
}

void CliTest::pages_describesEveryPage()
{
    const Run r
        = vigilLibrary({ QStringLiteral("pages"), QStringLiteral("--json"), QStringLiteral("--library"), m_library });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray pages = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(pages.size(), 1);
    const QJsonObject page = pages.first().toObject();
    QCOMPARE(page.value(QStringLiteral("kind")).toString(), QStringLiteral("country"));
    QCOMPARE(page.value(QStringLiteral("entries")).toInt(), 32);
    QCOMPARE(page.value(QStringLiteral("title")).toString(), QStringLiteral("Serbia, Montenegro & Kosovo"));
    QCOMPARE(page.value(QStringLiteral("countries")).toArray().size(), 3);
    const QJsonArray profiles = page.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 3);
    for (const QJsonValue &v : profiles) {
        const QJsonObject profile = v.toObject();
        QVERIFY2(!profile.value(QStringLiteral("background")).toArray().isEmpty(),
            QJsonDocument(profile).toJson().constData());
        QVERIFY(!profile.value(QStringLiteral("country")).toString().isEmpty());
    }
    // The page's one hotline, with where it was read.
    const QJsonArray hotlines = page.value(QStringLiteral("hotlines")).toArray();
    QVERIFY(!hotlines.isEmpty());
    for (const QJsonValue &v : hotlines)
        QVERIFY(v.toObject().value(QStringLiteral("source")).toString().startsWith(QStringLiteral("From the page")));

    // The plain form: one line a page.
    const Run plain = vigilLibrary({ QStringLiteral("pages"), QStringLiteral("--library"), m_library });
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out.count('\n'), 1);
    QVERIFY(plain.out.contains("32 entries"));
}

void CliTest::removePage_takesThePageAndNothingElse()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("mine.sqlite"));
    const QString seed = QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
    const Run imported = vigilLibrary({ QStringLiteral("import"), seed, QStringLiteral("--library"), library });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // An unknown key: one sentence, exit 2, the file unchanged.
    const QByteArray before = Vigil::Test::fileChecksum(library);
    const Run unknown = vigilLibrary(
        { QStringLiteral("remove-page"), QStringLiteral("no-such-page"), QStringLiteral("--library"), library });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("no page “no-such-page”")), qPrintable(unknown.err));
    QCOMPARE(unknown.err.count(u'\n'), 1);
    QCOMPARE(Vigil::Test::fileChecksum(library), before);
    // The bundled library is never changed.
    QCOMPARE(vigilLibrary({ QStringLiteral("remove-page"), QStringLiteral("000_e4693ba91c0c7f19") }).exitCode, 1);

    const Run removed = vigilLibrary({ QStringLiteral("remove-page"), QStringLiteral("000_e4693ba91c0c7f19"),
        QStringLiteral("--library"), library });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains("32 article(s)"), removed.out.constData());
    const Run stats
        = vigilLibrary({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library });
    const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(o.value(QStringLiteral("articles")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("publishers")).toInt(), 0);
    const Run search = vigilLibrary({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"),
        library, QStringLiteral("pristina") });
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(idsIn(search.out).isEmpty(), search.out.constData());
    const Run check = vigilLibrary({ QStringLiteral("check"), library });
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));

    // Imported again, it is whole again.
    const Run again = vigilLibrary({ QStringLiteral("import"), seed, QStringLiteral("--library"), library });
    QCOMPARE(again.exitCode, 0);
    const Run found = vigilLibrary({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"),
        library, QStringLiteral("pristina") });
    QVERIFY(!idsIn(found.out).isEmpty());
}

void CliTest::export_bibliography_isFormattedInTheStyle()
{
    const QStringList base { QStringLiteral("export"), QStringLiteral("--library"), m_library };
    // APA by default: one entry a paragraph, as text.
    Run r = vigilLibrary(base + QStringList { QStringLiteral("--format"), QStringLiteral("bibliography") });
    QCOMPARE(r.exitCode, 0);
    const QStringList entries = QString::fromUtf8(r.out).trimmed().split(QStringLiteral("\n\n"));
    QCOMPARE(entries.size(), 32);
    for (const QString &entry : entries)
        QVERIFY2(!entry.contains(u'<') && !entry.contains(QStringLiteral("&#")), qPrintable(entry));

    // HTML, in a style named by its title; italics as <i>.
    r = vigilLibrary(base
        + QStringList { QStringLiteral("--format"), QStringLiteral("bibliography-html"), QStringLiteral("--style"),
            QStringLiteral("Modern Language Association 9th edition") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
    QCOMPARE(r.out.count("<div class=\"csl-entry\">"), 32);
    QVERIFY(r.out.contains("<i>"));
    QVERIFY(r.out.contains("<title>Modern Language Association 9th edition</title>"));

    // A .csl file given by its path, and the articles chosen by --ids.
    const QString style = m_dir.filePath(QStringLiteral("my-style.csl"));
    QFile::remove(style);
    QVERIFY(
        QFile::copy(QStringLiteral(VIGIL_SOURCE_DATA_DIR "/../resources/csl/styles/chicago-author-date.csl"), style));
    const Run list = vigilLibrary({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--country"),
        QStringLiteral("XK"), QStringLiteral("--library"), m_library });
    const QList<qint64> ids = idsIn(list.out).values();
    QVERIFY(!ids.isEmpty());
    r = vigilLibrary(base
        + QStringList { QStringLiteral("--format"), QStringLiteral("bibliography"), QStringLiteral("--style"), style,
            QStringLiteral("--ids"), QString::number(ids.first()) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed().count(QStringLiteral("\n\n")), 0);
    QVERIFY(!r.out.trimmed().isEmpty());
}

void CliTest::styles_listsTheDefaultsFirst_andSearches()
{
    Run r = vigilLibrary({ QStringLiteral("styles"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray styles = QJsonDocument::fromJson(r.out).array();
    QVERIFY(styles.size() >= 5);
    const QStringList defaults { QStringLiteral("apa"), QStringLiteral("modern-language-association"),
        QStringLiteral("chicago-author-date"), QStringLiteral("chicago-note-bibliography"),
        QStringLiteral("harvard-cite-them-right") };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(styles.at(i).toObject().value(QStringLiteral("id")).toString(), defaults.at(i));
        QVERIFY(styles.at(i).toObject().value(QStringLiteral("bundled")).toBool());
    }
    r = vigilLibrary({ QStringLiteral("styles"), QStringLiteral("--search"), QStringLiteral("chicago 17th note") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("chicago-note-bibliography\tChicago Manual of Style 17th edition (note)\n"),
        r.out.constData());
    r = vigilLibrary({ QStringLiteral("styles"), QStringLiteral("--search"), QStringLiteral("zzzz-no-such") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("No style matches")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
