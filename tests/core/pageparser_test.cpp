#include "export/articlejson.h"
#include "import/pageparser.h"
#include "import/textdecoder.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::referenceData;

namespace {

// Walks two JSON values and lists every difference by its path, so a failing
// golden test says which field of which entry changed.
void diffJson(const QString &path, const QJsonValue &expected, const QJsonValue &actual, QStringList &out)
{
    if (expected.type() != actual.type()) {
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(QJsonArray { actual }).toJson(QJsonDocument::Compact)));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        for (const QString &key : keys)
            diffJson(path + u'.' + key, e.value(key), a.value(key), out);
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            out << QStringLiteral("%1: expected %2 items, got %3").arg(path).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < qMin(e.size(), a.size()); ++i)
            diffJson(QStringLiteral("%1[%2]").arg(path).arg(i), e.at(i), a.at(i), out);
    } else if (expected != actual) {
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(QJsonArray { actual }).toJson(QJsonDocument::Compact)));
    }
}

const Article *findByTitle(const Page &page, const QString &prefix)
{
    for (const Article &a : page.articles) {
        if (a.title.startsWith(prefix))
            return &a;
    }
    return nullptr;
}

QString pageText(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// A page of another country in the same format, with its own quirks: one
// country, no archives line, hotlines with labels on the same line, a byline
// with no date, a numeric date, and an entry without a byline.
QString otherCountryPage()
{
    return pageText({
        QStringLiteral("Main Menu"),
        QString(),
        QStringLiteral("Human Trafficking & Modern-day Slavery"),
        QString(),
        QStringLiteral("Albania"),
        QString(),
        QStringLiteral("Published reports & articles from 2001 to 2020"),
        QString(),
        QStringLiteral("Republic of Albania"),
        QString(),
        QStringLiteral("Albania has made progress. [The World Factbook, U.S.C.I.A. 2009]"),
        QString(),
        QStringLiteral("Albania is a source country for women and children trafficked for sexual exploitation. - U.S. "
                       "State Dept Trafficking in Persons Report, June, 2009"),
        QString(),
        QStringLiteral("CAUTION:  The following links have been culled from the web."),
        QString(),
        QStringLiteral("HELP for Victims"),
        QString(),
        QStringLiteral("National hotline: 0800 1111"),
        QStringLiteral("Country code: 355-"),
        QString(),
        QStringLiteral("Girls rescued in Tirana"),
        QString(),
        QStringLiteral("Balkan Insight, TIRANA, 14/02/2011"),
        QString(),
        QStringLiteral("[accessed 3 March 2012]"),
        QString(),
        QStringLiteral("Police in Durrës freed three girls forced into prostitution."),
        QString(),
        QStringLiteral("A stray line with no title"),
        QString(),
        QStringLiteral("[accessed 4 March 2012]"),
        QString(),
        QStringLiteral("The second paragraph of the same story."),
        QString(),
        QStringLiteral("All material used herein reproduced under the fair use exception of 17 USC § 107.  Cite this "
                       "webpage as: Patt, Prof. Martin, \"Albania\""),
    });
}

} // namespace

class PageParserTest : public QObject
{
    Q_OBJECT

private slots:
    void seed_matchesGoldenFile();
    void seed_hasThirtyTwoEntriesInOrder();
    void seed_headFieldsAreRead();
    void seed_doneCriteriaHold();
    void seed_idsAreStableAcrossParses();
    void otherCountryPage_isReadAsFormat();
    void unplacedLines_warnWithLineNumbers();
    void emptyPage_isAnError();
    void binaryFile_isAnError();
    void hugeFile_isRefusedWithoutReadingIt();
    void utf8WithOneBadByte_staysUtf8_andNamesTheLine();
    void utf16Pages_areDecoded_data();
    void utf16Pages_areDecoded();
    void windows1250_isDecoded();
    void windows1252_isDecoded();
    void pageWithoutEntries_warns();
    void hostileText_neverCrashes();
    void hugeLine_isKept();
    void absurdlyLongLine_isRefusedInOneSentence();
    void titlesThatFoldAlike_keepDistinctIds();
};

