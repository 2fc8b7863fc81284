#include "articlequeries.h"

#include "articlebody.h"
#include "articlerows.h"
#include "libraryconnection.h"
#include "reference/localnames.h"
#include "reference/referencedata.h"
#include "search/snippet.h"
#include "search/spellings.h"
#include "selection.h"
#include "sqlsupport.h"
#include "text/spellingvariants.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// How a search stays fast at 100,000 articles:
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
//   (expandPrefix) rather than read through FTS5's prefix scan, which merges
//   the postings of every completion before yielding one row.

namespace Vigil::Core {

using namespace Storage;

namespace {

// Binding more ids than this in one IN list would approach SQLite's limit on
// variables in older builds (999).
constexpr int idsPerQuery = 500;

// More completions make a longer OR for bm25 to score on every candidate; fewer
// miss words. 16 covers every completion of all but one- and two-letter
// prefixes in a library of 100,000 articles (README "Performance").
constexpr int maxCompletions = 16;

const QString summaryColumns = QStringLiteral("SELECT a.id, a.title, a.date_iso, a.is_pdf, a.featured FROM ");

const QString firstPublisher
    = QStringLiteral("(SELECT p.name FROM article_publishers ap JOIN publishers p ON p.id = ap.publisher_id "
                     "WHERE ap.article_id = a.id ORDER BY ap.position LIMIT 1)");

// A row of summaryColumns.
ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    const PartialDate date = PartialDate::fromIso(q.value(2).toString());
    a.dateIso = date.toIso();
    a.dateDisplay = date.toLocalDisplay();
    a.isPdf = q.value(3).toInt() != 0;
    a.featured = q.value(4).toInt() != 0;
    return a;
}

// Every order ends on a unique key, so that OFFSET pages never overlap.
QString orderBy(ArticleSort sort, const Selection &s)
{
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
        return QStringLiteral("a.search_key < %1, a.search_key").arg(firstDatedSearchKey);
    case ArticleSort::Title:
        return QStringLiteral("a.title COLLATE NOCASE, a.title, a.id");
    case ArticleSort::Publisher:
        return firstPublisher + QStringLiteral(" IS NULL, ") + firstPublisher
            + QStringLiteral(" COLLATE NOCASE, a.title COLLATE NOCASE, a.id");
    }
    return s.text ? QStringLiteral("article_fts.rowid DESC") : QStringLiteral("a.search_key DESC");
}

// How many matches Relevance ranks. bm25 costs about 1 µs per match and per
// phrase of the expression (the unfinished word counts once per completion), so
// the number shrinks as the expression grows: a one-letter prefix stands for 16
// words and ranks 1,250 matches, a word or two rank rankedCandidates.
int candidatesFor(const QString &match)
{
    const int phrases = std::max(1, int(match.count(u'"') / 2));
    return std::clamp(20000 / phrases, 1000, ArticleQueries::rankedCandidates);
}

// The newest `cap` matches, scored: bm25() is only computed for the rows the
// LIMIT lets through. Columns (body, title, byline): title above byline above body.
QString rankedCandidatesSql(const Selection &s, int cap)
{
    return QStringLiteral("SELECT article_fts.rowid AS k, bm25(article_fts, 1.0, 10.0, 3.0) AS score FROM ")
        + s.searchClause() + QStringLiteral(" ORDER BY article_fts.rowid DESC LIMIT %1").arg(cap);
}

// A topic by id or label, in either spelling: topic:forced-labor is the topic
// forced-labour ("Forced labour").
QString topicIn(const QHash<QString, QString> &topics, const QString &name)
{
    const QString key = ReferenceData::foldForMatching(name).simplified();
    const QString id = topics.value(key);
    if (!id.isEmpty())
        return id;
    QList<QStringList> choices;
    for (const QString &word : QString(key).replace(u'-', u' ').split(u' ', Qt::SkipEmptyParts))
        choices.append(QStringList { word } + Text::spellingVariants(word));
    const QList<QStringList> spellings = Text::combinations(choices, maxSpellings);
    for (const QStringList &words : spellings) {
        const QString other = topics.value(words.join(u' '));
        if (!other.isEmpty())
            return other;
    }
    return {};
}

} // namespace

