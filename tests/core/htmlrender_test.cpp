#include "content/articlerenderer.h"
#include "content/citation.h"
#include "content/cslmarkup.h"
#include "content/highlight.h"
#include "content/htmlescape.h"
#include "content/htmltemplate.h"
#include "content/profilerenderer.h"
#include "seedpage.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::referenceData;
using Vigil::Test::seedPage;

namespace {

const Article &seedArticle(const QString &titlePrefix)
{
    for (const Article &a : seedPage().articles) {
        if (a.title.startsWith(titlePrefix))
            return a;
    }
    qFatal("no seed article starts with %s", qPrintable(titlePrefix));
}

RenderOptions options(const QStringList &terms = {})
{
    RenderOptions o;
    for (const CountryInfo &c : referenceData().countries())
        o.countryNames.insert(c.code, c.name);
    for (const Topic &t : referenceData().topics())
        o.topicLabels.insert(t.id, t.label);
    o.highlightTerms = terms;
    o.pageTitle = seedPage().title;
    o.fairUse = seedPage().fairUse;
    o.pageCitation = Citation::sourcePage(seedPage());
    return o;
}

CountryProfileView viewFor(const QString &code)
{
    const Page &page = seedPage();
    CountryProfileView v;
    v.code = code;
    v.name = referenceData().country(code)->name;
    for (const CountryProfile &p : page.profiles) {
        if (p.country == code)
            v.profiles << p;
    }
    for (const Hotline &h : page.hotlines) {
        if (h.country == code)
            v.hotlines << h;
    }
    v.caution = page.caution;
    v.studentNote = page.studentNote;
    QMap<QString, int> topics;
    for (const Article &a : page.articles) {
        if (!a.countries.contains(code))
            continue;
        ++v.articleCount;
        if (a.date.isValid())
            ++v.articlesByYear[a.date.year()];
        for (const QString &t : a.topics)
            ++topics[t];
    }
    for (auto it = topics.cbegin(); it != topics.cend(); ++it)
        v.articlesByTopic.append({ it.key(), it.value() });
    return v;
}

// The rendered document with its text content removed: what is left is markup,
// where no hostile string may ever appear (in text it is shown, and harmless).
QString markupOnly(const QString &html)
{
    static const QRegularExpression textNodes(QStringLiteral(">[^<]*<"));
    QString out = html;
    out.replace(textNodes, QStringLiteral("><"));
    return out;
}

// Fails with the first forbidden construct found in a rendered page.
QString forbiddenIn(const QString &html)
{
    static const QRegularExpression eventAttribute(
        QStringLiteral("<[^>]+\\son\\w+="), QRegularExpression::CaseInsensitiveOption);
    if (eventAttribute.match(html).hasMatch())
        return QStringLiteral("event attribute: ") + eventAttribute.match(html).captured();
    const QString lower = html.toLower();
    for (const char16_t *needle : { u"<script", u"<iframe", u"<object", u"<embed", u"<base", u"<link", u"<img",
             u"http-equiv=\"refresh\"", u"src=\"http", u"url(" }) {
        if (lower.contains(QStringView(needle)))
            return QString::fromUtf16(needle);
    }
    if (markupOnly(lower).contains(u"javascript:"))
        return QStringLiteral("javascript: in markup");
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(u"vigil://"))
            return QStringLiteral("link outside the app: ") + target;
    }
    return {};
}

void dump(const QString &name, const QString &html)
{
    const QString dir = qEnvironmentVariable("VIGIL_HTML_DUMP_DIR");
    if (dir.isEmpty())
        return;
    QFile f(QDir(dir).filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(html.toUtf8());
}

} // namespace

