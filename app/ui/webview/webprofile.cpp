#include "webprofile.h"

#include "contentscheme.h"
#include "contentschemehandler.h"
#include "requestinterceptor.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Vigil::Ui {

WebProfile::WebProfile(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_content(new ContentSchemeHandler(this))
    , m_interceptor(new RequestInterceptor(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(contentScheme.toByteArray(), m_content);

    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::SpatialNavigationEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

WebProfile::~WebProfile()
{
    // Pages must go before their profile; the pane deletes its view first.
    m_profile->removeAllUrlSchemeHandlers();
}

int WebProfile::blockedRequests() const
{
    return m_interceptor->blockedCount();
}

} // namespace Vigil::Ui
