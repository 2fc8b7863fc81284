#include "contrast.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <cmath>

using namespace Vigil::Test;

namespace {

// A colour the reading pane's stylesheet paints over another, and the ratio WCAG AA
// asks of the pair: 4.5:1 for text of any size (the page has small labels, so the
// large-text allowance of 3:1 is not used), 3:1 for graphics a reader needs
// (WCAG 1.4.11).
struct Pair
{
    const char *foreground;
    const char *background;
    double minimum;
    const char *usedBy;
};

// Read off the rules of resources/html/style.css and the markup the renderers write
// around them: a rule that sets a colour or a background, and the elements that can
// sit inside it, gives a row here. A rule that paints a new pair needs a new row.
const Pair pairs[] = {
    { "--fg", "--bg", 4.5, "body text, headings, .byline .authors, hotline numbers, chart values" },
    { "--muted", "--bg", 4.5,
        "h3, .kicker, .subtitle, .byline, .sep, .badge, .identifier, .byline-note, .accessed, .notes, "
        ".attribution, .official-name, .source, .hotline-source, .empty, .count, figcaption, chart labels" },
    { "--accent", "--bg", 4.5, "links, .section headings, topic tags (.tag-topic is transparent), .copy" },
    { "--fg", "--panel", 4.5, ".citations heading and citations" },
    { "--muted", "--panel", 4.5, ".citations dt, .formats and its separator, .page-marker" },
    { "--accent", "--panel", 4.5, "links in .citations: .copy, BibTeX, RIS" },
    { "--accent", "--accent-soft", 4.5, "country tags (a.tag)" },
    { "--mark-fg", "--mark-bg", 4.5, "search highlights (mark)" },
    { "--badge-fg", "--badge-bg", 4.5, ".badge-pdf, .badge-featured" },
    { "--fg", "--caution-bg", 4.5, ".caution" },
    // No rule paints these today, but they are the next thing a rule would: plain
    // text in a chip, a source line or a link in the caution. Checked so that using
    // them needs no second look at the palette.
    { "--fg", "--accent-soft", 4.5, "(not used yet) plain text on a tag" },
    { "--muted", "--caution-bg", 4.5, "(not used yet) secondary text in .caution" },
    { "--accent", "--caution-bg", 4.5, "(not used yet) a link in .caution" },
    // Graphics: the bars carry the chart's data; their numbers are text beside them,
    // on the page, so the bar itself needs only the non-text ratio.
    { "--bar", "--bg", 3.0, "chart bars" },
};

const QString lightTheme = QStringLiteral("body.light");
const QString darkTheme = QStringLiteral("body.dark");
const QString printMedia = QStringLiteral("@media print");
const QString printSelector = QStringLiteral("body, body.light, body.dark");

QString stylesheetPath()
{
    return QStringLiteral(VIGIL_RESOURCES_DIR "/html/style.css");
}

// The colours the print block sets over either theme. Empty if the block is gone or
// its selector changed, which the tests report rather than check the screen colours twice.
QHash<QString, QColor> printColours(const QString &css)
{
    return cssVariables(cssBlock(css, printMedia), printSelector);
}

// WCAG has no rounding: 4.499 fails. Shown rounded down so a failure never prints as 4.50.
QString shown(double ratio)
{
    return QString::number(std::floor(ratio * 100.0) / 100.0, 'f', 2);
}

} // namespace

class ContrastTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contrastRatio_matchesWcagExamples();
    void cssVariables_readsOnlyTheNamedBlock();
    void stylesheet_definesEveryVariableInEveryTheme();
    void colours_reachWcagAA_data();
    void colours_reachWcagAA();

private:
    QString m_css;
};

void ContrastTest::initTestCase()
{
    QFile file(stylesheetPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(stylesheetPath()));
    m_css = QString::fromUtf8(file.readAll());
    QVERIFY(!m_css.isEmpty());
}

// The arithmetic the rest depends on, against values published with WCAG, and one
// pair either side of the line so that a formula that is too kind would show.
void ContrastTest::contrastRatio_matchesWcagExamples()
{
    const QColor white(Qt::white), black(Qt::black);
    QCOMPARE(contrastRatio(black, white), 21.0);
    QCOMPARE(contrastRatio(white, black), 21.0);
    QCOMPARE(contrastRatio(white, white), 1.0);
    QCOMPARE(relativeLuminance(white), 1.0);

    const double grey77 = contrastRatio(QColor(0x77, 0x77, 0x77), white);
    QVERIFY2(std::abs(grey77 - 4.48) < 0.005, qPrintable(QString::number(grey77)));
    QVERIFY(grey77 < 4.5);
    const double grey76 = contrastRatio(QColor(0x76, 0x76, 0x76), white);
    QVERIFY2(std::abs(grey76 - 4.54) < 0.005, qPrintable(QString::number(grey76)));
    QVERIFY(grey76 >= 4.5);

    QCOMPARE(flattened(QColor(Qt::transparent), white), white);
    QCOMPARE(flattened(black, white), black);
}

