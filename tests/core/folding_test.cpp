// The one folding of text for matching (core/text/folding.h): what a reader
// types finds what the page says.
#include "content/highlight.h"
#include "reference/referencedata.h"
#include "text/folding.h"

#include <QtTest>

using namespace Vigil::Core;

class FoldingTest : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void origins_mapEachFoldedCharacterBack();
    void referenceNames_foldTheSameWay();
    void highlight_decomposedLetter_isMarkedWhole();
};

void FoldingTest::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("capitals and a caron") << QStringLiteral("PRIŠTINA") << QStringLiteral("pristina");
    QTest::newRow("d with stroke") << QStringLiteral("Đakovica, Ðorđe") << QStringLiteral("dakovica, dorde");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("ligatures and o with stroke")
        << QStringLiteral("Æsir Øresund Œuvre") << QStringLiteral("aesir oresund oeuvre");
    QTest::newRow("typographic quotes") << QStringLiteral("“don’t”") << QStringLiteral("\"don't\"");
    QTest::newRow("decomposed accent") << QStringLiteral("Nis\u030C") << QStringLiteral("nis");
    QTest::newRow("Serbian Cyrillic as Latin") << QStringLiteral("СРБИЈА, Ђорђе") << QStringLiteral("srbija, dorde");
    QTest::newRow("emoji outside the BMP") << QStringLiteral("a\U0001F600b") << QStringLiteral("a\U0001F600b");
    QTest::newRow("empty") << QString() << QString();
}

void FoldingTest::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(Text::fold(text), folded);
    QCOMPARE(Text::foldWithOrigins(text).folded, folded);
}

void FoldingTest::origins_mapEachFoldedCharacterBack()
{
    const Text::FoldedText f = Text::foldWithOrigins(QStringLiteral("Aß\U0001F600Č"));
    QCOMPARE(f.folded, QStringLiteral("ass\U0001F600c"));
    QCOMPARE(f.origin, (QList<qsizetype> { 0, 1, 1, 2, 2, 4 }));
}

void FoldingTest::referenceNames_foldTheSameWay()
{
    // Country and place names, topics and article ids use this folding too.
    for (const QString &name : { QStringLiteral("Priština"), QStringLiteral("Đakovica"), QStringLiteral("“Kosovo”") })
        QCOMPARE(ReferenceData::foldForMatching(name), Text::fold(name));
}

void FoldingTest::highlight_decomposedLetter_isMarkedWhole()
{
    // "Niš" saved in decomposed form: the caron after the s belongs to the match.
    const Highlighter hl({ QStringLiteral("nis") });
    const QList<std::pair<qsizetype, qsizetype>> ranges = hl.matches(QStringLiteral("to Nis\u030C."));
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.first(), (std::pair<qsizetype, qsizetype> { 3, 7 }));
}

QTEST_GUILESS_MAIN(FoldingTest)
#include "folding_test.moc"
