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

public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void appLinkActivated(const QUrl &url);
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Vigil::Ui
