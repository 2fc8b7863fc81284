#include "librarystore.h"

#include "sqlsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// The browsing half of the reads: the article list with its filters and facets.
// Like the other reads, an SQL error is logged and gives an empty answer.

namespace Vigil::Core {

using namespace Storage;

namespace {

// A facet counts what choosing each of its values would give, so its own
// criterion is left out of the selection it counts.
enum class Without { Nothing, Topic, Publisher, Years };

// Binding more ids than this in one IN list would approach SQLite's limit on
// variables in older builds (999).
constexpr int idsPerQuery = 500;

const QString firstPublisher
    = QStringLiteral("(SELECT p.name FROM article_publishers ap JOIN publishers p ON p.id = ap.publisher_id "
                     "WHERE ap.article_id = a.id ORDER BY ap.position LIMIT 1)");

// The articles a filter selects, as a FROM/WHERE over articles `a` with the values
// to bind in order.
struct Selection
{
    bool text = false; // joined with article_fts: bm25() and snippet() are available
    QStringList where;
    QVariantList values;

    QString clause() const
    {
        QString sql = text ? QStringLiteral("article_fts JOIN articles a ON a.id = article_fts.rowid")
                           : QStringLiteral("articles a");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        return sql;
    }

    // The ids of the selection, for `... IN (%1)`.
    QString ids() const { return QStringLiteral("SELECT a.id FROM ") + clause(); }

    void add(const QString &condition, const QVariantList &bound = {})
    {
        where.append(condition);
        values.append(bound);
    }
};

Selection select(const ArticleFilter &f, bool hasSearchIndex, Without without = Without::Nothing)
{
    Selection s;
    const QStringList tokens = searchTokens(f.text);
    if (!tokens.isEmpty()) {
        if (hasSearchIndex) {
            s.text = true;
            s.add(QStringLiteral("article_fts MATCH ?"), { matchExpression(tokens) });
        } else {
            // A schema-1 file opened read-only has no index: a search finds nothing
            // rather than pretending every article matched.
            s.add(QStringLiteral("0"));
        }
    }
    if (!f.country.isEmpty()) {
        s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_countries "
                             "WHERE country_code = ?)"),
            { f.country });
    }
    if (!f.region.isEmpty()) {
        s.add(QStringLiteral("a.id IN (SELECT ac.article_id FROM article_countries ac "
                             "JOIN countries c ON c.code = ac.country_code WHERE c.region_code IN ("
                             "WITH RECURSIVE under(code) AS (SELECT ? UNION "
                             "SELECT r.code FROM regions r JOIN under u ON r.parent_code = u.code) "
                             "SELECT code FROM under))"),
            { f.region });
    }
    if (!f.pageKey.isEmpty())
        s.add(QStringLiteral("a.page_key = ?"), { f.pageKey });
    if (without != Without::Years) {
        // date_sort is YYYYMMDD, 0 when undated: any year bound leaves undated ones out.
        if (f.yearFrom > 0)
            s.add(QStringLiteral("a.date_sort >= ?"), { qint64(f.yearFrom) * 10000 });
        if (f.yearTo > 0) {
            s.add(QStringLiteral("a.date_sort > 0 AND a.date_sort < ?"), { (qint64(f.yearTo) + 1) * 10000 });
        }
    }
    if (!f.topic.isEmpty() && without != Without::Topic) {
        s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ?)"), { f.topic });
    }
    if (!f.publisher.isEmpty() && without != Without::Publisher) {
        s.add(QStringLiteral("a.id IN (SELECT ap.article_id FROM article_publishers ap "
                             "JOIN publishers p ON p.id = ap.publisher_id WHERE p.name = ?)"),
            { f.publisher });
    }
    if (f.section == ArticleFilter::Section::Featured)
        s.add(QStringLiteral("a.featured = 1"));
    else if (f.section == ArticleFilter::Section::Archive)
        s.add(QStringLiteral("a.featured = 0"));
    if (f.pdfOnly)
        s.add(QStringLiteral("a.is_pdf = 1"));
    return s;
}

