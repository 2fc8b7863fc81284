// Search that knows the region's letters: one folding (core/text/folding.h) for
// the index, the query and the highlighter, so letters that do not decompose
// (Đ, Ł, Ø, ß …) and Serbian Cyrillic find the text as the page writes it.
#include "testlibrary.h"
#include "testsupport.h"
#include "text/folding.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;
using namespace Vigil::Core;

namespace {

const QString pageKey = QStringLiteral("letters");

// Titles and bodies as pages of the region write them; id = 1 + the index.
const QStringList bodies = {
    QStringLiteral("A shelter in Đakovica took in three women."),
    QStringLiteral("Police in Łódź and Gdańsk arrested the recruiters."),
    QStringLiteral("The victims were found in PRIŠTINA, then moved to Niš."),
    QStringLiteral("Reporters in Pristina spoke to the prosecutor."),
    QStringLiteral("Workers came from Øresund and the Færøerne; Straße and Þingvellir too."),
    QStringLiteral("Жртве су пронађене у Београду и Приштини."),
};

Page lettersPage()
{
    Page p;
    p.key = pageKey;
    p.title = QStringLiteral("Letters");
    p.countries = { QStringLiteral("RS") };
    for (int i = 0; i < bodies.size(); ++i) {
        Article a;
        a.id = i + 1;
        a.pageKey = pageKey;
        a.ordinal = i;
        a.line = 10 + i;
        a.title = QStringLiteral("Article %1").arg(i + 1);
        a.date = PartialDate::ofYear(2010 + i);
        Paragraph para;
        para.text = bodies.at(i);
        a.paragraphs = { para };
        a.countries = { QStringLiteral("RS") };
        p.articles.append(a);
    }
    return p;
}

QSet<qint64> found(const ArticleQueries &queries, const QString &text)
{
    QSet<qint64> ids;
    for (const SearchHit &h : queries.search(text, 50))
        ids.insert(h.id);
    return ids;
}

// The words of a folded text as the index's tokenizer splits them.
QStringList words(const QString &folded)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    QStringList out = folded.split(nonWord, Qt::SkipEmptyParts);
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class LetterSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Test::TestLibrary store;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("letters.sqlite"));
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::Create, &error)
                && store.importer.writeReferenceData(Test::referenceData(), &error)
                && store.importer.importPage(lettersPage(), &error) && store.connection.vacuum(&error),
            qPrintable(error));
        m_path = path;
    }

    void query_findsTheLetterAsWritten_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("d for Đ") << QStringLiteral("dakovica") << QList<qint64> { 1 };
        QTest::newRow("Đ as written") << QStringLiteral("Đakovica") << QList<qint64> { 1 };
        QTest::newRow("l and plain o for Łódź") << QStringLiteral("lodz") << QList<qint64> { 2 };
        QTest::newRow("Łódź as written") << QStringLiteral("Łódź") << QList<qint64> { 2 };
        QTest::newRow("o for Ø") << QStringLiteral("oresund") << QList<qint64> { 5 };
        QTest::newRow("ss for ß") << QStringLiteral("strasse") << QList<qint64> { 5 };
        QTest::newRow("th for Þ") << QStringLiteral("thingvellir") << QList<qint64> { 5 };
        QTest::newRow("ae for æ") << QStringLiteral("faeroerne") << QList<qint64> { 5 };
        QTest::newRow("Latin without the caron") << QStringLiteral("pristina") << QList<qint64> { 3, 4 };
        QTest::newRow("Serbian Cyrillic finds both Latin spellings")
            << QStringLiteral("Приштина") << QList<qint64> { 3, 4 };
        QTest::newRow("Cyrillic capitals") << QStringLiteral("ПРИШТИНА") << QList<qint64> { 3, 4 };
        QTest::newRow("a Cyrillic prefix") << QStringLiteral("Приш*") << QList<qint64> { 3, 4, 6 };
        QTest::newRow("Latin finds Cyrillic text") << QStringLiteral("beogradu") << QList<qint64> { 6 };
        QTest::newRow("Cyrillic finds Cyrillic text") << QStringLiteral("Београду") << QList<qint64> { 6 };
        QTest::newRow("a Cyrillic phrase") << QStringLiteral("\"пронађене у\"") << QList<qint64> { 6 };
    }

    void query_findsTheLetterAsWritten()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        Test::TestLibrary store;
        QString error;
        QVERIFY2(store.connection.open(m_path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(found(store.articles, query), QSet<qint64>(ids.cbegin(), ids.cend()));
    }

    void snippet_marksTheWordAsWritten()
    {
        Test::TestLibrary store;
        QString error;
        QVERIFY2(store.connection.open(m_path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const QList<SearchHit> hits = store.articles.search(QStringLiteral("dakovica"), 10);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[Đakovica]")), qPrintable(hits.first().snippet));
        const QList<SearchHit> cyrillic = store.articles.search(QStringLiteral("Приштина"), 10);
        QCOMPARE(cyrillic.size(), 2);
        for (const SearchHit &h : cyrillic) {
            QVERIFY2(
                h.snippet.contains(QStringLiteral("[PRIŠTINA]")) || h.snippet.contains(QStringLiteral("[Pristina]")),
                qPrintable(h.snippet));
        }
    }

    // The index's vocabulary is exactly the folded words of what it indexed: the
    // folding the query and the highlighter use, checked on the same strings.
    void index_holdsTheFoldedWords()
    {
        Test::TestLibrary store;
        QString error;
        QVERIFY2(store.connection.open(m_path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        QStringList expected;
        for (int i = 0; i < bodies.size(); ++i)
            expected += words(Text::fold(QString(bodies.at(i) + QStringLiteral(" Article %1").arg(i + 1))));
        expected.removeDuplicates();
        expected.sort();

        QSqlQuery q(store.connection.database());
        QVERIFY(q.exec(QStringLiteral("SELECT term FROM search_terms ORDER BY term")));
        QStringList terms;
        while (q.next())
            terms.append(q.value(0).toString());
        QCOMPARE(terms, expected);
    }

    // Serbian Cyrillic folds as ICU's Serbian-Latin/BGN transliteration, folded:
    // the letters and the digraphs (љ lj, њ nj, џ dž) of the whole alphabet.
    void cyrillic_foldsAsIcuTransliterates()
    {
        const QString alphabet = QStringLiteral("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ абвгдђежзијклљмнњопрстћуфхцчџш "
                                                "Приштина Ђаковица Љубљана Њујорк Џон Ћуприја Жабљак Шабац Чачак");
        QProcess uconv;
        uconv.start(QStringLiteral("uconv"),
            { QStringLiteral("-f"), QStringLiteral("utf-8"), QStringLiteral("-t"), QStringLiteral("utf-8"),
                QStringLiteral("-x"), QStringLiteral("Serbian-Latin/BGN") });
        QVERIFY2(
            uconv.waitForStarted(), "uconv (Debian's icu-devtools) is needed: packaging/install-deps.sh installs it");
        uconv.write(alphabet.toUtf8());
        uconv.closeWriteChannel();
        QVERIFY(uconv.waitForFinished());
        QCOMPARE(uconv.exitCode(), 0);
        const QString latin = QString::fromUtf8(uconv.readAllStandardOutput()).trimmed();
        QVERIFY(!latin.contains(QRegularExpression(QStringLiteral("\\p{Cyrillic}"))));
        QCOMPARE(Text::fold(alphabet), Text::fold(latin));
    }

    void cyrillic_otherLettersStayAsWritten()
    {
        // Russian letters Serbian lacks have no one Latin form: kept, lower case
        // (й loses its breve, as any letter its accent).
        QCOMPARE(Text::fold(QStringLiteral("ЙЫЭЯ")), QStringLiteral("иыэя"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(LetterSearchTest)
#include "lettersearch_test.moc"
