#include "import/bylineparser.h"
#include "import/tagger.h"
#include "testsupport.h"

#include <QtTest>

using namespace Vigil::Core;

class BylineParserTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_splitsParts_data();
    void parse_splitsParts();
    void removeAddressFragments_dropsLeftoverLinks_data();
    void removeAddressFragments_dropsLeftoverLinks();
    void parse_hostileInputIsSafe();
    void parse_fullCitation_givesTheQuotedTitle();
    void parse_sentenceToTheReader_isARemark();
    void fullCitation_otherQuoteForms_data();
    void fullCitation_otherQuoteForms();
    void impossibleDate_isNoPublisher();
};

namespace {
QStringList list(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}
} // namespace

void BylineParserTest::parse_splitsParts_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("publishers");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QStringList>("identifiers");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QString>("date");

    auto row = [](const char *name, const char *byline, const char *publishers, const char *authors,
                   const char *dateline, const char *identifiers, const char *notes, const char *date) {
        QTest::newRow(name) << QString::fromUtf8(byline) << list(publishers) << list(authors)
                            << QString::fromUtf8(dateline) << list(identifiers) << list(notes)
                            << QString::fromUtf8(date);
    };
    row("identifier and lead", "Amnesty International, Index Number: EUR 70/001/2005, Date Published: 1 February 2005",
        "Amnesty International", "", "", "Index Number: EUR 70/001/2005", "", "2005-02-01");
    row("oxford list inside a name",
        "Organization for Security and Co-operation in Europe, The Department Of Human Rights, Decentralization, And "
        "Communities, Legal System Monitoring Section, October 2007",
        "Organization for Security and Co-operation in Europe|The Department Of Human Rights, Decentralization, And "
        "Communities|Legal System Monitoring Section",
        "", "", "", "", "2007-10");
    row("author then project",
        "Zdravko Ljubas, Organized Crime and Corruption Reporting Project OCCRP, 10 January 2020",
        "Organized Crime and Corruption Reporting Project OCCRP", "Zdravko Ljubas", "", "", "", "2020-01-10");
    row("address fragment",
        "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, 30 March 2021 montenegro/",
        "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor", "", "", "", "", "2021-03-30");
    row("us date with comma", "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, March 8, 2006",
        "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor", "", "", "", "", "2006-03-08");
    row("capitals dateline", "BETA News Agency, PRIŠTINA, 26 January 2008", "BETA News Agency", "", "PRIŠTINA", "", "",
        "2008-01-26");
    row("place glued to date", "MakFaxOnline, Belgrade 22 December 2006", "MakFaxOnline", "", "Belgrade", "", "",
        "2006-12-22");
    row("author and paper", "Louisa Waugh, The Scotsman, 22 August 2006", "The Scotsman", "Louisa Waugh", "", "", "",
        "2006-08-22");
    row("two agencies", "ONASA News Agency & Agence France-Presse AFP, PRISTINA, 22 July 2005",
        "ONASA News Agency|Agence France-Presse AFP", "", "PRISTINA", "", "", "2005-07-22");
    row("author, outlet, city", "Imogen Foulkes, BBC News, Geneva, 31 March 2005", "BBC News", "Imogen Foulkes",
        "Geneva", "", "", "2005-03-31");
    row("author for outlet", "Robert Herschbach for Southeast European Times – 05/04/05", "Southeast European Times",
        "Robert Herschbach", "", "", "", "2005-04-05");
    row("author alone", "Graham Johnson, 25 January 2004", "", "Graham Johnson", "", "", "", "2004-01-25");
    row("paper named after a city", "Vesna Peric Zimonjic, London Independent, 12/06/2002", "London Independent",
        "Vesna Peric Zimonjic", "", "", "", "2002-06-12");
    row("by after the date", "BBC News, 12 March 2009, by Jane Smith", "BBC News", "Jane Smith", "", "", "",
        "2009-03-12");
    row("surname first with initials", "Smith, J., Journal of Migration, Vol. 3, No. 2, Spring 2008",
        "Journal of Migration", "J. Smith", "", "Vol. 3|No. 2", "", "2008");
    row("degree after the name", "Jane Smith, Ph.D., Harvard University, 12 March 2009", "Harvard University",
        "Jane Smith", "", "", "Ph.D.", "2009-03-12");
    row("weekday before the date", "Reuters, Thursday, March 12, 2009", "Reuters", "", "", "", "", "2009-03-12");
    row("time after the date", "Reuters, 12 March 2009 12:30 GMT", "Reuters", "", "", "", "", "2009-03-12");
    row("pages", "New York Times, Sept. 3, 2006, pp. 1-2", "New York Times", "", "", "", "pp. 1-2", "2006-09-03");
    row("outlet with a number", "Anna-Maria Kovačević, B92, Belgrade, 12 March 2009", "B92", "Anna-Maria Kovačević",
        "Belgrade", "", "", "2009-03-12");
    row("city after an agency", "Reuters, Geneva, 12 March 2009", "Reuters", "", "Geneva", "", "", "2009-03-12");
    row("author and two bodies",
        "Barbara Limanowska, Stability Pact Task Force on Trafficking in Human Beings, UNICEF, June 2002",
        "Stability Pact Task Force on Trafficking in Human Beings|UNICEF", "Barbara Limanowska", "", "", "", "2002-06");
    row("us date in capitals city", "Tanjug News Agency, BELGRADE, August 3, 2004", "Tanjug News Agency", "",
        "BELGRADE", "", "", "2004-08-03");
    row("document kind", "Amnesty International, Media Briefing, 6 May 2004", "Amnesty International", "", "", "",
        "Media Briefing", "2004-05-06");
    row("author in city", "Ekrem Krasniqi in Brussels, ISN Security Watch, 01/09/05", "ISN Security Watch",
        "Ekrem Krasniqi", "Brussels", "", "", "2005-09-01");
    row("double space before city", "Associated Press AP,  Podgorica, July 8 2003", "Associated Press AP", "",
        "Podgorica", "", "", "2003-07-08");
    row("no date",
        "Office of Child Labor, Forced Labor, and Human Trafficking, Bureau of International Labor Affairs, US Dept of "
        "Labor",
        "Office of Child Labor, Forced Labor, and Human Trafficking|Bureau of International Labor Affairs|US Dept of "
        "Labor",
        "", "", "", "", "");
    // The qualifier stays with its edition; the sentence to the reader is a remark.
    row("edition with a remark", "2020 Editions, if ready.  Earlier editions are posted below.", "", "", "", "",
        "2020 Editions, if ready", "2020");
    row("edition only", "2018 Edition", "", "", "", "", "", "2018");
    row("digits in a name", "B92 News, 16 September 2006", "B92 News", "", "", "", "", "2006-09-16");
    row("two authors", "John Smith and Jane Doe, Reuters, LONDON, 5 May 2010", "Reuters", "John Smith|Jane Doe",
        "LONDON", "", "", "2010-05-05");
    row("bare year", "Anti-Slavery International, 2004", "Anti-Slavery International", "", "", "", "", "2004");
    // Bylines in the other styles of the site's pages.
    row("by before the author", "By Louisa Waugh, The Scotsman, 22 August 2006", "The Scotsman", "Louisa Waugh", "", "",
        "", "2006-08-22");
    row("date in brackets", "Radio Sweden (31 August 2005)", "Radio Sweden", "", "", "", "", "2005-08-31");
    row("date after a bar", "B92 News | 16 September 2006", "B92 News", "", "", "", "", "2006-09-16");
    row("date first", "22 July 2005, ONASA News Agency, PRISTINA", "ONASA News Agency", "", "PRISTINA", "", "",
        "2005-07-22");
    row("full citation", "Louisa Waugh, \u201cThe route to hell\u201d, The Scotsman, 22 August 2006", "The Scotsman",
        "Louisa Waugh", "", "", "", "2006-08-22");
    row("full citation, straight quotes", "\"Co-operation to Stop Sex Traffic,\" Radio Sweden, 31 August 2005",
        "Radio Sweden", "", "", "", "", "2005-08-31");
}

