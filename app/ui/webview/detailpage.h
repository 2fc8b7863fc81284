#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Vigil::Ui {

// A page that follows no link by itself: the app's own links are reported to the
// pane, web links are offered to the system browser (after the user agrees), and
// everything else is refused. It opens no windows.
class DetailPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPage)
    // Test seam: how often content asked for a dialog or a window; with script off
    // these stay 0. Properties, because tests reach this class across the module
    // boundary, by name.
    Q_PROPERTY(int scriptDialogs READ scriptDialogs)
    Q_PROPERTY(int windowRequests READ windowRequests)

public:
    using QWebEnginePage::QWebEnginePage;
    int scriptDialogs() const { return m_scriptDialogs; }
    int windowRequests() const { return m_windowRequests; }

signals:
    void appLinkActivated(const QUrl &url);
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    // No dialog is ever shown for content (the defaults would open message boxes).
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(
        const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result) override;

private:
    int m_scriptDialogs = 0;
    int m_windowRequests = 0;
};

} // namespace Vigil::Ui
