#include "detailpane.h"

#include "detailview.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLibrary>
#include <QTimer>

namespace Vigil::Ui {

namespace {
constexpr qreal minZoom = 0.5;
constexpr qreal maxZoom = 3.0;
constexpr qreal zoomStep = 0.1;
bool webViewEnabled = true;
QString &modulePathOverride()
{
    static QString path;
    return path;
}

// Beside the program (build tree, unpacked archive, Windows), then in the
// private library folder of an install.
QStringList moduleCandidates()
{
    if (!modulePathOverride().isEmpty())
        return { modulePathOverride() };
    const QDir app(QCoreApplication::applicationDirPath());
    QStringList list { app.filePath(QStringLiteral("vigil_webview")),
        app.filePath(QStringLiteral("../lib/vigil/vigil_webview")),
        app.filePath(QStringLiteral("../PlugIns/vigil_webview")) };
#ifdef VIGIL_INSTALL_MODULEDIR
    list << QDir(QStringLiteral(VIGIL_INSTALL_MODULEDIR)).filePath(QStringLiteral("vigil_webview"));
#endif
    return list;
}
} // namespace

void DetailPane::setWebViewEnabled(bool enabled)
{
    webViewEnabled = enabled;
}

void DetailPane::setModulePath(const QString &path)
{
    modulePathOverride() = path;
}

DetailPane::DetailPane(QWidget *parent)
    : QStackedWidget(parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setFocusPolicy(Qt::StrongFocus); // Ctrl+3 reaches the pane before its first document
    m_placeholder->setMargin(24);
    m_placeholder->setText(tr("Choose a country or an article to read it here."));
    m_placeholder->installEventFilter(this);
    addWidget(m_placeholder);
}

DetailPane::~DetailPane()
{
    // The view reports to this pane through callbacks: it goes first.
    delete viewWidget();
    m_view = nullptr;
}

namespace {

// Qt WebEngine, loaded after the QApplication on purpose (webdetailview.cpp says
// why), warns that it wanted Qt::AA_ShareOpenGLContexts before, and Qt warns when
// the module then sets it. The module makes the shared context those warnings are
// about, so these two, and only these, are held back.
QtMessageHandler previousHandler = nullptr;

void holdBackLateWebEngineWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("Qt WebEngine seems to be initialized from a plugin"))
            || message.startsWith(QLatin1String("Attribute Qt::AA_ShareOpenGLContexts must be set before")))) {
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

void filterLateWebEngineWarnings()
{
    static const bool installed = (previousHandler = qInstallMessageHandler(&holdBackLateWebEngineWarnings), true);
    Q_UNUSED(installed);
}

} // namespace

bool DetailPane::ensureView()
{
    if (m_view)
        return true;
    if (!m_loadError.isEmpty())
        return false;
    filterLateWebEngineWarnings();
    CreateDetailViewFunction createView = nullptr;
    QStringList errors;
    for (const QString &candidate : moduleCandidates()) {
        QLibrary module(candidate);
        createView = reinterpret_cast<CreateDetailViewFunction>(module.resolve(createDetailViewSymbol));
        if (createView)
            break;
        errors << module.errorString();
    }
    if (!createView) {
        m_loadError = tr("The reading pane could not start: its module was not found (%1). Reinstall Vigil.")
                          .arg(errors.value(0));
        return false;
    }
    DetailView::Callbacks callbacks;
    callbacks.appLinkActivated = [this](const QUrl &url) { emit appLinkActivated(url); };
    callbacks.externalLinkActivated = [this](const QUrl &url) { emit externalLinkActivated(url); };
    callbacks.contextMenuRequested = [this](const QPoint &at) { emit contextMenuRequested(at); };
    callbacks.documentLoaded = [this](bool ok) {
        // The first document takes Chromium's start-up: the placeholder said so
        // until now.
        if (m_view && currentWidget() != m_view->widget())
            setCurrentWidget(m_view->widget());
        emit documentLoaded(ok);
    };
    // With the GPU renderer (the user's choice, webdetailview.cpp), the first
    // OpenGL view makes Qt create the window's native window anew, and the new
    // one is not the active window: a keyboard user would be left
    // without focus (a later launch's --country arrives that way too).
    QWidget *top = window();
    const bool wasActive = top && top->isActiveWindow();
    m_view = createView(this, callbacks);
    m_view->setZoomFactor(m_zoom);
    addWidget(m_view->widget());
    if (wasActive) {
        QTimer::singleShot(0, top, [top]() {
            if (top->isVisible() && !top->isActiveWindow())
                top->activateWindow();
        });
    }
    return true;
}

