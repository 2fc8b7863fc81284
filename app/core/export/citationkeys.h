#pragma once

#include "cslitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

// Citation keys for a set of items: the first author's family name (or the
// first word of an institution's name, "anon" with no author), the year ("nd"
// without one) and the first word of the title that is not an article or a
// preposition, in lower-case ASCII: "waugh2006route", "amnesty2005shameful".
// Items that would share a key all take a letter, a, b, c, ..., in the order
// of their date, title and article id, so the same items give the same keys
// on every run, whatever order they come in.
namespace CitationKeys {
QString base(const CslItem &item);
// One key per item, in the items' order; no two the same.
QStringList assign(const QList<CslItem> &items);
} // namespace CitationKeys

} // namespace Vigil::Core
