#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

struct Region
{
    QString code; // UN M49 numeric code as text, "150"
    QString name; // "Europe"
    QString parentCode; // "001" for the five regions; "" only for 001 World itself
};

struct CountryInfo
{
    QString code; // ISO 3166-1 alpha-2 ("RS"; Kosovo is "XK")
    QString name; // common English name ("Serbia")
    QString officialName; // "Republic of Serbia", may be empty
    QString regionCode; // M49 code of the smallest region holding it
    QStringList aliases; // other names a page may use ("Serbia-Montenegro" is not one)
};

struct Topic
{
    QString id; // "sexual-exploitation"
    QString label; // "Sexual exploitation"
    QStringList keywords; // lower-case phrases; a trailing * matches any word ending
};

struct Place
{
    QString name; // as written in sources, diacritics kept ("Priština")
    QString country; // ISO alpha-2
};

// The tables in data/: regions, countries, places and topics. Calling codes are
// libphonenumber's (reference/phonenumbers.h).
// Loaded once and passed by reference to whoever needs them.
class ReferenceData final
{
public:
    // Reads the four .tsv tables from a folder; with an empty folder, from the copies
    // built into the program. On failure returns false and sets *error.
    bool load(const QString &dataDir = {}, QString *error = nullptr);

    const QList<Region> &regions() const { return m_regions; }
    const QList<CountryInfo> &countries() const { return m_countries; }
    const QList<Place> &places() const { return m_places; }
    const QList<Topic> &topics() const { return m_topics; }

    const CountryInfo *country(const QString &code) const;
    // Country code for a name, official name or alias, compared case- and
    // diacritic-insensitively; empty when unknown.
    QString countryCodeForName(const QString &name) const;

    // Lower-case, diacritics removed, for matching names as sources spell them.
    static QString foldForMatching(const QString &text);

private:
    QList<Region> m_regions;
    QList<CountryInfo> m_countries;
    QList<Place> m_places;
    QList<Topic> m_topics;
    QHash<QString, int> m_countryIndex; // code -> index
    QHash<QString, QString> m_nameToCode; // folded name -> code
};

} // namespace Vigil::Core
