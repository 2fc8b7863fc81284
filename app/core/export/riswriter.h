#pragma once

#include "cslitem.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// RIS records of CSL items: RPRT, NEWS, ELEC (web page), CASE or GEN; AU for
// each author (an institution with a trailing comma, so importers keep its name
// whole), TI, T2 (the newspaper or website), PB, PY, DA, Y2 (accessed), UR, N1,
// ER. Lines end in CR LF, as the specification has them.
namespace Ris {
QString record(const CslItem &item);
QString write(const QList<CslItem> &items);
} // namespace Ris

} // namespace Vigil::Core
