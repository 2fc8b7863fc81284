// The reader by keyboard alone, as a blind student or anyone without a mouse
// meets it, on the real window with the real reading pane: from launch to the
// hotline, to an article, through the article's links, and to About. Keys go
// through the window system's path (shortcuts, then the focused widget, then
// Chromium), not to widgets directly.
#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "dialogs/dialogseam.h"
#include "mainwindow/mainwindow.h"
#include "seedlibrary.h"
#include "webpagesupport.h"
#include "widgets/hotlinepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

using namespace Vigil;
using Vigil::Test::plainText;
using Vigil::Test::runInAppWorld;

namespace {

bool isInside(const QWidget *widget, const QWidget *container)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == container)
            return true;
    }
    return false;
}

QString focusName()
{
    const QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() + u'/' + QString::fromLatin1(w->metaObject()->className()) : QStringLiteral("(none)");
}

// Notes what the window shows when it is first painted.
class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(Ui::MainWindow *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }

    bool painted = false;
    bool hadWebView = false;
    QString hotline;
    QString readingPane;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            hadWebView = m_window->detailPane()->hasWebView();
            hotline = m_window->hotlinePanel()->accessibleName();
            readingPane = m_window->findChild<QLabel *>(QStringLiteral("detailPlaceholder"))->text();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Ui::MainWindow *m_window;
};

} // namespace

class KeyboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startWithACountry_windowPaintedBeforeChromium_focusStaysInSearch();
    void keyboardOnly_launchToHotlineToArticleToLinksToAbout();

private:
    QTemporaryDir m_dir;
    Core::LibraryConnection m_store;
};

void KeyboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("keyboard_test"));
    QString error;
    QVERIFY2(m_store.open(Test::buildSeedLibrary(m_dir.path()), Core::LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
}

void KeyboardTest::startWithACountry_windowPaintedBeforeChromium_focusStaysInSearch()
{
    // As `vigil --country RS` starts: the country is chosen before the window shows.
    Ui::DialogSeam dialogs;
    Ui::MainWindow window(&m_store, QString(), &dialogs);
    window.resize(1024, 700);
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QVERIFY(!window.detailPane()->hasWebView());
    FirstPaintWatcher firstPaint(&window);
    QSignalSpy loaded(window.detailPane(), &Ui::DetailPane::documentLoaded);
    window.show();
    window.activateWindow();

    // The first paint has the country's hotline in the bar and says the reading
    // pane is opening: Chromium has not started yet.
    QTRY_VERIFY(firstPaint.painted);
    QVERIFY(!firstPaint.hadWebView);
    QVERIFY2(firstPaint.hotline.contains(QStringLiteral("+381 11 3347817")), qPrintable(firstPaint.hotline));
    QCOMPARE(firstPaint.readingPane, QStringLiteral("Opening the reading pane…"));

    // Right after it, the profile.
    QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(!window.detailPane()->isOpening());
    QCOMPARE(window.detailPane()->currentWidget(), window.detailPane()->viewWidget());
    QTRY_VERIFY(plainText(window.detailPane()->webView()->page()).contains(QStringLiteral("Republic of Serbia")));
    // The keyboard is still where a start puts it, in an active window.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(QApplication::focusWidget(), window.filterBar()->searchField());
}

void KeyboardTest::keyboardOnly_launchToHotlineToArticleToLinksToAbout()
{
    Ui::DialogSeam dialogs;
    Ui::MainWindow window(&m_store, QString(), &dialogs);
    window.resize(1024, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The window's native window is made anew when the reading pane's OpenGL
    // view first joins it: ask for it each time.
    const auto keys = [&window]() { return window.windowHandle(); };

    // Launch: the keyboard is in the search field, and it shows.
    QTRY_COMPARE(QApplication::focusWidget(), window.filterBar()->searchField());

    // Ctrl+1, then type the country's name: the tree finds it, the bar shows its hotline.
    QTest::keyClick(keys(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("countryTreeView/QTreeView"));
    for (const char letter : { 'S', 'e', 'r', 'b' })
        QTest::keyClick(keys(), letter);
    QTRY_COMPARE(window.currentCountry(), QStringLiteral("RS"));
    // The profile comes from the search worker; Chromium joins the window with it.
    QTRY_VERIFY(window.detailPane()->hasWebView());
    QVERIFY(QTest::qWaitForWindowActive(keys()));
    QVERIFY2(window.hotlinePanel()->accessibleName().contains(QStringLiteral("+381 11 3347817")),
        qPrintable(window.hotlinePanel()->accessibleName()));
    // Alt+C, the bar's Copy button.
    QTest::keyClick(keys(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+381 11 3347817"));

    // Ctrl+2: the list. Arrows move without opening; Enter opens.
    QTest::keyClick(keys(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("articleListView/QTableView"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->model()->rowCount() > 1);
    QTest::keyClick(keys(), Qt::Key_Down);
    QTest::keyClick(keys(), Qt::Key_Down);
    QCOMPARE(window.currentArticleId(), 0); // the country's profile is still shown
    QSignalSpy loaded(window.detailPane(), &Ui::DetailPane::documentLoaded);
    QTest::keyClick(keys(), Qt::Key_Return);
    QVERIFY(window.currentArticleId() != 0);
    QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
    // Tab leaves the list rather than walking its cells.
    QTest::keyClick(keys(), Qt::Key_Tab);
    QVERIFY2(!isInside(QApplication::focusWidget(), list), qPrintable(focusName()));

    // Ctrl+3: into the document, where Page Down, End and Home scroll.
    QTest::keyClick(keys(), Qt::Key_3, Qt::ControlModifier);
    QWebEngineView *web = window.detailPane()->webView();
    QVERIFY(web);
    QVERIFY2(isInside(QApplication::focusWidget(), web), qPrintable(focusName()));
    QWebEnginePage *page = web->page();
    // Read from the document: drawn in software, Qt WebEngine does not report
    // QWebEnginePage::scrollPosition.
    const auto scrolled = [page]() { return runInAppWorld(page, QStringLiteral("window.scrollY")).toDouble(); };
    QCOMPARE(scrolled(), 0.0);
    QTest::keyClick(keys(), Qt::Key_PageDown);
    QTRY_VERIFY(scrolled() > 100);
    const qreal afterPageDown = scrolled();
    QTest::keyClick(keys(), Qt::Key_End);
    QTRY_VERIFY(scrolled() > afterPageDown);
    QTest::keyClick(keys(), Qt::Key_Home);
    QTRY_COMPARE(scrolled(), 0.0);

    // Tab walks the article's links, one after the other.
    QTest::keyClick(keys(), Qt::Key_Tab);
    QTRY_COMPARE(runInAppWorld(page, QStringLiteral("document.activeElement.tagName")).toString(), QStringLiteral("A"));
    const QString first = runInAppWorld(page, QStringLiteral("document.activeElement.href")).toString();
    QTest::keyClick(keys(), Qt::Key_Tab);
    QTRY_VERIFY(runInAppWorld(page, QStringLiteral("document.activeElement.href")).toString() != first);
    QCOMPARE(runInAppWorld(page, QStringLiteral("document.activeElement.tagName")).toString(), QStringLiteral("A"));
    // And the focused link is drawn with an outline, not left to guesswork.
    QTRY_VERIFY(runInAppWorld(page, QStringLiteral("getComputedStyle(document.activeElement).outlineStyle")).toString()
        != QStringLiteral("none"));

    // Alt+H, A: Help ▸ About Vigil, even from inside the page.
    QString aboutSeen;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &window, [&]() {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            aboutSeen = modal->objectName();
            modal->close();
            poll.stop();
        }
    });
    poll.start();
    // The page gets the key first and hands back what it does not use, from
    // Chromium's process: on a machine busy with other tests that round trip has
    // taken over five seconds (QTRY's default), so the menu is given longer.
    QTest::keyClick(keys(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activePopupWidget(), 30000);
    QTest::keyClick(QApplication::activePopupWidget()->windowHandle(), Qt::Key_A);
    QTRY_COMPARE(aboutSeen, QStringLiteral("aboutDialog"));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Vigil::Ui::DetailPane::setModulePath(QStringLiteral(VIGIL_WEBVIEW_MODULE));
    KeyboardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "keyboard_test.moc"
