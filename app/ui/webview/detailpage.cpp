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
    return false;   // javascript:, data:, file: and anything unknown: never followed
}

QWebEnginePage *DetailPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Vigil::Ui
