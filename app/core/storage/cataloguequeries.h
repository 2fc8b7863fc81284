#pragma once

#include "domain/page.h"
#include "reference/referencedata.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil::Core {

class LibraryConnection;

struct LibraryStats
{
    int articles = 0;
    int countriesWithArticles = 0;
    int pages = 0;
    int publishers = 0;
    int schemaVersion = 0;
};

struct CountryCount
{
    QString code;
    QString name;
    QString regionCode;
    int articles = 0;
};

// What a library holds besides its articles: pages, countries and regions,
// hotlines, and the totals. A read that fails gives an empty answer and is
// noted in the connection's readFailure(). Used in the connection's thread.
class CatalogueQueries final
{
public:
    // The connection must outlive the queries.
    explicit CatalogueQueries(const LibraryConnection &connection);

    // Everything stats() counts takes about 85 ms at 100,000 articles (the
    // distinct countries and publishers); the window needs only this.
    int articleCount() const;
    LibraryStats stats() const;
    QList<CountryCount> countryCounts() const;
    QList<Region> regionList() const;
    // Curated hotlines before those of pages; a number is listed once per country.
    QList<Hotline> hotlines(const QString &country = {}) const;
    // The hotlines read from one page, as imported (a data pack compares them).
    QList<Hotline> pageHotlines(const QString &pageKey) const;
    std::optional<Page> page(const QString &key) const; // the page without its articles
    QStringList pageKeys() const;
    // (key, title) of every page, by title.
    QList<QPair<QString, QString>> pageList() const;
    // Articles of each page with any, in one pass (a count per page is 200
    // queries for the site).
    QHash<QString, int> pageArticleCounts() const;
    // Articles about a country of the region or of a region under it, each once.
    int regionArticleCount(const QString &code) const;

private:
    bool readHotlines(const QString &where, const QVariantList &values, QList<Hotline> *out) const;

    const LibraryConnection &m_connection;
};

} // namespace Vigil::Core
