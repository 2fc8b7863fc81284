#include "content/articlerenderer.h"
#include "content/citation.h"
#include "content/cslmarkup.h"
#include "content/handoutrenderer.h"
#include "content/htmlescape.h"
#include "htmlscan.h"
#include "seedpage.h"
#include "testsupport.h"

#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::referenceData;
using Vigil::Test::seedPage;

namespace {

RenderOptions options()
{
    RenderOptions o;
    for (const CountryInfo &c : referenceData().countries())
        o.countryNames.insert(c.code, c.name);
    return o;
}

// The Harvard style's title, and its entry for "The route to hell", as
// citeproc-js writes them (vigil-library export --format bibliography-html
// --style harvard-cite-them-right).
const QString harvard = QStringLiteral("Cite Them Right 12th edition - Harvard");
const QString routeToHell = QStringLiteral("Waugh, L. (2006) ‘The route to hell’, <i>The Scotsman</i>, 22 August.");

// A citation shaped as the engine writes one, for the articles the tests do not
// quote: the title in italics, entities escaped.
QString engineLike(const Article &a)
{
    return u"<i>" + a.title.toHtmlEscaped() + u"</i> (n.d.)";
}

HandoutEntry entryFor(const Article &a, const QString &note = {})
{
    return { a, Citation::sourcePage(seedPage()), note, engineLike(a) };
}

Handout withArticles(Handout::Kind kind, int n)
{
    Handout h;
    h.kind = kind;
    h.title = QStringLiteral("Week 3");
    h.made = QStringLiteral("5 December 2026");
    for (int i = 0; i < n && i < seedPage().articles.size(); ++i)
        h.entries << entryFor(seedPage().articles.at(i));
    h.citationStyle = harvard;
    // In the style's order, which is not the handout's.
    for (auto e = h.entries.crbegin(); e != h.entries.crend(); ++e)
        h.bibliography << e->citation;
    h.sources << HandoutSource { seedPage().title, seedPage().citation, seedPage().fairUse };
    return h;
}

Handout serbiaDossier()
{
    Handout h = withArticles(Handout::Kind::CountryDossier, 3);
    h.title = QStringLiteral("Serbia");
    CountryProfileView v = CountryProfileView::fromPage(seedPage());
    v.code = QStringLiteral("RS");
    v.name = QStringLiteral("Serbia");
    v.hotlines.clear();
    for (const Hotline &line : seedPage().hotlines) {
        if (line.country == u"RS")
            v.hotlines << line;
    }
    h.country = v;
    return h;
}

} // namespace

class HandoutRendererTest : public QObject
{
    Q_OBJECT

private slots:
    void hostileFields_areTextNotMarkup();
    void readingList_breaksPageBetweenArticles();
    void dossier_startsEachArticleOnANewPage();
    void handout_hasNothingToClick();
    void dossier_hasHotlinesProfileCitationsAndNotices();
    void readerNote_isMarkedAsTheReaders();
    void citations_areTheEnginesInItsStyleAndOrder();
    void engineMarkup_keepsOnlyItsFormatting();
    void article_hasItsTitleOnce_andAHugeOneIsCut();
};

void HandoutRendererTest::hostileFields_areTextNotMarkup()
{
    Article a = seedPage().articles.first();
    a.title = QStringLiteral("<script>alert(1)</script><a href=\"javascript:x\">click</a>");
    a.publishers = { QStringLiteral("\"><img src=x onerror=alert(2)>") };
    a.paragraphs = { Paragraph { QStringLiteral("</p><button>Go</button>"), 0, {}, {} } };
    Handout h;
    h.kind = Handout::Kind::ReadingList;
    h.title = QStringLiteral("<h1>list</h1>");
    h.entries << entryFor(a, QStringLiteral("<b onclick=x>my note</b>"));
    const QString html = HandoutRenderer::render(h, options());

    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(html, {});
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u'\n')));
    QCOMPARE(scan.elements.value(QStringLiteral("script")), 0);
    QCOMPARE(scan.elements.value(QStringLiteral("button")), 0);
    QCOMPARE(scan.elements.value(QStringLiteral("img")), 0);
    QCOMPARE(scan.elements.value(QStringLiteral("h1")), 1);
    // What the source said is all there, as text a reader sees.
    QVERIFY(scan.text.contains(a.title));
    QVERIFY(scan.text.contains(QStringLiteral("</p><button>Go</button>")));
    QVERIFY(scan.text.contains(QStringLiteral("<b onclick=x>my note</b>")));
    QVERIFY(scan.title.contains(QStringLiteral("<h1>list</h1>")));
}

