#include "import/pageparser.h"
#include "testsupport.h"

#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::referenceData;

namespace {

const QString BulgariaText = QStringLiteral("Bulgaria, a former communist country, averaged 6% annual growth.");
const QString RomaniaText = QStringLiteral("Romania began the transition from Communism in 1989.");
const QString Factbook = QStringLiteral("[The World Factbook, U.S.C.I.A. 2009]");
const QString BulgariaTip
    = QStringLiteral("Bulgaria is a source country for women trafficked for sexual exploitation.");
const QString RomaniaTip = QStringLiteral("Romania is a source, transit, and destination country for men and women.");
const QString Tip = QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009");

QString captionOf(const QString &country)
{
    return QStringLiteral("Description: Description: Description: ") + country;
}

// A page on Bulgaria and Romania with the given profile lines under its head.
Page parseProfiles(const QStringList &profileLines)
{
    QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"), QStringLiteral("Bulgaria & Romania"),
        QStringLiteral("Published reports & articles from 2000 to 2025") };
    lines << profileLines;
    lines << QStringLiteral("CAUTION: The following links have been culled from the web.")
          << QStringLiteral("HELP for Victims") << QStringLiteral("National hotline: +359 800 20 100")
          << QStringLiteral("*** ARCHIVES ***") << QStringLiteral("Girls sold") << QStringLiteral("Reuters, 1 May 2009")
          << QStringLiteral("[accessed 2 May 2009]") << QStringLiteral("Body one.");
    return PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("br")).page;
}

} // namespace

class PageParserHeadTest : public QObject
{
    Q_OBJECT

private slots:
    void profiles_areKnownByWhatTheyHold_data();
    void profiles_areKnownByWhatTheyHold();
    void topicHead_themeIsTheTitle_data();
    void topicHead_themeIsTheTitle();
    void topicPage_withArchivesUnderItsHead_hasNoWarnings();
    void topicPage_introUnderItsTitle_isNoProfile();
    void countryPageWithoutHotlines_warns();
};

void PageParserHeadTest::profiles_areKnownByWhatTheyHold_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("tipCitation");
    const QString tips = BulgariaTip + QStringLiteral(" - ") + Tip;
    const QString tipr = RomaniaTip + QStringLiteral(" - ") + Tip;
    const QString bg = BulgariaText + u' ' + Factbook;
    const QString ro = RomaniaText + u' ' + Factbook;
    QTest::newRow("captions grouped above") << QStringList { captionOf(QStringLiteral("Bulgaria")),
        captionOf(QStringLiteral("Romania")), bg, ro, tips, tipr }
                                            << Tip;
    QTest::newRow("no caption, no heading")
        << QStringList { QStringLiteral("The economy averaged 6% annual growth. ") + Factbook,
               QStringLiteral("The country began the transition in 1989. ") + Factbook, tips, tipr }
        << Tip;
    QTest::newRow("Factbook citation on its own line") << QStringList { captionOf(QStringLiteral("Bulgaria")),
        BulgariaText, Factbook, captionOf(QStringLiteral("Romania")), ro, tips, tipr }
                                                       << Tip;
    QTest::newRow("CIA World Factbook") << QStringList { captionOf(QStringLiteral("Bulgaria map")), bg,
        captionOf(QStringLiteral("Romania flag")), RomaniaText + QStringLiteral(" [CIA World Factbook, 2009]"), tips,
        tipr } << Tip;
    QTest::newRow("TIP citation on its own line") << QStringList { captionOf(QStringLiteral("Bulgaria")), bg,
        captionOf(QStringLiteral("Romania")), ro, BulgariaTip, QStringLiteral("- ") + Tip, RomaniaTip,
        QStringLiteral("- ") + Tip } << Tip;
    QTest::newRow("TIP citation in brackets")
        << QStringList { captionOf(QStringLiteral("Bulgaria")), bg, captionOf(QStringLiteral("Romania")), ro,
               BulgariaTip + QStringLiteral(" [") + Tip + u']', RomaniaTip + QStringLiteral(" [") + Tip + u']' }
        << Tip;
    const QString yearFirst = QStringLiteral("2010 Trafficking in Persons Report, U.S. Department of State");
    QTest::newRow("TIP citation year first")
        << QStringList { captionOf(QStringLiteral("Bulgaria")), bg, captionOf(QStringLiteral("Romania")), ro,
               BulgariaTip + QStringLiteral(" - ") + yearFirst, RomaniaTip + QStringLiteral(" - ") + yearFirst }
        << yearFirst;
    const QString short_ = QStringLiteral("U.S. State Dept TIP Report, June 2010");
    QTest::newRow("TIP Report") << QStringList { captionOf(QStringLiteral("Bulgaria")), bg,
        captionOf(QStringLiteral("Romania")), ro, BulgariaTip + QStringLiteral(" - ") + short_,
        RomaniaTip + QStringLiteral(" - ") + short_ }
                                << short_;
}

