#pragma once

#include "detail/detailview.h"

#include <QWebEngineView>

namespace Vigil::Ui {

class DetailPage;
class WebProfile;

// The Qt WebEngine side of the reading pane: a locked-down view on its own
// off-the-record profile.
class WebDetailView final : public QWebEngineView, public DetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebDetailView)

public:
    WebDetailView(QWidget *parent, const Callbacks &callbacks);
    ~WebDetailView() override;

    QWidget *widget() override { return this; }
    void showHtml(const QString &html) override;
    void blank() override;
    void setZoomFactor(qreal factor) override { QWebEngineView::setZoomFactor(factor); }
    int blockedRequests() const override;
    bool hasSelection() const override { return QWebEngineView::hasSelection(); }
    void copySelection() override { triggerPageAction(QWebEnginePage::Copy); }
    void selectAll() override { triggerPageAction(QWebEnginePage::SelectAll); }

private:
    WebProfile *m_profile = nullptr;
    DetailPage *m_page = nullptr;
};

} // namespace Vigil::Ui
