#pragma once

// Rendering a hostile page as the app does, and judging what a reader would see of
// its payload. Shared by tests/core/hostilehtml_test.cpp and the web test.

#include "content/articlerenderer.h"
#include "content/profilerenderer.h"
#include "hostilecorpus.h"
#include "htmlscan.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Test::Hostile {

struct RenderedPage
{
    QStringList articles; // every article of the page, in page order
    QStringList articleTitles; // the document title each should have
    QString profile; // the page as the app shows it (MainWindow::showPage)
    QString profileTitle;
    QString hotlines; // the list of all hotlines, with the page's
    QStringList highlighted; // the articles again with search terms marked

    QStringList all() const { return articles + QStringList { profile, hotlines } + highlighted; }
    QStringList names() const
    {
        QStringList n;
        for (qsizetype i = 0; i < articles.size(); ++i)
            n << QStringLiteral("article %1").arg(i);
        n << QStringLiteral("profile") << QStringLiteral("hotlines");
        for (qsizetype i = 0; i < highlighted.size(); ++i)
            n << QStringLiteral("article %1 highlighted").arg(i);
        return n;
    }
    // Every document of all(), re-parsed once (see scanAll).
    QList<HtmlScan> scans;

    void scanAll()
    {
        scans.clear();
        for (const QString &html : all())
            scans << scanHtml(html);
    }
    QString textOf(qsizetype from, qsizetype count) const
    {
        QString text;
        for (qsizetype i = from; i < from + count && i < scans.size(); ++i)
            text += scans.at(i).text;
        return text;
    }
    QString articleText() const { return textOf(0, articles.size()); }
    QString profileText() const { return textOf(articles.size(), 1); }
    QString allText() const { return textOf(0, scans.size()); }
};

// Names and labels from the reference tables, as the main window passes them.
inline const Core::RenderOptions &appOptions()
{
    static const Core::RenderOptions options = [] {
        Core::RenderOptions o;
        for (const Core::CountryInfo &c : referenceData().countries())
            o.countryNames.insert(c.code, c.name);
        for (const Core::Topic &t : referenceData().topics())
            o.topicLabels.insert(t.id, t.label);
        return o;
    }();
    return options;
}

// Every document the app would show for the page, from what the library holds.
inline RenderedPage renderFromLibrary(const Test::TestLibrary &store, const QString &key, const QList<qint64> &ids)
{
    RenderedPage r;
    const std::optional<Core::Page> page = store.catalogue.page(key);
    if (!page)
        return r;
    Core::RenderOptions o = appOptions();
    o.pageTitle = page->title;
    o.fairUse = page->fairUse;
    o.pageCitation = page->citation;
    Core::RenderOptions marked = o;
    // Terms that match inside the payloads, so marks land in the middle of them.
    marked.highlightTerms = { QStringLiteral("script"), QStringLiteral("alert"), QStringLiteral("on"),
        QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("javascript") };
    for (const qint64 id : ids) {
        const std::optional<Core::Article> a = store.articles.article(id);
        if (!a)
            continue;
        r.articles << Core::ArticleRenderer::render(*a, o);
        r.articleTitles << a->title;
        r.highlighted << Core::ArticleRenderer::render(*a, marked);
    }
    Core::CountryProfileView view = Core::CountryProfileView::fromPage(*page);
    view.articleCount = static_cast<int>(ids.size());
    view.articlesByYear = { { 2005, 1 }, { 2021, 1 } };
    r.profile = Core::ProfileRenderer::render(view, o);
    r.profileTitle = page->title;
    r.hotlines = Core::ProfileRenderer::renderAllHotlines(page->hotlines, o.countryNames, o);
    r.scanAll();
    return r;
}

// The parser's reading of the field, as one text.
inline QString fieldValue(Field f, const Core::Page &page)
{
    QStringList parts;
    const Core::Article first = page.articles.value(0);
    switch (f) {
    case Field::PageTitle:
        parts << page.title;
        break;
    case Field::Background:
    case Field::TipExcerpt:
        for (const Core::CountryProfile &p : page.profiles)
            parts << (f == Field::Background ? p.background.join(u'\n') : p.tipExcerpt);
        break;
    case Field::Caution:
        parts << page.caution;
        break;
    case Field::StudentNote:
        parts << page.studentNote;
        break;
    case Field::Hotline:
        for (const Core::Hotline &h : page.hotlines)
            parts << h.label;
        break;
    case Field::Title:
        parts << first.title;
        break;
    case Field::Byline:
    case Field::Date:
        parts << first.publishers << first.authors << first.bylineNotes << first.identifiers << first.dateline;
        break;
    case Field::Accessed:
        break;
    case Field::Note:
        parts << first.notes;
        break;
    case Field::Paragraph:
    case Field::SectionLead:
        for (const Core::Paragraph &p : first.paragraphs)
            parts << p.text;
        break;
    case Field::LinkLabel:
        for (const Core::Article &a : page.articles) {
            for (const Core::EntryLink &l : a.links)
                parts << l.label;
        }
        break;
    case Field::Citation:
        parts << page.citation;
        break;
    }
    return parts.join(u'\n');
}

inline QString missing(const QString &what, const QString &text)
{
    return QStringLiteral("%1 lacks \"%2\"").arg(what, text.left(120));
}

// Empty when the parser put the payload in the field the case names.
inline QString placementProblem(const Case &c, const Core::Page &page)
{
    const QString value = fieldValue(c.field, page);
    switch (shown(c.field)) {
    case Shown::Whole:
        if (!value.contains(visibleText(c.field, c.payload)))
            return missing(u"the parsed " + fieldName(c.field), visibleText(c.field, c.payload));
        break;
    case Shown::Split:
        for (const QString &piece : visiblePieces(c.field, c.payload)) {
            if (!value.contains(piece))
                return missing(u"the parsed " + fieldName(c.field), piece);
        }
        break;
    case Shown::Dropped:
        if (page.articles.isEmpty() || !page.articles.first().title.startsWith(featuredTitlePrefix()))
            return QStringLiteral("the access line did not stay with its entry");
        break;
    }
    return {};
}

// What a reader would miss of the payload, and titles that are not what they say.
inline QStringList visibilityProblems(const Case &c, const RenderedPage &r)
{
    QStringList problems;
    const QString text = onProfile(c.field) ? r.profileText() : r.articleText();
    if (shown(c.field) == Shown::Whole && !text.contains(visibleText(c.field, c.payload)))
        problems << missing(QStringLiteral("the rendered text"), visibleText(c.field, c.payload));
    if (shown(c.field) == Shown::Split) {
        for (const QString &piece : visiblePieces(c.field, c.payload)) {
            if (!text.contains(piece))
                problems << missing(QStringLiteral("the rendered text"), piece);
        }
    }
    for (qsizetype i = 0; i < r.articles.size(); ++i) {
        const QString &title = r.articleTitles.at(i);
        const bool cutForThePane = title.size() > Core::ArticleRenderer::maxFieldLength
            && r.scans.at(i).title == title.left(Core::ArticleRenderer::maxFieldLength) + QChar(0x2026);
        if (r.scans.at(i).title != title && !cutForThePane)
            problems << QStringLiteral("article %1: the document title is not the article's").arg(i);
    }
    if (r.scans.at(r.articles.size()).title != r.profileTitle)
        problems << QStringLiteral("profile: the document title is not the page's");
    return problems;
}

} // namespace Vigil::Test::Hostile
