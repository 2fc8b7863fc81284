#include "partialdate.h"

#include <QDate>
#include <QLocale>

namespace Vigil::Core {

PartialDate PartialDate::ofYear(int year)
{
    PartialDate d;
    if (year < 1 || year > 9999)
        return d;
    d.m_year = year;
    d.m_precision = DatePrecision::Year;
    return d;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    PartialDate d = ofYear(year);
    if (!d.isValid())
        return d;
    d.m_month = month;
    d.m_precision = DatePrecision::Month;
    return d;
}

PartialDate PartialDate::ofDay(int year, int month, int day)
{
    if (!QDate::isValid(year, month, day))
        return {};
    PartialDate d = ofMonth(year, month);
    if (!d.isValid())
        return d;
    d.m_day = day;
    d.m_precision = DatePrecision::Day;
    return d;
}

PartialDate PartialDate::fromIso(const QString &text)
{
    const QStringList parts = text.split(u'-');
    bool ok[3] = { false, false, false };
    int values[3] = { 0, 0, 0 };
    if (parts.size() > 3 || parts.first().size() != 4)
        return {};
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0 && parts.at(i).size() != 2)
            return {};
        values[i] = parts.at(i).toInt(&ok[i]);
        if (!ok[i])
            return {};
    }
    switch (parts.size()) {
    case 1:
        return ofYear(values[0]);
    case 2:
        return ofMonth(values[0], values[1]);
    default:
        return ofDay(values[0], values[1], values[2]);
    }
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return QString::asprintf("%04d", m_year);
    case DatePrecision::Month:
        return QString::asprintf("%04d-%02d", m_year, m_month);
    case DatePrecision::Day:
        return QString::asprintf("%04d-%02d-%02d", m_year, m_month, m_day);
    }
    return {};
}

QString PartialDate::toDisplay() const
{
    // English, as the sources, the exports and the command line are written.
    return toDisplay(QLocale(QLocale::English));
}

QString PartialDate::toDisplay(const QLocale &locale) const
{
    // The year without grouping: "2 007" is no year.
    const QString year = QString::number(m_year);
    switch (m_precision) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return year;
    case DatePrecision::Month:
        return locale.standaloneMonthName(m_month) + u' ' + year;
    case DatePrecision::Day:
        // Serbian writes the day as an ordinal: "5. октобар 2007".
        return QString::number(m_day) + (locale.language() == QLocale::Serbian ? u". " : u" ")
            + locale.monthName(m_month) + u' ' + year;
    }
    return {};
}

int PartialDate::sortKey() const
{
    return isValid() ? m_year * 10000 + m_month * 100 + m_day : 0;
}

QString PartialDate::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace Vigil::Core
