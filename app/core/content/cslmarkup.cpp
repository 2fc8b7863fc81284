#include "cslmarkup.h"

#include <QList>
#include <QString>

namespace Vigil::Core::CslMarkup {

namespace {

using H = HtmlFragment;

// The formatting a CSL engine writes, and the markup Vigil writes for it.
enum class Format { Italic, Bold, Superscript, Subscript, SmallCaps, Upright, NormalWeight, Other };

Format formatOf(QStringView name, QStringView attributes)
{
    if (name == u"i" || name == u"em")
        return Format::Italic;
    if (name == u"b" || name == u"strong")
        return Format::Bold;
    if (name == u"sup")
        return Format::Superscript;
    if (name == u"sub")
        return Format::Subscript;
    if (name == u"span") {
        // citeproc-js writes these three; spaces in the style attribute vary.
        QString style = attributes.toString();
        style.remove(u' ');
        if (style.contains(u"font-variant:small-caps"))
            return Format::SmallCaps;
        if (style.contains(u"font-style:normal"))
            return Format::Upright;
        if (style.contains(u"font-weight:normal"))
            return Format::NormalWeight;
    }
    return Format::Other;
}

H opening(Format f)
{
    switch (f) {
    case Format::Italic:
        return H::markup(u"<i>");
    case Format::Bold:
        return H::markup(u"<b>");
    case Format::Superscript:
        return H::markup(u"<sup>");
    case Format::Subscript:
        return H::markup(u"<sub>");
    case Format::SmallCaps:
        return H::markup(u"<span class=\"small-caps\">");
    case Format::Upright:
        return H::markup(u"<span class=\"upright\">");
    case Format::NormalWeight:
        return H::markup(u"<span class=\"normal-weight\">");
    case Format::Other:
        break;
    }
    return {};
}

H closing(Format f)
{
    switch (f) {
    case Format::Italic:
        return H::markup(u"</i>");
    case Format::Bold:
        return H::markup(u"</b>");
    case Format::Superscript:
        return H::markup(u"</sup>");
    case Format::Subscript:
        return H::markup(u"</sub>");
    case Format::SmallCaps:
    case Format::Upright:
    case Format::NormalWeight:
        return H::markup(u"</span>");
    case Format::Other:
        break;
    }
    return {};
}

// The text an entity stands for ("amp" -> "&", "#8220" -> "“"); empty when it is
// none, and then the '&' is text.
QString entity(QStringView name)
{
    if (name == u"amp")
        return QStringLiteral("&");
    if (name == u"lt")
        return QStringLiteral("<");
    if (name == u"gt")
        return QStringLiteral(">");
    if (name == u"quot")
        return QStringLiteral("\"");
    if (name == u"apos")
        return QStringLiteral("'");
    if (name == u"nbsp")
        return QString(QChar(0x00A0));
    if (!name.startsWith(u'#') || name.size() < 2)
        return {};
    bool ok = false;
    const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
    const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    // Not a surrogate half, not NUL: neither is a character of a text.
    if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return {};
    const char32_t c = code;
    return QString::fromUcs4(&c, 1);
}

struct Open
{
    QString name;
    Format format;
};

} // namespace

HtmlFragment toFragment(QStringView html)
{
    H out;
    QString text;
    QList<Open> open;
    auto flush = [&]() {
        if (!text.isEmpty())
            out += H::text(text);
        text.clear();
    };
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        const qsizetype tagEnd = c == u'<' ? html.indexOf(u'>', i) : -1;
        if (tagEnd > i + 1) {
            QStringView tag = html.mid(i + 1, tagEnd - i - 1).trimmed();
            i = tagEnd + 1;
            const bool isClosing = tag.startsWith(u'/');
            if (isClosing)
                tag = tag.mid(1).trimmed();
            const qsizetype space = tag.indexOf(u' ');
            const QString name = (space < 0 ? tag : tag.left(space)).toString().toLower();
            if (name.isEmpty() || tag.endsWith(u'/'))
                continue; // <br/> and the like: no text, no formatting
            flush();
            if (!isClosing) {
                const Format f = formatOf(name, space < 0 ? QStringView() : tag.mid(space));
                open.append({ name, f });
                out += opening(f);
            } else if (!open.isEmpty() && open.constLast().name == name) {
                out += closing(open.takeLast().format);
            }
            continue;
        }
        if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end > i + 1 && end - i <= 12) {
                const QString decoded = entity(html.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    text += decoded;
                    i = end + 1;
                    continue;
                }
            }
        }
        text += c;
        ++i;
    }
    flush();
    while (!open.isEmpty())
        out += closing(open.takeLast().format);
    return out;
}

} // namespace Vigil::Core::CslMarkup