ArticleQueries::ArticleQueries(const LibraryConnection &connection)
    : m_connection(connection)
{
}

bool ArticleQueries::isOpen() const
{
    return m_connection.isOpen();
}

// Runs `sql` (with %1 standing for a list of id placeholders) over the ids in
// chunks, handing each row to the summary whose id is in column 0.
template<typename Apply>
void ArticleQueries::forEachChildRow(const QString &sql, QList<ArticleSummary> *rows, Apply apply) const
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
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!m_connection.read(q, sql.arg(marks.join(u',')), ids))
            return;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                apply((*rows)[it.value()], q.value(1));
        }
        m_connection.noteIfCutShort(q);
    }
}

QList<ArticleSummary> ArticleQueries::readSummaries(const QString &sql, const QVariantList &values) const
{
    QList<ArticleSummary> rows;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q, sql, values))
        return rows;
    while (q.next())
        rows.append(summaryFrom(q));
    m_connection.noteIfCutShort(q);
    return rows;
}

void ArticleQueries::completeSummaries(QList<ArticleSummary> *rows, const ParsedQuery &query) const
{
    if (rows->isEmpty())
        return;
    forEachChildRow(QStringLiteral("SELECT ap.article_id, p.name FROM article_publishers ap "
                                   "JOIN publishers p ON p.id = ap.publisher_id "
                                   "WHERE ap.article_id IN (%1) ORDER BY ap.article_id, ap.position"),
        rows, [](ArticleSummary &a, const QVariant &name) {
            a.publisher += (a.publisher.isEmpty() ? QString() : QStringLiteral(", ")) + name.toString();
        });
    forEachChildRow(QStringLiteral("SELECT article_id, country_code FROM article_countries "
                                   "WHERE article_id IN (%1) ORDER BY article_id, position"),
        rows, [](ArticleSummary &a, const QVariant &code) { a.countries.append(code.toString()); });
    forEachChildRow(QStringLiteral("SELECT article_id, topic_id FROM article_topics "
                                   "WHERE article_id IN (%1) ORDER BY article_id, position"),
        rows, [](ArticleSummary &a, const QVariant &id) { a.topics.append(id.toString()); });
    if (!query.hasPositive())
        return;
    // Cut here rather than by FTS5: only the rows on screen, from the stored text.
    QList<ArticleSummary> head = rows->mid(0, snippetRows);
    addSnippets(&head, query);
    for (qsizetype i = 0; i < head.size(); ++i)
        (*rows)[i].snippet = head.at(i).snippet;
}