void PageParserTest::seed_matchesGoldenFile()
{
    const PageParser parser(referenceData());
    const PageParser::Result result = parser.parseFile(Vigil::Test::seedPagePath());
    QVERIFY2(result.ok, qPrintable(result.error));
    QJsonObject actual = Json::page(result.page, true);
    actual.insert(QStringLiteral("warnings"), Json::warnings(result.page.warnings));

    const QString goldenPath = Vigil::Test::testDataPath(QStringLiteral("seed_expected.json"));
    if (qEnvironmentVariableIsSet("VIGIL_WRITE_GOLDEN")) {
        QFile out(QString::fromLocal8Bit(qgetenv("VIGIL_WRITE_GOLDEN")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QJsonDocument expected = QJsonDocument::fromJson(golden.readAll());
    QVERIFY(expected.isObject());
    QStringList differences;
    diffJson(QStringLiteral("page"), expected.object(), actual, differences);
    for (const QString &d : std::as_const(differences))
        qWarning().noquote() << d;
    QVERIFY2(differences.isEmpty(),
        qPrintable(QStringLiteral("%1 difference(s) from the golden file").arg(differences.size())));
}

void PageParserTest::seed_hasThirtyTwoEntriesInOrder()
{
    const PageParser parser(referenceData());
    const Page page = parser.parseFile(Vigil::Test::seedPagePath()).page;
    QCOMPARE(page.articles.size(), 32);
    QCOMPARE(page.articles.first().title, QStringLiteral("Shameful Investigation Into Sex-Trafficking Case"));
    QCOMPARE(page.articles.last().title, QStringLiteral("Freedom House Country Report - Kosovo"));
    int featured = 0;
    for (const Article &a : page.articles)
        featured += a.featured ? 1 : 0;
    QCOMPARE(featured, 2);
}

void PageParserTest::seed_headFieldsAreRead()
{
    const PageParser parser(referenceData());
    const Page page = parser.parseFile(Vigil::Test::seedPagePath()).page;
    QCOMPARE(page.title, QStringLiteral("Serbia, Montenegro & Kosovo"));
    QCOMPARE(page.siteTitle, QStringLiteral("Human Trafficking & Modern-day Slavery"));
    QCOMPARE(page.tagline, QStringLiteral("Poverty drives the unsuspecting poor into the hands of traffickers"));
    QCOMPARE(page.countries, (QStringList { QStringLiteral("RS"), QStringLiteral("ME"), QStringLiteral("XK") }));
    QCOMPARE(page.coverageFrom, 2000);
    QCOMPARE(page.coverageTo, 2025);
    QCOMPARE(page.profiles.size(), 3);
    QCOMPARE(page.profiles[2].officialName, QStringLiteral("Republic of Kosovo"));
    QCOMPARE(page.profiles[2].country, QStringLiteral("XK"));
    QCOMPARE(page.profiles[0].backgroundCitation, QStringLiteral("The World Factbook, U.S.C.I.A. 2009"));
    QVERIFY(page.profiles[1].tipExcerpt.startsWith(QStringLiteral("Montenegro is primarily a transit country")));
    QCOMPARE(page.profiles[1].tipCitation, QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009"));
    QVERIFY(page.caution.startsWith(QStringLiteral("The following links have been culled")));
    QCOMPARE(page.studentNote.size(), 2);
    QVERIFY(page.citation.startsWith(QStringLiteral("Patt, Prof. Martin")));
    QVERIFY(page.fairUse.contains(QStringLiteral("17 USC § 107")));
}

void PageParserTest::seed_doneCriteriaHold()
{
    const PageParser parser(referenceData());
    const Page page = parser.parseFile(Vigil::Test::seedPagePath()).page;

    QCOMPARE(page.hotlines.size(), 1);
    QCOMPARE(page.hotlines[0].country, QStringLiteral("RS"));
    QCOMPARE(page.hotlines[0].label, QStringLiteral("SOS hotline"));
    QCOMPARE(page.hotlines[0].e164, QStringLiteral("+381113347817"));
    QCOMPARE(page.hotlines[0].display, QStringLiteral("+381 11 3347817"));

    const Article *legal = findByTitle(page, QStringLiteral("A Legal Analysis of Trafficking"));
    QVERIFY(legal);
    QVERIFY(legal->isPdf);
    QCOMPARE(legal->date.toIso(), QStringLiteral("2007-10"));
    QCOMPARE(legal->date.precision(), DatePrecision::Month);
    QCOMPARE(legal->paragraphs.first().page, 3);

    const Article *kps = findByTitle(page, QStringLiteral("KPS rescues"));
    QVERIFY(kps);
    QCOMPARE(kps->dateline, QStringLiteral("PRIŠTINA"));
    QVERIFY(kps->countries.contains(QStringLiteral("XK")));

    const Article *freedom = findByTitle(page, QStringLiteral("Freedom House Country Report"));
    QVERIFY(freedom);
    QCOMPARE(freedom->links.size(), 3);
    QCOMPARE(freedom->links[1].country, QStringLiteral("ME"));

    const Article *reports = findByTitle(page, QStringLiteral("2020 Country Reports"));
    QVERIFY(reports);
    QVERIFY(!reports->byline.contains(QStringLiteral("montenegro/")));
    QCOMPARE(reports->paragraphs.first().section, QStringLiteral("RS"));
    QCOMPARE(reports->paragraphs[2].sectionLabel, QStringLiteral("MONTENEGRO"));
}

void PageParserTest::seed_idsAreStableAcrossParses()
{
    const PageParser parser(referenceData());
    const Page first = parser.parseFile(Vigil::Test::seedPagePath()).page;
    const Page second = parser.parseFile(Vigil::Test::seedPagePath()).page;
    QSet<qint64> ids;
    for (qsizetype i = 0; i < first.articles.size(); ++i) {
        QCOMPARE(first.articles[i].id, second.articles[i].id);
        QVERIFY(first.articles[i].id > 0);
        ids.insert(first.articles[i].id);
    }
    QCOMPARE(ids.size(), first.articles.size());
}

void PageParserTest::otherCountryPage_isReadAsFormat()
{
    const PageParser parser(referenceData());
    const PageParser::Result r = parser.parseText(otherCountryPage(), QStringLiteral("albania"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const Page &page = r.page;
    QCOMPARE(page.countries, QStringList { QStringLiteral("AL") });
    QCOMPARE(page.profiles.size(), 1);
    QCOMPARE(page.profiles[0].country, QStringLiteral("AL"));
    QCOMPARE(page.hotlines.size(), 1);
    QCOMPARE(page.hotlines[0].display, QStringLiteral("+355 800 1111"));
    QCOMPARE(page.hotlines[0].label, QStringLiteral("National hotline"));
    QCOMPARE(page.articles.size(), 2);
    const Article &a = page.articles[0];
    QCOMPARE(a.title, QStringLiteral("Girls rescued in Tirana"));
    QCOMPARE(a.publishers, QStringList { QStringLiteral("Balkan Insight") });
    QCOMPARE(a.dateline, QStringLiteral("TIRANA"));
    QCOMPARE(a.date.toIso(), QStringLiteral("2011-02-14"));
    QVERIFY(a.topics.contains(QStringLiteral("sexual-exploitation")));
    QVERIFY(!a.featured);
    // "A stray line with no title" has only its access line below it: it is read
    // as a title with no byline, and that is reported.
    QCOMPARE(page.articles[1].title, QStringLiteral("A stray line with no title"));
    bool warned = false;
    for (const ParseWarning &w : page.warnings)
        warned = warned || (w.line == 30 && w.message.contains(QStringLiteral("no byline")));
    QVERIFY(warned);
}

void PageParserTest::unplacedLines_warnWithLineNumbers()
{
    QString text = otherCountryPage();
    // Line 12 is blank between the background and the TIP excerpt: put a stray
    // image caption and an unknown bracket-less line into the hotline block.
    text.replace(
        QStringLiteral("Country code: 355-"), QStringLiteral("Country code: 355-\nCall any time, day or night"));
    const PageParser parser(referenceData());
    const PageParser::Result r = parser.parseText(text, QStringLiteral("albania"));
    QVERIFY(r.ok);
    bool found = false;
    for (const ParseWarning &w : r.page.warnings) {
        if (w.line == 21 && w.message.contains(QStringLiteral("Call any time")))
            found = true;
    }
    QVERIFY2(found, "the unplaced line is reported with its line number");
}

void PageParserTest::emptyPage_isAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\n\n   \n");
    f.close();
    const PageParser parser(referenceData());
    const PageParser::Result r = parser.parseFile(path);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("empty")));
    QVERIFY(!parser.parseFile(dir.filePath(QStringLiteral("missing.txt"))).ok);
}

void PageParserTest::binaryFile_isAnError()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append(QByteArray(4096, '\0'));
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("not text")));
}

