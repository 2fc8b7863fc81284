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

    // As the bar and "All hotlines" show it: marked as added by the reader, in
    // international form when the number validates for its country.
    Hotline toHotline() const;
};

} // namespace Vigil::Core
