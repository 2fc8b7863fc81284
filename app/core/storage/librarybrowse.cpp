#include "articlebody.h"
#include "librarystore.h"
#include "search/snippet.h"
#include "selection.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// The browsing half of the reads: the article list with its filters and facets.
// Like the other reads, an SQL error is logged and gives an empty answer.
//
// How a search stays fast at 100,000 articles (schema 3):
// - The index's rowid is the article's search key, date first (articlebody.h),
//   so a MATCH read in rowid order descending is the matches newest first, and
//   FTS5 hands them out one by one: the first page of any search costs a few
//   hundred postings however common the words (findArticlesQuick).
// - bm25 must score every match before the first row is known, about 1.3 µs a
//   match: 130 ms for a word in every article. Relevance therefore ranks the
//   newest rankedCandidates matches (fewer for long expressions, see
//   candidatesFor; all of them for most queries) and lists the older matches
//   after them, newest first. A word in more than half the articles scores
//   next to nothing in FTS5's bm25 anyway (its IDF is clamped to a millionth),
//   so for the commonest words the other words of the query decide the order;
//   for words in between, the cap trades exactness beyond the newest matches
//   for a ranked page in tens of milliseconds.
// - The unfinished last word is expanded into its most common completions
//   (librarysearch.cpp) rather than read through FTS5's prefix scan, which
//   merges the postings of every completion before yielding one row.

namespace Vigil::Core {

using namespace Storage;

namespace {

// Binding more ids than this in one IN list would approach SQLite's limit on
// variables in older builds (999).
constexpr int idsPerQuery = 500;

const QString summaryColumns = QStringLiteral("SELECT a.id, a.title, a.date_iso, a.is_pdf, a.featured FROM ");

const QString firstPublisher
    = QStringLiteral("(SELECT p.name FROM article_publishers ap JOIN publishers p ON p.id = ap.publisher_id "
                     "WHERE ap.article_id = a.id ORDER BY ap.position LIMIT 1)");

// Every order ends on a unique key, so that OFFSET pages never overlap.
QString orderBy(ArticleSort sort, const Selection &s)
{
    const bool v3 = s.schemaVersion >= 3;
    switch (sort) {
    case ArticleSort::Relevance:
        if (s.text) {
            return QStringLiteral("bm25(article_fts, 10.0, 3.0, 1.0), a.date_sort DESC, "
                                  "a.ordinal, a.page_key");
        }
        break;
    case ArticleSort::DateNewest:
        break;
    case ArticleSort::DateOldest:
        if (v3)
            return QStringLiteral("a.search_key < %1, a.search_key").arg(firstDatedSearchKey);
        return QStringLiteral("a.date_sort = 0, a.date_sort, a.ordinal, a.page_key");
    case ArticleSort::Title:
        return QStringLiteral("a.title COLLATE NOCASE, a.title, a.id");
    case ArticleSort::Publisher:
        return firstPublisher + QStringLiteral(" IS NULL, ") + firstPublisher
            + QStringLiteral(" COLLATE NOCASE, a.title COLLATE NOCASE, a.id");
    }
    if (v3)
        return s.text ? QStringLiteral("article_fts.rowid DESC") : QStringLiteral("a.search_key DESC");
    return QStringLiteral("a.date_sort DESC, a.ordinal, a.page_key");
}

// How many matches Relevance ranks. bm25 costs about 1 µs per match and per
// phrase of the expression (the unfinished word counts once per completion), so
// the number shrinks as the expression grows: a one-letter prefix stands for 16
// words and ranks 1,250 matches, a word or two rank rankedCandidates.
int candidatesFor(const QString &match)
{
    const int phrases = std::max(1, int(match.count(u'"') / 2));
    return std::clamp(20000 / phrases, 1000, LibraryStore::rankedCandidates);
}

// The newest `cap` matches, scored: bm25() is only computed for the rows the
// LIMIT lets through. Schema 3 (body, title, byline): title above byline above body.
QString rankedCandidatesSql(const Selection &s, int cap)
{
    return QStringLiteral("SELECT article_fts.rowid AS k, bm25(article_fts, 1.0, 10.0, 3.0) AS score FROM ")
        + s.searchClause() + QStringLiteral(" ORDER BY article_fts.rowid DESC LIMIT %1").arg(cap);
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
                apply((*rows)[it.value()], q.value(1));
        }
    }
}

} // namespace

