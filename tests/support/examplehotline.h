#pragma once

#include "domain/userhotline.h"
#include "reference/phonenumbers.h"

namespace Vigil::Test {

// A hotline as a reader would add one for Kosovo, which has none in the library.
// Its number is libphonenumber's own example for Kosovo: the right shape, and
// nobody's hotline; tests never make one up.
inline Core::UserHotline exampleKosovoHotline()
{
    Core::UserHotline h;
    h.country = QStringLiteral("XK");
    h.label = QStringLiteral("Example line");
    h.number = Core::PhoneNumbers::exampleNumber(QStringLiteral("XK"));
    h.source = QStringLiteral("a test, not a real service");
    return h;
}

} // namespace Vigil::Test