class HtmlRenderTest : public QObject
{
    Q_OBJECT

private slots:
    void escapeText_data();
    void escapeText();
    void escapeAttribute_isOneToken();
    void safeHref_data();
    void safeHref();
    void template_substitutesEscapedAndFragments();
    void template_unknownPlaceholderIsEmptyAndWarns();
    void template_resourcesLoad();
    void highlighter_foldsCaseAndDiacritics();
    void hostileArticle_rendersAsText();
    void seedArticles_allRender();
    void hugeFields_areCutForThePane_andSaySo();
    void highlight_marksPristinaInDateline();
    void pageMarker_isRendered();
    void sections_areRendered();
    void article_showsNotesAndLinks();
    void cslMarkup_keepsFormatting_andEscapesTheRest();
    void bibtexAndRis_haveRequiredKeys();
    void sourcePage_citesThePage();
    void profile_serbiaShowsHotlineAndCharts();
    void profile_withoutHotlineSaysSo();
    void profile_withoutArticlesShowsEmptyState();
    void allHotlines_listsEveryHotline();
};

void HtmlRenderTest::escapeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("quotes") << QStringLiteral("\"double\" 'single'")
                            << QStringLiteral("&quot;double&quot; &#39;single&#39;");
    QTest::newRow("amp") << QStringLiteral("Fish & Chips &amp;") << QStringLiteral("Fish &amp; Chips &amp;amp;");
    QTest::newRow("unicode") << QStringLiteral("PRIŠTINA – “quoted” €50") << QStringLiteral("PRIŠTINA – “quoted” €50");
    QTest::newRow("controls") << QStringLiteral("a\u0000b\u0007c\td") << QStringLiteral("abc\td");
    QTest::newRow("lone surrogate") << QString(QString(QChar(0xd800)) + u'x') << QStringLiteral("\uFFFDx");
    QTest::newRow("empty") << QString() << QString();
}

void HtmlRenderTest::escapeText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Vigil::Core::escapeText(input), expected);
}

void HtmlRenderTest::escapeAttribute_isOneToken()
{
    QCOMPARE(
        Vigil::Core::escapeAttribute(u"a\"b' onload=`x`\n"), QStringLiteral("a&quot;b&#39; onload=&#96;x&#96;&#10;"));
}

void HtmlRenderTest::safeHref_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("vigil filter") << QStringLiteral("vigil://filter/country/RS") << true;
    QTest::newRow("vigil copy") << QStringLiteral("vigil://copy/+381113347817") << true;
    QTest::newRow("https") << QStringLiteral("https://www.example.org/report.pdf") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("JavaScript upper") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("tel") << QStringLiteral("tel:+381113347817") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org") << false;
    QTest::newRow("relative") << QStringLiteral("../secret") << false;
    QTest::newRow("no host") << QStringLiteral("https:///path") << false;
    QTest::newRow("credentials") << QStringLiteral("https://bank.example@evil.example/") << false;
    QTest::newRow("vigil without host") << QStringLiteral("vigil:alert") << false;
}

void HtmlRenderTest::safeHref()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString href = Vigil::Core::safeHref(QUrl(url));
    QCOMPARE(!href.isEmpty(), allowed);
    if (allowed) {
        QVERIFY(!href.contains(u'"'));
        QVERIFY(!href.contains(u'<'));
    }
}

void HtmlRenderTest::template_substitutesEscapedAndFragments()
{
    HtmlTemplate t = HtmlTemplate::fromString(
        QStringLiteral("<p>{{name}}</p>{{{body}}}<style>a{color:red}</style>{{ not }}"), QStringLiteral("test"));
    t.setText(QStringLiteral("name"), QStringLiteral("<b>{{{body}}}</b>"))
        .setHtml(QStringLiteral("body"),
            HtmlFragment::markup(u"<em>") + HtmlFragment::text(u"a&b") + HtmlFragment::markup(u"</em>"));
    // A value that looks like a placeholder is not expanded: the template is read once.
    QCOMPARE(t.render(),
        QStringLiteral("<p>&lt;b&gt;{{{body}}}&lt;/b&gt;</p><em>a&amp;b</em>"
                       "<style>a{color:red}</style>{{ not }}"));

    // Text given for a raw slot is still escaped; a fragment in a text slot shows as text.
    HtmlTemplate u = HtmlTemplate::fromString(QStringLiteral("{{{a}}}|{{b}}"), QStringLiteral("test"));
    u.setText(QStringLiteral("a"), QStringLiteral("<i>")).setHtml(QStringLiteral("b"), HtmlFragment::markup(u"<i>"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("fragment.*b")));
    QCOMPARE(u.render(), QStringLiteral("&lt;i&gt;|&lt;i&gt;"));
}