void PageParserTest::hugeFile_isRefusedWithoutReadingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray chunk(1024 * 1024, 'a');
    for (int i = 0; i < 50; ++i)
        f.write(chunk);
    f.close();
    const PageParser::Result r = PageParser(referenceData()).parseFile(path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("at most 16 MB")), qPrintable(r.error));
    // Its size as it is, not as much of it as was read.
    QVERIFY2(r.error.contains(QStringLiteral("is 50.0 MB")), qPrintable(r.error));
}

void PageParserTest::utf8WithOneBadByte_staysUtf8_andNamesTheLine()
{
    // A UTF-8 page where one line holds a stray Windows-1250 byte (0x8A, "Š").
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QFile seed(Vigil::Test::seedPagePath());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray bytes = seed.readAll();
    const qsizetype at = bytes.indexOf("\n", bytes.size() / 2) + 1;
    bytes.insert(at, "PRI\x8ATINA copied from an old program\n");
    f.write(bytes);
    f.close();
    const int line = int(bytes.left(at).count('\n')) + 1;

    const TextDecoder::Result decoded = TextDecoder::decodeFile(path);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded.replacedLines, QList<int> { line });
    QVERIFY(decoded.text.contains(QStringLiteral("PRI\uFFFDTINA copied")));
    QVERIFY(decoded.text.contains(QStringLiteral("PRIŠTINA"))); // the page's own letters are kept

    const PageParser::Result r = PageParser(referenceData()).parseFile(path);
    QVERIFY(r.ok);
    const auto warning = std::find_if(r.page.warnings.cbegin(), r.page.warnings.cend(),
        [](const auto &w) { return w.message.contains(QStringLiteral("not UTF-8")); });
    QVERIFY(warning != r.page.warnings.cend());
    QCOMPARE(warning->line, line);
}

