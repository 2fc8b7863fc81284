#pragma once

#include <QCollator>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

// Country, region and topic names in the window's language, from
// data/local-names.tsv (made from iso-codes by data/tools/make_local_names.py). The library keeps the
// English names it was built with; these are laid over them where they are shown.
// Until a language is set, and for English, every name is the library's own, so
// the command line and the exports stay English.
class LocalNames final
{
public:
    // "sr", "sr_Latn" or "sq"; anything else (English included) shows the library's names.
    static void setLanguage(const QString &code);
    static QString language();
    // The name of an ISO 3166-1 alpha-2 code, a UN M49 region code or a topic id in the
    // language set, or `fallback` (the library's name) when there is none.
    static QString name(const QString &code, const QString &fallback);
    // The code's names in every language, for a search such as country:Србија.
    static QStringList allNames(const QString &code);
    // Orders names as the language set orders its alphabet: Č after C in
    // Serbian, Ë after E in Albanian, Åland with the A's in English.
    static QCollator collator();
};

} // namespace Vigil::Core