void HtmlRenderTest::template_unknownPlaceholderIsEmptyAndWarns()
{
    HtmlTemplate t = HtmlTemplate::fromString(QStringLiteral("[{{missing}}][{{{gone}}}]"), QStringLiteral("test"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no value for.*missing")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no value for.*gone")));
    QCOMPARE(t.render(), QStringLiteral("[][]"));
}

void HtmlRenderTest::template_resourcesLoad()
{
    for (const QString &name :
        { QStringLiteral("article.html"), QStringLiteral("profile.html"), QStringLiteral("hotlines.html") }) {
        QVERIFY2(QFile::exists(HtmlTemplate::resourcePath(name)), qPrintable(name));
        QVERIFY2(HtmlTemplate::load(name).isValid(), qPrintable(name));
    }
    QVERIFY(!HtmlFragment::resource(QStringLiteral("style.css")).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("missing")));
    QVERIFY(!HtmlTemplate::load(QStringLiteral("nope.html")).isValid());
}

void HtmlRenderTest::highlighter_foldsCaseAndDiacritics()
{
    const Highlighter h({ QStringLiteral("pristina"), QStringLiteral("strasse"), QStringLiteral("\"don't\"") });
    QCOMPARE(h.toHtml(u"PRIŠTINA, Priština & <Pristina>").toString(),
        QStringLiteral("<mark>PRIŠTINA</mark>, <mark>Priština</mark> &amp; &lt;<mark>Pristina</mark>&gt;"));
    QCOMPARE(h.toHtml(u"Hauptstraße").toString(), QStringLiteral("Haupt<mark>straße</mark>"));
    QCOMPARE(h.toHtml(u"I don’t").toString(), QStringLiteral("I <mark>don’t</mark>"));
    // Matching never reaches into an entity: "amp" is not found in "&".
    QCOMPARE(Highlighter({ QStringLiteral("amp") }).toHtml(u"a & b").toString(), QStringLiteral("a &amp; b"));
    QVERIFY(Highlighter({ QStringLiteral("  "), QStringLiteral("*") }).isEmpty());
}

