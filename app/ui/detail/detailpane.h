#pragma once

#include <QStackedWidget>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;
class QWebEngineView;

namespace Vigil::Ui {

class DetailView;

// The right-hand pane. Qt WebEngine is loaded (as a module) and started only when
// the first document is shown, and never before the pane has first been painted,
// so the window is on screen before Chromium loads; until then a light
// placeholder stands in.
class DetailPane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // Before the pane's first paint (a start that shows a document at once), the
    // placeholder says the pane is opening and the document follows right after
    // that paint; later the view starts at once.
    void showHtml(const QString &html);
    void showMessage(const QString &text);
    // A document is on its way (read on a worker): before the first one, the
    // pane says it is opening rather than inviting a choice already made.
    void expectDocument();
    // Quick exit: nothing of what was read stays on screen or in the pane; the
    // empty placeholder stands in at once, while the web view loads an empty page.
    void blank();
    // Ctrl+3: the keyboard goes into the document, where Page Down, Space,
    // Home and End scroll and Tab walks its links.
    void focusDocument();
    // Test seam: widget tests run offscreen, where Chromium may not start; with the
    // web view off, documents are kept but only their title is shown.
    static void setWebViewEnabled(bool enabled);
    // Where the web view module is, when not beside the program (tests).
    static void setModulePath(const QString &path);
    QString currentHtml() const { return m_html; }
    // Whether a document waits for the pane's first paint.
    bool isOpening() const { return m_waitingForPaint; }
    bool hasWebView() const { return m_view != nullptr; }
    // Defined in webview/detailpane_webview.cpp, for code that links Qt WebEngine.
    QWebEngineView *webView() const;
    QWidget *viewWidget() const;
    int blockedRequests() const;

    // The document's selection; without a web view there is none.
    bool hasSelection() const;
    void copySelection();
    void selectAll();

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
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureView();
    void startView();
    void setPlaceholderText(const QString &text);

    QLabel *m_placeholder = nullptr;
    DetailView *m_view = nullptr; // a child widget: deleted with the pane
    QString m_loadError;
    qreal m_zoom = 1.0;
    QString m_html;
    bool m_painted = false; // the placeholder has been painted once
    bool m_waitingForPaint = false; // m_html is to be shown after that paint
};

} // namespace Vigil::Ui
