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

H open(const QString &title, double width, double height, QStringView cssClass)
{
    const QString id = idFor(title);
    return H::markup(u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"") + H::attribute(u"class", cssClass)
        + H::attribute(u"viewBox", QStringLiteral("0 0 %1 %2").arg(width).arg(height))
        + H::attribute(u"aria-labelledby", id) + H::markup(u"><title") + H::attribute(u"id", id) + H::markup(u">")
        + H::text(title) + H::markup(u"</title>");
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

} // namespace

HtmlFragment SvgChart::columns(const QString &title, const QList<Bar> &bars)
{
    // Units of the viewBox; the SVG scales to the column width, so these are proportions.
    const double slot = 28;
    const double top = 18, plot = 120, bottom = 22, left = 4;
    const double width = std::max(left * 2 + slot * double(bars.size()), 160.0);
    const double height = top + plot + bottom;
    const int max = maxValue(bars);
    // Label every k-th column, counted back from the latest, so that labels never
    // overlap and the most recent one is always named.
    const qsizetype step = std::max<qsizetype>(1, qsizetype(std::ceil(double(bars.size()) / 14.0)));

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
            out += text(x + slot / 2, top + plot - h - 4, u"middle", u"value", QString::number(b.value));
        }
        if ((bars.size() - 1 - i) % step == 0)
            out += text(x + slot / 2, top + plot + 15, u"middle", u"label", b.label);
        out += H::markup(u"</g>");
    }
    return out + H::markup(u"</svg>");
}

HtmlFragment SvgChart::rows(const QString &title, const QList<Bar> &bars)
{
    const double row = 24, labelWidth = 240, barWidth = 260, countWidth = 40, pad = 4;
    const double width = labelWidth + barWidth + countWidth;
    const double height = pad * 2 + row * double(std::max<qsizetype>(bars.size(), 1));
    const int max = maxValue(bars);

    H out = open(title, width, height, u"chart chart-rows");
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const double y = pad + row * double(i);
        const double w = std::max(barWidth * double(b.value) / double(max), b.value > 0 ? 2.0 : 0.0);
        out += H::markup(u"<g><title>") + H::text(tooltipOf(b)) + H::markup(u"</title>");
        out += text(labelWidth - 8, y + row / 2 + 5, u"end", u"label", shortened(b.label, 36));
        if (w > 0)
            out += rect(labelWidth, y + 4, w, row - 8);
        out += text(labelWidth + w + 6, y + row / 2 + 5, u"start", u"value", QString::number(b.value));
        out += H::markup(u"</g>");
    }
    return out + H::markup(u"</svg>");
}

} // namespace Vigil::Core
