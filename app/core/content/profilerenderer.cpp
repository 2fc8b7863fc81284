#include "profilerenderer.h"

#include "htmltemplate.h"
#include "renderparts.h"
#include "svgchart.h"
#include "text/englishplurals.h"

#include <QCoreApplication>

#include <algorithm>

namespace Vigil::Core {

// Its plural words need English's forms (text/englishplurals.h). A pointer to
// the function, visible outside this file so no compiler drops it, keeps that
// file and its start-up function in every program that links this one.
extern void (*const profileRendererUsesEnglishPlurals)();
void (*const profileRendererUsesEnglishPlurals)() = &useEnglishPlurals;

namespace {

using H = HtmlFragment;
using namespace RenderParts;

// The reading pane's own words, in the window's language (i18n/uilanguage.h).
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Core::ProfileRenderer)
};

QString articles(int n)
{
    return Words::tr("%Ln article(s)", nullptr, n);
}

H profileSection(const CountryProfile &p, bool several, const RenderOptions &o)
{
    H out = H::markup(u"<section class=\"profile\">");
    if (several && !p.country.isEmpty())
        out += H::markup(u"<h2>") + H::text(countryName(p.country, o)) + H::markup(u"</h2>");
    if (several && !p.officialName.isEmpty())
        out += sourceParagraph(p.officialName, u"official-name");
    return out + profileExcerpts(p) + H::markup(u"</section>");
}

// "From the page “Serbia, Montenegro & Kosovo” (section Help for victims); its
// reports run to 2025, which is not a check of the number." As of is the
// source's date, and it is said so: nobody has called the number since.
H hotlineSource(const Hotline &h)
{
    QStringList meta;
    if (!h.source.isEmpty())
        meta << (h.addedByUser ? Words::tr("Source, as you gave it: %1").arg(h.source) : h.source);
    if (h.asOf.isValid())
        meta << Words::tr("its reports run to %1, which is not a check of the number").arg(h.asOf.toLocalDisplay());
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
    out += H::text(h.label.isEmpty() ? Words::tr("Hotline") : h.label) + H::markup(u"</span>");
    const QString number = h.display.isEmpty() ? h.e164 : h.display;
    out += H::markup(u" <span class=\"number\">") + H::text(number) + H::markup(u"</span>");
    if (h.isVerified()) {
        out += H::markup(u" ")
            + H::link(vigilUrl(QStringLiteral("copy"), { h.e164 }),
                H::text(Words::tr("Copy")) + H::markup(u"<span class=\"visually-hidden\"> ")
                    + H::text(Words::tr("the number")) + H::markup(u"</span>"),
                u"copy");
    } else {
        out += H::markup(u" <span class=\"not-verified\">")
            + H::text(Words::tr("(not verified: not a valid telephone number as written)")) + H::markup(u"</span>");
    }
    if (h.addedByUser)
        out += H::markup(u" <span class=\"added-by-user\">") + H::text(Words::tr("(added by you)"))
            + H::markup(u"</span>");
    const std::pair<QString, const QString *> details[] = { { Words::tr("Hours"), &h.hours },
        { Words::tr("Languages"), &h.languages }, { Words::tr("Notes"), &h.notes } };
    for (const auto &[name, field] : details) {
        if (!field->isEmpty())
            out += paragraph(name + u": " + *field, u"hotline-detail");
    }
    out += hotlineSource(h);
    return out + H::markup(u"</li>");
}

