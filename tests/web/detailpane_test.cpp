#include "content/articlerenderer.h"
#include "content/profilerenderer.h"
#include "detail/detailpane.h"
#include "import/pageparser.h"
#include "testsupport.h"
#include "webpagesupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtTest>

using namespace Vigil;
using Vigil::Test::plainText;
using Vigil::Test::runInAppWorld;

namespace {

const Core::Article *findArticle(const Core::Page &page, const QString &prefix)
{
    for (const Core::Article &a : page.articles) {
        if (a.title.startsWith(prefix))
            return &a;
    }
    return nullptr;
}

} // namespace

class DetailPaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void article_rendersItsText();
    void profile_showsHotline();
    void profileCharts_labelsAreReadableAndApart();
    void liveSettings_areLockedDown();
    void requestsToTheNetwork_areBlocked();
    void appLinks_reachTheApp();
    void blank_leavesNothingOfTheDocument();

private:
    Core::Page m_page;
};

void DetailPaneTest::initTestCase()
{
    const Core::PageParser::Result r = Core::PageParser(Test::referenceData()).parseFile(Test::seedPagePath());
    QVERIFY(r.ok);
    m_page = r.page;
}

void DetailPaneTest::article_rendersItsText()
{
    Ui::DetailPane pane;
    pane.resize(800, 600);
    pane.show();
    QVERIFY(!pane.hasWebView()); // nothing of Chromium until a document is shown
    const Core::Article *a = findArticle(m_page, QStringLiteral("A Legal Analysis"));
    QVERIFY(a);
    Core::RenderOptions options;
    options.fairUse = m_page.fairUse;
    options.pageCitation = m_page.citation;
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(Core::ArticleRenderer::render(*a, options));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), true);
    const QString text = plainText(pane.webView()->page());
    QVERIFY2(text.contains(QStringLiteral("A Legal Analysis of Trafficking in Persons Cases in Kosovo")),
        qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("EXECUTIVE SUMMARY")));
    QVERIFY(text.contains(QStringLiteral("October 2007")));
    QVERIFY(text.contains(QStringLiteral("fair use")));
    QCOMPARE(pane.blockedRequests(), 0);
}

void DetailPaneTest::profile_showsHotline()
{
    Ui::DetailPane pane;
    pane.show();
    Core::CountryProfileView view;
    view.code = QStringLiteral("RS");
    view.name = QStringLiteral("Serbia");
    view.profiles << m_page.profiles.first();
    view.hotlines = m_page.hotlines;
    view.caution = m_page.caution;
    view.articleCount = 16;
    view.articlesByYear = { { 2004, 2 }, { 2006, 3 } };
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(Core::ProfileRenderer::render(view, {}));
    QVERIFY(loaded.wait(30000));
    const QString text = plainText(pane.webView()->page());
    QVERIFY(text.contains(QStringLiteral("Republic of Serbia")));
    QVERIFY(text.contains(QStringLiteral("+381 11 3347817")));
    QVERIFY(text.contains(QStringLiteral("The World Factbook")));
}

// Measured in Chromium, with the fonts of this machine: at zoom 1 every label
// and count of the profile's charts is drawn at 12 px or more, in a narrow pane
// as in a wide one, and no two of them meet.
void DetailPaneTest::profileCharts_labelsAreReadableAndApart()
{
    Core::CountryProfileView view;
    view.code = QStringLiteral("RS");
    view.name = QStringLiteral("Serbia");
    view.articleCount = 400;
    for (int year = 1999; year <= 2025; ++year)
        view.articlesByYear.insert(year, (year * 31) % 97);
    int n = 1;
    QHash<QString, QString> labels;
    for (const Core::Topic &t : Test::referenceData().topics()) {
        view.articlesByTopic.append({ t.id, n * 7 });
        labels.insert(t.id, t.label);
        ++n;
    }
    Core::RenderOptions options;
    options.topicLabels = labels;
    const QString html = Core::ProfileRenderer::render(view, options);

    Ui::DetailPane pane;
    QCOMPARE(pane.zoomFactor(), 1.0);
    pane.show();
    for (const int width : { 420, 900 }) {
        pane.resize(width, 700);
        QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
        pane.showHtml(html);
        QVERIFY(loaded.wait(30000));
        const QVariantMap m = runInAppWorld(pane.webView()->page(), QStringLiteral(R"(
            (function () {
              var smallest = 1000, labels = 0, meets = [];
              var charts = document.querySelectorAll('svg.chart');
              for (var c = 0; c < charts.length; ++c) {
                var svg = charts[c];
                var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                var texts = svg.querySelectorAll('text'), boxes = [];
                for (var i = 0; i < texts.length; ++i) {
                  var size = parseFloat(getComputedStyle(texts[i]).fontSize) * scale;
                  smallest = Math.min(smallest, size);
                  boxes.push(texts[i].getBoundingClientRect());
                  ++labels;
                }
                for (var a = 0; a < boxes.length; ++a)
                  for (var b = a + 1; b < boxes.length; ++b)
                    if (boxes[a].left < boxes[b].right && boxes[b].left < boxes[a].right
                        && boxes[a].top < boxes[b].bottom && boxes[b].top < boxes[a].bottom)
                      meets.push(texts[a].textContent + ' / ' + texts[b].textContent);
              }
              return { charts: charts.length, labels: labels, smallest: smallest, meets: meets.join(', ') };
            })())"))
                                  .toMap();
        const QString context = QStringLiteral("pane %1 px: %2 charts, %3 labels, smallest %4 px, meeting: %5")
                                    .arg(width)
                                    .arg(m.value(QStringLiteral("charts")).toInt())
                                    .arg(m.value(QStringLiteral("labels")).toInt())
                                    .arg(m.value(QStringLiteral("smallest")).toDouble())
                                    .arg(m.value(QStringLiteral("meets")).toString());
        QVERIFY2(m.value(QStringLiteral("charts")).toInt() == 2, qPrintable(context));
        QVERIFY2(m.value(QStringLiteral("labels")).toInt() > 20, qPrintable(context));
        QVERIFY2(m.value(QStringLiteral("smallest")).toDouble() >= 12.0, qPrintable(context));
        QVERIFY2(m.value(QStringLiteral("meets")).toString().isEmpty(), qPrintable(context));
    }
}

void DetailPaneTest::liveSettings_areLockedDown()
{
    Ui::DetailPane pane;
    pane.show();
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(QStringLiteral("<html><body>x</body></html>"));
    QVERIFY(loaded.wait(30000));
    QWebEnginePage *page = pane.webView()->page();
    QVERIFY(page->profile()->isOffTheRecord());
    QCOMPARE(page->profile()->httpCacheType(), QWebEngineProfile::MemoryHttpCache);
    QCOMPARE(page->profile()->persistentCookiesPolicy(), QWebEngineProfile::NoPersistentCookies);
    QVERIFY(!page->profile()->isSpellCheckEnabled());
    QWebEngineSettings *s = page->settings();
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::PluginsEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::NavigateOnDropEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::AutoLoadIconsForPage));
    QVERIFY(!s->testAttribute(QWebEngineSettings::DnsPrefetchEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::SpatialNavigationEnabled));
}

