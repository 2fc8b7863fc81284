#pragma once

#include <QLocale>
#include <QString>

namespace Vigil::Core {

// A date known to a year, a month or a day. Sources rarely give all three, and a
// citation must not claim more precision than the source has.
enum class DatePrecision { None, Year, Month, Day };

class PartialDate final
{
public:
    PartialDate() = default;
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(int year, int month, int day);
    // Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else gives an invalid date.
    static PartialDate fromIso(const QString &text);

    bool isValid() const { return m_precision != DatePrecision::None; }
    DatePrecision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const; // "2007", "2007-10", "2007-10-05", or "" when invalid
    QString toDisplay() const; // "2007", "October 2007", "5 October 2007"
    // In a language's own words: "5. октобар 2007" in Serbian. The window's
    // default QLocale is its language (i18n/uilanguage.h).
    QString toDisplay(const QLocale &locale) const;
    QString toLocalDisplay() const { return toDisplay(QLocale()); }
    // Sortable key: YYYYMMDD with missing parts as 00; 0 when invalid.
    int sortKey() const;

    static QString precisionName(DatePrecision precision); // "year", "month", "day", "none"

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    DatePrecision m_precision = DatePrecision::None;
};

} // namespace Vigil::Core
