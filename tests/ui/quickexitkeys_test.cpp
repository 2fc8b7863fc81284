// The rule of the quick-exit gesture, with the clock given: three presses of
// Shift alone within two seconds, any other key starting the count again.
#include "safety/quickexitkeys.h"

#include <QtTest>

using Vigil::Ui::QuickExitKeys;

class QuickExitKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void presses_triggerOnTheThirdWithinTwoSeconds_data();
    void presses_triggerOnTheThirdWithinTwoSeconds();
    void otherKey_startsTheCountAgain();
};

void QuickExitKeysTest::presses_triggerOnTheThirdWithinTwoSeconds_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<QList<bool>>("triggers");
    QTest::newRow("three quick") << QList<qint64> { 0, 150, 300 } << QList<bool> { false, false, true };
    QTest::newRow("first to third exactly 2 s")
        << QList<qint64> { 0, 1000, 2000 } << QList<bool> { false, false, true };
    QTest::newRow("first to third over 2 s") << QList<qint64> { 0, 1000, 2001 } << QList<bool> { false, false, false };
    QTest::newRow("two") << QList<qint64> { 0, 100 } << QList<bool> { false, false };
    QTest::newRow("slow, then quick") << QList<qint64> { 0, 3000, 6000, 6200, 6400 }
                                      << QList<bool> { false, false, false, false, true };
    QTest::newRow("the window slides") << QList<qint64> { 0, 1500, 2500, 3000 }
                                       << QList<bool> { false, false, false, true };
    QTest::newRow("after a trigger, three more")
        << QList<qint64> { 0, 100, 200, 300, 400, 500 } << QList<bool> { false, false, true, false, false, true };
    QTest::newRow("clock far from zero") << QList<qint64> { 9'000'000'000LL, 9'000'000'900LL, 9'000'001'800LL }
                                         << QList<bool> { false, false, true };
}

void QuickExitKeysTest::presses_triggerOnTheThirdWithinTwoSeconds()
{
    QFETCH(QList<qint64>, times);
    QFETCH(QList<bool>, triggers);
    QuickExitKeys detector;
    QList<bool> seen;
    for (const qint64 t : times)
        seen << detector.shiftPressed(t);
    QCOMPARE(seen, triggers);
}

void QuickExitKeysTest::otherKey_startsTheCountAgain()
{
    QuickExitKeys detector;
    QVERIFY(!detector.shiftPressed(0));
    QVERIFY(!detector.shiftPressed(100));
    detector.otherKeyPressed();
    QVERIFY(!detector.shiftPressed(200));
    QVERIFY(!detector.shiftPressed(300));
    QVERIFY(detector.shiftPressed(400));
}

QTEST_GUILESS_MAIN(QuickExitKeysTest)
#include "quickexitkeys_test.moc"
