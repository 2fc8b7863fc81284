#pragma once

// A small HTML tokenizer for tests: enough of the HTML5 tokenizer to find every
// element, attribute and text node a browser would find in the documents our
// renderers write. It judges their output from outside, so an escaping bug cannot
// hide behind the code that made it. Whatever it does not recognise is reported.

#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Vigil::Test {

struct HtmlScan
{
    QStringList problems; // one line each: what is active or malformed, and where
    QString title; // the document's <title>, decoded
    QStringList styles; // the contents of <style> elements, as written
    QString text; // every text node, decoded, one per line
    QStringList hrefs; // decoded
    QHash<QString, int> elements; // element name -> how many
};

namespace HtmlScanDetail {

// The elements and attributes the renderers write. Anything else in a document
// came from content, and content must only ever arrive as text.
inline const QSet<QString> &allowedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("html"),
        QStringLiteral("head"),
        QStringLiteral("meta"),
        QStringLiteral("title"),
        QStringLiteral("style"),
        QStringLiteral("body"),
        QStringLiteral("main"),
        QStringLiteral("article"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("section"),
        QStringLiteral("aside"),
        QStringLiteral("nav"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("p"),
        QStringLiteral("span"),
        QStringLiteral("a"),
        QStringLiteral("time"),
        QStringLiteral("ul"),
        QStringLiteral("li"),
        QStringLiteral("div"),
        QStringLiteral("dl"),
        QStringLiteral("dt"),
        QStringLiteral("dd"),
        QStringLiteral("i"),
        QStringLiteral("cite"),
        QStringLiteral("blockquote"),
        QStringLiteral("strong"),
        QStringLiteral("figure"),
        QStringLiteral("figcaption"),
        QStringLiteral("mark"),
        QStringLiteral("svg"),
        QStringLiteral("rect"),
        QStringLiteral("text"),
        QStringLiteral("g"),
        QStringLiteral("line"),
        // Printed handouts: Qt's rich text frames a box with a table.
        QStringLiteral("table"),
        QStringLiteral("tr"),
        QStringLiteral("th"),
        QStringLiteral("td"),
        QStringLiteral("b"),
        // A citation's formatting, as the CSL engine writes it (content/cslmarkup.h).
        QStringLiteral("sup"),
        QStringLiteral("sub"),
    };
    return set;
}

inline const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> set = {
        QStringLiteral("lang"),
        QStringLiteral("charset"),
        QStringLiteral("http-equiv"),
        QStringLiteral("content"),
        QStringLiteral("name"),
        QStringLiteral("class"),
        QStringLiteral("id"),
        QStringLiteral("href"),
        QStringLiteral("title"),
        QStringLiteral("datetime"),
        QStringLiteral("role"),
        QStringLiteral("xmlns"),
        QStringLiteral("viewbox"),
        QStringLiteral("x"),
        QStringLiteral("y"),
        QStringLiteral("x1"),
        QStringLiteral("y1"),
        QStringLiteral("x2"),
        QStringLiteral("y2"),
        QStringLiteral("width"),
        QStringLiteral("height"),
        QStringLiteral("rx"),
        QStringLiteral("text-anchor"),
        QStringLiteral("font-size"),
        QStringLiteral("aria-label"),
        QStringLiteral("aria-labelledby"),
        QStringLiteral("aria-hidden"),
        QStringLiteral("border"),
        QStringLiteral("cellspacing"),
        QStringLiteral("cellpadding"),
    };
    return set;
}

// Elements whose content the tokenizer reads as text up to their end tag.
inline bool isRawText(const QString &name)
{
    static const QSet<QString> set = {
        QStringLiteral("style"),
        QStringLiteral("script"),
        QStringLiteral("xmp"),
        QStringLiteral("iframe"),
        QStringLiteral("noembed"),
        QStringLiteral("noframes"),
        QStringLiteral("noscript"),
        QStringLiteral("textarea"),
        QStringLiteral("title"),
        QStringLiteral("plaintext"),
    };
    return set.contains(name);
}

inline bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// A stylesheet as the browser reads it: comments dropped and escapes decoded, so
// that "@\69mport" and "u\72l(" are seen for the @import and url( they are.
inline QString cssAsRead(const QString &css)
{
    const auto hexDigit = [](QChar c) {
        const char16_t u = QChar::toLower(c.unicode());
        return u >= u'0' && u <= u'9' ? int(u - u'0') : u >= u'a' && u <= u'f' ? int(u - u'a' + 10) : -1;
    };
    QString out;
    const qsizetype n = css.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (css[i] == u'/' && i + 1 < n && css[i + 1] == u'*') {
            const qsizetype end = css.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (css[i] != u'\\' || i + 1 >= n) {
            out += css[i];
            continue;
        }
        qsizetype k = i + 1;
        char32_t code = 0;
        while (k < n && k < i + 7 && hexDigit(css[k]) >= 0)
            code = code * 16 + char32_t(hexDigit(css[k++]));
        if (k == i + 1) { // not hex: the character itself, or a line continuation
            if (css[k] != u'\n')
                out += css[k];
            i = k;
            continue;
        }
        if (k < n && isSpace(css[k]))
            ++k; // the one blank that ends an escape
        out += QString::fromUcs4(&code, 1);
        i = k - 1;
    }
    return out;
}

