#pragma once

#include "domain/article.h"
#include "domain/articlefilter.h"
#include "search/queryparser.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Vigil::Core {

class LibraryConnection;

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString snippet; // body excerpt with matches wrapped in [ and ]
    double rank = 0; // bm25, lower is better; 0 when the query has no words to rank by
};

// The articles of a library: by id, by filter and query, with their facets.
// Every criterion of a filter is bound, never spliced into SQL; the text goes
// through parseQuery(), and a text with nothing to search in it filters
// nothing. A read that fails gives an empty answer and is noted in the
// connection's readFailure(). Used in the connection's thread.
class ArticleQueries final
{
public:
    // Relevance ranks at most this many matches of a query: the newest ones (see
    // articlequeries.cpp for why, and README "Performance" for what it costs).
    static constexpr int rankedCandidates = 10000;
    // Snippets are cut for the first snippetRows rows a call returns, about a
    // screenful: decompressing and scanning a body is most of what a page of
    // rows costs. snippets() gives those of other rows as they come into view.
    static constexpr int snippetRows = 40;

    // The connection must outlive the queries.
    explicit ArticleQueries(const LibraryConnection &connection);

    std::optional<Article> article(qint64 id) const;
    // Every article, in page order; only those tagged with the country when given.
    QList<Article> articles(const QString &country = {}) const;
    // The query language of QueryParser, ranked as findArticles ranks it. A
    // query of fields or exclusions alone gives its articles newest first, as
    // findArticles does; a query with nothing in it, none.
    QList<SearchHit> search(const QString &text, int limit) const;
    // The text of a search box, with its country: and topic: names resolved
    // against this library.
    ParsedQuery parseQuery(const QString &text) const;

    // A page of the list: limit rows from offset (a negative limit: all rows). The
    // order is total, so consecutive pages never repeat or skip a row. With a text,
    // rows carry a snippet. Relevance ranks the newest rankedCandidates matches by
    // bm25 and lists the older ones after them, newest first.
    QList<ArticleSummary> findArticles(const ArticleFilter &filter, ArticleSort sort, int offset, int limit) const;
    QHash<qint64, QString> snippets(const QList<qint64> &ids, const QString &text) const;
    // The search keys of the matches Relevance ranks, best first (at most
    // rankedCandidates): the first rows of findArticles() in Relevance order.
    // Ranking scores every one of them; the last ranking is kept, and a list
    // that keeps the keys reads further rows with summariesForKeys() instead
    // of ranking again. Empty without words to find.
    QList<qint64> rankedKeys(const ArticleFilter &filter) const;
    // The rows of these search keys, in this order, as findArticles() gives them
    // (snippets for the text's words in the first snippetRows).
    QList<ArticleSummary> summariesForKeys(const QList<qint64> &keys, const QString &text) const;
    // The first rows to show while findArticles() ranks: for Relevance, the newest
    // matches, which the index yields without ranking or sorting; other orders as
    // findArticles() gives them.
    QList<ArticleSummary> findArticlesQuick(const ArticleFilter &filter, ArticleSort sort, int limit) const;
    int countArticles(const ArticleFilter &filter) const;
    // What choosing each value would give: the filter with that facet's own
    // criterion removed. Topics: every topic, also at 0, in table order.
    // Publishers: those above 0, most articles first, then by name. Years: key is
    // the year, ascending; undated articles are not counted.
    QList<FacetCount> topicFacets(const ArticleFilter &filter) const;
    QList<FacetCount> publisherFacets(const ArticleFilter &filter) const;
    QList<FacetCount> yearFacets(const ArticleFilter &filter) const;
    // For a country profile's charts. Topics with articles only, most first.
    QList<FacetCount> topicCountsForCountry(const QString &country) const;
    QMap<int, int> yearCountsForCountry(const QString &country) const;

private:
    bool isOpen() const;
    void loadNameLookups() const;
    bool expandPrefix(const QString &prefix, QStringList *words) const;
    PrefixExpander prefixExpander() const;
    QList<ArticleSummary> readSummaries(const QString &sql, const QVariantList &values) const;
    QList<ArticleSummary> readSummariesForKeys(const QList<qint64> &keys) const;
    // Publishers, countries, topics and, with words to find, the snippet.
    void completeSummaries(QList<ArticleSummary> *rows, const ParsedQuery &query) const;
    void addSnippets(QList<ArticleSummary> *rows, const ParsedQuery &query) const;
    template<typename Apply> void forEachChildRow(const QString &sql, QList<ArticleSummary> *rows, Apply apply) const;

    const LibraryConnection &m_connection;
    mutable quint64 m_lookupsGeneration = 0; // the connection's generation the lookups were read at
    mutable QHash<QString, QString> m_countryByName; // folded name, alias or code -> code
    mutable QHash<QString, QString> m_topicByName; // folded id or label -> id
    struct Ranking
    {
        quint64 generation = 0; // the connection's, 0: none
        ArticleFilter filter;
        QList<qint64> keys;
    };
    mutable Ranking m_ranking;
};

} // namespace Vigil::Core