void DetailPaneTest::requestsToTheNetwork_areBlocked()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(listener.serverPort());
    // Raw markup, not the renderer's: what the two layers are for if escaping ever
    // failed. First layer: local content may not reach remote URLs at all.
    const QString hostile = QStringLiteral("<html><head><link rel=stylesheet href='%1a.css'></head><body>"
                                           "<img src='%1b.png'><iframe src='%1c'></iframe>"
                                           "<script src='%1d.js'></script><p>literal</p></body></html>")
                                .arg(base);
    Ui::DetailPane pane;
    pane.show();
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(hostile);
    QVERIFY(loaded.wait(30000));
    QTest::qWait(500);
    QVERIFY(!listener.waitForNewConnection(200));

    // Second layer: with the first one switched off, the interceptor still blocks
    // and counts every request.
    pane.webView()->page()->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    loaded.clear();
    pane.showHtml(hostile);
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(pane.blockedRequests() >= 2, 10000);
    QTest::qWait(500);
    QVERIFY(!listener.waitForNewConnection(200));
    QVERIFY(plainText(pane.webView()->page()).contains(QStringLiteral("literal")));
}

void DetailPaneTest::appLinks_reachTheApp()
{
    Ui::DetailPane pane;
    pane.show();
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    QSignalSpy app(&pane, &Ui::DetailPane::appLinkActivated);
    QSignalSpy external(&pane, &Ui::DetailPane::externalLinkActivated);
    pane.showHtml(QStringLiteral("<html><body><a id=t href='vigil://filter/topic/child-labour'>topic</a>"
                                 "<a id=w href='https://example.org/'>web</a>"
                                 "<a id=j href='javascript:document.title=1'>js</a>"
                                 "<a id=f href='file:///etc/passwd'>file</a></body></html>"));
    QVERIFY(loaded.wait(30000));
    const QUrl before = pane.webView()->url();
    for (const QString &id : { QStringLiteral("t"), QStringLiteral("w"), QStringLiteral("j"), QStringLiteral("f") })
        runInAppWorld(pane.webView()->page(), QStringLiteral("document.getElementById('%1').click()").arg(id));
    QTRY_COMPARE(app.size(), 1);
    QCOMPARE(app.first().first().toUrl(), QUrl(QStringLiteral("vigil://filter/topic/child-labour")));
    QTRY_COMPARE(external.size(), 1);
    QTest::qWait(300);
    QCOMPARE(pane.webView()->url(), before); // nothing was followed inside the pane
}

void DetailPaneTest::blank_leavesNothingOfTheDocument()
{
    // Quick exit blanks the pane: nothing of the article stays on screen, in the
    // page, or among the documents the pane would serve again.
    Ui::DetailPane pane;
    pane.show();
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(
        QStringLiteral("<html><head><title>Shelter address</title></head><body>12 Secret Street</body></html>"));
    QVERIFY(loaded.wait(30000));
    const QUrl shown = pane.webView()->url();
    QVERIFY(plainText(pane.webView()->page()).contains(QStringLiteral("12 Secret Street")));

    loaded.clear();
    pane.blank();
    QVERIFY(pane.currentHtml().isEmpty());
    QVERIFY(pane.currentWidget() != pane.viewWidget()); // at once, before Chromium has loaded anything
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(plainText(pane.webView()->page()), QString());
    QVERIFY(!pane.webView()->title().contains(QStringLiteral("Shelter")));

    // The earlier document is gone from the scheme, not just out of sight.
    loaded.clear();
    pane.webView()->load(shown);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!plainText(pane.webView()->page()).contains(QStringLiteral("12 Secret Street")));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Vigil::Ui::DetailPane::setModulePath(QStringLiteral(VIGIL_WEBVIEW_MODULE));
    DetailPaneTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "detailpane_test.moc"
