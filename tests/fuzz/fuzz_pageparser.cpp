// Bytes -> TextDecoder::decode -> PageParser::parseText -> ArticleRenderer::render.
// This is the path of a page someone saved from anywhere and imported, up to the
// document the reading pane shows. Beyond not crashing, two promises are checked:
// what the parser returns is consistent (line numbers inside the file, ids that
// can be stored side by side), and no text of the page ever becomes markup in the
// rendered document: the view must never meet a script, an event handler, an
// embedded object or a link that leaves the app, whatever the page said.

#include "content/articlerenderer.h"
#include "fuzzsupport.h"
#include "import/pageparser.h"
#include "import/textdecoder.h"
#include "reference/referencedata.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace Vigil::Core;

namespace {

const ReferenceData &referenceData()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        QString error;
        if (!d.load({}, &error))
            Vigil::Fuzz::fail("built-in reference data did not load", error);
        return d;
    }();
    return data;
}

const PageParser &parser()
{
    static const PageParser p(referenceData());
    return p;
}

RenderOptions baseOptions()
{
    RenderOptions o;
    for (const CountryInfo &c : referenceData().countries())
        o.countryNames.insert(c.code, c.name);
    for (const Topic &t : referenceData().topics())
        o.topicLabels.insert(t.id, t.label);
    return o;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

// Reads the tags of a rendered document. Text reaches the document escaped, so
// every '<' in it was written by a renderer; what is checked is that nothing of
// the page's text got into the tags themselves or turned into one.
QString problemIn(const QString &html)
{
    static const QSet<QString> forbiddenElements = {
        QStringLiteral("script"),
        QStringLiteral("iframe"),
        QStringLiteral("frame"),
        QStringLiteral("frameset"),
        QStringLiteral("object"),
        QStringLiteral("embed"),
        QStringLiteral("applet"),
        QStringLiteral("base"),
        QStringLiteral("link"),
        QStringLiteral("img"),
        QStringLiteral("image"),
        QStringLiteral("form"),
        QStringLiteral("input"),
        QStringLiteral("button"),
        QStringLiteral("textarea"),
        QStringLiteral("select"),
        QStringLiteral("audio"),
        QStringLiteral("video"),
        QStringLiteral("source"),
        QStringLiteral("track"),
        QStringLiteral("template"),
        QStringLiteral("portal"),
        QStringLiteral("math"),
        QStringLiteral("noscript"),
        QStringLiteral("xmp"),
        QStringLiteral("plaintext"),
    };
    if (!html.startsWith(u"<!DOCTYPE html>"))
        return QStringLiteral("no doctype");
    const qsizetype n = html.size();
    qsizetype i = html.indexOf(u'<', 1);
    bool inStyle = false;
    while (i >= 0 && i < n) {
        const qsizetype tagStart = i;
        if (inStyle) {
            // Raw text: only its own end tag closes it.
            const qsizetype end = html.indexOf(QStringLiteral("</style"), i, Qt::CaseInsensitive);
            if (end < 0)
                return QStringLiteral("unclosed <style>");
            const QString css = html.mid(i, end - i).toLower();
            if (css.contains(u"url(") || css.contains(u"@import") || css.contains(u"expression("))
                return QStringLiteral("resource in <style>");
            inStyle = false;
            i = end;
        }
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            if (end < 0)
                return QStringLiteral("unclosed comment");
            i = html.indexOf(u'<', end + 3);
            continue;
        }
        ++i;
        const bool closing = i < n && html.at(i) == u'/';
        if (closing)
            ++i;
        const qsizetype nameStart = i;
        while (i < n && html.at(i).isLetterOrNumber())
            ++i;
        const QString name = html.mid(nameStart, i - nameStart).toLower();
        if (name.isEmpty())
            return QStringLiteral("'<' that starts no tag at %1: %2").arg(tagStart).arg(html.mid(tagStart, 60));
        if (forbiddenElements.contains(name))
            return u"element <" + name + u"> at " + QString::number(tagStart) + u": " + html.mid(tagStart, 80);
        bool refresh = false;
        // Attributes: name="value" pairs, as the renderers write them.
        while (true) {
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i >= n)
                return QStringLiteral("unclosed tag at %1").arg(tagStart);
            if (html.at(i) == u'>')
                break;
            if (html.at(i) == u'/' && i + 1 < n && html.at(i + 1) == u'>') {
                ++i;
                break;
            }
            const qsizetype attrStart = i;
            while (i < n && isNameChar(html.at(i)))
                ++i;
            const QString attr = html.mid(attrStart, i - attrStart).toLower();
            if (attr.isEmpty())
                return u"malformed tag <" + name + u"> at " + QString::number(tagStart) + u": "
                    + html.mid(tagStart, 80);
            QString value;
            if (i < n && html.at(i) == u'=') {
                ++i;
                if (i >= n || (html.at(i) != u'"' && html.at(i) != u'\''))
                    return u"unquoted attribute " + attr + u" at " + QString::number(tagStart);
                const QChar quote = html.at(i);
                const qsizetype end = html.indexOf(quote, i + 1);
                if (end < 0)
                    return u"unclosed attribute " + attr + u" at " + QString::number(tagStart);
                value = html.mid(i + 1, end - i - 1);
                i = end + 1;
            }
            const QString lower = value.toLower();
            if (attr.startsWith(u"on"))
                return u"event attribute " + attr + u" at " + QString::number(tagStart) + u": "
                    + html.mid(tagStart, 80);
            if (attr == u"src" || attr == u"srcdoc" || attr == u"srcset" || attr == u"action" || attr == u"formaction"
                || attr == u"background" || attr == u"poster" || attr == u"xlink:href")
                return u"resource attribute " + attr + u" at " + QString::number(tagStart);
            if (attr == u"href" && !value.startsWith(u"vigil://"))
                return u"link outside the app: " + value;
            if (attr == u"style" && (lower.contains(u"url(") || lower.contains(u"expression(")))
                return u"resource in style attribute: " + value;
            if (attr == u"http-equiv" && lower != u"content-security-policy")
                refresh = true;
        }
        if (refresh)
            return u"http-equiv other than the CSP at " + QString::number(tagStart);
        if (name == u"style" && !closing)
            inStyle = true;
        i = html.indexOf(u'<', i + 1);
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Vigil::Fuzz::init(argc, argv);
    parser();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: a read past the input is then a read past libFuzzer's
    // exactly-sized buffer, which AddressSanitizer reports.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        FUZZ_CHECK(!decoded.error.isEmpty(), QString());
        return 0;
    }
    FUZZ_CHECK(!decoded.text.contains(u'\r'), decoded.encoding);

    const PageParser::Result parsed = parser().parseText(decoded.text, QStringLiteral("fuzz"));
    if (!parsed.ok) {
        FUZZ_CHECK(!parsed.error.isEmpty(), QString());
        return 0;
    }
    const Page &page = parsed.page;
    const int lines = int(decoded.text.count(u'\n')) + 1;
    for (const ParseWarning &w : page.warnings)
        FUZZ_CHECK(w.line >= 0 && w.line <= lines, QString::number(w.line) + u": " + w.message);

    static const RenderOptions base = baseOptions();
    RenderOptions o = base;
    o.pageTitle = page.title;
    o.fairUse = page.fairUse;
    o.pageCitation = page.citation;
    // Search words come from the reader; here, from the page, so that the
    // highlighter meets every kind of text too.
    o.highlightTerms = { QStringLiteral("amp"), QStringLiteral("<"), QStringLiteral("script") };
    o.highlightTerms += page.title.split(u' ', Qt::SkipEmptyParts).mid(0, 3);

    QSet<qint64> ids;
    for (qsizetype k = 0; k < page.articles.size(); ++k) {
        const Article &a = page.articles.at(k);
        FUZZ_CHECK(a.line >= 1 && a.line <= lines, a.title);
        FUZZ_CHECK(a.ordinal == k, a.title);
        FUZZ_CHECK(a.id > 0, a.title);
        // The library stores articles by id: two entries with one id would
        // overwrite each other on import.
        FUZZ_CHECK(!ids.contains(a.id), u"duplicate id for \"" + a.title + u'"');
        ids.insert(a.id);

        o.dark = (k % 2) == 1;
        const QString html = ArticleRenderer::render(a, o);
        const QString problem = problemIn(html);
        FUZZ_CHECK(problem.isEmpty(), problem);
    }
    return 0;
}
