#pragma once

// Colour contrast for tests, as WCAG 2.x defines it, and just enough of a CSS
// reader to take the colours from our own stylesheet. The test reads the file
// itself rather than a copy of its colours, so the numbers cannot drift apart.

#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cmath>

namespace Vigil::Test {

// WCAG 2.x relative luminance of an opaque sRGB colour, 0 for black to 1 for white.
// The channels are linearised first because the eye's sense of "how bright" follows
// light, not the gamma-encoded numbers; 0.04045 is the sRGB standard's threshold
// (WCAG 2.0 printed 0.03928, which gives the same result for every 8-bit value).
inline double relativeLuminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

// WCAG contrast ratio, from 1 (same luminance) to 21 (black on white). The order of
// the arguments does not matter: the lighter colour always goes on top.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What the eye sees when a colour with alpha is painted over an opaque one. WCAG's
// formula is only defined for opaque colours, and the stylesheet does use
// `transparent` (for a highlight when printing).
inline QColor flattened(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    const auto mix = [a](double o, double u) { return o * a + u * (1.0 - a); };
    return QColor::fromRgbF(float(mix(over.redF(), under.redF())), float(mix(over.greenF(), under.greenF())),
        float(mix(over.blueF(), under.blueF())));
}

// CSS with its comments removed: a commented-out rule is not a rule.
inline QString withoutCssComments(QString css)
{
    static const QRegularExpression comment(QStringLiteral(R"(/\*[\s\S]*?\*/)"));
    return css.remove(comment);
}

// The bodies of the top-level blocks of `css` whose prelude, whitespace collapsed,
// is exactly `prelude` ("body.light", "@media print"), joined in source order so
// that a later block overrides an earlier one as the cascade would. Call it again on
// the result to reach into an @media block. Braces inside strings are not
// understood, and our stylesheet has none.
inline QString cssBlock(const QString &css, const QString &prelude)
{
    const QString text = withoutCssComments(css);

    QString bodies;
    int depth = 0;
    qsizetype preludeStart = 0, bodyStart = 0;
    bool wanted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            if (depth++ == 0) {
                wanted = text.mid(preludeStart, i - preludeStart).simplified() == prelude;
                bodyStart = i + 1;
            }
        } else if (c == u'}') {
            if (depth > 0 && --depth == 0) {
                if (wanted)
                    bodies += text.mid(bodyStart, i - bodyStart) + u'\n';
                preludeStart = i + 1;
            }
        } else if (c == u';' && depth == 0) {
            preludeStart = i + 1; // after a statement such as @import
        }
    }
    return bodies;
}

// The custom properties (`--name: value;`) declared in the top-level blocks whose
// selector is exactly `selector`, by name with the dashes. A value QColor cannot
// read is kept as an invalid QColor, so that the name still counts as defined and a
// test can say "not a colour" rather than "missing".
inline QHash<QString, QColor> cssVariables(const QString &css, const QString &selector)
{
    static const QRegularExpression declaration(QStringLiteral(R"((--[A-Za-z0-9_-]+)\s*:\s*([^;}]*))"));
    QHash<QString, QColor> variables;
    auto it = declaration.globalMatch(cssBlock(css, selector));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2).trimmed();
        // CSS writes alpha last (#RRGGBBAA), QColor first (#AARRGGBB).
        if (value.size() == 9 && value.startsWith(u'#'))
            value = u'#' + value.mid(7, 2) + value.mid(1, 6);
        variables.insert(m.captured(1), QColor::fromString(value));
    }
    return variables;
}

} // namespace Vigil::Test
