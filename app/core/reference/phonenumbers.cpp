#include "phonenumbers.h"

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace Vigil::Core {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// A number longer than any plan allows is not worth handing to the parser.
constexpr qsizetype maxWrittenLength = 64;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString region(const QString &code)
{
    return code.trimmed().toUpper();
}

} // namespace

PhoneNumber PhoneNumbers::parse(const QString &text, const QString &defaultRegion)
{
    PhoneNumber result;
    result.written = text.trimmed();
    if (result.written.isEmpty() || result.written.size() > maxWrittenLength)
        return result;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(utf8(result.written), utf8(region(defaultRegion)), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!util->IsValidNumber(number)) {
        result.region = regionForCallingCode(QString::number(number.country_code()));
        return result;
    }
    std::string e164;
    std::string international;
    std::string country;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    util->GetRegionCodeForNumber(number, &country);
    result.e164 = QString::fromStdString(e164);
    result.international = QString::fromStdString(international);
    result.region = QString::fromStdString(country);
    return result;
}

bool PhoneNumbers::isKnownRegion(const QString &code)
{
    return !callingCode(code).isEmpty();
}

QString PhoneNumbers::callingCode(const QString &code)
{
    const int calling = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(utf8(region(code)));
    return calling > 0 ? QString::number(calling) : QString();
}

QString PhoneNumbers::regionForCallingCode(const QString &callingCode)
{
    bool ok = false;
    const int code = callingCode.trimmed().toInt(&ok);
    if (!ok || code <= 0 || code > 999)
        return {};
    std::string country;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(code, &country);
    // libphonenumber answers "ZZ" for a code it does not know, "001" for global services.
    return country.size() == 2 && country != "ZZ" ? QString::fromStdString(country) : QString();
}

QString PhoneNumbers::exampleNumber(const QString &code)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (!util->GetExampleNumber(utf8(region(code)), &number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

} // namespace Vigil::Core
