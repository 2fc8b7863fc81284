#pragma once

#include <QObject>

class QWebEngineProfile;

namespace Vigil::Ui {

class ContentSchemeHandler;
class RequestInterceptor;

// The one owner of the detail pane's web profile: off the record, memory cache
// only, no persistent cookies, no spell-check, the app's scheme handler and the
// interceptor that blocks every other request.
class WebProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebProfile)

public:
    explicit WebProfile(QObject *parent = nullptr);
    ~WebProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    ContentSchemeHandler *content() const { return m_content; }
    int blockedRequests() const;

private:
    QWebEngineProfile *m_profile = nullptr;
    ContentSchemeHandler *m_content = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
};

} // namespace Vigil::Ui
