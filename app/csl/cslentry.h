#pragma once

#include <QMetaType>
#include <QString>

namespace Vigil::Csl {

// One formatted entry of a bibliography: the item it cites, as plain text and as
// the HTML fragment citeproc-js writes (<i> for italics, entities escaped).
struct CslEntry
{
    QString id;
    QString text;
    QString html;
};

} // namespace Vigil::Csl

Q_DECLARE_METATYPE(Vigil::Csl::CslEntry)
