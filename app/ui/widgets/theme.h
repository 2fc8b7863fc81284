#pragma once

#include <QString>

namespace Vigil::Ui {

// View ▸ Theme. "system" keeps the palette the platform gave at start; "light"
// and "dark" set Fusion's own palettes, which every platform draws alike.
namespace Theme {
QString current();
void apply(const QString &name);
} // namespace Theme

} // namespace Vigil::Ui
