#include "userhotline.h"

#include "reference/phonenumbers.h"

namespace Vigil::Core {

bool UserHotline::isSameService(const UserHotline &other) const
{
    return country == other.country && label.trimmed().compare(other.label.trimmed(), Qt::CaseInsensitive) == 0;
}

bool UserHotline::hasSameDetails(const UserHotline &other) const
{
    return number.trimmed() == other.number.trimmed() && hours.trimmed() == other.hours.trimmed()
        && languages.trimmed() == other.languages.trimmed() && notes.trimmed() == other.notes.trimmed()
        && source.trimmed() == other.source.trimmed();
}

Hotline UserHotline::toHotline() const
{
    Hotline h;
    h.country = country;
    h.label = label;
    h.source = source;
    h.hours = hours;
    h.languages = languages;
    h.notes = notes;
    h.addedByUser = true;
    const PhoneNumber parsed = PhoneNumbers::parse(number, country);
    // A number of another country than the one chosen is not what the reader meant.
    const bool verified = parsed.isValid() && parsed.region == country;
    h.e164 = verified ? parsed.e164 : QString();
    h.display = verified ? parsed.international : number.trimmed();
    return h;
}

} // namespace Vigil::Core
