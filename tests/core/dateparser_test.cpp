#include "import/dateparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using Vigil::Core::DateMatch;
using Vigil::Core::DateParser;
using Vigil::Core::PartialDate;

namespace {

// The row name is the input itself, so a failure names the byline that broke.
void parseRow(const char *input, const char *iso, const char *precision)
{
    QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(iso) << QString::fromUtf8(precision);
}

void findRow(const char *name, const char *input, const char *iso, const char *span)
{
    QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(iso) << QString::fromUtf8(span);
}

// What any answer of the parser must satisfy, whatever the input.
void checkSane(const QString &text, const PartialDate &date)
{
    if (!date.isValid())
        return;
    QVERIFY2(date.year() >= 1900 && date.year() <= 2100, qPrintable(text));
    QCOMPARE(PartialDate::fromIso(date.toIso()), date);
}

void checkMatchSane(const QString &text, const std::optional<DateMatch> &match)
{
    if (!match)
        return;
    QVERIFY(match->date.isValid());
    QVERIFY(match->start >= 0 && match->length > 0);
    QVERIFY(match->start + match->length <= text.size());
    checkSane(text, match->date);
    // What findLast cuts out must read back as the same date on its own.
    QCOMPARE(DateParser::parse(QStringView(text).mid(match->start, match->length)), match->date);
}

} // namespace

class DateParserTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_returnsDateWithPrecision_data();
    void parse_returnsDateWithPrecision();
    void findLast_returnsLastDateAndItsSpan_data();
    void findLast_returnsLastDateAndItsSpan();
    void findLast_flagsNumericReading_data();
    void findLast_flagsNumericReading();
    void findLast_spanIndicesPointIntoOriginalText();
    void parseAndFindLast_longInput_finishQuicklyWithCorrectResult();
    void parseAndFindLast_randomBytes_returnInvalidOrSaneDate();
    void parseAndFindLast_randomDateFragments_returnConsistentDates();
    void findLastImpossible_givesTheShapeOfNoDate();
};

