#pragma once

namespace Vigil::Ui {

// Whether the application's palette is a dark one. Qt 6.4 has no colour-scheme
// hint; the window colour tells a dark theme apart.
bool isDarkPalette();

} // namespace Vigil::Ui
