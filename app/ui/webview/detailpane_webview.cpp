// DetailPane::webView() for code that links Qt WebEngine itself (the tests); the
// application does not, so this is not part of vigil_ui.
#include "detail/detailpane.h"

#include <QWebEngineView>

namespace Vigil::Ui {

QWebEngineView *DetailPane::webView() const
{
    return qobject_cast<QWebEngineView *>(viewWidget());
}

} // namespace Vigil::Ui
