#pragma once

#include <QByteArray>

namespace Vigil::Ui {

// The detail pane's own URL scheme. Everything it shows is served under it, and
// every request for anything else is blocked.
inline constexpr QByteArrayView contentScheme("vigil");

// Registers the scheme; must run before the QApplication is created.
void registerContentScheme();

} // namespace Vigil::Ui
