// The hotline bar tells a reader where a number comes from in words: the page by
// its title and its section, with the date the source vouches for it, whole.
#include "import/pageparser.h"
#include "testsupport.h"
#include "widgets/hotlinepanel.h"

#include <QRegularExpression>
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
        QVERIFY2(text.contains(QString(h.source + u", as of " + h.asOf.toDisplay())), qPrintable(text));
    }
    QVERIFY2(text.contains(u"“" + r.page.title + u"”"), qPrintable(text));
    static const QRegularExpression developerText(
        QStringLiteral("\\.txt\\b|\\blines?\\s+\\d|data/|") + QRegularExpression::escape(r.page.key));
    QVERIFY2(!developerText.match(text).hasMatch(), qPrintable(text));
}

QTEST_MAIN(HotlinePanelTest)
#include "hotlinepanel_test.moc"
