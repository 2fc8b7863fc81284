#include "cataloguequeries.h"

#include "libraryconnection.h"
#include "reference/localnames.h"
#include "selection.h"
#include "sqlsupport.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Vigil::Core {

using namespace Storage;

CatalogueQueries::CatalogueQueries(const LibraryConnection &connection)
    : m_connection(connection)
{
}

bool CatalogueQueries::readHotlines(const QString &where, const QVariantList &values, QList<Hotline> *out) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    // Curated rows first: where a page repeats a curated number, the curated one wins.
    const QString sql = QStringLiteral("SELECT country_code, label, e164, display, source, as_of FROM hotlines %1 "
                                       "ORDER BY country_code, page_key IS NOT NULL, page_key, id")
                            .arg(where);
    if (!m_connection.read(q, sql, values))
        return false;
    while (q.next()) {
        Hotline h;
        h.country = q.value(0).toString();
        h.label = q.value(1).toString();
        h.e164 = q.value(2).toString();
        h.display = q.value(3).toString();
        h.source = q.value(4).toString();
        h.asOf = PartialDate::fromIso(q.value(5).toString());
        out->append(h);
    }
    m_connection.noteIfCutShort(q);
    return true;
}

int CatalogueQueries::articleCount() const
{
    return int(std::max<qint64>(0, m_connection.readScalar(QStringLiteral("SELECT count(*) FROM articles"))));
}

LibraryStats CatalogueQueries::stats() const
{
    LibraryStats s;
    if (!m_connection.isOpen())
        return s;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (m_connection.read(q,
            QStringLiteral("SELECT (SELECT count(*) FROM articles), "
                           "(SELECT count(DISTINCT country_code) FROM article_countries), "
                           "(SELECT count(*) FROM pages), "
                           "(SELECT count(*) FROM publishers)"))
        && q.next()) {
        s.articles = q.value(0).toInt();
        s.countriesWithArticles = q.value(1).toInt();
        s.pages = q.value(2).toInt();
        s.publishers = q.value(3).toInt();
    }
    s.schemaVersion = m_connection.schemaVersion();
    return s;
}

QList<CountryCount> CatalogueQueries::countryCounts() const
{
    QList<CountryCount> counts;
    if (!m_connection.isOpen())
        return counts;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q,
            // From the (country, search key) index alone: a key per article.
            QStringLiteral("SELECT c.code, c.name, c.region_code, (SELECT count(DISTINCT ac.search_key) "
                           "FROM article_countries ac WHERE ac.country_code = c.code) FROM countries c "
                           "ORDER BY c.name, c.code"))) {
        return counts;
    }
    while (q.next()) {
        CountryCount c;
        c.code = q.value(0).toString();
        c.name = LocalNames::name(c.code, q.value(1).toString());
        c.regionCode = q.value(2).toString();
        c.articles = q.value(3).toInt();
        counts.append(c);
    }
    m_connection.noteIfCutShort(q);
    // In the window's language the names, and so their order, are not the library's.
    if (LocalNames::language() != u"en") {
        const QCollator collator = LocalNames::collator();
        std::stable_sort(counts.begin(), counts.end(),
            [&](const CountryCount &a, const CountryCount &b) { return collator.compare(a.name, b.name) < 0; });
    }
    return counts;
}

QList<Region> CatalogueQueries::regionList() const
{
    QList<Region> regions;
    if (!m_connection.isOpen())
        return regions;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    // rowid: the order of the reference table, which lists parents before children.
    if (!m_connection.read(q, QStringLiteral("SELECT code, name, parent_code FROM regions ORDER BY rowid")))
        return regions;
    while (q.next())
        regions.append({ q.value(0).toString(), LocalNames::name(q.value(0).toString(), q.value(1).toString()),
            q.value(2).toString() });
    m_connection.noteIfCutShort(q);
    return regions;
}

QList<Hotline> CatalogueQueries::hotlines(const QString &country) const
{
    QList<Hotline> all;
    if (!m_connection.isOpen())
        return all;
    if (country.isEmpty())
        readHotlines(QString(), {}, &all);
    else
        readHotlines(QStringLiteral("WHERE country_code = ?"), { country }, &all);
    QList<Hotline> unique;
    QSet<QString> seen;
    for (const Hotline &h : std::as_const(all)) {
        // An unverified number has no E.164 form: it is told apart as written.
        const QString key = h.country + u' ' + (h.isVerified() ? h.e164 : h.display);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(h);
        }
    }
    return unique;
}

