// The profile's charts are read on a laptop and on a projector: their labels are
// at least 12 px at zoom 1 whatever the pane's width, and no two of them meet,
// however many years or topics there are and however large the counts. (The
// web tests measure the same in Chromium.)
#include "content/svgchart.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Vigil::Core;

namespace {

struct Label
{
    QRectF box;
    QString text;
};

double number(const QString &svg, const QString &attribute)
{
    const QRegularExpression re(u"<svg[^>]*\\s" + attribute + u"=\"([0-9.]+)\"");
    return re.match(svg).captured(1).toDouble();
}

// Where each label of a chart may ink, from above: 0.7 em a character (as wide
// as the digits of bold DejaVu Sans, the widest usual fallback face), from the
// ascent to the descent of the font. detailpane_test measures the real glyphs.
QList<Label> labelsOf(const QString &svg)
{
    const double size = number(svg, QStringLiteral("font-size"));
    static const QRegularExpression text(
        QStringLiteral("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>"));
    QList<Label> out;
    for (auto it = text.globalMatch(svg); it.hasNext();) {
        const auto m = it.next();
        const QString content = m.captured(4).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const double width = double(content.size()) * size * 0.7;
        double x = m.captured(1).toDouble();
        if (m.captured(3) == u"middle")
            x -= width / 2;
        else if (m.captured(3) == u"end")
            x -= width;
        const double baseline = m.captured(2).toDouble();
        out.append({ QRectF(x, baseline - size * 0.8, width, size), content });
    }
    return out;
}

QString problemsWith(const QString &svg)
{
    const double width = number(svg, QStringLiteral("width"));
    const double height = number(svg, QStringLiteral("height"));
    static const QRegularExpression viewBox(QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\""));
    const auto box = viewBox.match(svg);
    // Drawn at its own size: one unit is one CSS pixel, so the font size is what is seen.
    if (!box.hasMatch() || box.captured(1).toDouble() != width || box.captured(2).toDouble() != height)
        return QStringLiteral("the chart is scaled: its size is not its viewBox");
    if (number(svg, QStringLiteral("font-size")) < 12)
        return QStringLiteral("labels under 12 px");
    const QList<Label> labels = labelsOf(svg);
    if (labels.isEmpty())
        return QStringLiteral("no label");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!QRectF(0, 0, width, height).contains(labels.at(i).box))
            return QStringLiteral("\"%1\" is outside the chart").arg(labels.at(i).text);
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).box.intersects(labels.at(j).box))
                return QStringLiteral("\"%1\" meets \"%2\"").arg(labels.at(i).text, labels.at(j).text);
        }
    }
    return {};
}

QList<SvgChart::Bar> years(int first, int last, int scale)
{
    QList<SvgChart::Bar> bars;
    for (int year = first; year <= last; ++year)
        bars.append({ QString::number(year), (year * 7919 % 13) * scale, {} });
    return bars;
}

} // namespace

class SvgChartTest : public QObject
{
    Q_OBJECT

private slots:
    void columns_labelsAreReadableAndApart_data();
    void columns_labelsAreReadableAndApart();
    void rows_labelsAreReadableAndApart_data();
    void rows_labelsAreReadableAndApart();
};

void SvgChartTest::columns_labelsAreReadableAndApart_data()
{
    QTest::addColumn<QList<SvgChart::Bar>>("bars");
    QTest::newRow("one year") << years(2006, 2006, 1);
    QTest::newRow("the seed's span") << years(2000, 2025, 1);
    QTest::newRow("counts in tens") << years(2000, 2025, 8);
    QTest::newRow("counts in hundreds") << years(2000, 2025, 80);
    QTest::newRow("counts in thousands, 60 years") << years(1966, 2025, 800);
}

void SvgChartTest::columns_labelsAreReadableAndApart()
{
    QFETCH(QList<SvgChart::Bar>, bars);
    const QString svg = SvgChart::columns(QStringLiteral("Articles by year"), bars).toString();
    const QString problem = problemsWith(svg);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The latest year is always named.
    QVERIFY(svg.contains(u">" + bars.last().label + u"</text>"));
    // Every count is there to read, drawn or in its bar's title.
    for (const SvgChart::Bar &b : std::as_const(bars))
        QVERIFY(svg.contains(QStringLiteral("<title>%1: %2</title>").arg(b.label).arg(b.value)));
}

void SvgChartTest::rows_labelsAreReadableAndApart_data()
{
    QTest::addColumn<QList<SvgChart::Bar>>("bars");
    QList<SvgChart::Bar> topics;
    int n = 1;
    for (const Topic &t : Vigil::Test::referenceData().topics())
        topics.append({ t.label, n++, {} });
    QTest::newRow("every topic") << topics;
    for (SvgChart::Bar &b : topics)
        b.value *= 997;
    QTest::newRow("large counts") << topics;
    QTest::newRow("a very long name") << QList<SvgChart::Bar> { { QString(120, u'W'), 3, {} },
        { QStringLiteral("x"), 1, {} } };
}

void SvgChartTest::rows_labelsAreReadableAndApart()
{
    QFETCH(QList<SvgChart::Bar>, bars);
    const QString svg = SvgChart::rows(QStringLiteral("Articles by topic"), bars).toString();
    const QString problem = problemsWith(svg);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const SvgChart::Bar &b : std::as_const(bars))
        QVERIFY(svg.contains(u'>' + QString::number(b.value) + u"</text>"));
}

QTEST_GUILESS_MAIN(SvgChartTest)
#include "svgchart_test.moc"
