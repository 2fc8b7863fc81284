// The colours Vigil sets itself on widgets, outside the system's palette: the
// hotline bar in light and dark, and the Quick exit button. Text on them must
// reach WCAG AA (4.5:1); the reading pane's CSS is checked in contrast_test.
#include "contrast.h"
#include "safety/quickexitbutton.h"
#include "widgets/hotlinepanel.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

using namespace Vigil;

class AppColoursTest : public QObject
{
    Q_OBJECT

private slots:
    void hotlineBar_textReachesAA_data();
    void hotlineBar_textReachesAA();
    void hotlineBar_followsTheSystemsDarkPalette();
    void quickExitButton_textReachesAA();
};

void AppColoursTest::hotlineBar_textReachesAA_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void AppColoursTest::hotlineBar_textReachesAA()
{
    QFETCH(bool, dark);
    const Ui::HotlineColours c = Ui::HotlineColours::forTheme(dark);
    const double text
        = Test::contrastRatio(QColor(QString::fromLatin1(c.text)), QColor(QString::fromLatin1(c.background)));
    const double button = Test::contrastRatio(
        QColor(QString::fromLatin1(c.buttonText)), QColor(QString::fromLatin1(c.buttonBackground)));
    // The focus ring and the button's edge are graphics: 3:1 against the bar.
    const double focus
        = Test::contrastRatio(QColor(QString::fromLatin1(c.focus)), QColor(QString::fromLatin1(c.background)));
    const double edge
        = Test::contrastRatio(QColor(QString::fromLatin1(c.buttonText)), QColor(QString::fromLatin1(c.background)));
    qInfo("%s: text and numbers %.2f:1, buttons %.2f:1, focus ring %.2f:1, button edge %.2f:1", dark ? "dark" : "light",
        text, button, focus, edge);
    QVERIFY2(text >= 4.5, qPrintable(QString::number(text)));
    QVERIFY2(button >= 4.5, qPrintable(QString::number(button)));
    QVERIFY2(focus >= 3.0, qPrintable(QString::number(focus)));
    QVERIFY2(edge >= 3.0, qPrintable(QString::number(edge)));
}

void AppColoursTest::hotlineBar_followsTheSystemsDarkPalette()
{
    // The number is a link: in a dark palette Qt would draw it in the palette's
    // light blue, on yellow (2.67:1). The bar sets its own link colour.
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QPalette palette = original;
        palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x24) : QColor(0xef, 0xef, 0xef));
        palette.setColor(QPalette::Link, dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x00, 0x00, 0xee));
        QApplication::setPalette(palette);
        Ui::HotlinePanel panel;
        Core::Hotline sos;
        sos.country = QStringLiteral("RS");
        sos.label = QStringLiteral("SOS hotline");
        sos.e164 = QStringLiteral("+381113347817");
        sos.display = QStringLiteral("+381 11 3347817");
        panel.showCountry(QStringLiteral("Serbia"), { sos });
        const Ui::HotlineColours c = Ui::HotlineColours::forTheme(dark);
        auto *label = panel.findChild<QLabel *>(QStringLiteral("hotlineText"));
        QCOMPARE(label->palette().color(QPalette::Link), QColor(QString::fromLatin1(c.text)));
        QVERIFY(label->text().contains(QStringLiteral("color:%1").arg(QString::fromLatin1(c.text))));
        QVERIFY(panel.styleSheet().contains(QStringLiteral("background: %1").arg(QString::fromLatin1(c.background))));
        QVERIFY(panel.accessibleName().contains(QStringLiteral("+381 11 3347817")));
    }
    QApplication::setPalette(original);
}

void AppColoursTest::quickExitButton_textReachesAA()
{
    const QString css = Ui::quickExitStyleSheet();
    const QRegularExpression colour(QStringLiteral(R"(\bcolor:\s*(#[0-9a-fA-F]{6}))"));
    const QRegularExpression background(QStringLiteral(R"(\bbackground:\s*(#[0-9a-fA-F]{6}))"));
    const QRegularExpressionMatch fg = colour.match(css);
    const QRegularExpressionMatch bg = background.match(css);
    QVERIFY(fg.hasMatch() && bg.hasMatch());
    const double ratio = Test::contrastRatio(QColor(fg.captured(1)), QColor(bg.captured(1)));
    qInfo("Quick exit: %s on %s, %.2f:1", qPrintable(fg.captured(1)), qPrintable(bg.captured(1)), ratio);
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
}

QTEST_MAIN(AppColoursTest)
#include "appcolours_test.moc"
