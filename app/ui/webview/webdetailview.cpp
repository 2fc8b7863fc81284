#include "webdetailview.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QWebEngineHistory>
#if QT_CONFIG(opengl)
#include <QOpenGLContext>
#endif

#include "contentscheme.h"
#include "contentschemehandler.h"
#include "detailpage.h"
#include "webprofile.h"

namespace Vigil::Ui {

WebDetailView::WebDetailView(QWidget *parent, const Callbacks &callbacks)
    : QWebEngineView(parent)
    , m_profile(new WebProfile(this))
{
    setObjectName(QStringLiteral("detailWebView"));
    // Vigil's own menu (MainWindow), never Chromium's: no "View source", "Save
    // page" or "Reload" that would reach past the locked-down profile.
    setContextMenuPolicy(Qt::CustomContextMenu);
    // A file dropped on the article is an import for the window, never a page
    // for the view to open.
    setAcceptDrops(false);
    connect(this, &QWidget::customContextMenuRequested, this, [this, callbacks](const QPoint &at) {
        if (callbacks.contextMenuRequested)
            callbacks.contextMenuRequested(mapToGlobal(at));
    });
    setFocusPolicy(Qt::StrongFocus);
    m_page = new DetailPage(m_profile->profile(), this);
    setPage(m_page);
    connect(m_page, &DetailPage::appLinkActivated, this, [callbacks](const QUrl &url) {
        if (callbacks.appLinkActivated)
            callbacks.appLinkActivated(url);
    });
    connect(m_page, &DetailPage::externalLinkActivated, this, [callbacks](const QUrl &url) {
        if (callbacks.externalLinkActivated)
            callbacks.externalLinkActivated(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this, callbacks](bool ok) {
        // Back and Forward are Vigil's (MainWindow): the page keeps no history
        // of its own that a mouse button or key could walk into.
        m_page->history()->clear();
        if (callbacks.documentLoaded)
            callbacks.documentLoaded(ok);
    });
}

WebDetailView::~WebDetailView()
{
    // The page must go before the profile it belongs to.
    delete m_page;
    m_page = nullptr;
}

void WebDetailView::showHtml(const QString &html)
{
    load(m_profile->content()->publish(html));
}

void WebDetailView::blank()
{
    m_profile->content()->forgetAll();
    load(m_profile->content()->publish(QString()));
}

int WebDetailView::blockedRequests() const
{
    return m_profile->blockedRequests();
}

} // namespace Vigil::Ui

#if QT_CONFIG(opengl)
QT_BEGIN_NAMESPACE
// Qt's own, exported by Qt GUI and declared the same way by Qt WebEngine.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE
#endif

namespace {

// The reading pane shows still documents: text, a chart, no video or WebGL. Qt
// Quick's software renderer draws them, and Chromium composites in software,
// unless the user has chosen a renderer (QT_QUICK_BACKEND). So no OpenGL driver
// is loaded for reading: no GPU process, no shader compiled or cached (a cache
// would tell that Vigil ran), no driver fault that blanks the pane on an old
// laptop, and the first document comes sooner with less memory (the README's
// start-up figures).
void chooseSoftwareRendering()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") && qEnvironmentVariableIsEmpty("QMLSCENE_DEVICE"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

// graphicsApi() names the GPU interface Qt would use, software or not.
bool drawsInSoftware()
{
    return QQuickWindow::sceneGraphBackend() == QLatin1String("software");
}

// With OpenGL, chosen by the user, Qt WebEngine draws with contexts shared with
// Qt's global one. Asked for with Qt::AA_ShareOpenGLContexts before the
// QApplication exists, Qt makes that context at once, and with it loads the
// OpenGL driver: 50 MiB more at start-up where the driver is software (Mesa's
// llvmpipe, as under Xvfb or in a virtual machine). Made here, the first time a
// document is shown, it is paid for only by those who read, and after the
// window is up.
void ensureSharedOpenGLContext()
{
#if QT_CONFIG(opengl)
    if (qt_gl_global_share_context())
        return;
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    auto *context = new QOpenGLContext(qApp);
    // Drawing in software, nothing draws with it, but Qt WebEngine 6.4 reads
    // its format at start-up all the same: it is there, never made.
    if (!drawsInSoftware())
        context->create();
    qt_gl_set_global_share_context(context);
#endif
}

} // namespace

extern "C" Q_DECL_EXPORT Vigil::Ui::DetailView *vigil_create_detail_view(
    QWidget *parent, const Vigil::Ui::DetailView::Callbacks &callbacks)
{
    chooseSoftwareRendering();
    ensureSharedOpenGLContext();
    // The scheme is registered here, before the first Qt WebEngine object, rather
    // than before the QApplication: this module is only loaded when needed.
    static const bool registered = (Vigil::Ui::registerContentScheme(), true);
    Q_UNUSED(registered);
    return new Vigil::Ui::WebDetailView(parent, callbacks);
}
