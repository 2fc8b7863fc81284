// The hotline bar tells a reader where a number comes from in words: the page by
// its title and its section, with the date the source vouches for it, whole.
#include "import/pageparser.h"
#include "testsupport.h"
#include "widgets/hotlinepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextDocument>
#include <QtTest>

using namespace Vigil;

namespace {

// The bar's text as a reader sees it, markup gone.
QString seenText(const Ui::HotlinePanel &panel)
{
    QTextDocument doc;
    doc.setHtml(panel.displayedText());
    return doc.toPlainText();
}

} // namespace

class HotlinePanelTest : public QObject
{
    Q_OBJECT

private slots:
    void source_namesThePageAndSectionInWords();
    void unverifiedNumber_isMarked_andNeverALink();
    void countryWithoutHotline_offersToAddOne_andInventsNone();
};

void HotlinePanelTest::source_namesThePageAndSectionInWords()
{
    const Core::PageParser::Result r = Core::PageParser(Test::referenceData()).parseFile(Test::seedPagePath());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.page.hotlines.isEmpty());
    Ui::HotlinePanel panel;
    panel.showCountry(QStringLiteral("Serbia"), r.page.hotlines);
    const QString text = seenText(panel);
    for (const Core::Hotline &h : r.page.hotlines) {
        QVERIFY2(text.contains(h.display), qPrintable(text));
        // Whole: not cut at some length, and with its date.
        QVERIFY2(text.contains(h.source), qPrintable(text));
        // "As of" is the page's date range, not a check of the number, and says so.
        QVERIFY2(text.contains(QString(h.source + u", its reports run to " + h.asOf.toDisplay()
                     + u"; the number itself was not checked")),
            qPrintable(text));
    }
    QVERIFY2(text.contains(u"“" + r.page.title + u"”"), qPrintable(text));
    static const QRegularExpression developerText(
        QStringLiteral("\\.txt\\b|\\blines?\\s+\\d|data/|") + QRegularExpression::escape(r.page.key));
    QVERIFY2(!developerText.match(text).hasMatch(), qPrintable(text));
}

void HotlinePanelTest::unverifiedNumber_isMarked_andNeverALink()
{
    Core::Hotline unverified;
    unverified.country = QStringLiteral("RS");
    unverified.label = QStringLiteral("SOS <hotline>");
    unverified.display = QStringLiteral("+381 12");
    Core::Hotline mine;
    mine.country = QStringLiteral("RS");
    mine.label = QStringLiteral("My line");
    mine.display = QStringLiteral("call 555");
    mine.source = QStringLiteral("a leaflet");
    mine.addedByUser = true;
    Ui::HotlinePanel panel;
    panel.showCountry(QStringLiteral("Serbia"), { unverified, mine }, QStringLiteral("RS"));
    const QString text = seenText(panel);
    QVERIFY2(text.contains(QStringLiteral("SOS <hotline> +381 12 (not verified)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("My line call 555 (not verified, added by you)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("your source: a leaflet")), qPrintable(text));
    QVERIFY(!panel.displayedText().contains(QStringLiteral("tel:")));
    QVERIFY(panel.accessibleName().contains(QStringLiteral("+381 12 (not verified)")));
    // Nothing to copy: the Copy button offers only a number that validated.
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("copyHotlineButton"))->isHidden());
}

void HotlinePanelTest::countryWithoutHotline_offersToAddOne_andInventsNone()
{
    Ui::HotlinePanel panel;
    QSignalSpy add(&panel, &Ui::HotlinePanel::addHotlineRequested);
    QSignalSpy mine(&panel, &Ui::HotlinePanel::myHotlinesRequested);
    panel.showCountry(QStringLiteral("Kosovo"), {}, QStringLiteral("XK"));
    const QString text = seenText(panel);
    QVERIFY2(text.contains(QStringLiteral("no hotline is known for Kosovo")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Add a hotline you know…")), qPrintable(text));
    static const QRegularExpression digits(QStringLiteral("\\d{3}"));
    QVERIFY2(!digits.match(text).hasMatch(), qPrintable(text)); // no number is made up
    auto *label = panel.findChild<QLabel *>(QStringLiteral("hotlineText"));
    emit label->linkActivated(QStringLiteral("vigil-add-hotline"));
    QCOMPARE(add.size(), 1);
    QCOMPARE(add.first().first().toString(), QStringLiteral("XK"));
    panel.findChild<QPushButton *>(QStringLiteral("myHotlinesButton"))->click();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().first().toString(), QStringLiteral("XK"));
}

QTEST_MAIN(HotlinePanelTest)
#include "hotlinepanel_test.moc"