QHash<qint64, QString> ArticleQueries::snippets(const QList<qint64> &ids, const QString &text) const
{
    QHash<qint64, QString> out;
    const ParsedQuery query = parseQuery(text);
    if (!isOpen() || !query.hasPositive())
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

void ArticleQueries::addSnippets(QList<ArticleSummary> *rows, const ParsedQuery &query) const
{
    BodyCodec codec(m_connection);
    forEachChildRow(QStringLiteral("SELECT article_id, paragraphs FROM article_bodies WHERE article_id IN (%1)"), rows,
        [&query, &codec](ArticleSummary &a, const QVariant &blob) {
            QStringList texts;
            const QList<Paragraph> paragraphs = codec.unpack(blob.toByteArray());
            for (const Paragraph &p : paragraphs)
                texts.append(p.text);
            a.snippet = makeSnippet(texts.join(u'\n'), query, 12, listSnippetMarks);
        });
}

QList<ArticleSummary> ArticleQueries::findArticles(
    const ArticleFilter &filter, ArticleSort sort, int offset, int limit) const
{
    QList<ArticleSummary> rows;
    if (!isOpen() || limit == 0)
        return rows;
    offset = std::max(offset, 0);
    const ParsedQuery query = parseQuery(filter.text);
    const Selection s = select(filter, query, prefixExpander());
    if (!s.text || sort != ArticleSort::Relevance) {
        rows = readSummaries(summaryColumns + s.clause() + QStringLiteral(" ORDER BY ") + orderBy(sort, s)
                + QStringLiteral(" LIMIT ? OFFSET ?"),
            s.values + QVariantList { limit < 0 ? -1 : limit, offset });
        completeSummaries(&rows, query);
        return rows;
    }
    // Ranked candidates first, then the older matches newest first.
    const int cap = candidatesFor(s.values.first().toString());
    if (offset < cap) {
        const QList<qint64> keys = rankedKeys(filter);
        if (offset < keys.size())
            rows = readSummariesForKeys(keys.mid(offset, limit < 0 ? -1 : limit));
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

QList<qint64> ArticleQueries::rankedKeys(const ArticleFilter &filter) const
{
    if (!isOpen())
        return {};
    if (m_ranking.generation == m_connection.generation() && m_ranking.filter == filter)
        return m_ranking.keys;
    const Selection s = select(filter, parseQuery(filter.text), prefixExpander());
    if (!s.text)
        return {};
    QList<qint64> keys;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q,
            QStringLiteral("SELECT k FROM (") + rankedCandidatesSql(s, candidatesFor(s.values.first().toString()))
                + QStringLiteral(") ORDER BY score, k DESC"),
            s.values)) {
        return keys; // interrupted or failed: not kept
    }
    while (q.next())
        keys.append(q.value(0).toLongLong());
    if (!m_connection.noteIfCutShort(q))
        return keys; // interrupted or failed part way: not kept
    m_ranking = { m_connection.generation(), filter, keys };
    return keys;
}

QList<ArticleSummary> ArticleQueries::readSummariesForKeys(const QList<qint64> &keys) const
{
    QHash<qint64, ArticleSummary> byKey;
    for (qsizetype from = 0; from < keys.size(); from += idsPerQuery) {
        const QList<qint64> chunk = keys.mid(from, idsPerQuery);
        QVariantList values;
        for (const qint64 key : chunk)
            values.append(key);
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!m_connection.read(q,
                QStringLiteral("SELECT a.id, a.title, a.date_iso, a.is_pdf, a.featured, a.search_key FROM articles a "
                               "WHERE a.search_key IN (%1)")
                    .arg(marks.join(u',')),
                values)) {
            return {};
        }
        while (q.next())
            byKey.insert(q.value(5).toLongLong(), summaryFrom(q));
        m_connection.noteIfCutShort(q);
    }
    QList<ArticleSummary> rows;
    rows.reserve(keys.size());
    for (const qint64 key : keys) {
        const auto it = byKey.constFind(key);
        if (it != byKey.cend())
            rows.append(it.value());
    }
    return rows;
}

QList<ArticleSummary> ArticleQueries::summariesForKeys(const QList<qint64> &keys, const QString &text) const
{
    if (!isOpen() || keys.isEmpty())
        return {};
    QList<ArticleSummary> rows = readSummariesForKeys(keys);
    completeSummaries(&rows, parseQuery(text));
    return rows;
}

QList<ArticleSummary> ArticleQueries::findArticlesQuick(const ArticleFilter &filter, ArticleSort sort, int limit) const
{
    // Newest first is the index's own order, and what Relevance shows after its
    // ranked candidates anyway.
    if (sort == ArticleSort::Relevance)
        sort = ArticleSort::DateNewest;
    return findArticles(filter, sort, 0, limit);
}

QList<SearchHit> ArticleQueries::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const ParsedQuery query = parseQuery(text);
    if (query.isEmpty() || limit <= 0 || !isOpen())
        return hits;
    if (!query.hasPositive()) {
        // Fields or exclusions alone ("country:XK", "-sexual"): no words to rank
        // by, so newest first, as the window lists them.
        ArticleFilter filter;
        filter.text = text;
        const QList<ArticleSummary> rows = findArticles(filter, ArticleSort::Relevance, 0, limit);
        for (const ArticleSummary &a : rows)
            hits.append({ a.id, a.title, QString(), 0 });
        return hits;
    }
    const Selection s = select({}, query, prefixExpander());
    const QString sql = QStringLiteral("SELECT a.id, a.title, r.score FROM (")
        + rankedCandidatesSql(s, candidatesFor(s.values.first().toString()))
        + QStringLiteral(") r JOIN articles a ON a.search_key = r.k ORDER BY r.score, r.k DESC LIMIT ?");
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q, sql, s.values + QVariantList { limit }))
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
    m_connection.noteIfCutShort(q);
    addSnippets(&rows, query);
    for (int i = 0; i < hits.size(); ++i) {
        hits[i].snippet = rows.at(i).snippet;
        hits[i].snippet.replace(listSnippetMarks.open, u'[').replace(listSnippetMarks.close, u']');
    }
    return hits;
}

