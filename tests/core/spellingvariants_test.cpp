// British and American spellings (core/text/spellingvariants.h): a reader who
// writes one finds the other, and a word that only looks like one of the
// families keeps its one spelling.
#include "content/highlight.h"
#include "text/spellingvariants.h"

#include <QtTest>

using namespace Vigil::Core;

class SpellingVariantsTest : public QObject
{
    Q_OBJECT

private slots:
    void pair_eachFindsTheOther_data();
    void pair_eachFindsTheOther();
    void exception_keepsItsOneSpelling_data();
    void exception_keepsItsOneSpelling();
    void prefix_givesTheFamilysWholeWords_onceItReachesTheDifference();
    void prefix_ofAnException_givesNothing();
    void combinations_firstChoicesFirst_andLimited();
    void highlighter_marksTheOtherSpelling();
};

void SpellingVariantsTest::pair_eachFindsTheOther_data()
{
    QTest::addColumn<QString>("british");
    QTest::addColumn<QString>("american");
    const auto row = [](const char *british, const char *american) {
        QTest::newRow(british) << QString::fromLatin1(british) << QString::fromLatin1(american);
    };
    row("labour", "labor");
    row("labourers", "laborers");
    row("behaviour", "behavior");
    row("neighbourhood", "neighborhood");
    row("favourite", "favorite");
    row("honourable", "honorable");
    row("organisation", "organization");
    row("organisations", "organizations");
    row("organised", "organized");
    row("criminalisation", "criminalization");
    row("recognise", "recognize");
    row("prioritising", "prioritizing");
    row("categorise", "categorize");
    row("analyse", "analyze");
    row("paralysed", "paralyzed");
    row("programme", "program");
    row("programmes", "programs");
    row("centre", "center");
    row("centres", "centers");
    row("centred", "centered");
    row("theatre", "theater");
    row("defence", "defense");
    row("offences", "offenses");
    row("licence", "license");
    row("travelled", "traveled");
    row("travelling", "traveling");
    row("counsellor", "counselor");
    row("kidnapped", "kidnaped");
    row("fulfilment", "fulfillment");
    row("enrolment", "enrollment");
    row("judgement", "judgment");
    row("catalogue", "catalog");
    row("practise", "practice");
    row("ageing", "aging");
    row("paediatric", "pediatric");
    row("manoeuvre", "maneuver");
}

void SpellingVariantsTest::pair_eachFindsTheOther()
{
    QFETCH(QString, british);
    QFETCH(QString, american);
    QVERIFY2(
        Text::spellingVariants(british).contains(american), qPrintable(Text::spellingVariants(british).join(u',')));
    QVERIFY2(
        Text::spellingVariants(american).contains(british), qPrintable(Text::spellingVariants(american).join(u',')));
    QVERIFY(!Text::spellingVariants(british).contains(british));
}

void SpellingVariantsTest::exception_keepsItsOneSpelling_data()
{
    QTest::addColumn<QString>("word");
    const char *const words[] = {
        // -our that is no -our/-or word, and -or that has no -our.
        "our",
        "hour",
        "four",
        "your",
        "pour",
        "tour",
        "flour",
        "sour",
        "detour",
        "contour",
        "or",
        "for",
        "nor",
        "author",
        "doctor",
        "error",
        "motor",
        "major",
        "minor",
        "mirror",
        "actor",
        "labo",
        "laboratory",
        "laborious",
        "colorado",
        "honorary",
        // -ise that is not -ize anywhere, and -ize with no -ise.
        "promise",
        "promised",
        "compromise",
        "premises",
        "surprise",
        "enterprise",
        "exercise",
        "advise",
        "revised",
        "supervising",
        "otherwise",
        "noise",
        "raise",
        "praised",
        "rise",
        "arise",
        "cruise",
        "disguise",
        "franchise",
        "expertise",
        "paradise",
        "merchandise",
        "advertising",
        "treatise",
        "despise",
        "size",
        "sizes",
        "capsized",
        "seize",
        "prize",
        "citizen",
        "analysis",
        "crisis",
        "basis",
        "paris",
        // -ence/-ense and -tre/-ter words outside the table.
        "sense",
        "tense",
        "expense",
        "dense",
        "central",
        "centrist",
        "water",
        "after",
        "matter",
        "literature",
        "metro",
        // Not plain a-z: folded words only.
        "Labour",
        "labour's",
        "",
    };
    for (const char *w : words)
        QTest::newRow(w) << QString::fromLatin1(w);
}

void SpellingVariantsTest::exception_keepsItsOneSpelling()
{
    QFETCH(QString, word);
    QVERIFY2(Text::spellingVariants(word).isEmpty(), qPrintable(Text::spellingVariants(word).join(u',')));
}

