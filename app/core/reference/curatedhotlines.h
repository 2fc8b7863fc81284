#pragma once

#include "domain/page.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// data/hotlines.json: hotlines that were checked by hand. Every entry must say
// where the number comes from and as of when; one without is refused.
bool loadCuratedHotlines(const QString &path, QList<Hotline> *hotlines, QString *error);

} // namespace Vigil::Core
