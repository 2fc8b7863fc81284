#include "import/pageparser.h"
#include "testsupport.h"

#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::referenceData;

namespace {

// A topic page with the given entry lines under its head, one blank line
// between lines, as the site's pages are saved.
QString topicPage(const QStringList &entries)
{
    QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"), QStringLiteral("Women"),
        QStringLiteral("Published reports & articles from 2000 to 2025"), QStringLiteral("*** ARCHIVES ***") };
    lines << entries;
    return lines.join(QStringLiteral("\n\n")) + u'\n';
}

Page parse(const QStringList &entries)
{
    const PageParser::Result r = PageParser(referenceData()).parseText(topicPage(entries), QStringLiteral("entries"));
    return r.page;
}

QStringList titles(const Page &page)
{
    QStringList out;
    for (const Article &a : page.articles)
        out << a.title;
    return out;
}

bool hasWarning(const Page &page, const QString &part)
{
    for (const ParseWarning &w : page.warnings) {
        if (w.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

class PageParserEntriesTest : public QObject
{
    Q_OBJECT

private slots:
    void accessLineForms_areAnchors_data();
    void accessLineForms_areAnchors();
    void proseStartingWithAccessed_staysText();
    void accessInRoundBracketsOnTheByline_isAnAnchor();
    void entryWithoutAccessLine_isItsOwnEntry();
    void firstEntryWithoutAccessLine_isAnEntry();
    void firstEntryWithoutAccessLine_underHotlines_isAnEntry();
    void leadInAndDatedLine_insideAnExcerpt_staysText();
    void pageWithoutAnyAccessLine_keepsItsEntries();
    void shortTitleOverBarePublisher_titleIsTheTitle_data();
    void shortTitleOverBarePublisher_titleIsTheTitle();
    void titleOverSubtitle_isOneTitle();
    void pageMarkerClosingAnExcerpt_isNoTitle();
    void titleOverAuthorLine_authorJoinsTheByline();
    void titleAboveCitation_isKeptWhenTheQuotedTitleDiffers();
    void titleWithoutByline_afterAnExcerpt_staysItsOwnEntry();
    void citationAlone_otherQuoteForms_givesItsTitle_data();
    void citationAlone_otherQuoteForms_givesItsTitle();
};

void PageParserEntriesTest::accessLineForms_areAnchors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("date");
    QTest::newRow("usual") << QStringLiteral("[accessed 12 March 2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("one c") << QStringLiteral("[acessed 12 March 2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("three s") << QStringLiteral("[accesssed 12 March 2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("round brackets") << QStringLiteral("(accessed 12 March 2010)") << QStringLiteral("2010-03-12");
    QTest::newRow("no closing bracket") << QStringLiteral("[accessed 12 March 2010") << QStringLiteral("2010-03-12");
    QTest::newRow("no brackets") << QStringLiteral("accessed 12 March 2010") << QStringLiteral("2010-03-12");
    QTest::newRow("retrieved") << QStringLiteral("[retrieved 12 March 2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("date accessed") << QStringLiteral("[date accessed: 12 March 2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("accessed on") << QStringLiteral("[Accessed on 12.3.2010]") << QStringLiteral("2010-03-12");
    QTest::newRow("blanks inside") << QStringLiteral("[ accessed 12 March 2010 ]") << QStringLiteral("2010-03-12");
}

// Each form ends the entry above it: the two entries stay two, with their dates.
void PageParserEntriesTest::accessLineForms_areAnchors()
{
    QFETCH(QString, line);
    QFETCH(QString, date);
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."), QStringLiteral("Boys sold"),
        QStringLiteral("AP, 3 May 2009"), line, QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Boys sold") }));
    QCOMPARE(page.articles[1].accessed.size(), 1);
    QCOMPARE(page.articles[1].accessed[0].toIso(), date);
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
    QVERIFY(!hasWarning(page, QStringLiteral("not understood")));
}

void PageParserEntriesTest::proseStartingWithAccessed_staysText()
{
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."),
        QStringLiteral("Accessed by thousands of readers, the report was widely shared.") });
    QCOMPARE(page.articles.size(), 1);
    QCOMPARE(page.articles[0].paragraphs.size(), 2);
}

void PageParserEntriesTest::accessInRoundBracketsOnTheByline_isAnAnchor()
{
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."), QStringLiteral("Boys sold"),
        QStringLiteral("AP (3 May 2009) (accessed 4 May 2009)"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Boys sold") }));
    QCOMPARE(page.articles[1].date.toIso(), QStringLiteral("2009-05-03"));
    QCOMPARE(page.articles[1].accessed.value(0).toIso(), QStringLiteral("2009-05-04"));
    QCOMPARE(page.articles[1].publishers, QStringList { QStringLiteral("AP") });
}

// No entry is merged silently: the missing access line is reported on the title's line.
void PageParserEntriesTest::entryWithoutAccessLine_isItsOwnEntry()
{
    const Page page = parse(
        { QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"),
            QStringLiteral("Body one."), QStringLiteral("Boys sold"), QStringLiteral("AP, 3 May 2009"),
            QStringLiteral("Body two."), QStringLiteral("Men sold"), QStringLiteral("BBC News, 5 May 2009"),
            QStringLiteral("[accessed 6 May 2009]"), QStringLiteral("Body three.") });
    QCOMPARE(titles(page),
        (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Boys sold"), QStringLiteral("Men sold") }));
    const Article &boys = page.articles[1];
    QCOMPARE(boys.publishers, QStringList { QStringLiteral("AP") });
    QCOMPARE(boys.date.toIso(), QStringLiteral("2009-05-03"));
    QVERIFY(boys.accessed.isEmpty());
    QCOMPARE(boys.paragraphs.size(), 1);
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
    bool named = false;
    for (const ParseWarning &w : page.warnings)
        named = named || (w.line == boys.line && w.message.contains(QStringLiteral("no access line")));
    QVERIFY(named);
}

void PageParserEntriesTest::firstEntryWithoutAccessLine_isAnEntry()
{
    const Page page = parse({ QStringLiteral("Boys sold"), QStringLiteral("AP, 3 May 2009"),
        QStringLiteral("Body one."), QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Boys sold"), QStringLiteral("Girls sold") }));
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
}

// No archives line: the entry stands right under the hotlines.
void PageParserEntriesTest::firstEntryWithoutAccessLine_underHotlines_isAnEntry()
{
    const QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"), QStringLiteral("Women"),
        QStringLiteral("Published reports & articles from 2000 to 2025"), QStringLiteral("HELP for Victims"),
        QStringLiteral("National hotline: +373 800 77777"), QStringLiteral("Boys sold"),
        QStringLiteral("AP, 3 May 2009"), QStringLiteral("Body one."), QStringLiteral("Girls sold"),
        QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body two.") };
    const Page page
        = PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("women")).page;
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Boys sold"), QStringLiteral("Girls sold") }));
    QCOMPARE(page.hotlines.size(), 1);
    for (const ParseWarning &w : page.warnings)
        QVERIFY2(!w.message.contains(QStringLiteral("HELP for Victims")), qPrintable(w.message));
}

void PageParserEntriesTest::pageWithoutAnyAccessLine_keepsItsEntries()
{
    const Page page
        = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("Body one."),
            QStringLiteral("Boys sold"), QStringLiteral("AP, 3 May 2009"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Boys sold") }));
    QCOMPARE(page.articles[1].paragraphs.size(), 1);
}

void PageParserEntriesTest::leadInAndDatedLine_insideAnExcerpt_staysText()
{
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("The statement was signed:"),
        QStringLiteral("Geneva, 12 March 2009"), QStringLiteral("Body one.") });
    QCOMPARE(titles(page), QStringList { QStringLiteral("Girls sold") });
    QCOMPARE(page.articles[0].paragraphs.size(), 3);
}

void PageParserEntriesTest::shortTitleOverBarePublisher_titleIsTheTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::newRow("question") << QStringLiteral("Why do girls go abroad?") << QStringLiteral("Save the Children");
    QTest::newRow("full stop") << QStringLiteral("Girls forced to beg. Police act.") << QStringLiteral("UNICEF");
}

void PageParserEntriesTest::shortTitleOverBarePublisher_titleIsTheTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."), title, publisher,
        QStringLiteral("[accessed 4 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), title }));
    QCOMPARE(page.articles[1].publishers, QStringList { publisher });
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
}

void PageParserEntriesTest::titleOverSubtitle_isOneTitle()
{
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."), QStringLiteral("Sold for sex"),
        QStringLiteral("The untold story of Moldova's girls"), QStringLiteral("BBC News, 3 May 2005"),
        QStringLiteral("[accessed 4 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page),
        (QStringList {
            QStringLiteral("Girls sold"), QStringLiteral("Sold for sex: The untold story of Moldova's girls") }));
    QCOMPARE(page.articles[1].publishers, QStringList { QStringLiteral("BBC News") });
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
}

void PageParserEntriesTest::pageMarkerClosingAnExcerpt_isNoTitle()
{
    const Page page = parse(
        { QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"),
            QStringLiteral("Body one."), QStringLiteral("[page 4]"), QStringLiteral("Boys sold"),
            QStringLiteral("AP, 3 May 2009"), QStringLiteral("[accessed 4 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Boys sold") }));
}

void PageParserEntriesTest::titleOverAuthorLine_authorJoinsTheByline()
{
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one."), QStringLiteral("Trafficked to Italy"),
        QStringLiteral("Jane Smith"), QStringLiteral("The Guardian, 4 June 2006"),
        QStringLiteral("[accessed 6 May 2011]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Trafficked to Italy") }));
    const Article &a = page.articles[1];
    QCOMPARE(a.authors, QStringList { QStringLiteral("Jane Smith") });
    QCOMPARE(a.publishers, QStringList { QStringLiteral("The Guardian") });
    QCOMPARE(a.date.toIso(), QStringLiteral("2006-06-04"));
}

void PageParserEntriesTest::titleAboveCitation_isKeptWhenTheQuotedTitleDiffers()
{
    const Page page = parse(
        { QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"),
            QStringLiteral("Body one."), QStringLiteral("Children Sold at the Border [PDF]"),
            QStringLiteral("Jane Smith, \"Children sold on the border,\" The Guardian, 12 March 2009"),
            QStringLiteral("[accessed 4 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(
        titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Children Sold at the Border") }));
    const Article &a = page.articles[1];
    QVERIFY(a.isPdf);
    QCOMPARE(a.authors, QStringList { QStringLiteral("Jane Smith") });
    QCOMPARE(a.publishers, QStringList { QStringLiteral("The Guardian") });
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
}

void PageParserEntriesTest::titleWithoutByline_afterAnExcerpt_staysItsOwnEntry()
{
    const Page page = parse(
        { QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"),
            QStringLiteral("Body one."), QStringLiteral("A report on the sale of children"),
            QStringLiteral("[accessed 6 May 2011]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page),
        (QStringList { QStringLiteral("Girls sold"), QStringLiteral("A report on the sale of children") }));
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
    QVERIFY(page.articles[1].publishers.isEmpty());
}

void PageParserEntriesTest::citationAlone_otherQuoteForms_givesItsTitle_data()
{
    QTest::addColumn<QString>("citation");
    QTest::newRow("single quotes") << QStringLiteral("Jane Smith, 'Sold at the border', The Guardian, 12 March 2009");
    QTest::newRow("no commas") << QStringLiteral("Jane Smith \"Sold at the border\" The Guardian 12 March 2009");
    QTest::newRow("full stops") << QStringLiteral("Jane Smith. \"Sold at the border.\" The Guardian, 12 March 2009");
}

// The paragraph above a citation that stands alone is the excerpt of the entry
// before, never the title.
void PageParserEntriesTest::citationAlone_otherQuoteForms_givesItsTitle()
{
    QFETCH(QString, citation);
    const Page page = parse({ QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"),
        QStringLiteral("Russian women answer advertisements for brides abroad and find themselves sold to brothels in "
                       "Turkey, a report says."),
        citation, QStringLiteral("[accessed 4 May 2009]"), QStringLiteral("Body two.") });
    QCOMPARE(titles(page), (QStringList { QStringLiteral("Girls sold"), QStringLiteral("Sold at the border") }));
    QCOMPARE(page.articles[0].paragraphs.size(), 1);
    QCOMPARE(page.articles[1].authors, QStringList { QStringLiteral("Jane Smith") });
    QCOMPARE(page.articles[1].publishers, QStringList { QStringLiteral("The Guardian") });
}

QTEST_GUILESS_MAIN(PageParserEntriesTest)
#include "pageparserentries_test.moc"
