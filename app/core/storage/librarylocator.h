#pragma once

#include <QString>
#include <QStringList>

namespace Vigil::Core {

// Where the bundled library is: beside the program first (an unpacked archive, a
// Windows folder, the build tree), then the install prefix.
class LibraryLocator final
{
public:
    static QStringList candidates();
    // The first candidate that exists, or the first candidate when none does (so an
    // error message can name where it was looked for).
    static QString bundledLibraryPath();
};

} // namespace Vigil::Core
