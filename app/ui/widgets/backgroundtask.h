#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Vigil::Ui {

// Work that may take more than a moment (reading pages, importing them), run on
// a thread of its own while the window stays responsive. A progress dialog with
// Cancel shows when it lasts; the quick-exit keys keep working.
class BackgroundTask final
{
public:
    // Given the steps done and their number; returns false once the reader has
    // cancelled, and the work stops at its next step.
    using Progress = std::function<bool(int done, int total)>;

    // Returns when the work has ended: false if the reader cancelled it.
    static bool run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work);
};

} // namespace Vigil::Ui
