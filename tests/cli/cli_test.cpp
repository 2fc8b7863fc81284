#include "filechecksum.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run vigilLibrary(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VIGIL_LIBRARY_TOOL), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
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

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void CliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
    const Run r = vigilLibrary({QStringLiteral("build"), QStringLiteral(VIGIL_SOURCE_DATA_DIR), QStringLiteral("-o"), m_library});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("32 article(s)"));
}

void CliTest::build_isReproducible()
{
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    const Run r = vigilLibrary({QStringLiteral("build"), QStringLiteral(VIGIL_SOURCE_DATA_DIR), QStringLiteral("-o"), second});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(Vigil::Test::fileChecksum(second), Vigil::Test::fileChecksum(m_library));
    QVERIFY(!QFile::exists(second + QStringLiteral(".partial")));
}

void CliTest::stats_reportsTheSeed()
{
    const Run r = vigilLibrary({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("articles")).toInt(), 32);
    QCOMPARE(o.value(QStringLiteral("countries_with_articles")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("publishers")).toInt() >= 20);
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 3);
}

void CliTest::bundledLibrary_isFoundBesideTheProgram()
{
    const Run r = vigilLibrary({QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("articles")).toInt(), 32);
}

void CliTest::search_findsPristinaWithoutDiacritics()
{
    const Run r = vigilLibrary({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"), m_library, QStringLiteral("pristina")});
    QCOMPARE(r.exitCode, 0);
    QStringList titles;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        titles << v.toObject().value(QStringLiteral("title")).toString();
    QVERIFY2(titles.contains(QStringLiteral("KPS rescues 2 human trafficking victims")), qPrintable(titles.join(u';')));
}

void CliTest::show_printsAllFields()
{
    const Run listed = vigilLibrary({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), m_library});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 32);
    qint64 id = 0;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("title")).toString() == u"A Legal Analysis of Trafficking in Persons Cases in Kosovo")
            id = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(id > 0);
    const Run r = vigilLibrary({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--library"), m_library, QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    const QStringList keys{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("authors"),
                           QStringLiteral("dateline"), QStringLiteral("identifiers"), QStringLiteral("date"), QStringLiteral("date_precision"),
                           QStringLiteral("accessed"), QStringLiteral("access_unavailable"), QStringLiteral("is_pdf"), QStringLiteral("featured"),
                           QStringLiteral("archived_copy_note"), QStringLiteral("notes"), QStringLiteral("countries"), QStringLiteral("topics"),
                           QStringLiteral("links"), QStringLiteral("paragraphs")};
    for (const QString &key : keys)
        QVERIFY2(a.contains(key), qPrintable(key));
    QCOMPARE(a.value(QStringLiteral("is_pdf")).toBool(), true);
    QCOMPARE(a.value(QStringLiteral("date")).toString(), QStringLiteral("2007-10"));
    QCOMPARE(a.value(QStringLiteral("date_precision")).toString(), QStringLiteral("month"));
    bool pageThree = false;
    for (const QJsonValue &p : a.value(QStringLiteral("paragraphs")).toArray())
        pageThree = pageThree || p.toObject().value(QStringLiteral("page")).toInt() == 3;
    QVERIFY(pageThree);
    QCOMPARE(a.value(QStringLiteral("accessed")).toArray(), QJsonArray{QStringLiteral("2011-08-28")});
}

void CliTest::list_filtersByCountry()
{
    const Run r = vigilLibrary({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("xk"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray kosovo = QJsonDocument::fromJson(r.out).array();
    QVERIFY(kosovo.size() > 5 && kosovo.size() < 32);
    for (const QJsonValue &v : kosovo)
        QVERIFY(v.toObject().value(QStringLiteral("countries")).toArray().contains(QStringLiteral("XK")));
}

void CliTest::check_acceptsGoodAndRefusesBadFiles()
{
    QCOMPARE(vigilLibrary({QStringLiteral("check"), m_library}).exitCode, 0);
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are not the tables you are looking for\n");
    f.close();
    const Run bad = vigilLibrary({QStringLiteral("check"), text});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!bad.err.trimmed().isEmpty());
    QCOMPARE(vigilLibrary({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode, 2);
}

void CliTest::exitCodes_followTheContract()
{
    QCOMPARE(vigilLibrary({}).exitCode, 1);
    QCOMPARE(vigilLibrary({QStringLiteral("frobnicate")}).exitCode, 1);
    QCOMPARE(vigilLibrary({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 1);
    QCOMPARE(vigilLibrary({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x")}).exitCode, 1);
    QCOMPARE(vigilLibrary({QStringLiteral("import"), QStringLiteral("x.txt")}).exitCode, 1);
    const Run missing = vigilLibrary({QStringLiteral("show"), QStringLiteral("--library"), m_library, QStringLiteral("12345")});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.count(u'\n'), 1);
    QCOMPARE(vigilLibrary({QStringLiteral("--version")}).exitCode, 0);
    // Odd queries are answered, never an error.
    for (const QString &q : {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("'; DROP TABLE articles; --"), QStringLiteral("*")})
        QCOMPARE(vigilLibrary({QStringLiteral("search"), QStringLiteral("--library"), m_library, q}).exitCode, 0);
}

void CliTest::import_isIdempotentAndAtomic()
{
    const QString library = m_dir.filePath(QStringLiteral("mine.sqlite"));
    const QString page = QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
    const Run first = vigilLibrary({QStringLiteral("import"), page, QStringLiteral("--library"), library});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Run again = vigilLibrary({QStringLiteral("import"), page, QStringLiteral("--library"), library});
    QCOMPARE(again.exitCode, 0);
    const Run stats = vigilLibrary({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library});
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("articles")).toInt(), 32);

    // A broken file next to a good one: nothing is imported, the file is unchanged.
    const QByteArray before = Vigil::Test::fileChecksum(library);
    const QString broken = m_dir.filePath(QStringLiteral("broken.txt"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\0\0\0binary", 9));
    f.close();
    const Run failed = vigilLibrary({QStringLiteral("import"), page, broken, QStringLiteral("--library"), library});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY(failed.err.contains(QStringLiteral("not text")));
    QCOMPARE(Vigil::Test::fileChecksum(library), before);
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