void DateParserTest::parse_returnsDateWithPrecision_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("precision");

    parseRow("1 February 2005", "2005-02-01", "day");
    parseRow("09 January 2003", "2003-01-09", "day");
    parseRow("26 January 2008", "2008-01-26", "day");
    parseRow("Date Published: 1 February 2005", "2005-02-01", "day");
    parseRow("Published: 12 March 2010", "2010-03-12", "day");
    parseRow("Posted 8 July 2003", "2003-07-08", "day");
    parseRow("Posted on August 3, 2004", "2004-08-03", "day");
    parseRow("Updated 30 November 2011", "2011-11-30", "day");
    parseRow("accessed 26 February 2015", "2015-02-26", "day");
    parseRow("[accessed 6 May 2020]", "2020-05-06", "day");
    parseRow("  1 February 2005.  ", "2005-02-01", "day");
    parseRow("October 2007", "2007-10", "month");
    parseRow("June 2002", "2002-06", "month");
    parseRow("(June 2002);", "2002-06", "month");
    parseRow("July 8 2003", "2003-07-08", "day");
    parseRow("August 3, 2004", "2004-08-03", "day");
    parseRow("March 8, 2006", "2006-03-08", "day");
    parseRow("AUGUST 3, 2004", "2004-08-03", "day");
    parseRow("12/06/2002", "2002-06-12", "day");
    parseRow("06/05/2004", "2004-05-06", "day");
    parseRow("30/03/2005", "2005-03-30", "day");
    parseRow("05/04/05", "2005-04-05", "day");
    parseRow("01/09/05", "2005-09-01", "day");
    parseRow("10/10/50", "2050-10-10", "day");
    parseRow("10/10/51", "1951-10-10", "day");
    parseRow("03/30/2005", "2005-03-30", "day");
    parseRow("12.06.2002", "2002-06-12", "day");
    parseRow("12-06-2002", "2002-06-12", "day");
    parseRow("2002-06-12", "2002-06-12", "day");
    parseRow("2002-06", "2002-06", "month");
    parseRow("2018 Edition", "2018", "year");
    parseRow("2020 Editions", "2020", "year");
    parseRow("2004", "2004", "year");
    parseRow("Feb 2004", "2004-02", "month");
    parseRow("Feb. 2004", "2004-02", "month");
    parseRow("Sept. 12, 2004", "2004-09-12", "day");
    parseRow("12 Sep 2004", "2004-09-12", "day");
    parseRow("12 Sept. 2004", "2004-09-12", "day");
    parseRow("May 12th, 2004", "2004-05-12", "day");
    parseRow("1st March 2005", "2005-03-01", "day");
    parseRow("29 February 2004", "2004-02-29", "day");
    parseRow("31 February 2005", "", "none");
    parseRow("29/02/2005", "", "none");
    parseRow("32/01/2005", "", "none");
    parseRow("0/01/2005", "", "none");
    parseRow("13/13/2005", "", "none");
    parseRow("2005-13", "", "none");
    parseRow("1 February 1850", "", "none");
    parseRow("2150", "", "none");
    parseRow("Amnesty International", "", "none");
    parseRow("", "", "none");
    parseRow("   ", "", "none");
    parseRow("Date Published:", "", "none");
    parseRow("1 February", "", "none");
    parseRow("70/001/2005", "", "none");
    parseRow("EUR 70/001/2005", "", "none");
    parseRow("12/06/2002/7", "", "none");
    parseRow("2020 Country Reports on Human Rights Practices", "", "none");
    parseRow("1 February 2005 and more", "", "none");
    parseRow("12th2004", "", "none");
    // Month names with one letter missing or doubled, when only one month fits.
    parseRow("3 Febuary 2005", "2005-02-03", "day");
    parseRow("22 Augusst 2006", "2006-08-22", "day");
    parseRow("Septmber 12, 2004", "2004-09-12", "day");
    parseRow("1 Decembber 2010", "2010-12-01", "day");
    parseRow("Ocober 2007", "2007-10", "month");
    parseRow("3 Jne 2005", "", "none");
    // Two letters swapped, when only one month fits.
    parseRow("Janaury 5, 2005", "2005-01-05", "day");
    parseRow("Feburary 2008", "2008-02", "month");
    parseRow("3rd Febraury 2008", "2008-02-03", "day");
    parseRow("5 Octobre 2005", "2005-10-05", "day");
    parseRow("Juen 2008", "2008-06", "month");
    // Other written forms.
    parseRow("12-Mar-2009", "2009-03-12", "day");
    parseRow("12/Mar/2009", "2009-03-12", "day");
    parseRow("12-Mar/2009", "", "none");
    parseRow("12th of March 2009", "2009-03-12", "day");
    parseRow("12. 3. 2009", "2009-03-12", "day");
    parseRow("2009 March 12", "2009-03-12", "day");
    // A range gives its start; a season its year.
    parseRow("March-April 2009", "2009-03", "month");
    parseRow("1-2 March 2009", "2009-03-01", "day");
    parseRow("Spring 2008", "2008", "year");
    parseRow("Winter 2008", "2008", "year");
    parseRow("31. 6. 2009", "", "none");
    // Day first unless impossible.
    parseRow("6.5.2004", "2004-05-06", "day");
    parseRow("12/31/2004", "2004-12-31", "day");
}

void DateParserTest::parse_returnsDateWithPrecision()
{
    QFETCH(QString, input);
    QFETCH(QString, iso);
    QFETCH(QString, precision);

    const PartialDate date = DateParser::parse(input);

    QCOMPARE(date.toIso(), iso);
    QCOMPARE(PartialDate::precisionName(date.precision()), precision);
}

