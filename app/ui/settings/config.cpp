#include "config.h"

#include <QSettings>

#include <iterator>

namespace Vigil::Ui {

namespace {

struct Entry
{
    Config::Key key;
    const char *name;
    QVariant defaultValue;
    bool session;
};

// In the order of Config::Key.
const Entry entries[] = {
    { Config::Key::WindowGeometry, "window/geometry", QByteArray(), false },
    { Config::Key::WindowState, "window/state", QByteArray(), false },
    { Config::Key::WindowSplitter, "window/splitter", QByteArray(), false },
    { Config::Key::ReaderZoom, "reader/zoom", 1.0, false },
    { Config::Key::ReaderShowAllCountries, "reader/showAllCountries", false, false },
    { Config::Key::ContentWarningDismissed, "contentWarningDismissed", false, false },
    // On by default: safety/discreetmode.h says why.
    { Config::Key::DiscreetMode, "privacy/discreetMode", true, false },
    { Config::Key::WindowReadingSplitter, "window/readingSplitter", QByteArray(), false },
    { Config::Key::ViewCountriesShown, "view/countriesShown", true, false },
    { Config::Key::ViewListShown, "view/listShown", true, false },
    { Config::Key::ViewTheme, "view/theme", QStringLiteral("system"), false },
    { Config::Key::LibraryPath, "library/path", QString(), false },
    { Config::Key::CitationStyle, "citation/style", QStringLiteral("apa"), false },
    { Config::Key::ReaderCountry, "reader/country", QString(), true },
    { Config::Key::ReaderArticle, "reader/article", qint64(0), true },
    { Config::Key::FiltersYearFrom, "filters/yearFrom", 0, true },
    { Config::Key::FiltersYearTo, "filters/yearTo", 0, true },
    { Config::Key::FiltersTopic, "filters/topic", QString(), true },
    { Config::Key::FiltersPublisher, "filters/publisher", QString(), true },
    { Config::Key::FiltersSection, "filters/section", 0, true },
    { Config::Key::FiltersPdfOnly, "filters/pdfOnly", false, true },
    { Config::Key::TrustedPublishers, "packs/trustedPublishers", QVariantMap(), false },
    { Config::Key::ViewLanguage, "view/language", QString(), false },
};

const Entry &entry(Config::Key key)
{
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < std::size(entries) && entries[index].key == key);
    return entries[index];
}

} // namespace

QVariant Config::get(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QString::fromLatin1(e.name), e.defaultValue);
}

void Config::set(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

QString Config::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QList<Config::Key> Config::sessionKeys()
{
    QList<Key> keys;
    for (const Entry &e : entries) {
        if (e.session)
            keys << e.key;
    }
    return keys;
}

void Config::forgetSession()
{
    QSettings settings;
    for (const Key key : sessionKeys())
        settings.remove(name(key));
}

} // namespace Vigil::Ui
