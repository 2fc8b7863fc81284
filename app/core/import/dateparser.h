#pragma once

#include "domain/partialdate.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Vigil::Core {

// A date found inside a longer text (a byline), with where it stands, so the caller
// can cut it out and look at what is left.
struct DateMatch
{
    PartialDate date;
    qsizetype start = 0; // index of the first character of the date text
    qsizetype length = 0; // length of the date text, including a lead such as "Date Published: "
    bool ambiguous = false; // numeric day/month both <= 12, read day-first by the house rule
    bool monthFirst = false; // numeric date that could only be read month-first (second part > 12)
};

// Reads the many shapes of dates on the source pages. Numeric dates are day-first
// (12/06/2002 is 12 June 2002); two-digit years are 19xx above 50 and 20xx otherwise.
class DateParser final
{
public:
    // The whole text is one date, give or take surrounding blanks, brackets and
    // punctuation and a lead such as "accessed", "Date Published:", "Published".
    static PartialDate parse(QStringView text);
    // The last date in a longer text, or nothing.
    static std::optional<DateMatch> findLast(QStringView text);
    // A date-shaped run after the last date that is no real date ("31 June 2005",
    // "13/13/2005"), so that the caller can keep it apart and say so; its date is
    // invalid.
    static std::optional<DateMatch> findLastImpossible(QStringView text);
};

} // namespace Vigil::Core