void HtmlRenderTest::hostileArticle_rendersAsText()
{
    Article a;
    a.id = 42;
    a.title = QStringLiteral("<script>alert(1)</script>");
    a.isPdf = true;
    a.authors = { QStringLiteral("Eve \"onmouseover=alert(1)") };
    a.publishers = { QStringLiteral("<iframe src=javascript:alert(1)>") };
    a.dateline = QStringLiteral("<base href=http://evil.example/>");
    a.date = PartialDate::ofDay(2020, 5, 6);
    a.notes = { QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\">") };
    a.paragraphs = { Paragraph { QStringLiteral("Look: <img src=x onerror=alert(1)> <object data=x></object>"), 3,
        QStringLiteral("RS\" onclick=\"x"), QStringLiteral("<embed src=x>") } };
    a.links = { EntryLink { QStringLiteral("javascript:alert(1)"), QStringLiteral("javascript:x"), {} } };
    a.countries = { QStringLiteral("RS"), QStringLiteral("javascript:alert(1)") };
    a.topics = { QStringLiteral("x\" onfocus=\"alert(1)") };
    RenderOptions o = options({ QStringLiteral("script"), QStringLiteral("<img") });
    o.pageTitle = QStringLiteral("</title><script>alert(2)</script>");

    const QString html = ArticleRenderer::render(a, o);
    const QString problem = forbiddenIn(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(html.contains(u"&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;"));
    QVERIFY(html.contains(u"<mark>&lt;img</mark> src=x onerror=alert(1)&gt;"));
    QVERIFY(html.contains(u"&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
    QVERIFY(html.contains(u"<span class=\"link-label\" lang=\"en\">java<mark>script</mark>:alert(1)</span>"));
    QVERIFY(html.contains(u"<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    // A malformed code or topic id is shown but never becomes a link.
    QVERIFY(!html.contains(u"vigil://filter/topic/x"));
    QVERIFY(html.contains(u"href=\"vigil://filter/country/RS\""));
}

void HtmlRenderTest::hugeFields_areCutForThePane_andSaySo()
{
    // A 10 MB title and 5 MB of excerpt (a page saved without line breaks).
    Article a = seedArticle(QStringLiteral("2020 Country Reports"));
    a.title = QString(10 * 1024 * 1024, u'x');
    a.paragraphs = { Paragraph { QString(5 * 1024 * 1024, u'y'), 0, {}, {} },
        Paragraph { QStringLiteral("qqtheparagraphafterqq"), 0, {}, {} } };
    const QString html = ArticleRenderer::render(a, options());
    QVERIFY2(html.size() < 1024 * 1024, qPrintable(QString::number(html.size())));
    QVERIFY(html.contains(u"This entry is too long to show whole"));
    QVERIFY(html.contains(QString(1000, u'x') + QChar(0x2026)));
    QVERIFY(!html.contains(u"qqtheparagraphafterqq"));
    QVERIFY(forbiddenIn(html).isEmpty());
    // An ordinary entry says nothing of the kind.
    QVERIFY(!ArticleRenderer::render(seedArticle(QStringLiteral("2020 Country Reports")), options())
                 .contains(u"too long to show whole"));
}

void HtmlRenderTest::seedArticles_allRender()
{
    const Page &page = seedPage();
    QCOMPARE(page.articles.size(), 32);
    const RenderOptions o = options();
    for (const Article &a : page.articles) {
        const QString html = ArticleRenderer::render(a, o);
        QVERIFY2(html.startsWith(u"<!DOCTYPE html>"), qPrintable(a.title));
        QVERIFY2(html.contains(Vigil::Core::escapeText(a.title)), qPrintable(a.title));
        QVERIFY2(html.contains(Vigil::Core::escapeText(page.fairUse)), qPrintable(a.title));
        QVERIFY2(html.contains(u"Excerpted in: Patt, Martin."), qPrintable(a.title));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
        QVERIFY(html.contains(u"content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""));
        QVERIFY(html.contains(u"<body class=\"light\">"));
        QVERIFY(html.contains(u"vigil://copy-citation/bibtex/" + QString::number(a.id)));
        QVERIFY(!html.contains(u"{{"));
        const QString problem = forbiddenIn(html);
        QVERIFY2(problem.isEmpty(), qPrintable(a.title + u": " + problem));
    }
    RenderOptions dark = o;
    dark.dark = true;
    const QString html = ArticleRenderer::render(page.articles.first(), dark);
    QVERIFY(html.contains(u"<body class=\"dark\">"));
    dump(QStringLiteral("vigil-article-dark.html"),
        ArticleRenderer::render(seedArticle(QStringLiteral("A Legal Analysis")), dark));
    dump(QStringLiteral("vigil-article.html"),
        ArticleRenderer::render(
            seedArticle(QStringLiteral("2020 Country Reports")), options({ QStringLiteral("roma") })));
}

void HtmlRenderTest::highlight_marksPristinaInDateline()
{
    const QString html
        = ArticleRenderer::render(seedArticle(QStringLiteral("KPS rescues")), options({ QStringLiteral("pristina") }));
    QVERIFY(html.contains(u"<span class=\"dateline\" lang=\"en\"><mark>PRIŠTINA</mark></span>"));
}

void HtmlRenderTest::pageMarker_isRendered()
{
    const QString html = ArticleRenderer::render(seedArticle(QStringLiteral("A Legal Analysis")), options());
    QVERIFY(html.contains(u"<span class=\"page-marker\" title=\"Page 3 of the original document\">page 3</span>"));
    QVERIFY(html.contains(u"<span class=\"badge badge-pdf\""));
    QVERIFY(!html.contains(u"[page 3]"));
}

void HtmlRenderTest::sections_areRendered()
{
    const Article &a = seedArticle(QStringLiteral("2020 Country Reports"));
    const QString html = ArticleRenderer::render(a, options());
    QVERIFY(html.contains(u"<h2 class=\"section\">Serbia</h2>"));
    QVERIFY(html.contains(u"<h2 class=\"section\">Montenegro</h2>"));
    QVERIFY(html.contains(u"<h2 class=\"section\">Kosovo</h2>"));
    // A heading where the section changes (the report goes Serbia, Montenegro,
    // Kosovo, then round again), not one per paragraph.
    qsizetype changes = 0;
    QString previous;
    for (const Paragraph &p : a.paragraphs) {
        changes += p.section != previous ? 1 : 0;
        previous = p.section;
    }
    QCOMPARE(changes, 6);
    QCOMPARE(html.count(u"<h2 class=\"section\">"), changes);
    const qsizetype begin = html.indexOf(u"<div class=\"excerpt\">");
    const QString excerpt = html.mid(begin, html.indexOf(u"</div>", begin) - begin);
    QCOMPARE(excerpt.count(u"<p lang=\"en\">"), a.paragraphs.size());
}

void HtmlRenderTest::article_showsNotesAndLinks()
{
    const QString amnesty = ArticleRenderer::render(seedArticle(QStringLiteral("Shameful Investigation")), options());
    QVERIFY(amnesty.contains(u"Accessed 26 February 2015; 16 June 2017"));
    QVERIFY(amnesty.contains(u"<time datetime=\"2005-02-01\" title=\"Known to the day\">1 February 2005</time>"));
    QVERIFY(amnesty.contains(u"Index Number: EUR 70/001/2005"));
    QVERIFY(amnesty.contains(u"<a href=\"vigil://filter/country/ME\" class=\"tag tag-country\">Montenegro</a>"));
    QVERIFY(amnesty.contains(u"<a href=\"vigil://filter/topic/corruption\""));
    QVERIFY(amnesty.contains(u"address of this source was lost"));
    QVERIFY(amnesty.contains(u"vigil://copy-citation/ris/"));

    QVERIFY(ArticleRenderer::render(seedArticle(QStringLiteral("Montenegro: Little political will")), options())
                .contains(u"Access date unavailable"));
    QVERIFY(ArticleRenderer::render(seedArticle(QStringLiteral("Over 120.000")), options())
                .contains(u"An archived copy of this article may exist."));
    QVERIFY(
        ArticleRenderer::render(seedArticle(QStringLiteral("For Sale Age 3")), options()).contains(u"[scroll down]"));
    const QString freedom
        = ArticleRenderer::render(seedArticle(QStringLiteral("Freedom House Country Report")), options());
    QVERIFY(freedom.contains(u"<span class=\"link-label\" lang=\"en\">Montenegro</span>"));
    QVERIFY(freedom.contains(u"accessed 6 May 2020"));
}

void HtmlRenderTest::cslMarkup_keepsFormatting_andEscapesTheRest()
{
    // citeproc-js's own formatting is kept, written by Vigil.
    QCOMPARE(CslMarkup::toFragment(u"Waugh, L. (2006) &#8216;The route&#8217;, <i>The Scotsman</i>, "
                                   u"<span style=\"font-variant:small-caps;\">x</span> &amp; y")
                 .toString(),
        QStringLiteral("Waugh, L. (2006) ‘The route’, <i>The Scotsman</i>, <span class=\"small-caps\">x</span> "
                       "&amp; y"));
    // Anything else an article could smuggle through the engine stays text or goes.
    QCOMPARE(CslMarkup::toFragment(u"&#60;script&#62;alert(1)&#60;/script&#62; <script>x</script>"
                                   u"<a href=\"javascript:x\">link</a> <img src=x onerror=y>")
                 .toString(),
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; xlink "));
    // Unbalanced tags are closed; a stray closing tag and a lone '<' or '&' are text or nothing.
    QCOMPARE(CslMarkup::toFragment(u"<i>open </b>& 1 < 2 &bogus;").toString(),
        QStringLiteral("<i>open &amp; 1 &lt; 2 &amp;bogus;</i>"));
    QCOMPARE(CslMarkup::toFragment(u"&#0;&#xD800;&#99999999;").toString(),
        QStringLiteral("&amp;#0;&amp;#xD800;&amp;#99999999;"));
}

void HtmlRenderTest::bibtexAndRis_haveRequiredKeys()
{
    const QString bib = Citation::bibtex(seedArticle(QStringLiteral("The route to hell")));
    QVERIFY2(bib.startsWith(u"@article{waugh2006route,\n"), qPrintable(bib));
    for (const char16_t *key : { u"  author = {Waugh, Louisa}", u"  title = {{The route to hell}}",
             u"  journal = {The Scotsman}", u"  year = {2006}", u"  month = {August}", u"  date = {2006-08-22}",
             u"  urldate = {2011-09-11}", u"  note = {Accessed 11 September 2011}" })
        QVERIFY2(bib.contains(QStringView(key)), qPrintable(bib));
    QVERIFY(bib.endsWith(u"\n}\n"));
    const QString org = Citation::bibtex(seedArticle(QStringLiteral("Findings on the Worst Forms")));
    QVERIFY2(org.contains(u"author = {{Office of Child Labor, Forced Labor, and Human Trafficking}}"), qPrintable(org));
    QVERIFY(org.startsWith(u"@techreport{office"));
    QVERIFY(!org.contains(u"year"));
    Article tex;
    tex.title = QStringLiteral("50% & {more} #1_x");
    QVERIFY(Citation::bibtex(tex).contains(u"title = {{50\\% \\& \\textbraceleft{}more\\textbraceright{} \\#1\\_x}}"));

    const QString ris = Citation::ris(seedArticle(QStringLiteral("Trafficking in Human Beings in Southeastern")));
    const QStringList lines = ris.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("TY  - RPRT"));
    QCOMPARE(lines.last(), QStringLiteral("ER  - "));
    for (const char16_t *line :
        { u"AU  - Limanowska, Barbara", u"TI  - Trafficking in Human Beings in Southeastern Europe",
            u"PB  - Stability Pact Task Force on Trafficking in Human Beings; UNICEF", u"PY  - 2002",
            u"DA  - 2002/06//", u"Y2  - 2017/06/16/" })
        QVERIFY2(lines.contains(QString::fromUtf16(line)), qPrintable(ris));
    QVERIFY(Citation::ris(seedArticle(QStringLiteral("The route to hell"))).startsWith(u"TY  - NEWS\r\n"));
}

void HtmlRenderTest::sourcePage_citesThePage()
{
    QCOMPARE(Citation::sourcePage(seedPage()),
        QStringLiteral(
            "Excerpted in: Patt, Martin. Human Trafficking & Modern-day Slavery – Serbia, Montenegro & Kosovo."));
}

void HtmlRenderTest::profile_serbiaShowsHotlineAndCharts()
{
    const CountryProfileView v = viewFor(QStringLiteral("RS"));
    QVERIFY(v.articleCount > 0);
    const QString html = ProfileRenderer::render(v, options());
    dump(QStringLiteral("vigil-profile.html"), html);
    QVERIFY(html.contains(u"+381 11 3347817"));
    QVERIFY(html.contains(u"href=\"vigil://copy/+381113347817\""));
    QVERIFY(!html.contains(u"tel:"));
    // "As of" is the page's date, and says so: nobody checked the number then.
    QVERIFY(html.contains(u"its reports run to 2025, which is not a check of the number"));
    QVERIFY(!html.contains(u"not verified"));
    QVERIFY(html.contains(u"Republic of Serbia"));
    QVERIFY(html.contains(u"The World Factbook, U.S.C.I.A. 2009"));
    QVERIFY(html.contains(u"U.S. State Dept Trafficking in Persons Report, June, 2009"));
    QVERIFY(html.contains(u"<aside class=\"caution\""));
    QVERIFY(html.contains(u"For students and teachers"));
    QCOMPARE(html.count(u"<svg"), 2);
    QVERIFY(html.contains(u"<title id=\"chart-articles-about-serbia-by-year\">Articles about Serbia by year</title>"));
    QVERIFY(html.contains(u"<title>2006: "));
    QVERIFY(html.contains(u"Forced begging"));
    QVERIFY(html.contains(Vigil::Core::escapeText(seedPage().fairUse)));
    const QString problem = forbiddenIn(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void HtmlRenderTest::profile_withoutHotlineSaysSo()
{
    const QString html = ProfileRenderer::render(viewFor(QStringLiteral("ME")), options());
    QVERIFY(html.contains(u"No hotline is known for Montenegro."));
    QVERIFY(html.contains(u"Republic of Montenegro"));
    QVERIFY(forbiddenIn(html).isEmpty());
}

void HtmlRenderTest::profile_withoutArticlesShowsEmptyState()
{
    CountryProfileView v;
    v.code = QStringLiteral("IS");
    v.name = QStringLiteral("Iceland");
    const QString html = ProfileRenderer::render(v, RenderOptions {});
    QVERIFY(html.contains(u"The library has no articles about Iceland yet."));
    QVERIFY(html.contains(u"No hotline is known for Iceland."));
    QVERIFY(!html.contains(u"<svg"));
    QVERIFY(!html.contains(u"{{"));
}

void HtmlRenderTest::allHotlines_listsEveryHotline()
{
    QList<Hotline> hotlines = seedPage().hotlines;
    Hotline albania;
    albania.country = QStringLiteral("AL");
    albania.label = QStringLiteral("National hotline <24h>");
    albania.e164 = QStringLiteral("+3558001111");
    albania.display = QStringLiteral("0800 1111");
    albania.source = QStringLiteral("From the leaflet of the State Police");
    albania.asOf = PartialDate::ofYear(2024);
    hotlines << albania;
    QHash<QString, QString> names { { QStringLiteral("RS"), QStringLiteral("Serbia") },
        { QStringLiteral("AL"), QStringLiteral("Albania") } };
    const QString html = ProfileRenderer::renderAllHotlines(hotlines, names, RenderOptions {});
    QVERIFY(html.contains(u"2 hotlines in 2 countries"));
    QVERIFY(html.indexOf(u">Albania</a>") < html.indexOf(u">Serbia</a>"));
    QVERIFY(html.contains(u"National hotline &lt;24h&gt;"));
    QVERIFY(html.contains(
        u"From the leaflet of the State Police; its reports run to 2024, which is not a check of the number."));
    QVERIFY(html.contains(u"href=\"vigil://copy/+3558001111\""));
    QVERIFY(forbiddenIn(html).isEmpty());
    QVERIFY(ProfileRenderer::renderAllHotlines({}, {}, RenderOptions {}).contains(u"No hotline is known."));

    // A page's number that did not validate, and one the reader added: each says so,
    // the first has nothing to copy, and what the reader typed is escaped.
    Hotline unverified;
    unverified.country = QStringLiteral("RS");
    unverified.label = QStringLiteral("SOS hotline");
    unverified.display = QStringLiteral("+381 12");
    Hotline mine;
    mine.country = QStringLiteral("XK");
    mine.label = QStringLiteral("Line <script>");
    mine.e164 = QStringLiteral("+38328012345");
    mine.display = QStringLiteral("+383 28 012 345");
    mine.notes = QStringLiteral("<img src=x> & more");
    mine.source = QStringLiteral("A leaflet");
    mine.addedByUser = true;
    const QString marked = ProfileRenderer::renderAllHotlines({ unverified, mine }, names, RenderOptions {});
    QVERIFY(marked.contains(u"+381 12</span> <span class=\"not-verified\">(not verified"));
    QVERIFY(!marked.contains(u"vigil://copy/+381"));
    QVERIFY(marked.contains(u"<span class=\"added-by-user\">(added by you)</span>"));
    QVERIFY(marked.contains(u"Notes: &lt;img src=x&gt; &amp; more"));
    QVERIFY(marked.contains(u"Line &lt;script&gt;"));
    QVERIFY(marked.contains(u"Source, as you gave it: A leaflet."));
    QVERIFY(forbiddenIn(marked).isEmpty());
}

QTEST_GUILESS_MAIN(HtmlRenderTest)
#include "htmlrender_test.moc"
