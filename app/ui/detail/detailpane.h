#pragma once

#include <QPointer>
#include <QStackedWidget>
#include <QUrl>

class QLabel;
class QWebEngineView;

namespace Vigil::Ui {

class DetailPage;
class WebProfile;

// The right-hand pane. Qt WebEngine is started only when the first document is
// shown, so the window is on screen before Chromium loads; until then a light
// placeholder stands in.
class DetailPane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void showHtml(const QString &html);
    // Test seam: widget tests run offscreen, where Chromium may not start; with the
    // web view off, documents are kept but only their title is shown.
    static void setWebViewEnabled(bool enabled);
    QString currentHtml() const { return m_html; }
    void showMessage(const QString &text);
    bool hasWebView() const { return m_view != nullptr; }
    QWebEngineView *webView() const { return m_view; }
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
    void ensureView();

    QLabel *m_placeholder = nullptr;
    WebProfile *m_profile = nullptr;
    DetailPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    qreal m_zoom = 1.0;
    QString m_html;
};

} // namespace Vigil::Ui
