#include "userhotline.h"

#include "reference/phonenumbers.h"

namespace Vigil::Core {

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
