// Hostile input in the real reading pane: every case of the corpus (each payload
// in each field of a page) is imported with the real importer, rendered as the
// app renders it and loaded in one DetailPane, whose Chromium then says what it
// parsed. Payload URLs point at a listener on 127.0.0.1 that must hear nothing.
#include "detail/detailpane.h"
#include "hostilecorpus.h"
#include "hostilepages.h"
#include "import/pageparser.h"
#include "testlibrary.h"
#include "testsupport.h"
#include "webpagesupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtTest>

using namespace Vigil;
using Vigil::Test::runInAppWorld;
using namespace Vigil::Test;

namespace {

const QString markerId = QStringLiteral("vigil-marker");
const QString markerText = QStringLiteral("intact");

// What Chromium made of the document, asked in the application's own world (runs
// with the page's script off): its title, the marker, and everything active it
// holds by its own parser's reading.
const QString inspectScript = QStringLiteral(R"JS((function () {
  var allowed = ['html','head','meta','title','style','body','main','article','header','footer','section','aside',
    'nav','h1','h2','h3','p','span','a','time','ul','li','div','dl','dt','dd','i','cite','blockquote','strong',
    'figure','figcaption','mark','svg','rect','text','g','line'];
  var bad = [];
  document.querySelectorAll('*').forEach(function (e) {
    var name = e.localName;
    if (allowed.indexOf(name) < 0) bad.push('<' + name + '>');
    for (var i = 0; i < e.attributes.length; ++i) {
      var a = e.attributes[i];
      if (/^on/i.test(a.name)) bad.push(name + ' ' + a.name);
      if (/^(src|srcset|srcdoc|data|action|formaction|poster|background|style|xlink:href|ping)$/i.test(a.name))
        bad.push(name + ' ' + a.name);
      if (a.name === 'href' && !/^vigil:\/\//.test(a.value)) bad.push(name + ' href=' + a.value.slice(0, 40));
      if (a.name === 'http-equiv' && !/^content-security-policy$/i.test(a.value)) bad.push('meta ' + a.value);
    }
  });
  var marker = document.getElementById('vigil-marker');
  return JSON.stringify({
    title: document.title, url: location.href, bad: bad, sheets: document.styleSheets.length,
    marker: marker ? marker.textContent : null, markers: document.querySelectorAll('#vigil-marker').length,
    text: document.body ? document.body.textContent : ''
  });
})())JS");

// The marker goes first in the body: payloads aim at it, and a clobbering copy
// of its id would come after it.
QString withMarker(QString html)
{
    // After the head: the stylesheet's comments mention <body> too.
    const qsizetype body = html.indexOf(QStringLiteral("<body"), html.indexOf(QStringLiteral("</head>")));
    const qsizetype open = body < 0 ? -1 : html.indexOf(u'>', body);
    if (open >= 0)
        html.insert(open + 1, QStringLiteral("<p id=\"%1\">%2</p>").arg(markerId, markerText));
    return html;
}

} // namespace

class HostilePaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_staysInertInThePane();
    void rawMarkup_isHeldByTheSecondLayer();
    void seam_countsDialogsWhenScriptRuns();
    void cleanupTestCase();

private:
    // Loads html in the pane and returns Chromium's reading of it; empty on failure.
    QJsonObject show(Ui::DetailPane &pane, const QString &html);

    QTcpServer m_listener;
    int m_connections = 0;
    QStringList m_heard;
    QTemporaryDir m_dir;
};

void HostilePaneTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    connect(&m_listener, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this,
                [this, socket]() { m_heard << QString::fromLatin1(socket->readAll().left(200)).section(u'\n', 0, 0); });
        }
    });
    // The listener must be able to hear, or its silence would prove nothing.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(probe.waitForConnected(5000));
    QTRY_COMPARE(m_connections, 1);
    probe.close();
    m_connections = 0;
}

