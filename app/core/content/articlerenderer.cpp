#include "articlerenderer.h"

#include "highlight.h"
#include "htmltemplate.h"
#include "renderparts.h"

namespace Vigil::Core {

namespace {

using H = HtmlFragment;
using namespace RenderParts;

H separator()
{
    return H::markup(u"<span class=\"sep\" aria-hidden=\"true\"> · </span>");
}

H joined(const QList<H> &parts, const H &glue)
{
    H out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += glue;
        out += parts.at(i);
    }
    return out;
}

// "A", "A and B", "A, B and C"
H nameList(const QStringList &names, const Highlighter &hl)
{
    H out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += H::text(i == names.size() - 1 ? QStringLiteral(" and ") : QStringLiteral(", "));
        out += hl.toHtml(names.at(i));
    }
    return out;
}

H header(const Article &a, const RenderOptions &o, const Highlighter &hl)
{
    H out = H::markup(u"<header class=\"article-head\">");
    if (a.featured || a.isLinkCollection()) {
        out += H::markup(u"<p class=\"kicker\">");
        if (a.featured)
            out += H::markup(u"<span class=\"badge badge-featured\">Featured</span> ");
        if (a.isLinkCollection())
            out += H::markup(u"<span class=\"badge\">Link collection</span>");
        out += H::markup(u"</p>");
    }
    out += H::markup(u"<h1 class=\"title\">") + hl.toHtml(a.title);
    if (a.isPdf)
        out += H::markup(u" <span class=\"badge badge-pdf\" title=\"The source is a PDF document\">PDF</span>");
    out += H::markup(u"</h1>");

    QList<H> byline;
    if (!a.authors.isEmpty())
        byline << H::markup(u"<span class=\"authors\">By ") + nameList(a.authors, hl) + H::markup(u"</span>");
    // Each publisher its own part: names like "Office of Child Labor, Forced Labor,
    // and Human Trafficking" hold commas, so a comma cannot separate them.
    for (const QString &publisher : a.publishers)
        byline << H::markup(u"<span class=\"publisher\">") + hl.toHtml(publisher) + H::markup(u"</span>");
    if (!a.dateline.isEmpty())
        byline << H::markup(u"<span class=\"dateline\">") + hl.toHtml(a.dateline) + H::markup(u"</span>");
    if (a.date.isValid())
        byline << H::markup(u"<span class=\"date\">") + timeElement(a.date) + H::markup(u"</span>");
    if (!byline.isEmpty())
        out += H::markup(u"<p class=\"byline\">") + joined(byline, separator()) + H::markup(u"</p>");
    for (const QString &id : a.identifiers)
        out += H::markup(u"<p class=\"identifier\">") + hl.toHtml(id) + H::markup(u"</p>");
    for (const QString &note : a.bylineNotes)
        out += H::markup(u"<p class=\"byline-note\">") + hl.toHtml(note) + H::markup(u"</p>");

    if (!a.countries.isEmpty() || !a.topics.isEmpty()) {
        out += H::markup(u"<nav class=\"tags\" aria-label=\"Countries and topics\">");
        for (const QString &code : a.countries)
            out += countryTag(code, o) + H::markup(u" ");
        for (const QString &topic : a.topics)
            out += topicTag(topic, o) + H::markup(u" ");
        out += H::markup(u"</nav>");
    }

    const QString accessed = dateList(a.accessed);
    out += H::markup(u"<p class=\"accessed\">")
        + H::text(accessed.isEmpty() || a.accessUnavailable ? QStringLiteral("Access date unavailable")
                                                            : u"Accessed " + accessed)
        + H::markup(u"</p>");
    return out + H::markup(u"</header>");
}

H notes(const Article &a, const Highlighter &hl)
{
    H out = H::markup(u"<aside class=\"notes\" aria-label=\"Notes on the source\">");
    for (const QString &note : a.notes)
        out += H::markup(u"<p class=\"nav-note\">") + hl.toHtml(note) + H::markup(u"</p>");
    if (a.archivedCopyNote)
        out += H::markup(u"<p class=\"archived\">An archived copy of this article may exist.</p>");
    out += H::markup(u"<p class=\"address-lost\">The original web address of this source was lost when "
                     u"the page was saved. To read the whole source, search for its title.</p>");
    return out + H::markup(u"</aside>");
}

H links(const Article &a, const RenderOptions &o, const Highlighter &hl)
{
    if (a.links.isEmpty())
        return {};
    H out = H::markup(u"<section class=\"entry-links\"><h2>Links</h2><ul>");
    for (const EntryLink &link : a.links) {
        out += H::markup(u"<li><span class=\"link-label\">") + hl.toHtml(link.label) + H::markup(u"</span>");
        if (!link.country.isEmpty())
            out += H::markup(u" ") + countryTag(link.country, o);
        const QString accessed = dateList(link.accessed);
        if (!accessed.isEmpty())
            out += H::markup(u" <span class=\"accessed\">") + H::text(u"accessed " + accessed) + H::markup(u"</span>");
        out += H::markup(u"</li>");
    }
    return out + H::markup(u"</ul></section>");
}

