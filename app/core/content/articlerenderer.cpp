#include "articlerenderer.h"

#include "highlight.h"
#include "htmltemplate.h"
#include "renderparts.h"

#include <QCoreApplication>

namespace Vigil::Core {

namespace {

using H = HtmlFragment;
using namespace RenderParts;

// The reading pane's own words, in the window's language. The source's words
// (title, names, excerpt) are the source's, in English.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Core::ArticleRenderer)
};

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
            out += H::text(i == names.size() - 1 ? Words::tr(" and ", "between the last two names of a list")
                                                 : Words::tr(", ", "between names of a list"));
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
            out += H::markup(u"<span class=\"badge badge-featured\">") + H::text(Words::tr("Featured"))
                + H::markup(u"</span> ");
        if (a.isLinkCollection())
            out += H::markup(u"<span class=\"badge\">") + H::text(Words::tr("Link collection")) + H::markup(u"</span>");
        out += H::markup(u"</p>");
    }
    out += H::markup(u"<h1 class=\"title\" lang=\"en\">") + hl.toHtml(a.title);
    if (a.isPdf)
        out += H::markup(u" <span class=\"badge badge-pdf\"")
            + H::attribute(u"title", Words::tr("The source is a PDF document")) + H::markup(u">PDF</span>");
    out += H::markup(u"</h1>");

    QList<H> byline;
    if (!a.authors.isEmpty())
        byline << H::markup(u"<span class=\"authors\">") + H::text(Words::tr("By", "before the authors' names"))
                + H::markup(u" ") + nameList(a.authors, hl) + H::markup(u"</span>");
    // Each publisher its own part: names like "Office of Child Labor, Forced Labor,
    // and Human Trafficking" hold commas, so a comma cannot separate them.
    for (const QString &publisher : a.publishers)
        byline << H::markup(u"<span class=\"publisher\" lang=\"en\">") + hl.toHtml(publisher) + H::markup(u"</span>");
    if (!a.dateline.isEmpty())
        byline << H::markup(u"<span class=\"dateline\" lang=\"en\">") + hl.toHtml(a.dateline) + H::markup(u"</span>");
    if (a.date.isValid())
        byline << H::markup(u"<span class=\"date\">") + timeElement(a.date) + H::markup(u"</span>");
    if (!byline.isEmpty())
        out += H::markup(u"<p class=\"byline\">") + joined(byline, separator()) + H::markup(u"</p>");
    for (const QString &id : a.identifiers)
        out += H::markup(u"<p class=\"identifier\" lang=\"en\">") + hl.toHtml(id) + H::markup(u"</p>");
    for (const QString &note : a.bylineNotes)
        out += H::markup(u"<p class=\"byline-note\" lang=\"en\">") + hl.toHtml(note) + H::markup(u"</p>");

    if (!a.countries.isEmpty() || !a.topics.isEmpty()) {
        out += H::markup(u"<nav class=\"tags\"") + H::attribute(u"aria-label", Words::tr("Countries and topics"))
            + H::markup(u">");
        for (const QString &code : a.countries)
            out += countryTag(code, o) + H::markup(u" ");
        for (const QString &topic : a.topics)
            out += topicTag(topic, o) + H::markup(u" ");
        out += H::markup(u"</nav>");
    }

    const QString accessed = dateList(a.accessed);
    out += H::markup(u"<p class=\"accessed\">")
        + H::text(accessed.isEmpty() || a.accessUnavailable ? Words::tr("Access date unavailable")
                                                            : Words::tr("Accessed %1").arg(accessed))
        + H::markup(u"</p>");
    return out + H::markup(u"</header>");
}

H notes(const Article &a, const Highlighter &hl)
{
    H out = H::markup(u"<aside class=\"notes\"") + H::attribute(u"aria-label", Words::tr("Notes on the source"))
        + H::markup(u">");
    for (const QString &note : a.notes)
        out += H::markup(u"<p class=\"nav-note\" lang=\"en\">") + hl.toHtml(note) + H::markup(u"</p>");
    if (a.archivedCopyNote)
        out += paragraph(Words::tr("An archived copy of this article may exist."), u"archived");
    out += paragraph(Words::tr("The original web address of this source was lost when the page was saved. To read "
                               "the whole source, search for its title."),
        u"address-lost");
    return out + H::markup(u"</aside>");
}

H links(const Article &a, const RenderOptions &o, const Highlighter &hl)
{
    if (a.links.isEmpty())
        return {};
    H out = H::markup(u"<section class=\"entry-links\"><h2>") + H::text(Words::tr("Links")) + H::markup(u"</h2><ul>");
    for (const EntryLink &link : a.links) {
        out += H::markup(u"<li><span class=\"link-label\" lang=\"en\">") + hl.toHtml(link.label)
            + H::markup(u"</span>");
        if (!link.country.isEmpty())
            out += H::markup(u" ") + countryTag(link.country, o);
        const QString accessed = dateList(link.accessed);
        if (!accessed.isEmpty())
            out += H::markup(u" <span class=\"accessed\">") + H::text(Words::tr("accessed %1").arg(accessed))
                + H::markup(u"</span>");
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
            // A country's name is the window's; a label is the source's.
            out += (p.section.isEmpty() ? H::markup(u"<h2 class=\"section\" lang=\"en\">")
                                        : H::markup(u"<h2 class=\"section\">"))
                + hl.toHtml(heading) + H::markup(u"</h2>");
        }
        section = key;
        out += H::markup(u"<p lang=\"en\">");
        if (p.page > 0) {
            out += H::markup(u"<span class=\"page-marker\"")
                + H::attribute(u"title", Words::tr("Page %1 of the original document").arg(p.page)) + H::markup(u">")
                + H::text(Words::tr("page %1", "a page marker in the text").arg(p.page)) + H::markup(u"</span> ");
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
    return H::markup(u"<section class=\"citations\" aria-labelledby=\"cite-heading\"><h2 id=\"cite-heading\">")
        + H::text(Words::tr("Cite this article")) + H::markup(u"</h2>")
        + paragraph(Words::tr("The citation in the style you choose is under this pane, with a button to copy it."))
        + H::markup(u"<p class=\"formats\">") + H::text(Words::tr("Copy for a reference manager:")) + H::markup(u" ")
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
    return H::markup(u"<p class=\"cut-notice\" role=\"note\">")
        + H::text(Words::tr("This entry is too long to show whole: parts of it end in “…”. The library keeps the "
                            "whole text."))
        + H::markup(u"</p>");
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