// Decodes the character reference at html[i] == '&' and moves i past it. A
// reference the escaper never writes is a problem: a sign of text escaped twice,
// or not at all.
inline bool decodeReference(QStringView html, qsizetype &i, QString &out)
{
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0xA0)) },
    };
    const qsizetype semi = html.indexOf(u';', i);
    if (semi < 0 || semi - i > 10) {
        out += u'&';
        ++i;
        return false;
    }
    const QString ref = html.mid(i + 1, semi - i - 1).toString();
    bool ok = false;
    if (ref.startsWith(u'#')) {
        const uint cp = ref.startsWith(QStringLiteral("#x"), Qt::CaseInsensitive) ? ref.mid(2).toUInt(&ok, 16)
                                                                                  : ref.mid(1).toUInt(&ok, 10);
        ok = ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        if (ok)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
    } else if (named.contains(ref)) {
        ok = true;
        out += named.value(ref);
    }
    if (!ok) {
        out += u'&';
        ++i;
        return false;
    }
    i = semi + 1;
    return true;
}

inline QString decode(QStringView s, bool *ok)
{
    QString out;
    *ok = true;
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] == u'&')
            *ok = decodeReference(s, i, out) && *ok;
        else
            out += s[i++];
    }
    return out;
}

} // namespace HtmlScanDetail

