#include "webdetailview.h"

#include "contentscheme.h"
#include "contentschemehandler.h"
#include "detailpage.h"
#include "webprofile.h"

namespace Vigil::Ui {

WebDetailView::WebDetailView(QWidget *parent, const Callbacks &callbacks)
    : QWebEngineView(parent)
    , m_profile(new WebProfile(this))
{
    setObjectName(QStringLiteral("detailWebView"));
    setContextMenuPolicy(Qt::NoContextMenu);
    setFocusPolicy(Qt::StrongFocus);
    m_page = new DetailPage(m_profile->profile(), this);
    setPage(m_page);
    connect(m_page, &DetailPage::appLinkActivated, this, [callbacks](const QUrl &url) {
        if (callbacks.appLinkActivated)
            callbacks.appLinkActivated(url);
    });
    connect(m_page, &DetailPage::externalLinkActivated, this, [callbacks](const QUrl &url) {
        if (callbacks.externalLinkActivated)
            callbacks.externalLinkActivated(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [callbacks](bool ok) {
        if (callbacks.documentLoaded)
            callbacks.documentLoaded(ok);
    });
}

WebDetailView::~WebDetailView()
{
    // The page must go before the profile it belongs to.
    delete m_page;
    m_page = nullptr;
}

void WebDetailView::showHtml(const QString &html)
{
    load(m_profile->content()->publish(html));
}

void WebDetailView::blank()
{
    m_profile->content()->forgetAll();
    load(m_profile->content()->publish(QString()));
}

int WebDetailView::blockedRequests() const
{
    return m_profile->blockedRequests();
}

} // namespace Vigil::Ui

extern "C" Q_DECL_EXPORT Vigil::Ui::DetailView *vigil_create_detail_view(QWidget *parent,
                                                                         const Vigil::Ui::DetailView::Callbacks &callbacks)
{
    // The scheme is registered here, before the first Qt WebEngine object, rather
    // than before the QApplication: this module is only loaded when needed.
    static const bool registered = (Vigil::Ui::registerContentScheme(), true);
    Q_UNUSED(registered);
    return new Vigil::Ui::WebDetailView(parent, callbacks);
}
