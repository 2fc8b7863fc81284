#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace Vigil::Ui {

// Lets through only the app's own scheme; blocks and counts everything else, so
// no request made by content ever leaves the machine.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked;
};

} // namespace Vigil::Ui