void PageParserTest::utf16Pages_areDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("Priština and Niš\r\nsecond line\r\n");
    QByteArray le, be;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("LE with BOM") << QByteArray("\xFF\xFE", 2) + le << QStringLiteral("UTF-16LE");
    QTest::newRow("BE with BOM") << QByteArray("\xFE\xFF", 2) + be << QStringLiteral("UTF-16BE");
    QTest::newRow("LE without BOM") << le << QStringLiteral("UTF-16LE");
}

void PageParserTest::utf16Pages_areDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.text, QStringLiteral("Priština and Niš\nsecond line\n"));
}

void PageParserTest::windows1250_isDecoded()
{
    // "Priština, Đakovica, Niš" in Windows-1250.
    const QByteArray bytes("Pri\x9atina, \xd0"
                           "akovica, Ni\x9a \xe8\xe6");
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, QStringLiteral("windows-1250"));
    QVERIFY(r.text.startsWith(QStringLiteral("Priština, Đakovica, Niš čć")));
}

void PageParserTest::windows1252_isDecoded()
{
    const QByteArray bytes("Caf\xe9 \x93quoted\x94 \x96 na\xefve");
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(r.text, QStringLiteral("Café “quoted” – naïve"));
}

void PageParserTest::pageWithoutEntries_warns()
{
    const PageParser::Result r
        = PageParser(referenceData())
              .parseText(QStringLiteral("Human Trafficking & Modern-day Slavery\n\nAlbania\n\nJust some words.\n"),
                  QStringLiteral("x"));
    QVERIFY(r.ok);
    QVERIFY(r.page.articles.isEmpty());
    bool warned = false;
    for (const ParseWarning &w : r.page.warnings)
        warned = warned || w.message.contains(QStringLiteral("no entries"));
    QVERIFY(warned);
}

