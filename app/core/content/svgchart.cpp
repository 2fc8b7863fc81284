#include "svgchart.h"

#include <algorithm>
#include <cmath>

namespace Vigil::Core {

namespace {

using H = HtmlFragment;

// Ids tie <title> to aria-labelledby. Made from the title, so two charts on one
// page differ and the same view always renders to the same bytes.
QString idFor(const QString &title)
{
    QString id = QStringLiteral("chart-");
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.endsWith(u'-'))
            id += u'-';
    }
    return id;
}

QString tooltipOf(const SvgChart::Bar &bar)
{
    if (!bar.tooltip.isEmpty())
        return bar.tooltip;
    return bar.label + u": " + QString::number(bar.value);
}

// The chart is drawn at its own size in CSS pixels (width and height equal the
// viewBox), never scaled down to the column: text keeps its size at any pane
// width, and a chart wider than the pane scrolls in its figure.
H open(const QString &title, double width, double height, QStringView cssClass)
{
    const QString id = idFor(title);
    return H::markup(u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"") + H::attribute(u"class", cssClass)
        + H::attribute(u"width", width) + H::attribute(u"height", height)
        + H::attribute(u"viewBox", QStringLiteral("0 0 %1 %2").arg(width).arg(height))
        + H::attribute(u"font-size", SvgChart::fontSize) + H::attribute(u"aria-labelledby", id) + H::markup(u"><title")
        + H::attribute(u"id", id) + H::markup(u">") + H::text(title) + H::markup(u"</title>");
}

H text(double x, double y, QStringView anchor, QStringView cssClass, const QString &content)
{
    return H::markup(u"<text") + H::attribute(u"x", x) + H::attribute(u"y", y) + H::attribute(u"text-anchor", anchor)
        + H::attribute(u"class", cssClass) + H::markup(u">") + H::text(content) + H::markup(u"</text>");
}

H rect(double x, double y, double w, double h)
{
    return H::markup(u"<rect class=\"bar\"") + H::attribute(u"x", x) + H::attribute(u"y", y) + H::attribute(u"width", w)
        + H::attribute(u"height", h) + H::markup(u" rx=\"2\"/>");
}

int maxValue(const QList<SvgChart::Bar> &bars)
{
    int m = 0;
    for (const SvgChart::Bar &b : bars)
        m = std::max(m, b.value);
    return std::max(m, 1);
}

QString shortened(const QString &label, qsizetype limit)
{
    return label.size() <= limit ? label : label.left(limit - 1).trimmed() + u'…';
}

// What a line of text may take, from above: an advance of 0.7 em a character
// covers digits and most letters of the sans faces the page asks for, bold
// included (DejaVu Sans, the widest usual fallback, has digits of 0.64 em).
double textWidth(qsizetype characters)
{
    return double(characters) * SvgChart::fontSize * 0.7;
}

constexpr double gap = 6; // between two labels, at the least

} // namespace

HtmlFragment SvgChart::columns(const QString &title, const QList<Bar> &bars)
{
    const int max = maxValue(bars);
    const qsizetype digits = QString::number(max).size();
    // A column is as wide as its count, written above it, needs; the count of a
    // very large library is left to the bar's title (its tooltip) rather than
    // drawn over the next column.
    const double slot = 22;
    const bool counts = textWidth(digits) + 2 <= slot;
    qsizetype longest = 1;
    for (const Bar &b : bars)
        longest = std::max(longest, b.label.size());
    // The first and last labels are centred on their columns: the margins hold
    // what they stick out.
    const double left = std::max(4.0, (textWidth(longest) - slot) / 2 + 2);
    const double top = counts ? fontSize + 8 : 8, plot = 120, bottom = fontSize + 10;
    const double width = std::max(left * 2 + slot * double(bars.size()), 160.0);
    const double height = top + plot + bottom;
    // Label every k-th column, counted back from the latest, so that labels never
    // overlap and the most recent one is always named.
    const qsizetype step = std::max<qsizetype>(1, qsizetype(std::ceil((textWidth(longest) + gap) / slot)));

    H out = open(title, width, height, u"chart chart-columns");
    out += H::markup(u"<line class=\"axis\"") + H::attribute(u"x1", left) + H::attribute(u"y1", top + plot)
        + H::attribute(u"x2", width - left) + H::attribute(u"y2", top + plot) + H::markup(u"/>");
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const double x = left + slot * double(i);
        const double h = plot * double(b.value) / double(max);
        out += H::markup(u"<g><title>") + H::text(tooltipOf(b)) + H::markup(u"</title>");
        if (b.value > 0) {
            out += rect(x + 4, top + plot - h, slot - 8, h);
            if (counts)
                out += text(x + slot / 2, top + plot - h - 4, u"middle", u"value", QString::number(b.value));
        }
        if ((bars.size() - 1 - i) % step == 0)
            out += text(x + slot / 2, top + plot + fontSize + 4, u"middle", u"label", b.label);
        out += H::markup(u"</g>");
    }
    return out + H::markup(u"</svg>");
}

HtmlFragment SvgChart::rows(const QString &title, const QList<Bar> &bars)
{
    // Each category on a line of its own, its bar and count on the line below:
    // a long name never meets a bar, and the chart fits a narrow pane.
    const double width = 360, pad = 4, barHeight = 10, row = fontSize + 6 + barHeight + 10;
    const int max = maxValue(bars);
    const double countRoom = textWidth(QString::number(max).size()) + gap;
    const double barWidth = width - 2 * pad - countRoom;
    const auto fits = qsizetype((width - 2 * pad) / textWidth(1));
    const double height = pad * 2 + row * double(std::max<qsizetype>(bars.size(), 1));

    H out = open(title, width, height, u"chart chart-rows");
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const double y = pad + row * double(i);
        const double w = std::max(barWidth * double(b.value) / double(max), b.value > 0 ? 2.0 : 0.0);
        const double barTop = y + fontSize + 6;
        out += H::markup(u"<g><title>") + H::text(tooltipOf(b)) + H::markup(u"</title>");
        out += text(pad, y + fontSize, u"start", u"label", shortened(b.label, fits));
        if (w > 0)
            out += rect(pad, barTop, w, barHeight);
        out += text(
            pad + w + gap, barTop + barHeight / 2 + fontSize * 0.35, u"start", u"value", QString::number(b.value));
        out += H::markup(u"</g>");
    }
    return out + H::markup(u"</svg>");
}

} // namespace Vigil::Core
