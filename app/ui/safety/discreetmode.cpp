#include "discreetmode.h"

#include <QSettings>

namespace Vigil::Ui::DiscreetMode {

namespace {
const QString key = QStringLiteral("privacy/discreetMode");
}

bool isOn()
{
    return QSettings().value(key, true).toBool();
}

void setOn(bool on)
{
    QSettings().setValue(key, on);
}

} // namespace Vigil::Ui::DiscreetMode
