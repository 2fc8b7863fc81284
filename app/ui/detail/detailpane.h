#pragma once

#include <QStackedWidget>
#include <QUrl>

#include <memory>

class QLabel;
class QWebEngineView;

namespace Vigil::Ui {

class DetailView;

// The right-hand pane. Qt WebEngine is loaded (as a module) and started only when
// the first document is shown, so the window is on screen before Chromium loads;
// until then a light placeholder stands in.
class DetailPane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void showHtml(const QString &html);
    void showMessage(const QString &text);
    // Quick exit: nothing of what was read stays on screen or in the pane; the
    // empty placeholder stands in at once, while the web view loads an empty page.
    void blank();
    // Ctrl+3: the keyboard goes into the document, where Page Down, Space,
    // Home and End scroll and Tab walks its links.
    void focusDocument();
    // Test seam: widget tests run offscreen, where Chromium may not start; with the
    // web view off, documents are kept but only their title is shown.
    static void setWebViewEnabled(bool enabled);
    // For a start that shows an article at once: loads the reading pane's module
    // on another thread while the window is built. The first document waits for it.
    static void preloadModule();
    // Where the web view module is, when not beside the program (tests).
    static void setModulePath(const QString &path);
    QString currentHtml() const { return m_html; }
    bool hasWebView() const { return m_view != nullptr; }
    // Defined in webview/detailpane_webview.cpp, for code that links Qt WebEngine.
    QWebEngineView *webView() const;
    QWidget *viewWidget() const;
    int blockedRequests() const;

    qreal zoomFactor() const { return m_zoom; }
    void setZoomFactor(qreal factor);
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void appLinkActivated(const QUrl &url);
    void externalLinkActivated(const QUrl &url);
    void documentLoaded(bool ok);
    void zoomChanged(qreal factor);

private:
    bool ensureView();

    QLabel *m_placeholder = nullptr;
    DetailView *m_view = nullptr; // a child widget: deleted with the pane
    QString m_loadError;
    qreal m_zoom = 1.0;
    QString m_html;
};

} // namespace Vigil::Ui
