#include "profilerenderer.h"

#include "htmltemplate.h"
#include "renderparts.h"
#include "svgchart.h"

#include <algorithm>

namespace Vigil::Core {

namespace {

using H = HtmlFragment;
using namespace RenderParts;

QString articles(int n)
{
    return n == 1 ? QStringLiteral("1 article") : QStringLiteral("%1 articles").arg(n);
}

H profileSection(const CountryProfile &p, bool several, const RenderOptions &o)
{
    H out = H::markup(u"<section class=\"profile\">");
    if (several && !p.country.isEmpty())
        out += H::markup(u"<h2>") + H::text(countryName(p.country, o)) + H::markup(u"</h2>");
    if (several && !p.officialName.isEmpty())
        out += paragraph(p.officialName, u"official-name");
    return out + profileExcerpts(p) + H::markup(u"</section>");
}

// "From the page “Serbia, Montenegro & Kosovo” (section Help for victims); its
// reports run to 2025, which is not a check of the number." As of is the
// source's date, and it is said so: nobody has called the number since.
H hotlineSource(const Hotline &h)
{
    QStringList meta;
    if (!h.source.isEmpty())
        meta << (h.addedByUser ? u"Source, as you gave it: " + h.source : h.source);
    if (h.asOf.isValid())
        meta << u"its reports run to " + h.asOf.toDisplay() + u", which is not a check of the number";
    if (meta.isEmpty())
        return {};
    QString line = meta.join(QStringLiteral("; "));
    line[0] = line.at(0).toUpper();
    if (!line.endsWith(u'.'))
        line += u'.';
    return paragraph(line, u"hotline-source");
}

H hotlineItem(const Hotline &h)
{
    H out = H::markup(u"<li class=\"hotline\"><span class=\"hotline-label\">");
    out += H::text(h.label.isEmpty() ? QStringLiteral("Hotline") : h.label) + H::markup(u"</span>");
    const QString number = h.display.isEmpty() ? h.e164 : h.display;
    out += H::markup(u" <span class=\"number\">") + H::text(number) + H::markup(u"</span>");
    if (h.isVerified()) {
        out += H::markup(u" ")
            + H::link(vigilUrl(QStringLiteral("copy"), { h.e164 }),
                H::text(QStringLiteral("Copy")) + H::markup(u"<span class=\"visually-hidden\"> the number</span>"),
                u"copy");
    } else {
        out += H::markup(u" <span class=\"not-verified\">")
            + H::text(QStringLiteral("(not verified: not a valid telephone number as written)"))
            + H::markup(u"</span>");
    }
    if (h.addedByUser)
        out += H::markup(u" <span class=\"added-by-user\">") + H::text(QStringLiteral("(added by you)"))
            + H::markup(u"</span>");
    const std::pair<QString, const QString *> details[] = { { QStringLiteral("Hours"), &h.hours },
        { QStringLiteral("Languages"), &h.languages }, { QStringLiteral("Notes"), &h.notes } };
    for (const auto &[name, field] : details) {
        if (!field->isEmpty())
            out += paragraph(name + u": " + *field, u"hotline-detail");
    }
    out += hotlineSource(h);
    return out + H::markup(u"</li>");
}

H hotlines(const CountryProfileView &v)
{
    H out = H::markup(u"<section class=\"help\" aria-labelledby=\"help-heading\">"
                      u"<h2 id=\"help-heading\">Help for victims</h2>");
    if (v.hotlines.isEmpty()) {
        out += paragraph(u"No hotline is known for " + v.name + u'.', u"empty");
    } else {
        out += H::markup(u"<ul class=\"hotlines\">");
        for (const Hotline &h : v.hotlines)
            out += hotlineItem(h);
        out += H::markup(u"</ul>");
    }
    return out + H::markup(u"</section>");
}

H charts(const CountryProfileView &v, const RenderOptions &o)
{
    H out = H::markup(u"<section class=\"charts\" aria-labelledby=\"charts-heading\">"
                      u"<h2 id=\"charts-heading\">Articles in the library</h2>");
    if (v.articleCount <= 0) {
        out += paragraph(u"The library has no articles about " + v.name + u" yet.", u"empty");
        return out + H::markup(u"</section>");
    }
    out += paragraph(QStringLiteral("%1 about %2.").arg(articles(v.articleCount), v.name), u"count");
    if (!v.articlesByYear.isEmpty()) {
        // Every year of the span gets a column, so a gap in the record shows as one.
        QList<SvgChart::Bar> bars;
        const int first = v.articlesByYear.firstKey(), last = v.articlesByYear.lastKey();
        for (int year = first; year <= last && last - first < 200; ++year) {
            const int n = v.articlesByYear.value(year);
            bars.append({ QString::number(year), n, QStringLiteral("%1: %2").arg(year).arg(articles(n)) });
        }
        int dated = 0;
        for (const int n : v.articlesByYear)
            dated += n;
        QString caption = QStringLiteral("By year of publication");
        if (dated < v.articleCount)
            caption += QStringLiteral(" (%1 without a date not shown)").arg(articles(v.articleCount - dated));
        out += H::markup(u"<figure><figcaption>") + H::text(caption) + H::markup(u"</figcaption>")
            + SvgChart::columns(u"Articles about " + v.name + u" by year", bars) + H::markup(u"</figure>");
    }
    if (!v.articlesByTopic.isEmpty()) {
        QList<SvgChart::Bar> bars;
        for (const auto &[id, n] : v.articlesByTopic) {
            const QString label = o.topicLabels.value(id, id);
            bars.append({ label, n, label + u": " + articles(n) });
        }
        out += H::markup(u"<figure><figcaption>By topic</figcaption>")
            + SvgChart::rows(u"Articles about " + v.name + u" by topic", bars) + H::markup(u"</figure>");
    }
    return out + H::markup(u"</section>");
}

} // namespace

CountryProfileView CountryProfileView::fromPage(const Page &page)
{
    CountryProfileView view;
    view.code = page.key;
    view.name = page.title;
    view.profiles = page.profiles;
    view.hotlines = page.hotlines;
    view.caution = page.caution;
    view.studentNote = page.studentNote;
    return view;
}

QString ProfileRenderer::render(const CountryProfileView &v, const RenderOptions &o)
{
    H head = H::markup(u"<header class=\"profile-head\"><p class=\"kicker\">Country profile</p><h1 class=\"title\">")
        + H::text(v.name) + H::markup(u"</h1>");
    QStringList official;
    for (const CountryProfile &p : v.profiles) {
        if (!p.officialName.isEmpty() && (p.country == v.code || v.profiles.size() == 1))
            official << p.officialName;
    }
    if (!official.isEmpty())
        head += paragraph(official.join(QStringLiteral("; ")), u"subtitle");
    head += H::markup(u"</header>");

    H profiles;
    for (const CountryProfile &p : v.profiles)
        profiles += profileSection(p, v.profiles.size() > 1, o);

    H caution;
    if (!v.caution.isEmpty()) {
        caution = H::markup(u"<aside class=\"caution\" aria-label=\"Caution\"><p><strong>Caution.</strong> ")
            + H::text(v.caution) + H::markup(u"</p></aside>");
    }
    H students;
    if (!v.studentNote.isEmpty()) {
        students = H::markup(u"<section class=\"students\"><h2>For students and teachers</h2>");
        for (const QString &text : v.studentNote)
            students += paragraph(text);
        students += H::markup(u"</section>");
    }

    HtmlTemplate page = HtmlTemplate::load(QStringLiteral("profile.html"));
    page.setHtml(QStringLiteral("header"), head)
        .setHtml(QStringLiteral("hotlines"), hotlines(v))
        .setHtml(QStringLiteral("profiles"), profiles)
        .setHtml(QStringLiteral("charts"), charts(v, o))
        .setHtml(QStringLiteral("caution"), caution)
        .setHtml(QStringLiteral("students"), students)
        .setHtml(QStringLiteral("attribution"), attribution(o));
    return finish(page, v.name, o);
}

QString ProfileRenderer::renderAllHotlines(
    const QList<Hotline> &hotlines, const QHash<QString, QString> &countryNames, const RenderOptions &o)
{
    RenderOptions options = o;
    for (auto it = countryNames.cbegin(); it != countryNames.cend(); ++it)
        options.countryNames.insert(it.key(), it.value());

    // Grouped by country, countries in the order of their names as a reader looks them up.
    QList<Hotline> sorted = hotlines;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Hotline &a, const Hotline &b) {
        return QString::localeAwareCompare(countryName(a.country, options), countryName(b.country, options)) < 0;
    });
    H list;
    if (sorted.isEmpty())
        list = paragraph(QStringLiteral("No hotline is known."), u"empty");
    QString current;
    bool open = false;
    for (const Hotline &h : sorted) {
        if (!open || h.country != current) {
            if (open)
                list += H::markup(u"</ul></section>");
            const QString name
                = h.country.isEmpty() ? QStringLiteral("Country unknown") : countryName(h.country, options);
            list += H::markup(u"<section class=\"country-hotlines\"><h2>")
                + H::link(countryFilterUrl(h.country), H::text(name)) + H::markup(u"</h2><ul class=\"hotlines\">");
            current = h.country;
            open = true;
        }
        list += hotlineItem(h);
    }
    if (open)
        list += H::markup(u"</ul></section>");

    QStringList countries;
    for (const Hotline &h : std::as_const(sorted)) {
        if (!countries.contains(h.country))
            countries << h.country;
    }
    const QString count
        = (sorted.size() == 1 ? QStringLiteral("1 hotline") : QStringLiteral("%1 hotlines").arg(sorted.size()))
        + (countries.size() == 1 ? QStringLiteral(" in 1 country")
                                 : QStringLiteral(" in %1 countries").arg(countries.size()));

    HtmlTemplate page = HtmlTemplate::load(QStringLiteral("hotlines.html"));
    page.setText(QStringLiteral("count"), count)
        .setHtml(QStringLiteral("hotlines"), list)
        .setHtml(QStringLiteral("attribution"), attribution(options));
    return finish(page, QStringLiteral("Hotlines for victims of trafficking"), options);
}

} // namespace Vigil::Core