void DateParserTest::findLast_returnsLastDateAndItsSpan_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("span");

    findRow("amnesty", "Amnesty International, Index Number: EUR 70/001/2005, Date Published: 1 February 2005",
        "2005-02-01", "Date Published: 1 February 2005");
    findRow("tanjug", "Tanjug News Agency, BELGRADE, August 3, 2004", "2004-08-03", "August 3, 2004");
    findRow("makfax", "MakFaxOnline, Belgrade 22 December 2006", "2006-12-22", "22 December 2006");
    findRow("state dept", "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, 30 March 2021 montenegro/",
        "2021-03-30", "30 March 2021");
    findRow("setimes", "Robert Herschbach for Southeast European Times \u2013 05/04/05", "2005-04-05", "05/04/05");
    findRow("no date",
        "Office of Child Labor, Forced Labor, and Human Trafficking, Bureau of International Labor Affairs, US Dept of "
        "Labor",
        "", "");
    findRow("stability pact", "Stability Pact Task Force on Trafficking in Human Beings, UNICEF, June 2002", "2002-06",
        "June 2002");
    findRow("year in title", "2020 Country Reports on Human Rights Practices", "", "");
    findRow("year in text", "Report 2004 by the Council of Europe", "", "");
    findRow("year after comma", "Some Org, 2004", "2004", "2004");
    findRow("year after comma and dot", "Some Org, 2004.", "2004", "2004");
    findRow("edition", "Trafficking in Persons Report, 2018 Edition, US Dept of State", "2018", "2018 Edition");
    findRow("identifier only", "Amnesty International, EUR 70/001/2005", "", "");
    findRow("year range", "UNICEF 2004-2005", "", "");
    findRow("glued numbers", "ref 1/12/06/2002", "", "");
    findRow("two dates", "Posted 1 May 2004, updated 3 June 2005", "2005-06-03", "updated 3 June 2005");
    findRow("accessed in brackets", "BBC News [accessed 6 May 2020]", "2020-05-06", "accessed 6 May 2020");
    findRow("impossible date", "IOM, 31 February 2005", "", "");
    findRow("iso", "Helsinki Committee, 2002-06-12", "2002-06-12", "2002-06-12");
    findRow("dotted", "Ministry of Interior, 12.06.2002.", "2002-06-12", "12.06.2002");
    findRow("abbreviation", "OSCE, Warsaw, Sept. 12, 2004, p. 3", "2004-09-12", "Sept. 12, 2004");
    findRow("day inside longer date", "Belgrade, 12 Sep 2004", "2004-09-12", "12 Sep 2004");
    findRow("month-first numeric", "B92, 03/30/2005", "2005-03-30", "03/30/2005");
    findRow("empty", "", "", "");
}

void DateParserTest::findLast_returnsLastDateAndItsSpan()
{
    QFETCH(QString, input);
    QFETCH(QString, iso);
    QFETCH(QString, span);

    const std::optional<DateMatch> match = DateParser::findLast(input);

    if (iso.isEmpty()) {
        QVERIFY2(!match, qPrintable(match ? match->date.toIso() : QString()));
        return;
    }
    QVERIFY(match);
    QCOMPARE(match->date.toIso(), iso);
    QCOMPARE(input.mid(match->start, match->length), span);
    QCOMPARE(match->start, input.lastIndexOf(span));
}

void DateParserTest::findLast_flagsNumericReading_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<bool>("monthFirst");

    QTest::newRow("both parts <= 12") << QStringLiteral("12/06/2002") << QStringLiteral("2002-06-12") << true << false;
    QTest::newRow("two-digit year") << QStringLiteral("05/04/05") << QStringLiteral("2005-04-05") << true << false;
    QTest::newRow("day > 12") << QStringLiteral("30/03/2005") << QStringLiteral("2005-03-30") << false << false;
    QTest::newRow("second part > 12") << QStringLiteral("03/30/2005") << QStringLiteral("2005-03-30") << false << true;
    QTest::newRow("dotted, second > 12") << QStringLiteral("x, 12.13.2005") << QStringLiteral("2005-12-13") << false
                                         << true;
    QTest::newRow("iso") << QStringLiteral("2002-06-12") << QStringLiteral("2002-06-12") << false << false;
    QTest::newRow("written") << QStringLiteral("1 February 2005") << QStringLiteral("2005-02-01") << false << false;
}

void DateParserTest::findLast_flagsNumericReading()
{
    QFETCH(QString, input);
    QFETCH(QString, iso);
    QFETCH(bool, ambiguous);
    QFETCH(bool, monthFirst);

    const std::optional<DateMatch> match = DateParser::findLast(input);

    QVERIFY(match);
    QCOMPARE(match->date.toIso(), iso);
    QCOMPARE(match->ambiguous, ambiguous);
    QCOMPARE(match->monthFirst, monthFirst);
}

void DateParserTest::findLast_spanIndicesPointIntoOriginalText()
{
    const QString prefix(9970, u'x');
    const QString text = prefix + u", Date Published: 1 February 2005 ...";
    QCOMPARE(text.size() > 10000, true);

    const std::optional<DateMatch> match = DateParser::findLast(text);

    QVERIFY(match);
    QCOMPARE(match->start, prefix.size() + 2);
    QCOMPARE(match->length, qsizetype(QStringLiteral("Date Published: 1 February 2005").size()));
    QCOMPARE(match->date, PartialDate::ofDay(2005, 2, 1));
}