// The reader must find the block asked for and nothing else, or the colour test
// could pass on colours the view never uses.
void ContrastTest::cssVariables_readsOnlyTheNamedBlock()
{
    const QString css = QStringLiteral("/* body.light { --fg: #ff0000; } */\n"
                                       "body.light { --fg: #111111; --gap: 1em; color-scheme: light; }\n"
                                       "body.light .note { --fg: #222222; }\n"
                                       "@media print { body.light { --fg: #000000; } }\n"
                                       "body.light { --veil: #ffffff80; }\n");
    const QHash<QString, QColor> light = cssVariables(css, lightTheme);
    QCOMPARE(light.size(), 3);
    QCOMPARE(light.value(QStringLiteral("--fg")), QColor(0x11, 0x11, 0x11));
    QVERIFY(light.contains(QStringLiteral("--gap")));
    QVERIFY(!light.value(QStringLiteral("--gap")).isValid());
    QCOMPARE(light.value(QStringLiteral("--veil")), QColor(0xff, 0xff, 0xff, 0x80));

    const QHash<QString, QColor> print = cssVariables(cssBlock(css, printMedia), lightTheme);
    QCOMPARE(print.value(QStringLiteral("--fg")), QColor(Qt::black));
    QVERIFY(cssVariables(css, darkTheme).isEmpty());
}

// A var() with no definition falls back to the inherited colour, which nobody
// checked; a name only one theme defines does the same after switching theme.
void ContrastTest::stylesheet_definesEveryVariableInEveryTheme()
{
    static const QRegularExpression use(QStringLiteral(R"(var\(\s*(--[A-Za-z0-9_-]+))"));
    QSet<QString> used;
    auto it = use.globalMatch(withoutCssComments(m_css));
    while (it.hasNext())
        used.insert(it.next().captured(1));
    QVERIFY(!used.isEmpty());

    const QHash<QString, QColor> light = cssVariables(m_css, lightTheme);
    const QHash<QString, QColor> dark = cssVariables(m_css, darkTheme);
    const QHash<QString, QColor> print = printColours(m_css);
    QVERIFY2(!print.isEmpty(), "no @media print block with the selector \"body, body.light, body.dark\"");

    QStringList problems;
    for (const QString &name : used) {
        if (!light.contains(name))
            problems << name + u" is used but body.light does not define it";
        if (!dark.contains(name))
            problems << name + u" is used but body.dark does not define it";
    }
    for (auto i = light.cbegin(); i != light.cend(); ++i) {
        if (!dark.contains(i.key()))
            problems << i.key() + u" is defined in body.light only";
    }
    for (auto i = dark.cbegin(); i != dark.cend(); ++i) {
        if (!light.contains(i.key()))
            problems << i.key() + u" is defined in body.dark only";
    }
    // The print block only overrides; a name no theme has is a typo that prints nothing.
    for (auto i = print.cbegin(); i != print.cend(); ++i) {
        if (!light.contains(i.key()))
            problems << i.key() + u" is set for print but no theme defines it";
    }
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void ContrastTest::colours_reachWcagAA_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("print");
    QTest::newRow("light") << lightTheme << false;
    QTest::newRow("dark") << darkTheme << false;
    // Printing replaces the colours of either theme.
    QTest::newRow("print from light") << lightTheme << true;
    QTest::newRow("print from dark") << darkTheme << true;
}

void ContrastTest::colours_reachWcagAA()
{
    QFETCH(QString, theme);
    QFETCH(bool, print);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    // The theme's colours as the view sees them: the theme's block, and when printing
    // the print block's overrides on top.
    QHash<QString, QColor> colours = cssVariables(m_css, theme);
    QVERIFY2(!colours.isEmpty(), qPrintable(u"no block " + theme));
    if (print) {
        const QHash<QString, QColor> printing = printColours(m_css);
        QVERIFY2(!printing.isEmpty(), "no @media print block with the selector \"body, body.light, body.dark\"");
        colours.insert(printing);
    }

    // A transparent background shows the page, and the page shows the white canvas.
    const QColor page = flattened(colours.value(QStringLiteral("--bg")), QColor(Qt::white));
    QStringList failures;
    for (const Pair &pair : pairs) {
        const QString foreground = QString::fromLatin1(pair.foreground);
        const QString background = QString::fromLatin1(pair.background);
        const QColor fg = colours.value(foreground), bg = colours.value(background);
        if (!fg.isValid() || !bg.isValid()) {
            failures << QStringLiteral("%1 on %2 in %3: not a colour").arg(foreground, background, tag);
            continue;
        }
        const QColor under = flattened(bg, page);
        const double ratio = contrastRatio(flattened(fg, under), under);
        if (ratio < pair.minimum) {
            failures << QStringLiteral("%1 on %2 in %3: %4:1, needs %5:1 (%6)")
                            .arg(foreground, background, tag, shown(ratio), QString::number(pair.minimum),
                                QString::fromLatin1(pair.usedBy));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(ContrastTest)

#include "contrast_test.moc"
