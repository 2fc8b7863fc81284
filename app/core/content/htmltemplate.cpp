#include "htmltemplate.h"

#include "htmlescape.h"

#include <QDebug>
#include <QFile>
#include <QUrl>

namespace Vigil::Core {

HtmlFragment HtmlFragment::text(QStringView text)
{
    return HtmlFragment(escapeText(text));
}

HtmlFragment HtmlFragment::number(qint64 value)
{
    return HtmlFragment(QString::number(value));
}

QString HtmlFragment::escapeValue(QStringView value)
{
    return escapeAttribute(value);
}

HtmlFragment HtmlFragment::link(const QUrl &url, const HtmlFragment &content, QStringView cssClass)
{
    const QString href = safeHref(url);
    if (href.isEmpty())
        return content;
    QString html = u"<a href=\"" + escapeAttribute(href) + u'"';
    if (!cssClass.isEmpty())
        html += u" class=\"" + escapeAttribute(cssClass) + u'"';
    html += u'>' + content.m_html + u"</a>";
    return HtmlFragment(html);
}

HtmlFragment HtmlFragment::resource(const QString &name)
{
    QFile file(HtmlTemplate::resourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "html resource missing:" << file.fileName();
        return {};
    }
    return HtmlFragment(QString::fromUtf8(file.readAll()));
}

HtmlTemplate HtmlTemplate::load(const QString &name)
{
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "html template missing:" << file.fileName();
        HtmlTemplate t;
        t.m_name = name;
        return t;
    }
    return fromString(QString::fromUtf8(file.readAll()), name);
}

HtmlTemplate HtmlTemplate::fromString(const QString &source, const QString &name)
{
    HtmlTemplate t;
    t.m_name = name;
    t.m_source = source;
    t.m_valid = true;
    return t;
}

QString HtmlTemplate::resourcePath(const QString &name)
{
    return u":/vigil/resources/html/" + name;
}

HtmlTemplate &HtmlTemplate::setText(const QString &name, const QString &text)
{
    m_html.remove(name);
    m_text.insert(name, text);
    return *this;
}

HtmlTemplate &HtmlTemplate::setHtml(const QString &name, const HtmlFragment &html)
{
    m_text.remove(name);
    m_html.insert(name, html);
    return *this;
}

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

QString HtmlTemplate::render() const
{
    QString out;
    out.reserve(m_source.size() * 2);
    const QString &s = m_source;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype open = s.indexOf(u"{{", i);
        if (open < 0) {
            out += QStringView(s).mid(i);
            break;
        }
        out += QStringView(s).mid(i, open - i);
        const bool raw = s.mid(open, 3) == u"{{{";
        const qsizetype nameStart = open + (raw ? 3 : 2);
        qsizetype nameEnd = nameStart;
        while (nameEnd < s.size() && isNameChar(s.at(nameEnd)))
            ++nameEnd;
        const QStringView close = raw ? QStringView(u"}}}") : QStringView(u"}}");
        if (nameEnd == nameStart || QStringView(s).mid(nameEnd, close.size()) != close) {
            // Not a placeholder (CSS or text with braces): copy the braces literally.
            out += QStringView(s).mid(open, 2);
            i = open + 2;
            continue;
        }
        const QString name = s.mid(nameStart, nameEnd - nameStart);
        if (m_text.contains(name)) {
            out += escapeText(m_text.value(name));
        } else if (m_html.contains(name)) {
            if (raw) {
                out += m_html.value(name).toString();
            } else {
                // Markup in an escaping slot is shown as text: safe, and visibly wrong.
                qWarning().noquote() << "html template" << m_name << ": fragment" << name
                                     << "used in a {{text}} placeholder";
                out += escapeText(m_html.value(name).toString());
            }
        } else {
            qWarning().noquote() << "html template" << m_name << ": no value for" << name;
        }
        i = nameEnd + close.size();
    }
    return out;
}

} // namespace Vigil::Core