QList<ArticleSummary> LibraryStore::readSummaries(const QString &sql, const QVariantList &values) const
{
    QList<ArticleSummary> rows;
    QSqlQuery q(db());
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
        rows.append(a);
    }
    return rows;
}

void LibraryStore::completeSummaries(QList<ArticleSummary> *rows, const ParsedQuery &query) const
{
    if (rows->isEmpty())
        return;
    const QSqlDatabase d = db();
    forEachChildRow(d,
        QStringLiteral("SELECT ap.article_id, p.name FROM article_publishers ap "
                       "JOIN publishers p ON p.id = ap.publisher_id "
                       "WHERE ap.article_id IN (%1) ORDER BY ap.article_id, ap.position"),
        rows, [](ArticleSummary &a, const QVariant &name) {
            a.publisher += (a.publisher.isEmpty() ? QString() : QStringLiteral(", ")) + name.toString();
        });
    forEachChildRow(d,
        QStringLiteral("SELECT article_id, country_code FROM article_countries "
                       "WHERE article_id IN (%1) ORDER BY article_id, position"),
        rows, [](ArticleSummary &a, const QVariant &code) { a.countries.append(code.toString()); });
    forEachChildRow(d,
        QStringLiteral("SELECT article_id, topic_id FROM article_topics "
                       "WHERE article_id IN (%1) ORDER BY article_id, position"),
        rows, [](ArticleSummary &a, const QVariant &id) { a.topics.append(id.toString()); });
    if (!query.hasPositive() || m_schemaVersion < 2)
        return;
    // Cut here rather than by FTS5: only the rows on screen, from the stored text.
    QList<ArticleSummary> head = rows->mid(0, snippetRows);
    addSnippets(&head, query);
    for (qsizetype i = 0; i < head.size(); ++i)
        (*rows)[i].snippet = head.at(i).snippet;
}

QHash<qint64, QString> LibraryStore::snippets(const QList<qint64> &ids, const QString &text) const
{
    QHash<qint64, QString> out;
    const ParsedQuery query = parseQuery(text);
    if (!isOpen() || !query.hasPositive() || m_schemaVersion < 2)
        return out;
    QList<ArticleSummary> rows;
    for (const qint64 id : ids) {
        ArticleSummary a;
        a.id = id;
        rows.append(a);
    }
    addSnippets(&rows, query);
    for (const ArticleSummary &a : std::as_const(rows))
        out.insert(a.id, a.snippet);
    return out;
}

void LibraryStore::addSnippets(QList<ArticleSummary> *rows, const ParsedQuery &query) const
{
    const QSqlDatabase d = db();
    if (m_schemaVersion >= 3) {
        BodyCodec codec(d);
        forEachChildRow(d, QStringLiteral("SELECT article_id, paragraphs FROM article_bodies WHERE article_id IN (%1)"),
            rows, [&query, &codec](ArticleSummary &a, const QVariant &blob) {
                QStringList texts;
                const QList<Paragraph> paragraphs = codec.unpack(blob.toByteArray());
                for (const Paragraph &p : paragraphs)
                    texts.append(p.text);
                a.snippet = makeSnippet(texts.join(u'\n'), query, 12, listSnippetMarks);
            });
    } else {
        QHash<qint64, QStringList> texts;
        forEachChildRow(d,
            QStringLiteral("SELECT article_id, text FROM paragraphs WHERE article_id IN (%1) "
                           "ORDER BY article_id, position"),
            rows, [&texts](ArticleSummary &a, const QVariant &text) { texts[a.id].append(text.toString()); });
        for (ArticleSummary &a : *rows)
            a.snippet = makeSnippet(texts.value(a.id).join(u'\n'), query, 12, listSnippetMarks);
    }
}