int ArticleQueries::countArticles(const ArticleFilter &filter) const
{
    if (!isOpen())
        return 0;
    const Selection s = select(filter, parseQuery(filter.text), prefixExpander());
    const qint64 n = m_connection.readScalar(QStringLiteral("SELECT count(*) FROM ") + s.searchClause(), s.values);
    return n < 0 ? 0 : int(n);
}

QList<FacetCount> ArticleQueries::topicFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, parseQuery(filter.text), prefixExpander(), Without::Topic);
    // The IN list is not correlated, so SQLite builds it once for all topics.
    // Over the whole library the (topic, search key) index alone answers: 25 ms
    // at 100,000 articles instead of a second through the IN list.
    const QString sql = s.where.isEmpty()
        ? QStringLiteral("SELECT t.id, t.label, (SELECT count(DISTINCT at.search_key) FROM article_topics at "
                         "WHERE at.topic_id = t.id) FROM topics t ORDER BY t.rowid")
        : QStringLiteral("SELECT t.id, t.label, (SELECT count(DISTINCT at.article_id) "
                         "FROM article_topics at WHERE at.topic_id = t.id "
                         "AND at.article_id IN (%1)) FROM topics t ORDER BY t.rowid")
              .arg(s.ids());
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q, sql, s.values))
        return facets;
    while (q.next())
        facets.append({ q.value(0).toString(), LocalNames::name(q.value(0).toString(), q.value(1).toString()),
            q.value(2).toInt() });
    m_connection.noteIfCutShort(q);
    return facets;
}

QList<FacetCount> ArticleQueries::publisherFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, parseQuery(filter.text), prefixExpander(), Without::Publisher);
    // Over the whole library, from the (publisher, search key) index alone.
    const QString sql = s.where.isEmpty()
        ? QStringLiteral("SELECT p.name, (SELECT count(DISTINCT ap.search_key) FROM article_publishers ap "
                         "WHERE ap.publisher_id = p.id) AS n FROM publishers p WHERE n > 0 "
                         "ORDER BY n DESC, p.name COLLATE NOCASE, p.name")
        : QStringLiteral("SELECT p.name, count(DISTINCT ap.article_id) AS n FROM article_publishers ap "
                         "JOIN publishers p ON p.id = ap.publisher_id WHERE ap.article_id IN (%1) "
                         "GROUP BY p.id ORDER BY n DESC, p.name COLLATE NOCASE, p.name")
              .arg(s.ids());
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q, sql, s.values))
        return facets;
    while (q.next()) {
        const QString name = q.value(0).toString();
        facets.append({ name, name, q.value(1).toInt() });
    }
    m_connection.noteIfCutShort(q);
    return facets;
}

QList<FacetCount> ArticleQueries::yearFacets(const ArticleFilter &filter) const
{
    QList<FacetCount> facets;
    if (!isOpen())
        return facets;
    const Selection s = select(filter, parseQuery(filter.text), prefixExpander(), Without::Years);
    const QString sql = QStringLiteral("SELECT a.date_sort / 10000 AS y, count(*) FROM ") + s.clause()
        + (s.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("a.date_sort > 0 GROUP BY y ORDER BY y");
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q, sql, s.values))
        return facets;
    while (q.next()) {
        const QString year = QString::number(q.value(0).toInt());
        facets.append({ year, year, q.value(1).toInt() });
    }
    m_connection.noteIfCutShort(q);
    return facets;
}

QList<FacetCount> ArticleQueries::topicCountsForCountry(const QString &country) const
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

QMap<int, int> ArticleQueries::yearCountsForCountry(const QString &country) const
{
    ArticleFilter filter;
    filter.country = country;
    QMap<int, int> counts;
    const QList<FacetCount> years = yearFacets(filter);
    for (const FacetCount &y : years)
        counts.insert(y.key.toInt(), y.count);
    return counts;
}