H hotlines(const CountryProfileView &v)
{
    H out = H::markup(u"<section class=\"help\" aria-labelledby=\"help-heading\"><h2 id=\"help-heading\">")
        + H::text(Words::tr("Help for victims")) + H::markup(u"</h2>");
    if (v.hotlines.isEmpty()) {
        out += paragraph(Words::tr("No hotline is known for %1.").arg(v.name), u"empty");
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
    H out = H::markup(u"<section class=\"charts\" aria-labelledby=\"charts-heading\"><h2 id=\"charts-heading\">")
        + H::text(Words::tr("Articles in the library")) + H::markup(u"</h2>");
    if (v.articleCount <= 0) {
        out += paragraph(Words::tr("The library has no articles about %1 yet.").arg(v.name), u"empty");
        return out + H::markup(u"</section>");
    }
    out += paragraph(Words::tr("%1 about %2.").arg(articles(v.articleCount), v.name), u"count");
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
        QString caption = Words::tr("By year of publication");
        if (dated < v.articleCount)
            caption += u' ' + Words::tr("(%1 without a date not shown)").arg(articles(v.articleCount - dated));
        out += H::markup(u"<figure><figcaption>") + H::text(caption) + H::markup(u"</figcaption>")
            + SvgChart::columns(Words::tr("Articles about %1 by year").arg(v.name), bars) + H::markup(u"</figure>");
    }
    if (!v.articlesByTopic.isEmpty()) {
        QList<SvgChart::Bar> bars;
        for (const auto &[id, n] : v.articlesByTopic) {
            const QString label = o.topicLabels.value(id, id);
            bars.append({ label, n, label + u": " + articles(n) });
        }
        out += H::markup(u"<figure><figcaption>") + H::text(Words::tr("By topic")) + H::markup(u"</figcaption>")
            + SvgChart::rows(Words::tr("Articles about %1 by topic").arg(v.name), bars) + H::markup(u"</figure>");
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
    H head = H::markup(u"<header class=\"profile-head\"><p class=\"kicker\">") + H::text(Words::tr("Country profile"))
        + H::markup(u"</p><h1 class=\"title\">") + H::text(v.name) + H::markup(u"</h1>");
    QStringList official;
    for (const CountryProfile &p : v.profiles) {
        if (!p.officialName.isEmpty() && (p.country == v.code || v.profiles.size() == 1))
            official << p.officialName;
    }
    if (!official.isEmpty())
        head += sourceParagraph(official.join(QStringLiteral("; ")), u"subtitle");
    head += H::markup(u"</header>");

    H profiles;
    for (const CountryProfile &p : v.profiles)
        profiles += profileSection(p, v.profiles.size() > 1, o);

    H caution;
    if (!v.caution.isEmpty()) {
        caution = H::markup(u"<aside class=\"caution\" aria-label=\"") + H::text(Words::tr("Caution"))
            + H::markup(u"\"><p><strong>") + H::text(Words::tr("Caution.")) + H::markup(u"</strong> ")
            + H::markup(u"<span lang=\"en\">") + H::text(v.caution) + H::markup(u"</span></p></aside>");
    }
    H students;
    if (!v.studentNote.isEmpty()) {
        students = H::markup(u"<section class=\"students\"><h2>") + H::text(Words::tr("For students and teachers"))
            + H::markup(u"</h2>");
        for (const QString &text : v.studentNote)
            students += sourceParagraph(text);
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
        list = paragraph(Words::tr("No hotline is known."), u"empty");
    QString current;
    bool open = false;
    for (const Hotline &h : sorted) {
        if (!open || h.country != current) {
            if (open)
                list += H::markup(u"</ul></section>");
            const QString name = h.country.isEmpty() ? Words::tr("Country unknown") : countryName(h.country, options);
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
    const QString count = Words::tr("%1 in %2")
                              .arg(Words::tr("%Ln hotline(s)", nullptr, int(sorted.size())),
                                  Words::tr("%Ln country(s)", nullptr, int(countries.size())));

    HtmlTemplate page = HtmlTemplate::load(QStringLiteral("hotlines.html"));
    page.setText(QStringLiteral("kicker"), Words::tr("Help for victims"))
        .setText(QStringLiteral("heading"), Words::tr("Hotlines"))
        .setText(QStringLiteral("subtitle"),
            Words::tr("%1. Numbers change: check a number with its source before you rely on it.").arg(count))
        .setHtml(QStringLiteral("hotlines"), list)
        .setHtml(QStringLiteral("attribution"), attribution(options));
    return finish(page, Words::tr("Hotlines for victims of trafficking"), options);
}

} // namespace Vigil::Core