QList<Hotline> CatalogueQueries::pageHotlines(const QString &pageKey) const
{
    QList<Hotline> all;
    if (m_connection.isOpen())
        readHotlines(QStringLiteral("WHERE page_key = ?"), { pageKey }, &all);
    return all;
}

std::optional<Page> CatalogueQueries::page(const QString &key) const
{
    if (!m_connection.isOpen())
        return std::nullopt;
    const QSqlDatabase d = m_connection.database();
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!m_connection.read(q,
            QStringLiteral("SELECT key, site_title, title, tagline, coverage, "
                           "coverage_from, coverage_to, caution, student_note, fair_use, "
                           "citation FROM pages WHERE key = ?"),
            { key })
        || !q.next()) {
        return std::nullopt;
    }
    Page p;
    p.key = q.value(0).toString();
    p.siteTitle = q.value(1).toString();
    p.title = q.value(2).toString();
    p.tagline = q.value(3).toString();
    p.coverage = q.value(4).toString();
    p.coverageFrom = q.value(5).toInt();
    p.coverageTo = q.value(6).toInt();
    p.caution = q.value(7).toString();
    p.studentNote = stringListFromJson(q.value(8).toString());
    p.fairUse = q.value(9).toString();
    p.citation = q.value(10).toString();

    QSqlQuery countries(d);
    countries.setForwardOnly(true);
    if (m_connection.read(countries,
            QStringLiteral("SELECT country_code FROM page_countries WHERE page_key = ? "
                           "ORDER BY position"),
            { key })) {
        while (countries.next())
            p.countries.append(countries.value(0).toString());
        m_connection.noteIfCutShort(countries);
    }

    QSqlQuery profiles(d);
    profiles.setForwardOnly(true);
    if (m_connection.read(profiles,
            QStringLiteral("SELECT country_code, official_name, background, "
                           "background_citation, tip_excerpt, tip_citation FROM profiles "
                           "WHERE page_key = ? ORDER BY position"),
            { key })) {
        while (profiles.next()) {
            CountryProfile c;
            c.country = profiles.value(0).toString();
            c.officialName = profiles.value(1).toString();
            c.background = stringListFromJson(profiles.value(2).toString());
            c.backgroundCitation = profiles.value(3).toString();
            c.tipExcerpt = profiles.value(4).toString();
            c.tipCitation = profiles.value(5).toString();
            p.profiles.append(c);
        }
        m_connection.noteIfCutShort(profiles);
    }
    readHotlines(QStringLiteral("WHERE page_key = ?"), { key }, &p.hotlines);
    return p;
}

QStringList CatalogueQueries::pageKeys() const
{
    QStringList keys;
    if (!m_connection.isOpen())
        return keys;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (m_connection.read(q, QStringLiteral("SELECT key FROM pages ORDER BY key"))) {
        while (q.next())
            keys.append(q.value(0).toString());
        m_connection.noteIfCutShort(q);
    }
    return keys;
}

QList<QPair<QString, QString>> CatalogueQueries::pageList() const
{
    QList<QPair<QString, QString>> pages;
    if (!m_connection.isOpen())
        return pages;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q,
            QStringLiteral("SELECT key, title FROM pages "
                           "ORDER BY title COLLATE NOCASE, key"))) {
        return pages;
    }
    while (q.next())
        pages.append({ q.value(0).toString(), q.value(1).toString() });
    m_connection.noteIfCutShort(q);
    return pages;
}

int CatalogueQueries::regionArticleCount(const QString &code) const
{
    // From the (country, search key) index alone: a key per article, 3 ms a
    // region at 100,000 articles rather than 11 through the articles table.
    return int(std::max<qint64>(0,
        m_connection.readScalar(QStringLiteral("SELECT count(DISTINCT search_key) FROM article_countries "
                                               "WHERE country_code IN (%1)")
                                    .arg(Storage::countriesInRegionSql()),
            { code })));
}

QHash<QString, int> CatalogueQueries::pageArticleCounts() const
{
    QHash<QString, int> counts;
    if (!m_connection.isOpen())
        return counts;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (m_connection.read(q, QStringLiteral("SELECT page_key, count(*) FROM articles GROUP BY page_key"))) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        m_connection.noteIfCutShort(q);
    }
    return counts;
}

} // namespace Vigil::Core