// Every order ends on a unique key, so that OFFSET pages never overlap.
QString orderBy(ArticleSort sort, bool text)
{
    switch (sort) {
    case ArticleSort::Relevance:
        if (text) {
            return QStringLiteral("bm25(article_fts, 10.0, 3.0, 1.0), a.date_sort DESC, "
                                  "a.ordinal, a.page_key");
        }
        break;
    case ArticleSort::DateNewest:
        break;
    case ArticleSort::DateOldest:
        return QStringLiteral("a.date_sort = 0, a.date_sort, a.ordinal, a.page_key");
    case ArticleSort::Title:
        return QStringLiteral("a.title COLLATE NOCASE, a.title, a.id");
    case ArticleSort::Publisher:
        return firstPublisher + QStringLiteral(" IS NULL, ") + firstPublisher
            + QStringLiteral(" COLLATE NOCASE, a.title COLLATE NOCASE, a.id");
    }
    return QStringLiteral("a.date_sort DESC, a.ordinal, a.page_key");
}

// Runs `sql` (with %1 standing for a list of id placeholders) over the ids in
// chunks, handing each row to the summary whose id is in column 0.
template<typename Apply>
void forEachChildRow(const QSqlDatabase &db, const QString &sql, QList<ArticleSummary> *rows, Apply apply)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows->size(); ++i)
        index.insert(rows->at(i).id, i);
    for (qsizetype from = 0; from < rows->size(); from += idsPerQuery) {
        const qsizetype n = std::min<qsizetype>(idsPerQuery, rows->size() - from);
        QVariantList ids;
        ids.reserve(n);
        for (qsizetype i = from; i < from + n; ++i)
            ids.append(rows->at(i).id);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!runLogged(q, sql.arg(marks.join(u',')), ids))
            return;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                apply((*rows)[it.value()], q.value(1).toString());
        }
    }
}

} // namespace

QList<ArticleSummary> LibraryStore::findArticles(
    const ArticleFilter &filter, ArticleSort sort, int offset, int limit) const
{
    QList<ArticleSummary> rows;
    if (!isOpen() || limit == 0)
        return rows;
    const Selection s = select(filter, m_schemaVersion >= 2);
    const QString snippet
        = s.text ? QStringLiteral("snippet(article_fts, 2, '[', ']', '…', 12)") : QStringLiteral("''");
    const QString sql = QStringLiteral("SELECT a.id, a.title, a.date_iso, a.is_pdf, a.featured, ") + snippet
        + QStringLiteral(" FROM ") + s.clause() + QStringLiteral(" ORDER BY ") + orderBy(sort, s.text)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = s.values;
    values << (limit < 0 ? -1 : limit) << std::max(offset, 0);

    const QSqlDatabase d = db();
    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!runLogged(q, sql, values))
            return rows;
        while (q.next()) {
            ArticleSummary a;
            a.id = q.value(0).toLongLong();
            a.title = q.value(1).toString();
            const PartialDate date = PartialDate::fromIso(q.value(2).toString());
            a.dateIso = date.toIso();
            a.dateDisplay = date.toDisplay();
            a.isPdf = q.value(3).toInt() != 0;
            a.featured = q.value(4).toInt() != 0;
            a.snippet = q.value(5).toString();
            rows.append(a);
        }
    }
    if (rows.isEmpty())
        return rows;

    forEachChildRow(d,
        QStringLiteral("SELECT ap.article_id, p.name FROM article_publishers ap "
                       "JOIN publishers p ON p.id = ap.publisher_id "
                       "WHERE ap.article_id IN (%1) ORDER BY ap.article_id, ap.position"),
        &rows, [](ArticleSummary &a, const QString &name) {
            a.publisher += (a.publisher.isEmpty() ? QString() : QStringLiteral(", ")) + name;
        });
    forEachChildRow(d,
        QStringLiteral("SELECT article_id, country_code FROM article_countries "
                       "WHERE article_id IN (%1) ORDER BY article_id, position"),
        &rows, [](ArticleSummary &a, const QString &code) { a.countries.append(code); });
    forEachChildRow(d,
        QStringLiteral("SELECT article_id, topic_id FROM article_topics "
                       "WHERE article_id IN (%1) ORDER BY article_id, position"),
        &rows, [](ArticleSummary &a, const QString &id) { a.topics.append(id); });
    return rows;
}