QJsonObject HostilePaneTest::show(Ui::DetailPane &pane, const QString &html)
{
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(html);
    if (!loaded.wait(20000) || !loaded.first().first().toBool())
        return {};
    const QString json = runInAppWorld(pane.webView()->page(), inspectScript).toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

void HostilePaneTest::corpus_staysInertInThePane()
{
    QElapsedTimer timer;
    timer.start();
    Test::TestLibrary memory;
    QString error;
    QVERIFY2(memory.connection.open(QStringLiteral(":memory:"), Core::LibraryConnection::OpenMode::Create, &error),
        qPrintable(error));
    QVERIFY2(memory.importer.writeReferenceData(referenceData(), &error), qPrintable(error));
    const Core::PageParser parser(referenceData());

    Ui::DetailPane pane;
    pane.resize(900, 700);
    pane.show();
    // One page per payload with the payload in all its fields, so each document
    // the reader would see holds every case that shows there: every case is
    // loaded in its real document, in a sixth of the loads (the unit test takes
    // the fields one page each).
    const QList<QList<Hostile::Case>> pages = Hostile::casesByPayload(m_listener.serverPort());
    QStringList failures;
    qsizetype cases = 0;
    int documents = 0;
    for (const QList<Hostile::Case> &page : pages) {
        const QString path = m_dir.filePath(page.first().pageKey + u".txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page.first().text.toUtf8());
        file.close();
        const Core::PageParser::Result parsed = parser.parseFile(path);
        QFile::remove(path);
        QVERIFY2(parsed.ok && memory.importer.importPage(parsed.page, &error),
            qPrintable(page.first().name + parsed.error + error));
        for (const Hostile::Case &c : page) {
            const QString placed = Hostile::placementProblem(c, parsed.page);
            if (!placed.isEmpty())
                failures << c.name + u": " + placed;
        }
        QList<qint64> ids;
        for (const Core::Article &a : parsed.page.articles)
            ids << a.id;
        const Hostile::RenderedPage rendered = Hostile::renderFromLibrary(memory, parsed.page.key, ids);
        QVERIFY(rendered.articles.size() == 2);
        cases += page.size();

        // The featured article, the link collection, the country profile.
        for (int doc = 0; doc < 3; ++doc) {
            const QString html = doc < 2 ? rendered.articles.at(doc) : rendered.profile;
            const QString title = doc < 2 ? rendered.articleTitles.at(doc) : rendered.profileTitle;
            const QString label = QStringLiteral("%1 %2").arg(page.first().pageKey,
                QStringList { QStringLiteral("article"), QStringLiteral("links"), QStringLiteral("profile") }.at(doc));
            const QJsonObject seen = show(pane, withMarker(html));
            ++documents;
            if (seen.isEmpty()) {
                failures << label + u": the document did not load";
                continue;
            }
            if (seen.value(QStringLiteral("title")).toString() != title)
                failures << label + u": document.title is \"" + seen.value(QStringLiteral("title")).toString().left(80)
                        + u'"';
            if (seen.value(QStringLiteral("marker")).toString() != markerText
                || seen.value(QStringLiteral("markers")).toInt() != 1)
                failures << label + u": the marker changed";
            if (!seen.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("vigil://content/")))
                failures << label + u": the pane left the document for " + seen.value(QStringLiteral("url")).toString();
            if (seen.value(QStringLiteral("sheets")).toInt() != 1)
                failures << label + u": stylesheets other than ours";
            for (const QJsonValue &bad : seen.value(QStringLiteral("bad")).toArray())
                failures << label + u": Chromium parsed " + bad.toString();
            const QString text = seen.value(QStringLiteral("text")).toString();
            for (const Hostile::Case &c : page) {
                const int where = Hostile::onProfile(c.field) ? 2 : c.field == Hostile::Field::LinkLabel ? 1 : 0;
                if (where != doc)
                    continue;
                QStringList expected;
                if (Hostile::shown(c.field) == Hostile::Shown::Whole)
                    expected << Hostile::visibleText(c.field, c.payload);
                else if (Hostile::shown(c.field) == Hostile::Shown::Split)
                    expected = Hostile::visiblePieces(c.field, c.payload);
                for (const QString &piece : std::as_const(expected)) {
                    if (!text.contains(piece))
                        failures << c.name + u": the text does not show \"" + piece.left(80) + u'"';
                }
            }
        }
    }
    QWebEnginePage *page = pane.webView()->page();
    // Late requests (prefetch, refresh timers) get a moment to show themselves.
    QTest::qWait(1000);
    qInfo("%lld cases in %d documents loaded in one pane in %.1f s; %d connections, %d blocked requests, "
          "%d dialogs, %d windows",
        static_cast<long long>(cases), documents, timer.elapsed() / 1000.0, m_connections, pane.blockedRequests(),
        page->property("scriptDialogs").toInt(), page->property("windowRequests").toInt());
    QVERIFY(cases >= 300);
    QVERIFY2(failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 failures, first ones:\n").arg(failures.size()) + failures.mid(0, 30).join(u'\n')));
    QCOMPARE(page->property("scriptDialogs").toInt(), 0);
    QCOMPARE(page->property("windowRequests").toInt(), 0);
    // Inert documents ask for nothing: the interceptor had nothing to block.
    QCOMPARE(pane.blockedRequests(), 0);
    QVERIFY2(m_connections == 0, qPrintable(m_heard.join(u'\n')));
}

void HostilePaneTest::rawMarkup_isHeldByTheSecondLayer()
{
    // Were escaping ever to fail: every payload pasted unescaped into one document.
    // Script is off and remote URLs are refused, so nothing may run or leave.
    QString raw;
    const QStringList payloads = Hostile::payloads();
    for (qsizetype i = 0; i < payloads.size(); ++i)
        raw += QString(payloads.at(i))
                   .replace(QStringLiteral("{{URL}}"),
                       Hostile::urlFor(m_listener.serverPort(), QStringLiteral("raw%1").arg(i + 1)))
            + u'\n';
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><title>raw</title></head><body><p id=\"%1\">%2</p>%3</body></html>")
                             .arg(markerId, markerText, raw);
    Ui::DetailPane pane;
    pane.resize(900, 700);
    pane.show();
    const QJsonObject seen = show(pane, html);
    QVERIFY(!seen.isEmpty());
    QTest::qWait(2000);
    QWebEnginePage *page = pane.webView()->page();
    qInfo(
        "raw payloads: %d requests blocked by the interceptor, %d connections", pane.blockedRequests(), m_connections);
    QVERIFY(!seen.value(QStringLiteral("bad")).toArray().isEmpty()); // the markup did arrive live
    QCOMPARE(page->property("scriptDialogs").toInt(), 0);
    QCOMPARE(page->property("windowRequests").toInt(), 0);
    QCOMPARE(seen.value(QStringLiteral("marker")).toString(), markerText);
    QVERIFY2(m_connections == 0, qPrintable(m_heard.join(u'\n')));
    QVERIFY(
        runInAppWorld(page, QStringLiteral("location.href")).toString().startsWith(QStringLiteral("vigil://content/")));

    // With the first layer off, the interceptor alone must stop and count them.
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    QVERIFY(!show(pane, html).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(pane.blockedRequests() >= 10, 10000);
    QTest::qWait(2000);
    qInfo("interceptor alone: %d requests blocked, %d connections", pane.blockedRequests(), m_connections);
    QCOMPARE(page->property("scriptDialogs").toInt(), 0);
    QVERIFY2(m_connections == 0, qPrintable(m_heard.join(u'\n')));
}

void HostilePaneTest::seam_countsDialogsWhenScriptRuns()
{
    // With script switched on for this pane only, the counters must move: else
    // their zeros above would say nothing.
    Ui::DetailPane pane;
    pane.show();
    QVERIFY(!show(pane, QStringLiteral("<html><body>x</body></html>")).isEmpty());
    QWebEnginePage *page = pane.webView()->page();
    page->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    QVERIFY(!show(pane,
        QStringLiteral("<html><body><script>alert(1);confirm(2);prompt(3);window.open('about:blank');"
                       "</script></body></html>"))
                 .isEmpty());
    QTRY_COMPARE(page->property("scriptDialogs").toInt(), 3);
    QTRY_COMPARE(page->property("windowRequests").toInt(), 1);
}

void HostilePaneTest::cleanupTestCase()
{
    QTest::qWait(500);
    QVERIFY2(m_connections == 0, qPrintable(m_heard.join(u'\n')));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Vigil::Ui::DetailPane::setModulePath(QStringLiteral(VIGIL_WEBVIEW_MODULE));
    HostilePaneTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "hostilepane_test.moc"
