#pragma once

#include "page.h"

#include <QDateTime>
#include <QString>

namespace Vigil::Core {

// A hotline the reader added for a country ("My hotlines"). The number is kept as
// typed; its E.164 form comes from libphonenumber, for the country chosen.
struct UserHotline
{
    // Of each text field, longer than any name, number or note a reader types: a
    // store refuses a longer one (a paste of a whole page), and so do a data pack
    // and a file of lists and notes.
    static constexpr qsizetype maxFieldLength = 2000;

    qint64 id = 0; // 0 until stored
    QString country; // ISO alpha-2
    QString label; // the service's name
    QString number; // as the reader typed it
    QString hours;
    QString languages;
    QString notes;
    QString source; // where the reader got the number, in their words; required
    QDateTime updated;

    // The same service: the same country and name, without regard to case or the
    // spaces around the name. An import (a pack, a file of lists and notes)
    // changes the reader's hotline of the same service instead of adding one.
    bool isSameService(const UserHotline &other) const;
    // Nothing the reader sees differs: number, hours, languages, notes and source,
    // without regard to the spaces around them. An import skips such a hotline.
    bool hasSameDetails(const UserHotline &other) const;

    // As the bar and "All hotlines" show it: marked as added by the reader, in
    // international form when the number validates for its country.
    Hotline toHotline() const;
};

} // namespace Vigil::Core
