#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <utility>

class QUrl;

namespace Vigil::Core {

// HTML the renderers made. A plain QString cannot become one: a fragment is
// built from escaped text, from markup written as a string literal in our own
// code, from attributes whose values are escaped, or from other fragments. So
// whatever a source says can only ever reach the page as text.
class HtmlFragment final
{
public:
    HtmlFragment() = default;

    // Markup written in the source code. Only a literal array binds here, never a
    // runtime string.
    template<qsizetype N> static HtmlFragment markup(const char16_t (&literal)[N])
    {
        return HtmlFragment(QString::fromUtf16(literal, N - 1));
    }
    static HtmlFragment text(QStringView text);
    static HtmlFragment text(const QString &text) { return HtmlFragment::text(QStringView(text)); }
    static HtmlFragment number(qint64 value);
    // ` name="value"` with the value escaped. The name is a literal of ours.
    template<qsizetype N> static HtmlFragment attribute(const char16_t (&name)[N], QStringView value)
    {
        return HtmlFragment(u' ' + QString::fromUtf16(name, N - 1) + u"=\"" + escapeValue(value) + u'"');
    }
    template<qsizetype N> static HtmlFragment attribute(const char16_t (&name)[N], const QString &value)
    {
        return attribute(name, QStringView(value));
    }
    template<qsizetype N> static HtmlFragment attribute(const char16_t (&name)[N], double value)
    {
        return attribute(name, QString::number(value, 'g', 6));
    }
    // <a href="url" class="cssClass">content</a>; only the content when safeHref
    // refuses the URL, so a bad link degrades to text rather than to a hole.
    static HtmlFragment link(const QUrl &url, const HtmlFragment &content, QStringView cssClass = {});
    // A file built into the program (a stylesheet): part of our code, not data.
    static HtmlFragment resource(const QString &name);

    bool isEmpty() const { return m_html.isEmpty(); }
    const QString &toString() const { return m_html; }

    HtmlFragment &operator+=(const HtmlFragment &other)
    {
        m_html += other.m_html;
        return *this;
    }
    friend HtmlFragment operator+(HtmlFragment a, const HtmlFragment &b) { return a += b; }

private:
    explicit HtmlFragment(QString html)
        : m_html(std::move(html))
    {
    }
    static QString escapeValue(QStringView value);

    QString m_html;
};

// A page skeleton from resources/html with placeholders: {{name}} takes text and
// escapes it, {{{name}}} takes an HtmlFragment as is. The template is scanned
// once, so a value that looks like a placeholder stays text. An unknown
// placeholder renders as nothing and is reported with qWarning, because a
// missing value is a bug in the renderer, not in the data.
class HtmlTemplate final
{
public:
    // Loads ":/vigil/resources/html/<name>"; an unknown name gives an invalid template.
    static HtmlTemplate load(const QString &name);
    static HtmlTemplate fromString(const QString &source, const QString &name = {});
    static QString resourcePath(const QString &name);

    bool isValid() const { return m_valid; }

    HtmlTemplate &setText(const QString &name, const QString &text);
    HtmlTemplate &setHtml(const QString &name, const HtmlFragment &html);

    QString render() const;

private:
    QString m_name;
    QString m_source;
    bool m_valid = false;
    QHash<QString, QString> m_text;
    QHash<QString, HtmlFragment> m_html;
};

} // namespace Vigil::Core