H excerpt(const Article &a, const RenderOptions &o, const Highlighter &hl)
{
    if (a.paragraphs.isEmpty())
        return {};
    H out = H::markup(u"<div class=\"excerpt\">");
    QString section;
    for (const Paragraph &p : a.paragraphs) {
        const QString key = p.section.isEmpty() ? p.sectionLabel : p.section;
        if (!key.isEmpty() && key != section) {
            const QString heading = p.section.isEmpty() ? p.sectionLabel : countryName(p.section, o);
            out += H::markup(u"<h2 class=\"section\">") + hl.toHtml(heading) + H::markup(u"</h2>");
        }
        section = key;
        out += H::markup(u"<p>");
        if (p.page > 0) {
            out += H::markup(u"<span class=\"page-marker\"")
                + H::attribute(u"title", QStringLiteral("Page %1 of the original document").arg(p.page))
                + H::markup(u">page ") + H::number(p.page) + H::markup(u"</span> ");
        }
        out += hl.toHtml(p.text) + H::markup(u"</p>");
    }
    return out + H::markup(u"</div>");
}

// The formatted citation, in the style the reader chose among all the CSL
// styles, is the strip's under the reading pane: the CSL engine runs on a worker,
// and waiting for it here would hold up the article. The document keeps what the
// strip does not offer: the entry for a reference manager.
H citations(const Article &a)
{
    const QString id = QString::number(a.id);
    return H::markup(u"<section class=\"citations\" aria-labelledby=\"cite-heading\">"
                     u"<h2 id=\"cite-heading\">Cite this article</h2>"
                     u"<p>The citation in the style you choose is under this pane, with a button to copy it.</p>"
                     u"<p class=\"formats\">Copy for a reference manager: ")
        + H::link(vigilUrl(QStringLiteral("copy-citation"), { QStringLiteral("bibtex"), id }),
            H::text(QStringLiteral("BibTeX")))
        + separator()
        + H::link(
            vigilUrl(QStringLiteral("copy-citation"), { QStringLiteral("ris"), id }), H::text(QStringLiteral("RIS")))
        + H::markup(u"</p></section>");
}

// What one document may hold. A hand-made page can put megabytes in a field
// (a missing line break, a pasted file): shown whole, a 10 MB title keeps the
// pane at "Opening…" for a minute. Beyond these sizes a field is cut for the
// reading pane, and the document says so; the library keeps the whole text.
constexpr qsizetype maxShortField = ArticleRenderer::maxFieldLength; // far above any real one
constexpr qsizetype maxExcerpt = 400000; // all paragraphs: about 120 printed pages

bool cut(QString *text, qsizetype limit)
{
    if (text->size() <= limit)
        return false;
    // Not between the halves of a surrogate pair.
    qsizetype at = limit;
    if (at > 0 && text->at(at - 1).isHighSurrogate())
        --at;
    text->truncate(at);
    text->append(QChar(0x2026));
    return true;
}

Article bounded(const Article &a, bool *wasCut)
{
    Article shown = a;
    // Every field is cut, so no short-circuit: each call comes first.
    bool any = cut(&shown.title, maxShortField);
    any = cut(&shown.dateline, maxShortField) || any;
    for (QStringList *list :
        { &shown.publishers, &shown.authors, &shown.identifiers, &shown.bylineNotes, &shown.notes }) {
        for (QString &item : *list)
            any = cut(&item, maxShortField) || any;
    }
    for (EntryLink &link : shown.links)
        any = cut(&link.label, maxShortField) || any;
    qsizetype room = maxExcerpt;
    for (qsizetype i = 0; i < shown.paragraphs.size(); ++i) {
        QString &text = shown.paragraphs[i].text;
        if (cut(&text, room) || text.size() >= room) {
            shown.paragraphs.resize(i + 1);
            any = any || i + 1 < a.paragraphs.size() || text.size() < a.paragraphs.at(i).text.size();
            break;
        }
        room -= text.size();
    }
    *wasCut = any;
    return shown;
}

H cutNotice()
{
    return H::markup(u"<p class=\"cut-notice\" role=\"note\">This entry is too long to show whole: parts "
                     u"of it end in “…”. The library keeps the whole text.</p>");
}

} // namespace

Article ArticleRenderer::boundedForDisplay(const Article &a, bool *wasCut)
{
    return bounded(a, wasCut);
}

QString ArticleRenderer::render(const Article &entry, const RenderOptions &o)
{
    bool wasCut = false;
    const Article a = bounded(entry, &wasCut);
    const Highlighter hl(o.highlightTerms);
    HtmlTemplate page = HtmlTemplate::load(QStringLiteral("article.html"));
    page.setHtml(QStringLiteral("header"), header(a, o, hl))
        .setHtml(QStringLiteral("notes"), notes(a, hl))
        .setHtml(QStringLiteral("links"), links(a, o, hl))
        .setHtml(QStringLiteral("excerpt"), wasCut ? cutNotice() + excerpt(a, o, hl) : excerpt(a, o, hl))
        .setHtml(QStringLiteral("citations"), citations(a))
        .setHtml(QStringLiteral("attribution"), attribution(o));
    return finish(page, a.title, o);
}

} // namespace Vigil::Core
