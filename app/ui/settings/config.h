#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Vigil::Ui {

// Every setting Vigil keeps, in one typed table (as KeePassXC's Config): its
// name on disk, its default and whether it tells what was read. Code asks for
// a Key, never for a string, so a name is spelled once and a default once.
class Config final
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        WindowSplitter,
        ReaderZoom,
        ReaderShowAllCountries,
        ContentWarningDismissed,
        DiscreetMode,
        WindowReadingSplitter,
        ViewCountriesShown,
        ViewListShown,
        ViewTheme, // "system", "light" or "dark"
        LibraryPath, // the library last opened with File ▸ Open library; empty: the bundled one
        CitationStyle, // the CSL style id of the citation under the reading pane ("apa")
        // The session: what was being read. Kept only outside discreet mode, and
        // forgotten by quick exit.
        ReaderCountry,
        ReaderArticle,
        FiltersYearFrom,
        FiltersYearTo,
        FiltersTopic,
        FiltersPublisher,
        FiltersSection,
        FiltersPdfOnly,
        // Publishers whose data packs the reader trusts: fingerprint -> name.
        TrustedPublishers,
        ViewLanguage, // "" (the system's), "en", "sr", "sr_Latn" or "sq"
    };

    static QVariant get(Key key); // the default when the setting is not there
    static void set(Key key, const QVariant &value);
    static QString name(Key key); // as QSettings stores it: "reader/country"
    static QList<Key> sessionKeys();
    // Removes the session keys.
    static void forgetSession();
};

} // namespace Vigil::Ui
