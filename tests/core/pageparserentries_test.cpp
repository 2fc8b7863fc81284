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
    QTest::newRow("date accessed") << QStringLiteral("[date accessed: 12 March 2010]")
                                   << QStringLiteral("2010-03-12");
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

QTEST_GUILESS_MAIN(PageParserEntriesTest)
#include "pageparserentries_test.moc"
