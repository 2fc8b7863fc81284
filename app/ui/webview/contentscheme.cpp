#include "contentscheme.h"

#include <QWebEngineUrlScheme>

namespace Vigil::Ui {

void registerContentScheme()
{
    QWebEngineUrlScheme scheme(contentScheme.toByteArray());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local: it may not be loaded from, or load, anything remote. Secure: no mixed-
    // content downgrades. No CORS: the pages fetch nothing.
    scheme.setFlags(
        QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace Vigil::Ui
