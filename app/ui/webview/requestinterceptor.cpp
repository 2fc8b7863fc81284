#include "requestinterceptor.h"

#include "contentscheme.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInterceptor, "vigil.ui.detail")

namespace Vigil::Ui {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Runs on Chromium's IO thread: touch nothing but the atomic counter.
    if (info.requestUrl().scheme().toLatin1() == contentScheme.toByteArray())
        return;
    info.block(true);
    m_blocked.fetchAndAddRelaxed(1);
    qCInfo(lcInterceptor) << "blocked a request for" << info.requestUrl().scheme() << "content";
}

} // namespace Vigil::Ui
