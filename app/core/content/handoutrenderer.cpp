#include "handoutrenderer.h"

#include "articlerenderer.h"
#include "cslmarkup.h"
#include "htmltemplate.h"
#include "renderparts.h"

#include <QCoreApplication>

namespace Vigil::Core {

namespace {

using H = HtmlFragment;
using namespace RenderParts;

// The handout's own words, in the window's language; the sources' stay English.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Core::HandoutRenderer)
};

// A framed box: Qt's rich text draws borders on tables only.
H boxed(const H &content)
{
    return H::markup(u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>") + content
        + H::markup(u"</td></tr></table>");
}

// An empty paragraph that starts a page. Qt's layout gives a block broken onto
// a new page a box that reaches back to the previous one, where its text would
// be drawn again under the clip, invisible but in the PDF's text; an empty
// block has no text to repeat.
H newPage()
{
    return H::markup(u"<p class=\"new-page\"></p>");
}

QString articles(qsizetype n)
{
    return Words::tr("%Ln article(s)", nullptr, int(n));
}

QString kindName(Handout::Kind kind)
{
    switch (kind) {
    case Handout::Kind::ReadingList:
        return Words::tr("Reading list");
    case Handout::Kind::CountryDossier:
        return Words::tr("Country dossier");
    case Handout::Kind::Article:
        break;
    }
    return Words::tr("Article");
}

// Cut as the reading pane cuts a title: a hand-made page can hold megabytes in one.
QString shortTitle(const QString &title)
{
    Article a;
    a.title = title;
    bool wasCut = false;
    return ArticleRenderer::boundedForDisplay(a, &wasCut).title;
}

H header(const Handout &h)
{
    H out = paragraph(kindName(h.kind), u"kicker") + H::markup(u"<h1>") + H::text(shortTitle(h.title))
        + H::markup(u"</h1>");
    QString made = h.made.isEmpty() ? Words::tr("Handout made with Vigil")
                                    : Words::tr("Handout made with Vigil on %1").arg(h.made);
    if (h.kind != Handout::Kind::Article)
        made += u" · " + articles(h.entries.size());
    out += paragraph(made + u'.', u"made");
    return out + boxed(paragraph(HandoutRenderer::contentNotice(), u"notice"));
}

QString byline(const Article &a)
{
    QStringList parts;
    if (!a.authors.isEmpty())
        parts << Words::tr("By %1", "the authors' names").arg(a.authors.join(QStringLiteral(", ")));
    parts << a.publishers;
    if (!a.dateline.isEmpty())
        parts << a.dateline;
    if (a.date.isValid())
        parts << a.date.toLocalDisplay();
    return parts.join(QStringLiteral(" · "));
}

H excerpt(const Article &a, const RenderOptions &o)
{
    H out;
    QString section;
    for (const Paragraph &p : a.paragraphs) {
        const QString key = p.section.isEmpty() ? p.sectionLabel : p.section;
        if (!key.isEmpty() && key != section)
            out += H::markup(u"<h3>") + H::text(p.section.isEmpty() ? p.sectionLabel : countryName(p.section, o))
                + H::markup(u"</h3>");
        section = key;
        out += H::markup(u"<p>");
        if (p.page > 0)
            out += H::markup(u"<span class=\"page-marker\">")
                + H::text(Words::tr("[page %1]", "a page marker in the text").arg(p.page)) + H::markup(u"</span> ");
        out += H::markup(u"<span lang=\"en\">") + H::text(p.text) + H::markup(u"</span></p>");
    }
    for (const EntryLink &link : a.links) {
        const QString accessed = dateList(link.accessed);
        out += paragraph(accessed.isEmpty() ? link.label : Words::tr("%1 (accessed %2)").arg(link.label, accessed));
    }
    return out;
}

H readerNote(const QString &note)
{
    if (note.trimmed().isEmpty())
        return {};
    H body = paragraph(Words::tr("Reader’s note (not part of the source)"), u"note-label");
    for (const QString &line : note.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            body += paragraph(line);
    }
    return boxed(body);
}

// The article's own page: a handout of several is read and handed out one by
// one. An article's handout has its title as the heading of the page already.
enum class Heading { NewPage, SamePage, None };

H article(const HandoutEntry &e, const QString &styleName, Heading heading, const RenderOptions &o)
{
    bool wasCut = false;
    const Article a = ArticleRenderer::boundedForDisplay(e.article, &wasCut);
    H out = heading == Heading::NewPage ? newPage() : H();
    if (heading != Heading::None) {
        out += H::markup(u"<h2 class=\"article-title\">")
            + H::text(a.title.isEmpty() ? Words::tr("[Untitled]") : a.title) + H::markup(u"</h2>");
    }
    if (a.isPdf)
        out += paragraph(Words::tr("The source is a PDF document."), u"byline");
    const QString by = byline(a);
    if (!by.isEmpty())
        out += paragraph(by, u"byline");
    for (const QString &id : a.identifiers)
        out += paragraph(id, u"identifier");
    for (const QString &note : a.bylineNotes)
        out += paragraph(note, u"identifier");
    const QString accessed = dateList(a.accessed);
    out += paragraph(accessed.isEmpty() || a.accessUnavailable ? Words::tr("Access date unavailable.")
                                                               : Words::tr("Accessed %1.").arg(accessed),
        u"accessed");
    if (wasCut)
        out += paragraph(Words::tr("This entry is too long to print whole: parts of it end in “…”. The library "
                                   "keeps the whole text."),
            u"cut-notice");
    out += excerpt(a, o) + readerNote(e.readerNote);
    if (!e.citation.isEmpty()) {
        out += H::markup(u"<p class=\"citation\"><b>")
            + H::text(styleName.isEmpty() ? Words::tr("Cite as:") : Words::tr("Cite as (%1):").arg(styleName))
            + H::markup(u"</b> ") + CslMarkup::toFragment(e.citation) + H::markup(u"</p>");
    }
    if (!e.excerptedIn.isEmpty())
        out += paragraph(e.excerptedIn, u"excerpted");
    return out;
}

H hotlines(const CountryProfileView &v)
{
    H out = H::markup(u"<h2>") + H::text(Words::tr("Help for victims")) + H::markup(u"</h2>");
    if (v.hotlines.isEmpty())
        return out + paragraph(Words::tr("No hotline is known for %1.").arg(v.name));
    out += H::markup(u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>")
        + H::text(Words::tr("Line")) + H::markup(u"</th><th>") + H::text(Words::tr("Number")) + H::markup(u"</th><th>")
        + H::text(Words::tr("Source")) + H::markup(u"</th><th>") + H::text(Words::tr("As of"))
        + H::markup(u"</th></tr>");
    for (const Hotline &h : v.hotlines) {
        out += H::markup(u"<tr><td>") + H::text(h.label.isEmpty() ? Words::tr("Hotline") : h.label)
            + H::markup(u"</td><td><b>") + H::text(h.display.isEmpty() ? h.e164 : h.display) + H::markup(u"</b>")
            + H::text(h.isVerified() ? QString() : u' ' + Words::tr("(not verified)")) + H::markup(u"</td><td>")
            + H::text(h.source) + H::markup(u"</td><td>")
            + H::text(h.asOf.isValid() ? h.asOf.toLocalDisplay() : Words::tr("not stated")) + H::markup(u"</td></tr>");
    }
    out += H::markup(u"</table>");
    return out
        + paragraph(Words::tr("“As of” is the date the source's reports run to (for a page, the end of its "
                              "coverage), not a check of the number. A number can change: check it before you rely "
                              "on it."),
            u"as-of");
}

H profile(const CountryProfileView &v, const RenderOptions &o)
{
    H out;
    for (const CountryProfile &p : v.profiles) {
        if (v.profiles.size() > 1 && !p.country.isEmpty())
            out += H::markup(u"<h2>") + H::text(countryName(p.country, o)) + H::markup(u"</h2>");
        else
            out += H::markup(u"<h2>") + H::text(Words::tr("Profile")) + H::markup(u"</h2>");
        if (!p.officialName.isEmpty())
            out += sourceParagraph(p.officialName, u"byline");
        out += profileExcerpts(p);
    }
    if (!v.caution.isEmpty())
        out += boxed(H::markup(u"<p><b>") + H::text(Words::tr("Caution.")) + H::markup(u"</b> <span lang=\"en\">")
            + H::text(v.caution) + H::markup(u"</span></p>"));
    if (!v.studentNote.isEmpty()) {
        out += H::markup(u"<h2>") + H::text(Words::tr("For students and teachers")) + H::markup(u"</h2>");
        for (const QString &text : v.studentNote)
            out += sourceParagraph(text);
    }
    return out;
}

H dossier(const Handout &h, const RenderOptions &o)
{
    if (!h.country)
        return {};
    H out = hotlines(*h.country) + profile(*h.country, o);
    out += H::markup(u"<h2>") + H::text(Words::tr("Articles")) + H::markup(u"</h2>");
    if (h.entries.isEmpty())
        return out + paragraph(Words::tr("The library has no articles about %1 yet.").arg(h.country->name));
    return out
        + paragraph(
            Words::tr("%Ln article(s) about %1 follow, each on a page of its own.", nullptr, int(h.entries.size()))
                .arg(h.country->name));
}

H bibliography(const Handout &h)
{
    if (h.entries.size() < 2 || h.bibliography.isEmpty())
        return {};
    H out = newPage() + H::markup(u"<h2>")
        + H::text(
            h.citationStyle.isEmpty() ? Words::tr("Bibliography") : Words::tr("Bibliography (%1)").arg(h.citationStyle))
        + H::markup(u"</h2>");
    for (const QString &entry : h.bibliography)
        out += H::markup(u"<p class=\"bib\">") + CslMarkup::toFragment(entry) + H::markup(u"</p>");
    return out;
}

H sources(const Handout &h)
{
    if (h.sources.isEmpty())
        return {};
    H out = H::markup(u"<h2>") + H::text(Words::tr("Sources")) + H::markup(u"</h2>");
    for (const HandoutSource &s : h.sources) {
        RenderOptions page;
        page.pageTitle = s.title;
        page.pageCitation = s.citation;
        page.fairUse = s.fairUse;
        out += attribution(page);
    }
    return out;
}

} // namespace

QString HandoutRenderer::contentNotice()
{
    return Words::tr("Content notice: the reports and articles in this handout describe human trafficking: "
                     "violence, sexual abuse and exploitation of adults and children. Some passages are distressing.");
}

QString HandoutRenderer::footerNotice()
{
    return Words::tr("Content notice: describes human trafficking and abuse");
}

QString HandoutRenderer::render(const Handout &h, const RenderOptions &o)
{
    H body;
    // The dossier's articles follow its profile on pages of their own; a list's
    // first article shares the first page with the list's title.
    Heading heading = h.kind == Handout::Kind::Article ? Heading::None
        : h.kind == Handout::Kind::CountryDossier      ? Heading::NewPage
                                                       : Heading::SamePage;
    for (const HandoutEntry &e : h.entries) {
        body += article(e, h.citationStyle, heading, o);
        heading = Heading::NewPage;
    }
    HtmlTemplate page = HtmlTemplate::load(QStringLiteral("handout.html"));
    page.setText(QStringLiteral("documentTitle"), shortTitle(h.title))
        .setText(QStringLiteral("language"), pageLanguage())
        .setHtml(QStringLiteral("style"), H::resource(QStringLiteral("handout.css")))
        .setHtml(QStringLiteral("header"), header(h))
        .setHtml(QStringLiteral("dossier"), dossier(h, o))
        .setHtml(QStringLiteral("articles"), body)
        .setHtml(QStringLiteral("bibliography"), bibliography(h))
        .setHtml(QStringLiteral("sources"), sources(h));
    return page.render();
}

} // namespace Vigil::Core