void PageParserTest::hostileText_neverCrashes()
{
    const PageParser parser(referenceData());
    QFile seed(Vigil::Test::seedPagePath());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(seed.readAll()).split(u'\n');
    QRandomGenerator rng(20261128);
    int parsed = 0;
    for (int round = 0; round < 200; ++round) {
        // Shuffled, duplicated and truncated lines of the real page, plus noise.
        QStringList mixed;
        const int count = rng.bounded(1, 120);
        for (int i = 0; i < count; ++i) {
            QString line = lines.at(rng.bounded(int(lines.size())));
            if (rng.bounded(4) == 0)
                line.truncate(rng.bounded(int(line.size()) + 1));
            if (rng.bounded(10) == 0)
                line += QStringLiteral(" [accessed 31 February 2010] [page 99999999999] -- – ");
            mixed << line;
        }
        const PageParser::Result r = parser.parseText(mixed.join(u'\n'), QStringLiteral("fuzz"));
        for (const Article &a : r.page.articles) {
            QVERIFY(!a.title.isEmpty());
            QVERIFY(a.id > 0);
        }
        parsed += r.ok ? 1 : 0;
    }
    QCOMPARE(parsed, 200);
}

void PageParserTest::hugeLine_isKept()
{
    const QString longLine(200000, u'x');
    const QString text = pageText({ QStringLiteral("Title of a story"), QStringLiteral("Some Agency, 3 May 2004"),
        QStringLiteral("[accessed 4 May 2004]"), longLine });
    const PageParser::Result r = PageParser(referenceData()).parseText(text, QStringLiteral("long"));
    QVERIFY(r.ok);
    QCOMPARE(r.page.articles.size(), 1);
    QCOMPARE(r.page.articles[0].paragraphs.size(), 1);
    QCOMPARE(r.page.articles[0].paragraphs[0].text.size(), longLine.size());
}

// A file that lost its line breaks is no page: one sentence says so, instead
// of a page with an empty title and one entry of megabytes.
void PageParserTest::absurdlyLongLine_isRefusedInOneSentence()
{
    const QString text = QStringLiteral("Human Trafficking & Modern-day Slavery\n") + QString(12 * 1000 * 1000, u'x');
    const PageParser::Result r = PageParser(referenceData()).parseText(text, QStringLiteral("oneline"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("Line 2 of the page is 12000000 characters long")), qPrintable(r.error));
    QCOMPARE(r.error.count(QStringLiteral(". ")), 1);
}

QTEST_GUILESS_MAIN(PageParserTest)
#include "pageparser_test.moc"

// Folding turns some characters into blanks ("rights \u02D9of"), which the id then
// collapses: two such entries used to get one id, and the second overwrote the
// first on import.
void PageParserTest::titlesThatFoldAlike_keepDistinctIds()
{
    QString text = otherCountryPage();
    const QString entry = QStringLiteral("Girls rescued in Tirana\n\nBalkan Insight, TIRANA, 14/02/2011\n\n"
                                         "[accessed 3 March 2012]\n\n");
    QString twin = entry;
    twin.replace(QStringLiteral("rescued in"), QStringLiteral("rescued \u02D9in"));
    text.replace(entry, entry + twin);
    const PageParser parser(referenceData());
    const PageParser::Result r = parser.parseText(text, QStringLiteral("albania"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QSet<qint64> ids;
    for (const Article &a : r.page.articles)
        ids.insert(a.id);
    QCOMPARE(r.page.articles.size(), 3);
    QCOMPARE(ids.size(), 3);
}
