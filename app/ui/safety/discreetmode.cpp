#include "discreetmode.h"

#include "settings/config.h"

namespace Vigil::Ui::DiscreetMode {

bool isOn()
{
    return Config::get(Config::Key::DiscreetMode).toBool();
}

void setOn(bool on)
{
    Config::set(Config::Key::DiscreetMode, on);
}

} // namespace Vigil::Ui::DiscreetMode