void SpellingVariantsTest::prefix_givesTheFamilysWholeWords_onceItReachesTheDifference()
{
    // "labo" is as far as both spellings go together: no other spelling yet.
    QVERIFY(Text::spellingVariantsOfPrefix(u"labo").isEmpty());
    const QStringList labou = Text::spellingVariantsOfPrefix(u"labou");
    QVERIFY2(labou.contains(QStringLiteral("labor")) && labou.contains(QStringLiteral("laborers")),
        qPrintable(labou.join(u',')));
    const QStringList labour = Text::spellingVariantsOfPrefix(u"labour");
    QCOMPARE(labour.first(), QStringLiteral("labor")); // the base form first
    QVERIFY(!labour.contains(QStringLiteral("laboratory")));
    // Every other spelling is one of a word that starts so.
    for (const QString &w : labour) {
        const QStringList back = Text::spellingVariants(w);
        QVERIFY2(std::any_of(back.cbegin(), back.cend(), [](const QString &b) { return b.startsWith(u"labour"); }),
            qPrintable(w));
    }
    const QStringList organise = Text::spellingVariantsOfPrefix(u"organise");
    QVERIFY2(organise.contains(QStringLiteral("organize")) && organise.contains(QStringLiteral("organized")),
        qPrintable(organise.join(u',')));
    const QStringList organisa = Text::spellingVariantsOfPrefix(u"organisa");
    QVERIFY2(organisa.contains(QStringLiteral("organization")) && !organisa.contains(QStringLiteral("organized")),
        qPrintable(organisa.join(u',')));
    QVERIFY(Text::spellingVariantsOfPrefix(u"organi").isEmpty());
    QVERIFY(Text::spellingVariantsOfPrefix(u"analysi").contains(QStringLiteral("analyzing")));
    const QStringList centre = Text::spellingVariantsOfPrefix(u"centre");
    QVERIFY2(centre.contains(QStringLiteral("center")) && centre.contains(QStringLiteral("centered")),
        qPrintable(centre.join(u',')));
    QVERIFY(Text::spellingVariantsOfPrefix(u"labor").contains(QStringLiteral("labourers")));
}

void SpellingVariantsTest::prefix_ofAnException_givesNothing()
{
    for (const QStringView p :
        { u"our", u"hou", u"fou", u"fo", u"promis", u"surpris", u"exercis", u"siz", u"analysis", u"crisis" })
        QVERIFY2(Text::spellingVariantsOfPrefix(p).isEmpty(), qPrintable(p.toString()));
}

void SpellingVariantsTest::combinations_firstChoicesFirst_andLimited()
{
    const QList<QStringList> choices { { QStringLiteral("a"), QStringLiteral("b") },
        { QStringLiteral("c"), QStringLiteral("d") } };
    const QList<QStringList> all = Text::combinations(choices, 10);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first(), (QStringList { QStringLiteral("a"), QStringLiteral("c") }));
    QCOMPARE(QSet<QStringList>(all.cbegin(), all.cend()).size(), 4);
    QCOMPARE(Text::combinations(choices, 2).size(), 2);
    QVERIFY(Text::combinations({ { QStringLiteral("a") }, {} }, 10).isEmpty());
    QVERIFY(Text::combinations({}, 10).isEmpty());
}

void SpellingVariantsTest::highlighter_marksTheOtherSpelling()
{
    // What the reading pane marks for a search.
    const auto marked
        = [](const QStringList &terms, QStringView text) { return Highlighter(terms).toHtml(text).toString(); };
    QCOMPARE(marked({ QStringLiteral("labour") }, u"Forced Labor."), QStringLiteral("Forced <mark>Labor</mark>."));
    QCOMPARE(marked({ QStringLiteral("labor") }, u"labour and labourers"),
        QStringLiteral("<mark>labour</mark> and <mark>labour</mark>ers"));
    QCOMPARE(marked({ QStringLiteral("forced labour") }, u"in forced labor, forced marriage"),
        QStringLiteral("in <mark>forced labor</mark>, forced marriage"));
    // An unfinished word marks the other spelling's words too.
    QCOMPARE(marked({ QStringLiteral("organisa") }, u"organization"), QStringLiteral("<mark>organiza</mark>tion"));
    QCOMPARE(marked({ QStringLiteral("centre") }, u"a center"), QStringLiteral("a <mark>center</mark>"));
    // A word without another spelling marks only itself.
    QCOMPARE(marked({ QStringLiteral("four") }, u"for four"), QStringLiteral("for <mark>four</mark>"));
    QCOMPARE(marked({ QStringLiteral("our") }, u"or our"), QStringLiteral("or <mark>our</mark>"));
}

QTEST_GUILESS_MAIN(SpellingVariantsTest)
#include "spellingvariants_test.moc"
