#include "articlerows.h"
#include "librarystore.h"
#include "sqlsupport.h"

#include <QSet>
#include <QSqlQuery>

// The reading half of LibraryStore. These calls have no error channel: an SQL
// error is logged and gives an empty answer.

namespace Vigil::Core {

using namespace Storage;

namespace {

bool readHotlines(const QSqlDatabase &db, const QString &where, const QVariantList &values, QList<Hotline> *out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Curated rows first: where a page repeats a curated number, the curated one wins.
    const QString sql = QStringLiteral("SELECT country_code, label, e164, display, source, as_of FROM hotlines %1 "
                                       "ORDER BY country_code, page_key IS NOT NULL, page_key, id")
                            .arg(where);
    if (!runLogged(q, sql, values))
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
    return true;
}

} // namespace

std::optional<Article> LibraryStore::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QList<Article> found;
    if (!readArticles(db(), m_schemaVersion, QStringLiteral("SELECT ?"), { id }, &found) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> LibraryStore::articles(const QString &country) const
{
    QList<Article> found;
    if (!isOpen())
        return found;
    if (country.isEmpty())
        readArticles(db(), m_schemaVersion, QStringLiteral("SELECT id FROM articles"), {}, &found);
    else
        readArticles(db(), m_schemaVersion,
            QStringLiteral("SELECT article_id FROM article_countries "
                           "WHERE country_code = ?"),
            { country }, &found);
    return found;
}

LibraryStats LibraryStore::stats() const
{
    LibraryStats s;
    if (!isOpen())
        return s;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (runLogged(q,
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
    s.schemaVersion = m_schemaVersion;
    return s;
}

QList<CountryCount> LibraryStore::countryCounts() const
{
    QList<CountryCount> counts;
    if (!isOpen())
        return counts;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q,
            QStringLiteral("SELECT c.code, c.name, c.region_code, "
                           "count(DISTINCT ac.article_id) FROM countries c "
                           "LEFT JOIN article_countries ac ON ac.country_code = c.code "
                           "GROUP BY c.code ORDER BY c.name, c.code"))) {
        return counts;
    }
    while (q.next()) {
        CountryCount c;
        c.code = q.value(0).toString();
        c.name = q.value(1).toString();
        c.regionCode = q.value(2).toString();
        c.articles = q.value(3).toInt();
        counts.append(c);
    }
    return counts;
}

QList<Region> LibraryStore::regionList() const
{
    QList<Region> regions;
    if (!isOpen())
        return regions;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // rowid: the order of the reference table, which lists parents before children.
    if (!runLogged(q, QStringLiteral("SELECT code, name, parent_code FROM regions ORDER BY rowid")))
        return regions;
    while (q.next())
        regions.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return regions;
}

QList<Hotline> LibraryStore::hotlines(const QString &country) const
{
    QList<Hotline> all;
    if (!isOpen())
        return all;
    if (country.isEmpty())
        readHotlines(db(), QString(), {}, &all);
    else
        readHotlines(db(), QStringLiteral("WHERE country_code = ?"), { country }, &all);
    QList<Hotline> unique;
    QSet<QString> seen;
    for (const Hotline &h : std::as_const(all)) {
        if (!seen.contains(h.country + u' ' + h.e164)) {
            seen.insert(h.country + u' ' + h.e164);
            unique.append(h);
        }
    }
    return unique;
}

std::optional<Page> LibraryStore::page(const QString &key) const
{
    if (!isOpen())
        return std::nullopt;
    const QSqlDatabase d = db();
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!runLogged(q,
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
    if (runLogged(countries,
            QStringLiteral("SELECT country_code FROM page_countries WHERE page_key = ? "
                           "ORDER BY position"),
            { key })) {
        while (countries.next())
            p.countries.append(countries.value(0).toString());
    }

    QSqlQuery profiles(d);
    profiles.setForwardOnly(true);
    if (runLogged(profiles,
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
    }
    readHotlines(d, QStringLiteral("WHERE page_key = ?"), { key }, &p.hotlines);
    return p;
}

QStringList LibraryStore::pageKeys() const
{
    QStringList keys;
    if (!isOpen())
        return keys;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (runLogged(q, QStringLiteral("SELECT key FROM pages ORDER BY key"))) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

} // namespace Vigil::Core
