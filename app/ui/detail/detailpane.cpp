#include "detailpane.h"

#include "contentschemehandler.h"
#include "detailpage.h"
#include "webprofile.h"

#include <QLabel>
#include <QWebEngineView>

namespace Vigil::Ui {

namespace {
constexpr qreal minZoom = 0.5;
constexpr qreal maxZoom = 3.0;
constexpr qreal zoomStep = 0.1;
bool webViewEnabled = true;
}

void DetailPane::setWebViewEnabled(bool enabled)
{
    webViewEnabled = enabled;
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QStackedWidget(parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setMargin(24);
    m_placeholder->setText(tr("Choose a country or an article to read it here."));
    addWidget(m_placeholder);
}

DetailPane::~DetailPane()
{
    // The page (a child of the view) must go before the profile it belongs to,
    // which the pane's own child, the WebProfile, owns.
    delete m_view;
}

void DetailPane::ensureView()
{
    if (m_view)
        return;
    m_profile = new WebProfile(this);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("detailWebView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_page = new DetailPage(m_profile->profile(), m_view);
    m_view->setPage(m_page);
    m_view->setZoomFactor(m_zoom);
    m_view->setFocusPolicy(Qt::StrongFocus);
    connect(m_page, &DetailPage::appLinkActivated, this, &DetailPane::appLinkActivated);
    connect(m_page, &DetailPage::externalLinkActivated, this, &DetailPane::externalLinkActivated);
    connect(m_page, &QWebEnginePage::loadFinished, this, &DetailPane::documentLoaded);
    addWidget(m_view);
}

void DetailPane::showHtml(const QString &html)
{
    m_html = html;
    if (!webViewEnabled) {
        showMessage(html.section(QStringLiteral("<title>"), 1).section(QStringLiteral("</title>"), 0, 0));
        return;
    }
    ensureView();
    m_view->load(m_profile->content()->publish(html));
    setCurrentWidget(m_view);
}

void DetailPane::showMessage(const QString &text)
{
    m_placeholder->setText(text);
    setCurrentWidget(m_placeholder);
}

int DetailPane::blockedRequests() const
{
    return m_profile ? m_profile->blockedRequests() : 0;
}

void DetailPane::setZoomFactor(qreal factor)
{
    factor = qBound(minZoom, factor, maxZoom);
    if (qFuzzyCompare(factor, m_zoom))
        return;
    m_zoom = factor;
    if (m_view)
        m_view->setZoomFactor(m_zoom);
    emit zoomChanged(m_zoom);
}

void DetailPane::zoomIn()
{
    setZoomFactor(m_zoom + zoomStep);
}

void DetailPane::zoomOut()
{
    setZoomFactor(m_zoom - zoomStep);
}

void DetailPane::resetZoom()
{
    setZoomFactor(1.0);
}

} // namespace Vigil::Ui