void BylineParserTest::parse_splitsParts()
{
    QFETCH(QString, byline);
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    const Byline b = parser.parse(byline);
    QTEST(b.publishers, "publishers");
    QTEST(b.authors, "authors");
    QTEST(b.dateline, "dateline");
    QTEST(b.identifiers, "identifiers");
    QTEST(b.notes, "notes");
    QTEST(b.date.toIso(), "date");
}

void BylineParserTest::removeAddressFragments_dropsLeftoverLinks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << QStringLiteral("30 March 2021 montenegro/") << QStringLiteral("30 March 2021");
    QTest::newRow("nested path") << QStringLiteral("see eur/serbia/ here") << QStringLiteral("see here");
    QTest::newRow("url") << QStringLiteral("at http://example.org/x and www.example.org") << QStringLiteral("at and");
    QTest::newRow("and/or kept") << QStringLiteral("women and/or girls") << QStringLiteral("women and/or girls");
    QTest::newRow("24/7 kept") << QStringLiteral("open 24/7") << QStringLiteral("open 24/7");
    QTest::newRow("capitalised kept") << QStringLiteral("Serbia/ Montenegro") << QStringLiteral("Serbia/ Montenegro");
}

void BylineParserTest::removeAddressFragments_dropsLeftoverLinks()
{
    QFETCH(QString, input);
    QTEST(BylineParser::removeAddressFragments(input), "expected");
}