// allowedHrefPrefixes: where links may lead; the renderers link only to the app.
inline HtmlScan scanHtml(const QString &html, const QStringList &allowedHrefPrefixes = { QStringLiteral("vigil://") })
{
    using namespace HtmlScanDetail;
    HtmlScan r;
    const qsizetype n = html.size();
    auto problem = [&](qsizetype at, const QString &what) {
        const qsizetype from = qMax<qsizetype>(0, at - 30);
        r.problems << QStringLiteral("%1 at %2: %3").arg(what).arg(at).arg(html.mid(from, 80).simplified());
    };
    QString run;
    QSet<QString> ids;
    auto flushText = [&]() {
        if (!run.trimmed().isEmpty())
            r.text += run + u'\n';
        run.clear();
    };
    auto checkElement = [&](qsizetype at, const QString &name, const QList<QPair<QString, QString>> &attrs) {
        ++r.elements[name];
        if (!allowedElements().contains(name))
            problem(at, QStringLiteral("element <%1>").arg(name));
        else if (name == u"meta" && r.elements.contains(QStringLiteral("body")))
            problem(at, QStringLiteral("<meta> outside the head"));
        for (const auto &[attr, value] : attrs) {
            if (attr.startsWith(u"on"))
                problem(at, QStringLiteral("event handler %1").arg(attr));
            else if (!allowedAttributes().contains(attr))
                problem(at, QStringLiteral("attribute %1 on <%2>").arg(attr, name));
            if (attr == u"http-equiv" && value.compare(u"content-security-policy", Qt::CaseInsensitive) != 0)
                problem(at,
                    value.compare(u"refresh", Qt::CaseInsensitive) == 0 ? QStringLiteral("meta refresh")
                                                                        : u"meta http-equiv=" + value);
            if (attr == u"id") {
                // The renderers' own ids; a copied one would let content stand in for
                // an element the page refers to.
                static const QRegularExpression ours(
                    QStringLiteral("^(?:(?:cite|help|charts)-heading|chart-[a-z0-9-]+)$"));
                if (!ours.match(value).hasMatch() || ids.contains(value))
                    problem(at, QStringLiteral("id \"%1\"").arg(value.left(40)));
                ids.insert(value);
            }
            if (attr != u"href")
                continue;
            r.hrefs << value;
            QString scheme;
            for (const QChar c : value) {
                if (c.unicode() > 0x20)
                    scheme += c.toLower();
            }
            if (scheme.startsWith(u"javascript:") || scheme.startsWith(u"vbscript:") || scheme.startsWith(u"data:"))
                problem(at, QStringLiteral("active URL %1").arg(value.left(40)));
            else if (std::none_of(allowedHrefPrefixes.cbegin(), allowedHrefPrefixes.cend(),
                         [&](const QString &p) { return value.startsWith(p); }))
                problem(at, QStringLiteral("link outside the app: %1").arg(value.left(60)));
        }
    };

    int svgDepth = 0;
    int mathDepth = 0;
    qsizetype i = 0;
    if (html.startsWith(QStringLiteral("<!DOCTYPE html>"), Qt::CaseInsensitive))
        i = 15;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            if (!decodeReference(html, i, run))
                problem(i, QStringLiteral("bare '&' or unknown character reference"));
            continue;
        }
        if (c != u'<') {
            qsizetype next = i + 1;
            while (next < n && html[next] != u'<' && html[next] != u'&')
                ++next;
            run += QStringView(html).mid(i, next - i);
            i = next;
            continue;
        }
        if (QStringView(html).mid(i, 2) == u"<!" || QStringView(html).mid(i, 2) == u"<?") {
            problem(i, QStringLiteral("comment or markup declaration"));
            const qsizetype close = html.indexOf(u'>', i);
            i = close < 0 ? n : close + 1;
            continue;
        }
        const bool endTag = i + 1 < n && html[i + 1] == u'/';
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        if (nameStart >= n
            || !((html[nameStart] >= u'a' && html[nameStart] <= u'z')
                || (html[nameStart] >= u'A' && html[nameStart] <= u'Z'))) {
            problem(i, QStringLiteral("raw '<' in text"));
            run += c;
            ++i;
            continue;
        }
        const qsizetype tagStart = i;
        qsizetype k = nameStart;
        while (k < n && !isSpace(html[k]) && html[k] != u'/' && html[k] != u'>')
            ++k;
        const QString name = html.mid(nameStart, k - nameStart).toLower();
        flushText();
        QList<QPair<QString, QString>> attrs;
        i = k;
        while (i < n) {
            while (i < n && (isSpace(html[i]) || html[i] == u'/'))
                ++i;
            if (i >= n || html[i] == u'>') {
                ++i;
                break;
            }
            const qsizetype a = i++;
            while (i < n && !isSpace(html[i]) && html[i] != u'/' && html[i] != u'>' && html[i] != u'=')
                ++i;
            const QString attr = html.mid(a, i - a).toLower();
            while (i < n && isSpace(html[i]))
                ++i;
            QString value;
            if (i < n && html[i] == u'=') {
                ++i;
                while (i < n && isSpace(html[i]))
                    ++i;
                qsizetype from = i, to = i;
                if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
                    from = i + 1;
                    to = html.indexOf(html[i], from);
                    if (to < 0)
                        to = n;
                    i = qMin(n, to + 1);
                } else {
                    while (i < n && !isSpace(html[i]) && html[i] != u'>')
                        ++i;
                    to = i;
                }
                bool ok = true;
                value = decode(QStringView(html).mid(from, to - from), &ok);
                if (!ok)
                    problem(from, QStringLiteral("bad character reference in attribute"));
            }
            attrs.append({ attr, value });
        }
        if (endTag) {
            if (name == u"svg" && svgDepth > 0)
                --svgDepth;
            if (name == u"math" && mathDepth > 0)
                --mathDepth;
            continue;
        }
        checkElement(tagStart, name, attrs);
        if (name == u"svg")
            ++svgDepth;
        if (name == u"math")
            ++mathDepth;
        // A chart's <title> is its label; any other in the body would be a second document title.
        if (name == u"title" && svgDepth == 0 && r.elements.contains(QStringLiteral("body")))
            problem(tagStart, QStringLiteral("<title> in the body"));
        // In SVG and MathML, <style> and the like hold markup, not text; a <style>
        // there is a stylesheet all the same.
        const bool foreign = svgDepth > 0 || mathDepth > 0;
        if (isRawText(name) && (!foreign || name == u"style")) {
            qsizetype close = html.indexOf(u"</" + name, i, Qt::CaseInsensitive);
            if (close < 0)
                close = n;
            const QString content = html.mid(i, close - i);
            if (name == u"style") {
                r.styles << content;
                // One stylesheet, ours, and it loads nothing.
                if (r.styles.size() > 1)
                    problem(tagStart, QStringLiteral("a second <style>"));
                const QString css = cssAsRead(content);
                if (css.contains(u"url(", Qt::CaseInsensitive) || css.contains(u"@import", Qt::CaseInsensitive)
                    || css.contains(u"image-set(", Qt::CaseInsensitive))
                    problem(tagStart, QStringLiteral("a stylesheet that loads something"));
            } else if (name == u"title" && r.elements.value(name) == 1) {
                if (content.contains(u'<'))
                    problem(i, QStringLiteral("raw '<' in the title"));
                bool ok = true;
                r.title = decode(content, &ok);
                if (!ok)
                    problem(i, QStringLiteral("bad character reference in the title"));
            }
            if (!foreign)
                i = close;
        }
    }
    flushText();
    for (const QString &once : { QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body") }) {
        if (r.elements.value(once) != 1)
            r.problems << QStringLiteral("%1 <%2> elements, not one").arg(r.elements.value(once)).arg(once);
    }
    return r;
}

} // namespace Vigil::Test
