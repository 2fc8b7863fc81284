#pragma once

#include "domain/articlefilter.h"
#include "domain/page.h"
#include "reference/referencedata.h"
#include "search/queryparser.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Vigil::Core {

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

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString snippet; // body excerpt with matches wrapped in [ and ]
    double rank = 0; // bm25, lower is better
};

struct CheckResult
{
    bool ok = false;
    int schemaVersion = 0;
    QStringList problems; // one sentence each: what is wrong and what to do
};

// The owner of one connection to a library database. Everything the app and the
// command-line tool know about storage goes through here; nobody else writes SQL
// against the library. Like the Qt SQL connection it owns, a store is used only in
// the thread that opened it; another thread opens a store of its own.
class LibraryStore final
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };
    static constexpr int currentSchemaVersion = 3;
    // Relevance ranks at most this many matches of a query: the newest ones (see
    // librarysearch.cpp for why, and README "Performance" for what it costs).
    static constexpr int rankedCandidates = 10000;

    LibraryStore();
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    // ReadOnly never writes to or beside the file. ReadWrite migrates an older schema.
    // Create makes the file when it does not exist. A file with a newer schema than
    // this program knows, or one that is not a Vigil library, is refused.
    bool open(const QString &path, OpenMode mode, QString *error);
    // Test seam: migrate only up to targetVersion (used to make old-schema files).
    bool openAtVersion(const QString &path, int targetVersion, QString *error);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Replaces regions, countries and topics with the given tables (one transaction).
    bool writeReferenceData(const ReferenceData &data, QString *error);
    // Imports a page in one transaction: its articles replace those the page had
    // (same ids), its hotlines replace the page's hotlines. On failure nothing changes.
    bool importPage(const Page &page, QString *error);
    // Hotlines from data/hotlines.json (no page); replaces earlier curated hotlines.
    bool importCuratedHotlines(const QList<Hotline> &hotlines, QString *error);

    std::optional<Article> article(qint64 id) const;
    // Every article, in page order; only those tagged with the country when given.
    QList<Article> articles(const QString &country = {}) const;
    // The query language of QueryParser, ranked as findArticles ranks it.
    QList<SearchHit> search(const QString &text, int limit) const;
    // The text of a search box, with its country: and topic: names resolved
    // against this library.
    ParsedQuery parseQuery(const QString &text) const;
    // Stops the statement running on this store's connection, from any thread:
    // the statement fails (and is not logged as an error), the store stays usable.
    // For a search worker whose query a newer keystroke made stale.
    void interrupt() const;
    // Whether interrupt() can stop a statement: Qt's SQLite driver and Vigil
    // load the same SQLite (compared by source id at open).
    bool canInterrupt() const;
    LibraryStats stats() const;
    QList<CountryCount> countryCounts() const;
    QList<Region> regionList() const;
    QList<Hotline> hotlines(const QString &country = {}) const;
    std::optional<Page> page(const QString &key) const; // the page without its articles
    QStringList pageKeys() const;
    CheckResult check() const;

    // Browsing (librarybrowse.cpp). Every criterion of the filter is bound, never
    // spliced into SQL; the text goes through parseQuery(), and a text with nothing
    // to search in it filters nothing.
    //
    // A page of the list: limit rows from offset (a negative limit: all rows). The
    // order is total, so consecutive pages never repeat or skip a row. With a text,
    // rows carry a snippet. Relevance ranks the newest rankedCandidates matches by
    // bm25 and lists the older ones after them, newest first.
    QList<ArticleSummary> findArticles(const ArticleFilter &filter, ArticleSort sort, int offset, int limit) const;
    // Snippets are cut for the first snippetRows rows a call returns, about a
    // screenful: decompressing and scanning a body is most of what a page of
    // rows costs. snippets() gives those of other rows as they come into view.
    static constexpr int snippetRows = 40;
    QHash<qint64, QString> snippets(const QList<qint64> &ids, const QString &text) const;
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
    // (key, title) of every page, by title.
    QList<QPair<QString, QString>> pageList() const;

    // Compacts the file so that the same input gives the same bytes.
    bool vacuum(QString *error);

private:
    bool openAt(const QString &path, OpenMode mode, int targetVersion, QString *error);
    bool openConnection(const QString &path, OpenMode mode, QString *error);
    bool rollBackInterruptedWrite(const QString &path, QString *error);
    static bool sameSqliteAsQt(const QSqlDatabase &d);
    // Decides whether the open file is a library this program can use; *version is
    // its schema version, 0 for a new empty file.
    bool inspect(OpenMode mode, int *version, QString *error) const;
    bool checkWritable(const QString &action, QString *error) const;
    QSqlDatabase db() const;
    void loadNameLookups() const;
    bool expandPrefix(const QString &prefix, QStringList *words) const;
    PrefixExpander prefixExpander() const;
    QList<ArticleSummary> readSummaries(const QString &sql, const QVariantList &values) const;
    // Publishers, countries, topics and, with words to find, the snippet.
    void completeSummaries(QList<ArticleSummary> *rows, const ParsedQuery &query) const;
    void addSnippets(QList<ArticleSummary> *rows, const ParsedQuery &query) const;

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0; // read once at open, raised by migrations
    bool m_searchTermsFresh = false; // search_terms matches the index (schema 3)
    mutable QHash<QString, QString> m_countryByName; // folded name, alias or code -> code
    mutable QHash<QString, QString> m_topicByName; // folded id or label -> id
    mutable QMutex m_handleLock;
    void *m_handle = nullptr; // the sqlite3 connection, for interrupt(); under m_handleLock
};

} // namespace Vigil::Core