void HandoutRendererTest::readingList_breaksPageBetweenArticles()
{
    const QString html = HandoutRenderer::render(withArticles(Handout::Kind::ReadingList, 3), options());
    // The first article shares the first page with the list's title; each other
    // one, and the bibliography, starts a page.
    const QString breakThenArticle = QStringLiteral("<p class=\"new-page\"></p><h2 class=\"article-title\">");
    QCOMPARE(html.count(QStringLiteral("<h2 class=\"article-title\">")), 3);
    QCOMPARE(html.count(breakThenArticle), 2);
    QCOMPARE(html.count(QStringLiteral("<p class=\"new-page\"></p><h2>Bibliography")), 1);
    QVERIFY(html.contains(QStringLiteral(".new-page { page-break-before: always; }")));
}

void HandoutRendererTest::dossier_startsEachArticleOnANewPage()
{
    const QString html = HandoutRenderer::render(serbiaDossier(), options());
    QCOMPARE(html.count(QStringLiteral("<p class=\"new-page\"></p><h2 class=\"article-title\">")), 3);
    QCOMPARE(html.count(QStringLiteral("<h2 class=\"article-title\">")), 3);
}

void HandoutRendererTest::handout_hasNothingToClick()
{
    for (const Handout &h :
        { serbiaDossier(), withArticles(Handout::Kind::Article, 1), withArticles(Handout::Kind::ReadingList, 4) }) {
        const QString html = HandoutRenderer::render(h, options());
        const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(html, {});
        QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u'\n')));
        QCOMPARE(scan.elements.value(QStringLiteral("a")), 0);
        QCOMPARE(scan.elements.value(QStringLiteral("button")), 0);
        QVERIFY(scan.hrefs.isEmpty());
        // No chips (the reading pane's country and topic tags) and no Copy buttons.
        QVERIFY(!html.contains(QStringLiteral("class=\"tag")));
        QVERIFY(!html.contains(QStringLiteral("class=\"copy")));
    }
}

void HandoutRendererTest::dossier_hasHotlinesProfileCitationsAndNotices()
{
    const Handout h = serbiaDossier();
    QVERIFY(!h.country->hotlines.isEmpty());
    const QString html = HandoutRenderer::render(h, options());
    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(html, {});
    const Hotline &line = h.country->hotlines.first();
    QVERIFY(scan.text.contains(line.display.isEmpty() ? line.e164 : line.display));
    QVERIFY(scan.text.contains(line.source));
    QVERIFY(scan.text.contains(QStringLiteral("“As of” is the date the source's reports run to")));
    QVERIFY(scan.text.contains(QStringLiteral("Background")));
    QVERIFY(scan.text.contains(seedPage().caution));
    QVERIFY(scan.text.contains(HandoutRenderer::contentNotice()));
    QVERIFY(scan.text.contains(seedPage().fairUse));
    QVERIFY(scan.text.contains(u"Bibliography (" + harvard + u')'));
    for (const HandoutEntry &e : h.entries) {
        // Each article's citation twice: under it and in the bibliography.
        QCOMPARE(html.count(CslMarkup::toFragment(e.citation).toString()), 2);
        QVERIFY(scan.text.contains(e.excerptedIn));
    }
}

void HandoutRendererTest::readerNote_isMarkedAsTheReaders()
{
    Handout h = withArticles(Handout::Kind::ReadingList, 2);
    h.entries[1].readerNote = QStringLiteral("Compare with the 2009 report.\nAsk about shelters.");
    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(HandoutRenderer::render(h, options()), {});
    QCOMPARE(scan.text.count(QStringLiteral("Reader’s note (not part of the source)")), 1);
    QVERIFY(scan.text.contains(QStringLiteral("Compare with the 2009 report.")));
    QVERIFY(scan.text.contains(QStringLiteral("Ask about shelters.")));
}