// Whatever the order of captions, texts and citations, each country gets one
// profile with its own background, Factbook citation and TIP excerpt.
void PageParserHeadTest::profiles_areKnownByWhatTheyHold()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, tipCitation);
    const Page page = parseProfiles(lines);
    QCOMPARE(page.profiles.size(), 2);
    QCOMPARE(page.profiles[0].country, QStringLiteral("BG"));
    QCOMPARE(page.profiles[1].country, QStringLiteral("RO"));
    for (const CountryProfile &p : page.profiles) {
        QCOMPARE(p.background.size(), 1);
        QVERIFY2(p.backgroundCitation.contains(QStringLiteral("World Factbook")), qPrintable(p.country));
        QCOMPARE(p.tipCitation, tipCitation);
    }
    QVERIFY(page.profiles[0].tipExcerpt.startsWith(QStringLiteral("Bulgaria is")));
    QVERIFY(page.profiles[1].tipExcerpt.startsWith(QStringLiteral("Romania is")));
    for (const ParseWarning &w : page.warnings)
        QVERIFY2(!w.message.contains(QStringLiteral("profile")), qPrintable(w.message));
}

void PageParserHeadTest::topicHead_themeIsTheTitle_data()
{
    QTest::addColumn<QStringList>("head");
    QTest::addColumn<QString>("tagline");
    QStringList menu;
    for (int i = 1; i <= 14; ++i)
        menu << QStringLiteral("Menu item %1").arg(i);
    const QString site = QStringLiteral("Human Trafficking & Modern-day Slavery");
    const QString coverage = QStringLiteral("Published reports & articles from 2000 to 2025");
    const QString subtitle = QStringLiteral("Trafficking of women for sexual exploitation");
    QTest::newRow("long menu") << menu + QStringList { site, QStringLiteral("Women"), coverage } << QString();
    QTest::newRow("subtitle, no coverage") << QStringList { site, QStringLiteral("Women"), subtitle } << subtitle;
    QTest::newRow("subtitle over coverage")
        << QStringList { site, QStringLiteral("Women"), subtitle, coverage } << subtitle;
}

void PageParserHeadTest::topicHead_themeIsTheTitle()
{
    QFETCH(QStringList, head);
    QFETCH(QString, tagline);
    QStringList lines = head;
    lines << QStringLiteral("*** ARCHIVES ***") << QStringLiteral("Girls sold") << QStringLiteral("Reuters, 1 May 2009")
          << QStringLiteral("[accessed 2 May 2009]") << QStringLiteral("Body one.");
    const Page page
        = PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("women")).page;
    QCOMPARE(page.siteTitle, QStringLiteral("Human Trafficking & Modern-day Slavery"));
    QCOMPARE(page.title, QStringLiteral("Women"));
    if (!tagline.isEmpty())
        QVERIFY2(page.tagline.contains(tagline), qPrintable(page.tagline));
    QVERIFY(page.profiles.isEmpty());
    QCOMPARE(page.articles.size(), 1);
}

// A topic page has no hotlines block, and "*** ARCHIVES ***" right under the
// head is where its entries begin: neither is a fault.
void PageParserHeadTest::topicPage_withArchivesUnderItsHead_hasNoWarnings()
{
    const QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"), QStringLiteral("Women"),
        QStringLiteral("Published reports & articles from 2000 to 2025"), QStringLiteral("*** ARCHIVES ***"),
        QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"), QStringLiteral("[accessed 2 May 2009]"),
        QStringLiteral("Body one.") };
    const Page page
        = PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("women")).page;
    QCOMPARE(page.articles.size(), 1);
    for (const ParseWarning &w : page.warnings)
        QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(w.line).arg(w.message)));
}

// Text under a topic page's title has none of a profile's marks: it is kept
// out of the profiles, and each line is named in a warning.
void PageParserHeadTest::topicPage_introUnderItsTitle_isNoProfile()
{
    const QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"),
        QStringLiteral("Child Trafficking"), QStringLiteral("Published reports & articles from 2000 to 2025"),
        QStringLiteral("Facts at a glance"),
        QStringLiteral("Millions of children are trafficked each year, according to estimates by several agencies."),
        QStringLiteral("CAUTION: The following links have been culled from the web."),
        QStringLiteral("*** ARCHIVES ***"), QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one.") };
    const Page page
        = PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("children")).page;
    QCOMPARE(page.title, QStringLiteral("Child Trafficking"));
    QVERIFY(page.profiles.isEmpty());
    QStringList warned;
    for (const ParseWarning &w : page.warnings)
        warned << w.message;
    QVERIFY2(warned.filter(QStringLiteral("outside any country profile")).size() == 2, qPrintable(warned.join(u'\n')));
    QVERIFY2(warned.filter(QStringLiteral("HELP for Victims")).isEmpty(), qPrintable(warned.join(u'\n')));
}

void PageParserHeadTest::countryPageWithoutHotlines_warns()
{
    bool warned = false;
    const QStringList lines { QStringLiteral("Human Trafficking & Modern-day Slavery"), QStringLiteral("Bulgaria"),
        QStringLiteral("Published reports & articles from 2000 to 2025"), BulgariaText + u' ' + Factbook,
        QStringLiteral("*** ARCHIVES ***"), QStringLiteral("Girls sold"), QStringLiteral("Reuters, 1 May 2009"),
        QStringLiteral("[accessed 2 May 2009]"), QStringLiteral("Body one.") };
    const Page bulgaria
        = PageParser(referenceData()).parseText(lines.join(QStringLiteral("\n\n")), QStringLiteral("bg")).page;
    for (const ParseWarning &w : bulgaria.warnings) {
        warned = warned || w.message.contains(QStringLiteral("HELP for Victims"));
        QVERIFY2(!w.message.contains(QStringLiteral("ARCHIVES")), qPrintable(w.message));
    }
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(PageParserHeadTest)
#include "pageparserhead_test.moc"