void DetailPane::showHtml(const QString &html)
{
    m_html = html;
    if (!webViewEnabled) {
        m_waitingForPaint = false;
        setPlaceholderText(html.section(QStringLiteral("<title>"), 1).section(QStringLiteral("</title>"), 0, 0));
        return;
    }
    if (!m_view && !m_painted) {
        // Starting Qt WebEngine holds this thread for hundreds of milliseconds. A
        // start that shows a document at once (--country, --open, a restored
        // session) would keep the window off screen all that time: it is painted
        // first, with the hotline bar and the list already real, and the document
        // follows (eventFilter). A later document before then replaces this one.
        m_waitingForPaint = true;
        setPlaceholderText(tr("Opening the reading pane…"));
        return;
    }
    const bool starting = !m_view;
    if (!ensureView()) {
        showMessage(m_loadError);
        return;
    }
    m_view->showHtml(html);
    if (starting)
        setPlaceholderText(tr("Opening the reading pane…"));
    else
        setCurrentWidget(m_view->widget());
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_placeholder && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued, so that this paint reaches the screen before the wait; the
        // window's own paint came before this one, with what it queued
        // (the start-up probe's report) ahead of this.
        if (m_waitingForPaint)
            QTimer::singleShot(0, this, &DetailPane::startView);
    }
    return QStackedWidget::eventFilter(watched, event);
}

void DetailPane::startView()
{
    if (!m_waitingForPaint)
        return;
    m_waitingForPaint = false;
    showHtml(m_html);
}

void DetailPane::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    setCurrentWidget(m_placeholder);
}

void DetailPane::expectDocument()
{
    if (!m_view)
        setPlaceholderText(tr("Opening the reading pane…"));
}

void DetailPane::showMessage(const QString &text)
{
    // What is said now replaces the document, also one still waiting to be shown.
    m_waitingForPaint = false;
    m_html.clear();
    setPlaceholderText(text);
}

void DetailPane::blank()
{
    m_waitingForPaint = false;
    m_html.clear();
    m_placeholder->clear();
    setCurrentWidget(m_placeholder);
    if (m_view)
        m_view->blank();
}

void DetailPane::focusDocument()
{
    // The web view hands focus on to the widget Chromium draws in.
    if (QWidget *current = currentWidget())
        current->setFocus(Qt::ShortcutFocusReason);
}

QWidget *DetailPane::viewWidget() const
{
    return m_view ? m_view->widget() : nullptr;
}

int DetailPane::blockedRequests() const
{
    return m_view ? m_view->blockedRequests() : 0;
}

bool DetailPane::hasSelection() const
{
    return m_view && currentWidget() == m_view->widget() && m_view->hasSelection();
}

void DetailPane::copySelection()
{
    if (hasSelection())
        m_view->copySelection();
}

void DetailPane::selectAll()
{
    if (m_view && currentWidget() == m_view->widget())
        m_view->selectAll();
}

void DetailPane::setZoomFactor(qreal factor)
{
    factor = qBound(minZoom, factor, maxZoom);
    if (qFuzzyCompare(factor, m_zoom))
        return;
    m_zoom = factor;
    if (m_view)
        m_view->setZoomFactor(m_zoom);
    emit zoomChanged(m_zoom);
}

void DetailPane::zoomIn()
{
    setZoomFactor(m_zoom + zoomStep);
}

void DetailPane::zoomOut()
{
    setZoomFactor(m_zoom - zoomStep);
}

void DetailPane::resetZoom()
{
    setZoomFactor(1.0);
}

} // namespace Vigil::Ui