void HandoutRendererTest::citations_areTheEnginesInItsStyleAndOrder()
{
    Handout h = withArticles(Handout::Kind::ReadingList, 2);
    h.entries[0].citation = routeToHell;
    h.bibliography = { h.entries[1].citation, routeToHell };
    const QString html = HandoutRenderer::render(h, options());
    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(html, {});
    QVERIFY(scan.text.contains(u"Cite as (" + harvard + u"):"));
    // Under the article and in the bibliography, with the engine's italics.
    QCOMPARE(html.count(QStringLiteral("Waugh, L. (2006) ‘The route to hell’, <i>The Scotsman</i>, 22 August.")), 2);
    // The bibliography keeps the style's order.
    const qsizetype bibliography = html.indexOf(QStringLiteral("<h2>Bibliography"));
    QVERIFY(bibliography > 0);
    QVERIFY(html.indexOf(QStringLiteral("Waugh, L. (2006)"), bibliography)
        > html.indexOf(CslMarkup::toFragment(h.entries[1].citation).toString(), bibliography));
    QVERIFY(!scan.text.contains(QStringLiteral("APA")));

    // Without citations (the engine failed, or none asked): no "Cite as", no bibliography.
    for (HandoutEntry &e : h.entries)
        e.citation.clear();
    h.bibliography.clear();
    const QString bare = HandoutRenderer::render(h, options());
    QVERIFY(!bare.contains(QStringLiteral("Cite as")));
    QVERIFY(!bare.contains(QStringLiteral("Bibliography")));
}

void HandoutRendererTest::engineMarkup_keepsOnlyItsFormatting()
{
    Handout h = withArticles(Handout::Kind::ReadingList, 2);
    // What citeproc-js writes for a title holding markup, and what a broken or
    // hostile engine output could hold.
    h.entries[0].citation = QStringLiteral("&#60;script&#62;alert(1)&#60;/script&#62; <i>Report</i>");
    h.entries[1].citation = QStringLiteral("<script>alert(2)</script><img src=x onerror=y><a href=\"x\">z</a><b>bold");
    h.bibliography = { h.entries[0].citation, h.entries[1].citation };
    const QString html = HandoutRenderer::render(h, options());
    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(html, {});
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u'\n')));
    QCOMPARE(scan.elements.value(QStringLiteral("script")), 0);
    QCOMPARE(scan.elements.value(QStringLiteral("img")), 0);
    QCOMPARE(scan.elements.value(QStringLiteral("a")), 0);
    QVERIFY(scan.text.contains(QStringLiteral("<script>alert(1)</script>")));
    QCOMPARE(html.count(QStringLiteral("<b>bold</b>")), 2); // closed where it was left open
}

void HandoutRendererTest::article_hasItsTitleOnce_andAHugeOneIsCut()
{
    Handout h = withArticles(Handout::Kind::Article, 1);
    h.title = h.entries.first().article.title;
    const QString html = HandoutRenderer::render(h, options());
    QVERIFY(html.contains(QStringLiteral("<h1>") + escapeText(h.title) + QStringLiteral("</h1>")));
    QVERIFY(!html.contains(QStringLiteral("article-title"))); // not again as the article's heading
    QVERIFY(!html.contains(QStringLiteral("Bibliography")));

    h.title = QString(200000, u'x');
    h.entries.first().article.title = h.title;
    const Vigil::Test::HtmlScan scan = Vigil::Test::scanHtml(HandoutRenderer::render(h, options()), {});
    QVERIFY(!scan.text.contains(h.title));
    QVERIFY(scan.text.contains(QString(ArticleRenderer::maxFieldLength, u'x') + QChar(0x2026)));
}

QTEST_GUILESS_MAIN(HandoutRendererTest)
#include "handoutrenderer_test.moc"
