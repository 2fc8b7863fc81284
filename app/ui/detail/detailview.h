#pragma once

#include <QPoint>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace Vigil::Ui {

// What the reading pane needs from a document view. The Qt WebEngine view that
// implements it lives in a module loaded at run time, so that neither Chromium
// nor its libraries are loaded before the window is on screen. The interface is
// plain C++ (no signals) so that nothing of Qt's meta-object data has to be
// shared across the module boundary.
class DetailView
{
public:
    struct Callbacks
    {
        std::function<void(const QUrl &)> appLinkActivated;
        std::function<void(const QUrl &)> externalLinkActivated;
        std::function<void(bool)> documentLoaded;
        std::function<void(const QPoint &)> contextMenuRequested; // global position
    };

    virtual ~DetailView() = default;
    virtual QWidget *widget() = 0;
    virtual void showHtml(const QString &html) = 0;
    // Shows an empty document and forgets the ones shown before.
    virtual void blank() = 0;
    virtual void setZoomFactor(qreal factor) = 0;
    virtual int blockedRequests() const = 0;
    virtual bool hasSelection() const = 0;
    virtual void copySelection() = 0;
    virtual void selectAll() = 0;
};

// The module's one entry point.
using CreateDetailViewFunction = DetailView *(*)(QWidget *parent, const DetailView::Callbacks &callbacks);
inline constexpr char createDetailViewSymbol[] = "vigil_create_detail_view";

} // namespace Vigil::Ui
