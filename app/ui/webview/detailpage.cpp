#include "detailpage.h"

#include "contentscheme.h"

namespace Vigil::Ui {

bool DetailPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const QString scheme = url.scheme();
    if (scheme.toLatin1() == contentScheme.toByteArray()) {
        // Documents the pane publishes load; the app's commands are handled by it.
        if (url.host() == u"content" && type != NavigationTypeLinkClicked)
            return isMainFrame;
        if (type == NavigationTypeLinkClicked)
            emit appLinkActivated(url);
        return false;
    }
    if ((scheme == u"http" || scheme == u"https") && type == NavigationTypeLinkClicked)
        emit externalLinkActivated(url);
    return false; // javascript:, data:, file: and anything unknown: never followed
}

QWebEnginePage *DetailPage::createWindow(WebWindowType)
{
    ++m_windowRequests;
    return nullptr;
}

void DetailPage::javaScriptAlert(const QUrl &, const QString &)
{
    ++m_scriptDialogs;
}

bool DetailPage::javaScriptConfirm(const QUrl &, const QString &)
{
    ++m_scriptDialogs;
    return false;
}

bool DetailPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    ++m_scriptDialogs;
    return false;
}

} // namespace Vigil::Ui
