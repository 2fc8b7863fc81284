#pragma once

#include <QIcon>
#include <QString>

namespace Vigil::Ui::Icons {

// The system theme's icon of this freedesktop name, or where the theme has
// none (a bare X11 session, Windows, macOS) one drawn here in the palette's
// text colour, so the toolbar never shows an empty button.
QIcon themed(const QString &name);

} // namespace Vigil::Ui::Icons
