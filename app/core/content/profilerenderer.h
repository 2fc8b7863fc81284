#pragma once

#include "domain/page.h"
#include "renderoptions.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

// Everything the country profile shows, gathered by the UI from the library.
struct CountryProfileView
{
    QString code; // ISO alpha-2
    QString name; // "Serbia"
    QList<CountryProfile> profiles; // usually one
    QList<Hotline> hotlines;
    QString caution;
    QStringList studentNote;
    QMap<int, int> articlesByYear; // year -> articles dated in it
    QList<QPair<QString, int>> articlesByTopic; // topic id -> articles, in display order
    int articleCount = 0;

    // A source page's own view: its title, profiles, hotlines and notices; the
    // counts and charts come from the library (storage/profileviews.h).
    static CountryProfileView fromPage(const Page &page);
};

// A country profile, and the list of every hotline, as static HTML documents.
// Phone numbers are text with a vigil://copy/<number> link: the view opens no
// tel: handler, and a reader in danger should be able to copy the number.
class ProfileRenderer final
{
public:
    static QString render(const CountryProfileView &v, const RenderOptions &o);
    static QString renderAllHotlines(
        const QList<Hotline> &hotlines, const QHash<QString, QString> &countryNames, const RenderOptions &o);
};

} // namespace Vigil::Core
