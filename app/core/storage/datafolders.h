#pragma once

#include <QString>

namespace Vigil::Core {

// Where Vigil keeps what belongs to its reader: the settings, the lists, notes and
// My hotlines, the imported pages. Normally the platform's folders in the home
// folder (QStandardPaths); on a USB stick, when the marker file sits beside the
// program, a folder beside the marker instead, so that nothing of the reader is
// left on the computer the stick was used on.
class DataFolders final
{
public:
    // The marker's name. Its content is only an explanation for whoever opens it.
    static QString markerName();
    // The folder holding the marker for a program in programDir: programDir itself
    // (a Windows folder), or its parent when programDir is a "bin" folder (the
    // portable Linux archive). Empty when there is no marker.
    static QString findPortableRoot(const QString &programDir);
    // Turns portable mode on when the marker is found beside this program. Call
    // once, after the application's names are set and before any QSettings.
    static bool usePortableIfMarked();
    // Portable mode with the data beside root; an empty root turns it off.
    static void setPortableRoot(const QString &root);
    static bool isPortable();

    // The folder of Vigil's own data (the user database, the user's library). The
    // command-line tool takes the app's names, so it finds the same folders.
    static QString appData();
    static QString cache();
};

} // namespace Vigil::Core