int LibraryStore::countArticles(const ArticleFilter &filter) const
{
    if (!isOpen())
        return 0;
    const Selection s = select(filter, m_schemaVersion >= 2);
    const qint64 n = scalar(db(), QStringLiteral("SELECT count(*) FROM ") + s.clause(), s.values);
    return n < 0 ? 0 : int(n);
}

QList<FacetCount> LibraryStore::topicFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, m_schemaVersion >= 2, Without::Topic);
    // The IN list is not correlated, so SQLite builds it once for all topics.
    const QString sql = QStringLiteral("SELECT t.id, t.label, (SELECT count(DISTINCT at.article_id) "
                                       "FROM article_topics at WHERE at.topic_id = t.id "
                                       "AND at.article_id IN (%1)) FROM topics t ORDER BY t.rowid")
                            .arg(s.ids());
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q, sql, s.values))
        return facets;
    while (q.next())
        facets.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() });
    return facets;
}

QList<FacetCount> LibraryStore::publisherFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, m_schemaVersion >= 2, Without::Publisher);
    const QString sql = QStringLiteral("SELECT p.name, count(DISTINCT ap.article_id) AS n FROM article_publishers ap "
                                       "JOIN publishers p ON p.id = ap.publisher_id WHERE ap.article_id IN (%1) "
                                       "GROUP BY p.id ORDER BY n DESC, p.name COLLATE NOCASE, p.name")
                            .arg(s.ids());
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q, sql, s.values))
        return facets;
    while (q.next()) {
        const QString name = q.value(0).toString();
        facets.append({ name, name, q.value(1).toInt() });
    }
    return facets;
}

QList<FacetCount> LibraryStore::yearFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, m_schemaVersion >= 2, Without::Years);
    const QString sql = QStringLiteral("SELECT a.date_sort / 10000 AS y, count(*) FROM ") + s.clause()
        + (s.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("a.date_sort > 0 GROUP BY y ORDER BY y");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q, sql, s.values))
        return facets;
    while (q.next()) {
        const QString year = QString::number(q.value(0).toInt());
        facets.append({ year, year, q.value(1).toInt() });
    }
    return facets;
}

QList<FacetCount> LibraryStore::topicCountsForCountry(const QString &country) const
{
    ArticleFilter filter;
    filter.country = country;
    QList<FacetCount> counts = topicFacets(filter);
    counts.removeIf([](const FacetCount &c) { return c.count == 0; });
    // Stable: equal counts keep the order of the topics table.
    std::stable_sort(
        counts.begin(), counts.end(), [](const FacetCount &a, const FacetCount &b) { return a.count > b.count; });
    return counts;
}

QMap<int, int> LibraryStore::yearCountsForCountry(const QString &country) const
{
    ArticleFilter filter;
    filter.country = country;
    QMap<int, int> counts;
    const QList<FacetCount> years = yearFacets(filter);
    for (const FacetCount &y : years)
        counts.insert(y.key.toInt(), y.count);
    return counts;
}

QList<QPair<QString, QString>> LibraryStore::pageList() const
{
    QList<QPair<QString, QString>> pages;
    if (!isOpen())
        return pages;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q,
            QStringLiteral("SELECT key, title FROM pages "
                           "ORDER BY title COLLATE NOCASE, key"))) {
        return pages;
    }
    while (q.next())
        pages.append({ q.value(0).toString(), q.value(1).toString() });
    return pages;
}

} // namespace Vigil::Core
