#pragma once

#include "htmltemplate.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// Small bar charts as inline SVG: no script, no external file, styled by the
// page's stylesheet so they follow the light and dark palettes. Each chart and
// each bar carries a <title>, and every count is also written as text, so a
// screen reader (or a printout in black and white) loses nothing.
class SvgChart final
{
public:
    struct Bar
    {
        QString label; // "2006", "Forced labour"
        int value = 0;
        QString tooltip; // "2006: 5 articles"; the label and value when empty
    };

    // The size of every label and count, in CSS pixels at zoom 1. The charts are
    // drawn at their own size (never scaled to the pane), and laid out so that no
    // two labels meet: a column's count shows only where it fits its column, and
    // only every k-th column is named where the names would touch.
    static constexpr int fontSize = 13;

    // Vertical bars in the given order (a time axis: the caller fills gaps).
    static HtmlFragment columns(const QString &title, const QList<Bar> &bars);
    // Horizontal bars with their labels on the left (categories).
    static HtmlFragment rows(const QString &title, const QList<Bar> &bars);
};

} // namespace Vigil::Core
