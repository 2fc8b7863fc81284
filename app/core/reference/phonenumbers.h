#pragma once

#include <QString>

namespace Vigil::Core {

// A telephone number as libphonenumber reads it. The rest of the core sees only
// this: no libphonenumber header leaves phonenumbers.cpp.
struct PhoneNumber
{
    QString written; // as the source or the user wrote it, trimmed
    QString e164; // "+381113347817"; empty when the number did not validate
    QString international; // "+381 11 3347817"; empty when the number did not validate
    // The ISO alpha-2 country the number belongs to; for a number that did not
    // validate, the country of its calling code when it has one, else empty.
    QString region;

    bool isValid() const { return !e164.isEmpty(); }
};

class PhoneNumbers final
{
public:
    // Reads text as a number of defaultRegion (ISO alpha-2, "RS"), unless it
    // starts with "+" and a calling code. Valid only when libphonenumber knows
    // the number as one that can be dialled in the country its calling code names.
    static PhoneNumber parse(const QString &text, const QString &defaultRegion);
    // True when region is a country libphonenumber has numbering rules for.
    static bool isKnownRegion(const QString &region);
    // "381" for "RS"; empty for a region libphonenumber does not know.
    static QString callingCode(const QString &region);
    // "RS" for "381": the main country of a calling code; empty for an unknown code.
    static QString regionForCallingCode(const QString &callingCode);
    // libphonenumber's own example of a fixed-line number of region, for tests:
    // a number of the right shape that is nobody's hotline. Never show it to readers.
    static QString exampleNumber(const QString &region);
};

} // namespace Vigil::Core
