#include "renderparts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Vigil::Core::RenderParts {

using H = HtmlFragment;

namespace {

// The pages' own words, in the window's language (the default QLocale's).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Core::RenderParts)
};

} // namespace

QUrl vigilUrl(const QString &host, const QStringList &pathSegments)
{
    QString path;
    for (const QString &segment : pathSegments)
        // "+" stays as written so that vigil://copy/+381... reads as the number it
        // is; ":" and everything else outside the unreserved set is encoded.
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment, QByteArrayLiteral("+")));
    QUrl url;
    url.setScheme(QStringLiteral("vigil"));
    url.setHost(host);
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QUrl countryFilterUrl(const QString &code)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    if (!alpha2.match(code).hasMatch())
        return {};
    return vigilUrl(QStringLiteral("filter"), { QStringLiteral("country"), code });
}

QUrl topicFilterUrl(const QString &id)
{
    static const QRegularExpression topicId(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!topicId.match(id).hasMatch())
        return {};
    return vigilUrl(QStringLiteral("filter"), { QStringLiteral("topic"), id });
}

QString countryName(const QString &code, const RenderOptions &o)
{
    return o.countryNames.value(code, code);
}

HtmlFragment countryTag(const QString &code, const RenderOptions &o)
{
    return H::link(countryFilterUrl(code), H::text(countryName(code, o)), u"tag tag-country");
}

HtmlFragment topicTag(const QString &id, const RenderOptions &o)
{
    return H::link(topicFilterUrl(id), H::text(o.topicLabels.value(id, id)), u"tag tag-topic");
}

HtmlFragment paragraph(const QString &text, QStringView cssClass)
{
    if (cssClass.isEmpty())
        return H::markup(u"<p>") + H::text(text) + H::markup(u"</p>");
    return H::markup(u"<p") + H::attribute(u"class", cssClass) + H::markup(u">") + H::text(text) + H::markup(u"</p>");
}

HtmlFragment filled(const QString &pattern, const QList<HtmlFragment> &fragments)
{
    static const QRegularExpression marker(QStringLiteral("%([1-9])"));
    H out;
    qsizetype from = 0;
    for (auto it = marker.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype n = m.captured(1).toInt();
        if (n > fragments.size())
            continue;
        out += H::text(QStringView(pattern).mid(from, m.capturedStart() - from)) + fragments.at(n - 1);
        from = m.capturedEnd();
    }
    return out + H::text(QStringView(pattern).mid(from));
}

HtmlFragment sourceParagraph(const QString &text, QStringView cssClass)
{
    H open = H::markup(u"<p lang=\"en\"");
    if (!cssClass.isEmpty())
        open += H::attribute(u"class", cssClass);
    return open + H::markup(u">") + H::text(text) + H::markup(u"</p>");
}

HtmlFragment sourceLine(const QString &citation)
{
    if (citation.isEmpty())
        return {};
    return H::markup(u"<p class=\"source\">") + H::text(Words::tr("Source:")) + H::markup(u" <cite lang=\"en\">")
        + H::text(citation) + H::markup(u"</cite></p>");
}

HtmlFragment profileExcerpts(const CountryProfile &p)
{
    H out;
    if (!p.background.isEmpty()) {
        out += H::markup(u"<h3>") + H::text(Words::tr("Background")) + H::markup(u"</h3>");
        for (const QString &text : p.background)
            out += sourceParagraph(text);
        out += sourceLine(p.backgroundCitation);
    }
    if (!p.tipExcerpt.isEmpty()) {
        out += H::markup(u"<h3>") + H::text(Words::tr("Trafficking in Persons Report"))
            + H::markup(u"</h3><blockquote class=\"tip\">") + sourceParagraph(p.tipExcerpt)
            + H::markup(u"</blockquote>") + sourceLine(p.tipCitation);
    }
    return out;
}

QString dateList(const QList<PartialDate> &dates)
{
    QStringList parts;
    for (const PartialDate &d : dates) {
        if (d.isValid())
            parts << d.toLocalDisplay();
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

QString knownTo(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return Words::tr("Known to the year");
    case DatePrecision::Month:
        return Words::tr("Known to the month");
    case DatePrecision::Day:
        return Words::tr("Known to the day");
    case DatePrecision::None:
        break;
    }
    return {};
}

} // namespace

HtmlFragment timeElement(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    return H::markup(u"<time") + H::attribute(u"datetime", date.toIso())
        + H::attribute(u"title", knownTo(date.precision())) + H::markup(u">") + H::text(date.toLocalDisplay())
        + H::markup(u"</time>");
}

HtmlFragment attribution(const RenderOptions &o)
{
    if (o.pageTitle.isEmpty() && o.fairUse.isEmpty() && o.pageCitation.isEmpty())
        return {};
    H out = H::markup(u"<footer class=\"attribution\">");
    if (!o.pageTitle.isEmpty()) {
        // The site's name stays as it is published.
        out += H::markup(u"<p class=\"from\">")
            + filled(Words::tr("From the page %1 of %2."),
                { H::markup(u"<cite lang=\"en\">") + H::text(o.pageTitle) + H::markup(u"</cite>"),
                    H::markup(u"<span lang=\"en\">Human Trafficking &amp; Modern-day Slavery</span>") })
            + H::markup(u"</p>");
    }
    if (!o.pageCitation.isEmpty())
        out += sourceParagraph(o.pageCitation, u"page-citation");
    if (!o.fairUse.isEmpty())
        out += sourceParagraph(o.fairUse, u"fair-use");
    return out + H::markup(u"</footer>");
}

QString pageLanguage()
{
    return QLocale().bcp47Name();
}

QString finish(HtmlTemplate &page, const QString &documentTitle, const RenderOptions &o)
{
    page.setText(QStringLiteral("documentTitle"), documentTitle)
        .setText(QStringLiteral("language"), pageLanguage())
        .setText(QStringLiteral("theme"), o.dark ? QStringLiteral("dark") : QStringLiteral("light"))
        .setHtml(QStringLiteral("style"), H::resource(QStringLiteral("style.css")));
    return page.render();
}

} // namespace Vigil::Core::RenderParts
