#include "renderparts.h"

#include <QRegularExpression>

namespace Vigil::Core::RenderParts {

using H = HtmlFragment;

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

HtmlFragment sourceLine(const QString &citation)
{
    if (citation.isEmpty())
        return {};
    return H::markup(u"<p class=\"source\">Source: <cite>") + H::text(citation) + H::markup(u"</cite></p>");
}

HtmlFragment profileExcerpts(const CountryProfile &p)
{
    H out;
    if (!p.background.isEmpty()) {
        out += H::markup(u"<h3>Background</h3>");
        for (const QString &text : p.background)
            out += paragraph(text);
        out += sourceLine(p.backgroundCitation);
    }
    if (!p.tipExcerpt.isEmpty()) {
        out += H::markup(u"<h3>Trafficking in Persons Report</h3><blockquote class=\"tip\">") + paragraph(p.tipExcerpt)
            + H::markup(u"</blockquote>") + sourceLine(p.tipCitation);
    }
    return out;
}

QString dateList(const QList<PartialDate> &dates)
{
    QStringList parts;
    for (const PartialDate &d : dates) {
        if (d.isValid())
            parts << d.toDisplay();
    }
    return parts.join(QStringLiteral("; "));
}

HtmlFragment timeElement(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    return H::markup(u"<time") + H::attribute(u"datetime", date.toIso())
        + H::attribute(u"title", u"Known to the " + PartialDate::precisionName(date.precision())) + H::markup(u">")
        + H::text(date.toDisplay()) + H::markup(u"</time>");
}

HtmlFragment attribution(const RenderOptions &o)
{
    if (o.pageTitle.isEmpty() && o.fairUse.isEmpty() && o.pageCitation.isEmpty())
        return {};
    H out = H::markup(u"<footer class=\"attribution\">");
    if (!o.pageTitle.isEmpty()) {
        out += H::markup(u"<p class=\"from\">From the page <cite>") + H::text(o.pageTitle)
            + H::markup(u"</cite> of Human Trafficking &amp; Modern-day Slavery.</p>");
    }
    if (!o.pageCitation.isEmpty())
        out += H::markup(u"<p class=\"page-citation\">") + H::text(o.pageCitation) + H::markup(u"</p>");
    if (!o.fairUse.isEmpty())
        out += H::markup(u"<p class=\"fair-use\">") + H::text(o.fairUse) + H::markup(u"</p>");
    return out + H::markup(u"</footer>");
}

QString finish(HtmlTemplate &page, const QString &documentTitle, const RenderOptions &o)
{
    page.setText(QStringLiteral("documentTitle"), documentTitle)
        .setText(QStringLiteral("theme"), o.dark ? QStringLiteral("dark") : QStringLiteral("light"))
        .setHtml(QStringLiteral("style"), H::resource(QStringLiteral("style.css")));
    return page.render();
}

} // namespace Vigil::Core::RenderParts