std::optional<Article> ArticleQueries::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QList<Article> found;
    if (!readArticles(m_connection, QStringLiteral("SELECT ?"), { id }, &found) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> ArticleQueries::articles(const QString &country) const
{
    QList<Article> found;
    if (!isOpen())
        return found;
    if (country.isEmpty())
        readArticles(m_connection, QStringLiteral("SELECT id FROM articles"), {}, &found);
    else
        readArticles(m_connection,
            QStringLiteral("SELECT article_id FROM article_countries "
                           "WHERE country_code = ?"),
            { country }, &found);
    return found;
}

void ArticleQueries::loadNameLookups() const
{
    if (!isOpen() || (m_lookupsGeneration == m_connection.generation() && !m_countryByName.isEmpty()))
        return;
    m_lookupsGeneration = m_connection.generation();
    m_countryByName.clear();
    m_topicByName.clear();
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (m_connection.read(q, QStringLiteral("SELECT code, name, official_name, aliases FROM countries"))) {
        const auto add = [this](const QString &name, const QString &code) {
            const QString key = ReferenceData::foldForMatching(name).simplified();
            if (!key.isEmpty() && !m_countryByName.contains(key))
                m_countryByName.insert(key, code);
        };
        QStringList codes;
        while (q.next()) {
            const QString code = q.value(0).toString();
            QStringList names { code, q.value(1).toString(), q.value(2).toString() };
            names += stringListFromJson(q.value(3).toString());
            for (const QString &name : std::as_const(names))
                add(name, code);
            codes << code;
        }
        m_connection.noteIfCutShort(q);
        // country:Србија finds Serbia in every language Vigil speaks; after the
        // library's own names, which keep their countries where two collide.
        for (const QString &code : std::as_const(codes)) {
            for (const QString &name : LocalNames::allNames(code))
                add(name, code);
        }
    }
    QSqlQuery t(m_connection.database());
    t.setForwardOnly(true);
    if (m_connection.read(t, QStringLiteral("SELECT id, label FROM topics"))) {
        while (t.next()) {
            const QString id = t.value(0).toString();
            m_topicByName.insert(ReferenceData::foldForMatching(id), id);
            m_topicByName.insert(ReferenceData::foldForMatching(t.value(1).toString()).simplified(), id);
            for (const QString &name : LocalNames::allNames(id))
                m_topicByName.insert(ReferenceData::foldForMatching(name).simplified(), id);
        }
        m_connection.noteIfCutShort(t);
    }
}

ParsedQuery ArticleQueries::parseQuery(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    loadNameLookups();
    // Copies: implicitly shared, and the parser must not outlive a reload.
    const QHash<QString, QString> countries = m_countryByName;
    const QHash<QString, QString> topics = m_topicByName;
    QueryParser::Lookups lookups;
    lookups.country = [countries](const QString &name) {
        return countries.value(ReferenceData::foldForMatching(name).simplified());
    };
    lookups.topic = [topics](const QString &name) { return topicIn(topics, name); };
    return QueryParser(lookups).parse(text);
}

PrefixExpander ArticleQueries::prefixExpander() const
{
    return [this](const QString &prefix, QStringList *words) { return expandPrefix(prefix, words); };
}

// FTS5 reads a prefix query by merging the postings of every word that starts
// so before it yields a row: 40 ms for "traff" at 100,000 articles, whatever
// the LIMIT. An OR of whole words streams like any other query. The words come
// from search_terms, most common first; a prefix with more completions than
// maxCompletions stands for its most common ones (a one- or two-letter prefix
// while typing). Without a fresh vocabulary, or for a prefix the index would
// fold differently than lower-casing does, FTS5 does it the exact way.
bool ArticleQueries::expandPrefix(const QString &prefix, QStringList *words) const
{
    if (!m_connection.searchTermsFresh() || prefix.isEmpty())
        return false;
    for (const QChar c : prefix) {
        if (c.unicode() >= 0x80)
            return false;
    }
    const QString low = prefix.toLower();
    QString high = low;
    high.back() = QChar(high.back().unicode() + 1);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.read(q,
            QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? "
                           "ORDER BY docs DESC, term LIMIT ?"),
            { low, high, maxCompletions })) {
        return false;
    }
    words->clear();
    while (q.next())
        words->append(q.value(0).toString());
    m_connection.noteIfCutShort(q);
    return true;
}

} // namespace Vigil::Core