QList<ArticleSummary> LibraryStore::findArticles(
    const ArticleFilter &filter, ArticleSort sort, int offset, int limit) const
{
    QList<ArticleSummary> rows;
    if (!isOpen() || limit == 0)
        return rows;
    offset = std::max(offset, 0);
    const ParsedQuery query = parseQuery(filter.text);
    const Selection s = select(filter, query, m_schemaVersion, prefixExpander());
    if (!s.text || sort != ArticleSort::Relevance || m_schemaVersion < 3) {
        rows = readSummaries(summaryColumns + s.clause() + QStringLiteral(" ORDER BY ") + orderBy(sort, s)
                + QStringLiteral(" LIMIT ? OFFSET ?"),
            s.values + QVariantList { limit < 0 ? -1 : limit, offset });
        completeSummaries(&rows, query);
        return rows;
    }
    // Ranked candidates first, then the older matches newest first.
    const int cap = candidatesFor(s.values.first().toString());
    if (offset < cap) {
        const int n = limit < 0 ? cap - offset : std::min(limit, cap - offset);
        rows = readSummaries(summaryColumns + u'(' + rankedCandidatesSql(s, cap)
                + QStringLiteral(") r JOIN articles a ON a.search_key = r.k "
                                 "ORDER BY r.score, r.k DESC LIMIT ? OFFSET ?"),
            s.values + QVariantList { n, offset });
    }
    if (limit < 0 || offset + limit > cap) {
        const int from = std::max(offset, cap);
        const int n = limit < 0 ? -1 : offset + limit - from;
        rows += readSummaries(
            summaryColumns + s.clause() + QStringLiteral(" ORDER BY article_fts.rowid DESC LIMIT ? OFFSET ?"),
            s.values + QVariantList { n, from });
    }
    completeSummaries(&rows, query);
    return rows;
}

QList<ArticleSummary> LibraryStore::findArticlesQuick(const ArticleFilter &filter, ArticleSort sort, int limit) const
{
    // Newest first is the index's own order, and what Relevance shows after its
    // ranked candidates anyway.
    if (sort == ArticleSort::Relevance && m_schemaVersion >= 3)
        sort = ArticleSort::DateNewest;
    return findArticles(filter, sort, 0, limit);
}

QList<SearchHit> LibraryStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const ParsedQuery query = parseQuery(text);
    if (!query.hasPositive() || limit <= 0 || !isOpen() || m_schemaVersion < 2)
        return hits;
    const Selection s = select({}, query, m_schemaVersion, prefixExpander());
    const QString sql = m_schemaVersion >= 3
        ? QStringLiteral("SELECT a.id, a.title, r.score FROM (")
            + rankedCandidatesSql(s, candidatesFor(s.values.first().toString()))
            + QStringLiteral(") r JOIN articles a ON a.search_key = r.k ORDER BY r.score, r.k DESC LIMIT ?")
        : QStringLiteral("SELECT a.id, a.title, bm25(article_fts, 10.0, 3.0, 1.0) AS score FROM ") + s.clause()
            + QStringLiteral(" ORDER BY score, a.date_sort DESC, a.id LIMIT ?");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q, sql, s.values + QVariantList { limit }))
        return hits;
    QList<ArticleSummary> rows;
    while (q.next()) {
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.rank = q.value(2).toDouble();
        hits.append(hit);
        ArticleSummary a;
        a.id = hit.id;
        rows.append(a);
    }
    addSnippets(&rows, query);
    for (int i = 0; i < hits.size(); ++i) {
        hits[i].snippet = rows.at(i).snippet;
        hits[i].snippet.replace(listSnippetMarks.open, u'[').replace(listSnippetMarks.close, u']');
    }
    return hits;
}

int LibraryStore::countArticles(const ArticleFilter &filter) const
{
    if (!isOpen())
        return 0;
    const Selection s = select(filter, parseQuery(filter.text), m_schemaVersion, prefixExpander());
    const qint64 n = scalar(db(), QStringLiteral("SELECT count(*) FROM ") + s.searchClause(), s.values);
    return n < 0 ? 0 : int(n);
}

QList<FacetCount> LibraryStore::topicFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, parseQuery(filter.text), m_schemaVersion, prefixExpander(), Without::Topic);
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
    const Selection s = select(filter, parseQuery(filter.text), m_schemaVersion, prefixExpander(), Without::Publisher);
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
    const Selection s = select(filter, parseQuery(filter.text), m_schemaVersion, prefixExpander(), Without::Years);
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