void DateParserTest::parseAndFindLast_longInput_finishQuicklyWithCorrectResult()
{
    // Shapes that make a careless matcher retry each position over and over.
    const QStringList pieces = { QStringLiteral("1/"), QStringLiteral("May "), QStringLiteral("12 "),
        QStringLiteral("2004-"), QStringLiteral("Date Published: "), QStringLiteral("/"), QStringLiteral("1st ") };
    QElapsedTimer timer;
    timer.start();
    for (const QString &piece : pieces) {
        for (const int size : { 10000, 200000 }) {
            QString text;
            while (text.size() < size)
                text += piece;
            QVERIFY2(!DateParser::parse(text).isValid(), qPrintable(piece));
            QVERIFY2(!DateParser::findLast(text), qPrintable(piece));
            const std::optional<DateMatch> match = DateParser::findLast(QString(text + u", 6 May 2020"));
            QVERIFY2(match, qPrintable(piece));
            QCOMPARE(match->date, PartialDate::ofDay(2020, 5, 6));
        }
    }
    const QString blanks(10000, u' ');
    QCOMPARE(DateParser::parse(QString(blanks + u"2004" + blanks)), PartialDate::ofYear(2004));
    // Linear work is a few milliseconds here; quadratic work on 200,000 characters is minutes.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void DateParserTest::parseAndFindLast_randomBytes_returnInvalidOrSaneDate()
{
    QRandomGenerator random(20240601);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(int(random.bounded(1, 400)), Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        QString units(bytes.size() / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < units.size(); ++i)
            units[i] = QChar(char16_t(random.bounded(0x10000))); // lone surrogates included
        for (const QString &text : { QString::fromUtf8(bytes), QString::fromLatin1(bytes), units }) {
            checkSane(text, DateParser::parse(text));
            checkMatchSane(text, DateParser::findLast(text));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QString(u"round " + QString::number(round))));
        }
    }
}

void DateParserTest::parseAndFindLast_randomDateFragments_returnConsistentDates()
{
    const QStringList fragments = { QStringLiteral("12"), QStringLiteral("3"), QStringLiteral("31"),
        QStringLiteral("05"), QStringLiteral("2004"), QStringLiteral("1899"), QStringLiteral("001"),
        QStringLiteral("/"), QStringLiteral("."), QStringLiteral("-"), QStringLiteral(" "), QStringLiteral(", "),
        QStringLiteral("May"), QStringLiteral("Sept."), QStringLiteral("February"), QStringLiteral("th"),
        QStringLiteral("accessed"), QStringLiteral("Date Published:"), QStringLiteral("Edition"), QStringLiteral("["),
        QStringLiteral("]"), QStringLiteral("EUR"), QStringLiteral(":") };
    QRandomGenerator random(42);
    int found = 0;
    for (int round = 0; round < 5000; ++round) {
        QString text;
        const int count = int(random.bounded(1, 12));
        for (int i = 0; i < count; ++i)
            text += fragments.at(random.bounded(int(fragments.size())));
        checkSane(text, DateParser::parse(text));
        const std::optional<DateMatch> match = DateParser::findLast(text);
        checkMatchSane(text, match);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QString(u"input: \"" + text + u'"')));
        found += match ? 1 : 0;
    }
    // The fragments are meant to make dates now and then; if none ever comes out, this
    // test is checking nothing.
    QVERIFY(found > 50);
}

// "31 June 2005" is no date, but it is written as one: the byline parser keeps
// it apart instead of reading it as a publisher.
void DateParserTest::findLastImpossible_givesTheShapeOfNoDate()
{
    const QString text = QStringLiteral("Reuters, 31 June 2005");
    const auto impossible = DateParser::findLastImpossible(text);
    QVERIFY(impossible.has_value());
    QCOMPARE(text.mid(impossible->start, impossible->length), QStringLiteral("31 June 2005"));
    QVERIFY(!impossible->date.isValid());
    QVERIFY(!DateParser::findLast(text).has_value());
    QVERIFY(DateParser::findLastImpossible(QStringLiteral("Reuters, 13/13/2005")).has_value());
    QVERIFY(!DateParser::findLastImpossible(QStringLiteral("Reuters, 30 June 2005")).has_value());
    QVERIFY(!DateParser::findLastImpossible(QStringLiteral("Amnesty, EUR 70/001/2005")).has_value());
}

QTEST_GUILESS_MAIN(DateParserTest)
#include "dateparser_test.moc"
