#include "darkpalette.h"

#include <QApplication>
#include <QPalette>

namespace Vigil::Ui {

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace Vigil::Ui
