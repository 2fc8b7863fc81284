#include "bibliographywriter.h"

#include <QHash>

#include <string>

namespace Vigil::Csl::BibliographyWriter {

namespace {

// The character an HTML entity stands for; citeproc-js writes only these, and
// numeric ones. An entity not known is kept as written.
QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named { { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") }, { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") }, { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0x00A0)) } };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    } else if (const auto found = named.constFind(name); found != named.cend()) {
        return *found;
    }
    return u'&' + name + u';';
}

// The RTF control word that a tag opens or closes; empty for tags RTF need not show.
QString rtfForTag(const QString &tag)
{
    const bool closing = tag.startsWith(u'/');
    const QString name = (closing ? tag.mid(1) : tag).section(u' ', 0, 0).toLower();
    if (name == QLatin1String("i") || name == QLatin1String("em"))
        return closing ? QStringLiteral("\\i0 ") : QStringLiteral("\\i ");
    if (name == QLatin1String("b") || name == QLatin1String("strong"))
        return closing ? QStringLiteral("\\b0 ") : QStringLiteral("\\b ");
    if (name == QLatin1String("sup"))
        return closing ? QStringLiteral("\\nosupersub ") : QStringLiteral("\\super ");
    if (name == QLatin1String("sub"))
        return closing ? QStringLiteral("\\nosupersub ") : QStringLiteral("\\sub ");
    if (name == QLatin1String("span") && tag.contains(QLatin1String("small-caps")))
        return QStringLiteral("\\scaps ");
    if (name == QLatin1String("span") && closing)
        return QStringLiteral("\\scaps0 ");
    return {};
}

void appendRtfChar(QString &out, char32_t c)
{
    if (c == U'\\' || c == U'{' || c == U'}') {
        out += u'\\';
        out += QChar(char16_t(c));
    } else if (c == U'\n') {
        out += QStringLiteral("\\line ");
    } else if (c < 0x80) {
        out += QChar(char16_t(c));
    } else {
        // \uN takes a signed 16-bit number, so characters past the BMP go as
        // their two surrogates; "?" is what a reader without Unicode shows.
        const QString utf16 = QString::fromUcs4(&c, 1);
        for (const QChar unit : utf16)
            out += QStringLiteral("\\u%1?").arg(static_cast<qint16>(unit.unicode()));
    }
}

} // namespace

QString plainText(const QList<CslEntry> &entries)
{
    QStringList texts;
    for (const CslEntry &entry : entries)
        texts << entry.text;
    if (texts.isEmpty())
        return {};
    return texts.join(QStringLiteral("\n\n")) + u'\n';
}

QString htmlFragment(const QList<CslEntry> &entries)
{
    QString html = QStringLiteral("<div class=\"csl-bib-body\">\n");
    for (const CslEntry &entry : entries)
        html += QStringLiteral("  <div class=\"csl-entry\">") + entry.html + QStringLiteral("</div>\n");
    return html + QStringLiteral("</div>\n");
}

QString htmlDocument(const QList<CslEntry> &entries, const QString &title)
{
    QString escaped = title.toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + escaped
        + QStringLiteral("</title>\n<style>.csl-entry { margin: 0 0 0.8em 2em; text-indent: -2em; }</style>\n"
                         "</head>\n<body>\n")
        + htmlFragment(entries) + QStringLiteral("</body>\n</html>\n");
}

QString rtfFromHtml(const QString &html)
{
    QString out;
    const std::u32string chars = html.toStdU32String();
    const size_t size = chars.size();
    for (size_t i = 0; i < size; ++i) {
        const char32_t c = chars[i];
        // A '<' that opens no tag is text.
        const size_t tagEnd = c == U'<' ? chars.find(U'>', i) : std::u32string::npos;
        if (tagEnd != std::u32string::npos) {
            out += rtfForTag(QString::fromStdU32String(chars.substr(i + 1, tagEnd - i - 1)).trimmed());
            i = tagEnd;
            continue;
        }
        if (c == U'&') {
            // An entity ends in ';' within a few characters; anything else is a plain '&'.
            const size_t end = chars.find(U';', i);
            if (end != std::u32string::npos && end - i <= 12) {
                for (const char32_t d :
                    decodeEntity(QString::fromStdU32String(chars.substr(i + 1, end - i - 1))).toStdU32String())
                    appendRtfChar(out, d);
                i = end;
                continue;
            }
        }
        appendRtfChar(out, c);
    }
    return out;
}

QString rtf(const QList<CslEntry> &entries)
{
    QString out = QStringLiteral("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n");
    for (const CslEntry &entry : entries)
        out += QStringLiteral("{\\pard\\li720\\fi-720\\sa160 ") + rtfFromHtml(entry.html) + QStringLiteral("\\par}\n");
    return out + QStringLiteral("}\n");
}

} // namespace Vigil::Csl::BibliographyWriter
