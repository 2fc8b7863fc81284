#include "htmlpagereader.h"

#include "textdecoder.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

namespace Vigil::Core {

namespace {

struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;

constexpr int ParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;

Doc parseHtml(const QByteArray &utf8OrAscii, const char *encoding, int extraOptions)
{
    // libxml2 takes an int size; pages are capped far below that by TextDecoder::maxPageBytes.
    const int size = int(qMin<qsizetype>(utf8OrAscii.size(), TextDecoder::maxPageBytes));
    return Doc(htmlReadMemory(utf8OrAscii.constData(), size, nullptr, encoding, ParseOptions | extraOptions));
}

QString nameOf(const xmlNode *node)
{
    return node->name ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower() : QString();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

// The next node of a depth-first walk; children are skipped when told. A walk
// with no recursion: a page nested ten thousand deep does not exhaust the stack.
const xmlNode *nextNode(
    const xmlNode *node, bool intoChildren, const xmlNode *root, const std::function<void(const xmlNode *)> &leave)
{
    if (intoChildren && node->children)
        return node->children;
    while (node && node != root) {
        if (node->next) {
            leave(node);
            return node->next;
        }
        leave(node);
        node = node->parent;
    }
    return nullptr;
}

// The charset a page declares in <meta charset> or <meta http-equiv content>.
QString declaredCharset(const QByteArray &bytes)
{
    // Read as Latin-1, every byte is a character: the tags are ASCII whatever the
    // page's own character set.
    const Doc doc = parseHtml(bytes, "ISO-8859-1", HTML_PARSE_IGNORE_ENC);
    if (!doc)
        return {};
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    for (const xmlNode *n = root; n; n = nextNode(n, true, root, [](const xmlNode *) {})) {
        if (n->type != XML_ELEMENT_NODE || nameOf(n) != u"meta")
            continue;
        const QString charset = attribute(n, "charset").trimmed();
        if (!charset.isEmpty())
            return charset;
        if (attribute(n, "http-equiv").compare(u"content-type", Qt::CaseInsensitive) != 0)
            continue;
        const QString content = attribute(n, "content");
        const qsizetype at = content.indexOf(QStringLiteral("charset="), 0, Qt::CaseInsensitive);
        if (at >= 0)
            return content.mid(at + 8).section(u';', 0, 0).remove(u'"').remove(u'\'').trimmed();
    }
    return {};
}

bool isBlock(const QString &name)
{
    static const QStringList blocks = { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("br"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("table"), QStringLiteral("li"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("center"), QStringLiteral("hr"),
        QStringLiteral("pre"), QStringLiteral("address"), QStringLiteral("form"), QStringLiteral("caption"),
        QStringLiteral("body"), QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"), QStringLiteral("nav"), QStringLiteral("main"), QStringLiteral("aside"),
        QStringLiteral("figure"), QStringLiteral("figcaption") };
    return blocks.contains(name);
}

bool isDropped(const QString &name)
{
    static const QStringList dropped = { QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("head"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("iframe"), QStringLiteral("select"), QStringLiteral("svg") };
    return dropped.contains(name);
}

// Writes the text of a parsed page as lines, the way a browser saves it as text.
class LineWriter
{
public:
    void text(const QString &t)
    {
        for (const QChar c : t) {
            // HTML blanks fold to one space; a no-break space is kept for the parser.
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                if (!m_line.isEmpty() && !m_line.endsWith(u' '))
                    m_line += u' ';
            } else {
                m_line += c;
            }
        }
    }
    void endLine()
    {
        while (m_line.endsWith(u' '))
            m_line.chop(1);
        if (!m_line.isEmpty()) {
            m_lines << m_line << QString();
            m_line.clear();
        }
    }
    QString result()
    {
        endLine();
        return m_lines.join(u'\n');
    }

private:
    QString m_line;
    QStringList m_lines;
};

QString pageText(const xmlDoc *doc)
{
    LineWriter out;
    const xmlNode *root = xmlDocGetRootElement(doc);
    const auto leave = [&out](const xmlNode *n) {
        if (n->type == XML_ELEMENT_NODE && isBlock(nameOf(n)))
            out.endLine();
    };
    for (const xmlNode *n = root; n;) {
        bool into = true;
        if (n->type == XML_ELEMENT_NODE) {
            const QString name = nameOf(n);
            if (isDropped(name)) {
                into = false;
            } else if (isBlock(name)) {
                out.endLine();
            } else if (name == u"img") {
                const QString alt = attribute(n, "alt").simplified();
                if (!alt.isEmpty()) {
                    out.endLine();
                    out.text(alt);
                    out.endLine();
                }
            }
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                out.text(QString::fromUtf8(reinterpret_cast<const char *>(n->content)));
        } else {
            into = false; // comments, processing instructions
        }
        n = nextNode(n, into, root, leave);
    }
    return out.result();
}

// Names browsers treat as Windows-1252 whatever they say.
QString canonicalCharset(const QString &declared)
{
    const QString name = declared.toLower();
    if (name == u"iso-8859-1" || name == u"latin1" || name == u"us-ascii" || name == u"ascii" || name == u"cp1252")
        return QStringLiteral("windows-1252");
    if (name == u"cp1250")
        return QStringLiteral("windows-1250");
    if (name == u"utf8")
        return QStringLiteral("UTF-8");
    return declared;
}

} // namespace

bool HtmlPageReader::isHtml(const QString &path, const QByteArray &start)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return true;
    QByteArray head = start.left(512).trimmed().toLower();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

HtmlPageReader::Result HtmlPageReader::read(const QByteArray &bytes)
{
    Result result;
    QString text;
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const QString declared = bom ? QString() : canonicalCharset(declaredCharset(bytes));
    // Browsers' rule of evidence: bytes that are valid UTF-8 and hold multi-byte
    // sequences are UTF-8 whatever an old <meta charset> left behind says; in a
    // legacy code page such text would be mojibake ("Ã¡" for "á").
    if (!declared.isEmpty() && declared.compare(u"UTF-8", Qt::CaseInsensitive) != 0
        && std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) != 0; })) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString asUtf8 = utf8.decode(bytes);
        if (!utf8.hasError()) {
            text = asUtf8;
            result.encoding = QStringLiteral("UTF-8");
            result.wrongDeclaration = declared;
        }
    }
    if (!declared.isEmpty() && result.encoding.isEmpty()) {
        QStringDecoder decoder(declared.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            text = decoder.decode(bytes);
            if (!decoder.hasError() && !text.contains(QChar(0)))
                result.encoding = declared;
        }
    }
    if (result.encoding.isEmpty()) {
        // The same evidence as for a page saved as text.
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok) {
            result.error = decoded.error;
            return result;
        }
        text = decoded.text;
        result.encoding = decoded.encoding;
    }
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    const Doc doc = parseHtml(text.toUtf8(), "UTF-8", HTML_PARSE_IGNORE_ENC);
    if (!doc || !xmlDocGetRootElement(doc.get())) {
        result.error = QStringLiteral("The HTML page could not be read. Open it in a browser and save it again, "
                                      "as \"Web page, HTML only\" or as text.");
        return result;
    }
    result.text = pageText(doc.get());
    if (result.text.trimmed().isEmpty()) {
        result.error = QStringLiteral("The HTML page has no text. Check that the right file was chosen.");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Vigil::Core
