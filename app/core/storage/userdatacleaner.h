#pragma once

#include <QString>
#include <QStringList>

namespace Vigil::Core {

// "Clear my data": removes everything Vigil keeps about its user on this machine:
// the user database with its WAL and shared-memory files, the settings, and the
// caches. The bundled library is not the user's data and is never touched.
class UserDataCleaner final
{
public:
    // What would be removed, for the confirmation text.
    static QStringList locations();
    // Returns false and sets *error (naming the file) if something could not be removed.
    static bool clearAll(QString *error);
};

} // namespace Vigil::Core