void BylineParserTest::parse_hostileInputIsSafe()
{
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    const QStringList inputs { QString(), QStringLiteral(","), QStringLiteral(", , and , &"), QStringLiteral(" – – "),
        QString(20000, u','), QString(20000, u'A'), QStringLiteral("and X"), QStringLiteral("Index Number:"),
        QStringLiteral("\u0000\u0001 ,\uFFFF") };
    for (const QString &input : inputs) {
        const Byline b = parser.parse(input);
        for (const QString &p : b.publishers)
            QVERIFY(!p.trimmed().isEmpty());
        for (const QString &a : b.authors)
            QVERIFY(!a.trimmed().isEmpty());
    }
}

void BylineParserTest::parse_fullCitation_givesTheQuotedTitle()
{
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    const QString line = QStringLiteral("Louisa Waugh, \u201cThe route to hell\u201d, The Scotsman, 22 August 2006");
    QVERIFY(BylineParser::isFullCitation(line));
    QCOMPARE(parser.parse(line).quotedTitle, QStringLiteral("The route to hell"));
    // A quotation that opens a title is not a citation: no date, no comma part.
    QVERIFY(!BylineParser::isFullCitation(
        QStringLiteral("\"So does it mean that we have the rights?\" Protecting the human rights of women")));
    QVERIFY(!BylineParser::isFullCitation(QStringLiteral("Amnesty International, 6 May 2004")));
}

void BylineParserTest::parse_sentenceToTheReader_isARemark()
{
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    const Byline b = parser.parse(QStringLiteral("2020 Editions, if ready.  Earlier editions are posted below."));
    QCOMPARE(b.remarks, QStringList { QStringLiteral("Earlier editions are posted below.") });
    // Abbreviations do not end a sentence.
    QVERIFY(
        parser.parse(QStringLiteral("U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, March 8, 2006"))
            .remarks.isEmpty());
}

void BylineParserTest::fullCitation_otherQuoteForms_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("publishers");
    QTest::newRow("single quotes") << QStringLiteral("Jane Smith, 'Sold at the border', The Guardian, 12 March 2009")
                                   << QStringLiteral("Sold at the border")
                                   << QStringList { QStringLiteral("Jane Smith") }
                                   << QStringList { QStringLiteral("The Guardian") };
    QTest::newRow("curly single quotes") << QStringLiteral("Jane Smith, ‘Moldova's girls’, The Guardian, 12 March 2009")
                                         << QStringLiteral("Moldova's girls")
                                         << QStringList { QStringLiteral("Jane Smith") }
                                         << QStringList { QStringLiteral("The Guardian") };
    QTest::newRow("apostrophe inside") << QStringLiteral("Jane Smith, 'Moldova's girls', The Guardian, 12 March 2009")
                                       << QStringLiteral("Moldova's girls")
                                       << QStringList { QStringLiteral("Jane Smith") }
                                       << QStringList { QStringLiteral("The Guardian") };
    QTest::newRow("surname first") << QStringLiteral("Smith, Jane, \"Bought and sold,\" The Guardian, 12 March 2009")
                                   << QStringLiteral("Bought and sold") << QStringList { QStringLiteral("Jane Smith") }
                                   << QStringList { QStringLiteral("The Guardian") };
    QTest::newRow("no commas") << QStringLiteral("Jane Smith \"Bought and sold\" The Guardian 12 March 2009")
                               << QStringLiteral("Bought and sold") << QStringList { QStringLiteral("Jane Smith") }
                               << QStringList { QStringLiteral("The Guardian") };
}

void BylineParserTest::fullCitation_otherQuoteForms()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    QFETCH(QStringList, authors);
    QFETCH(QStringList, publishers);
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    QVERIFY(BylineParser::isFullCitation(line));
    const Byline b = parser.parse(line);
    QCOMPARE(b.quotedTitle, title);
    QCOMPARE(b.authors, authors);
    QCOMPARE(b.publishers, publishers);
    QCOMPARE(b.date.toIso(), QStringLiteral("2009-03-12"));
    // A possessive in a byline is no quotation.
    QVERIFY(!BylineParser::isFullCitation(QStringLiteral("Children's Rights Centre, 12 March 2009")));
}

void BylineParserTest::impossibleDate_isNoPublisher()
{
    const Tagger tagger(Vigil::Test::referenceData());
    const BylineParser parser(tagger);
    for (const QString &line : { QStringLiteral("Reuters, 31 June 2005"), QStringLiteral("Reuters, 13/13/2005") }) {
        const Byline b = parser.parse(line);
        QCOMPARE(b.publishers, QStringList { QStringLiteral("Reuters") });
        QVERIFY(!b.date.isValid());
        QCOMPARE(b.impossibleDate, line.mid(9));
    }
}

QTEST_GUILESS_MAIN(BylineParserTest)
#include "bylineparser_test.moc"
