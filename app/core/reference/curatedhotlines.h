#pragma once

#include "domain/page.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// data/hotlines.json: hotlines that were checked by hand. Every entry must say
// where the number comes from ("page" and "section", or "source" in words for
// readers) and as of when; one without is refused, and so is a source that names
// a file or a line (those belong in "evidence", for the next person to check).
struct CuratedHotline
{
    Hotline hotline; // source empty when page is given
    QString page; // key of the page the number was checked against, or empty
    QString section; // "Help for victims"
};

bool loadCuratedHotlines(const QString &path, QList<CuratedHotline> *hotlines, QString *error);

} // namespace Vigil::Core
