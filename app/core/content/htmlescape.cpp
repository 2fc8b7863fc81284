#include "htmlescape.h"

#include <QUrl>

namespace Vigil::Core {

namespace {

// HTML forbids C0 controls other than tab, line feed, form feed and carriage
// return, and DEL; a parser would turn them into errors or U+FFFD anyway.
bool isForbiddenControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f;
}

QString escape(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
                out.append(text[i]);
                out.append(text[++i]);
            } else {
                out.append(QChar(QChar::ReplacementCharacter));
            }
            continue;
        }
        if (QChar::isLowSurrogate(c)) {
            out.append(QChar(QChar::ReplacementCharacter));
            continue;
        }
        if (isForbiddenControl(c))
            continue;
        switch (c) {
        case u'&':
            out.append(u"&amp;");
            break;
        case u'<':
            out.append(u"&lt;");
            break;
        case u'>':
            out.append(u"&gt;");
            break;
        case u'"':
            out.append(u"&quot;");
            break;
        case u'\'':
            out.append(u"&#39;");
            break;
        case u'`':
            out.append(attribute ? QStringView(u"&#96;") : QStringView(u"`"));
            break;
        case u'\n':
            out.append(attribute ? QStringView(u"&#10;") : QStringView(u"\n"));
            break;
        case u'\r':
            out.append(attribute ? QStringView(u"&#13;") : QStringView(u"\r"));
            break;
        case u'\t':
            out.append(attribute ? QStringView(u"&#9;") : QStringView(u"\t"));
            break;
        default:
            out.append(QChar(c));
            break;
        }
    }
    return out;
}

} // namespace

QString escapeText(QStringView text)
{
    return escape(text, false);
}

QString escapeAttribute(QStringView text)
{
    return escape(text, true);
}

QString safeHref(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"vigil") {
        // The UI dispatches on the host ("filter", "copy", "copy-citation"); a
        // vigil: link without one would be a link to nothing.
        if (url.host().isEmpty())
            return {};
    } else if (scheme == u"http" || scheme == u"https") {
        if (url.host().isEmpty())
            return {};
    } else {
        return {};
    }
    // Credentials in a link are a phishing trick ("https://bank.com@evil.example").
    if (!url.userInfo().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Vigil::Core
