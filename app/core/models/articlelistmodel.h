#pragma once

#include "domain/articlefilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Vigil::Core {

class ArticleQueries;
class CatalogueQueries;

// The article list: one row per article the filter selects, read from the library
// 100 rows at a time as the view scrolls (canFetchMore/fetchMore), so that a
// library of any size opens at once. Each setQuery() resets the model.
//
// Title and Publisher sort both ways: the queries order them ascending, and a
// descending list is read from the far end of that order and reversed, so the
// rows without a publisher come first when the publishers run Z to A.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, PublisherColumn, DateColumn, CountriesColumn, TopicsColumn, ColumnCount };
    Q_ENUM(Column)

    // On every column of a row. The title column's display text is the title
    // alone; the view draws IsPdfRole and FeaturedRole as markers, and the
    // tooltip and the accessible text say them in words (markerWords).
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        IsPdfRole,
        FeaturedRole, // false: from the page's archive
        SnippetRole, // with a text filter: excerpt, matches in [ ]
        DateIsoRole, // "2007-10", or empty
        CountryCodesRole, // QStringList of alpha-2
        TopicIdsRole, // QStringList of topic ids
    };
    Q_ENUM(Role)

    static constexpr int batchSize = 100;

    // Further rows of the list, as fetchMore() asks for them: count rows from
    // offset, by key where the list keeps its ranking (keys), else through
    // readRows() with the query's total. token names the request for
    // addFetchedRows().
    struct RowRequest
    {
        quint64 token = 0;
        ArticleFilter filter;
        ArticleSort sort = ArticleSort::DateNewest;
        bool reversed = false;
        int total = 0;
        int offset = 0;
        int count = 0;
        QList<qint64> keys;
    };
    using RowFetcher = std::function<void(const RowRequest &)>;

    // The queries must outlive the model. Nothing is read until setQuery().
    ArticleListModel(const ArticleQueries &articles, const CatalogueQueries &catalogue, QObject *parent = nullptr);
    ~ArticleListModel() override;

    // Names shown in the Countries and Topics columns. Read from the library at the
    // first query (and by reload()) unless given here, for instance translated.
    void setCountryNames(const QHash<QString, QString> &names);
    void setTopicLabels(const QHash<QString, QString> &labels);

    void setQuery(const ArticleFilter &filter, ArticleSort sort);
    // Shows rows a search worker read on its own connection, without asking the
    // library: the first page of the query's rows in the sort's order. total counts
    // every row the query selects; -1 while unknown (the unranked first rows of a
    // search still being ranked), and then no more rows are fetched until the
    // next call. Scrolling further reads from the library as setQuery() does;
    // with the worker's ranking (ArticleQueries::rankedKeys), rows of a
    // Relevance list are read by key rather than ranked again.
    void showRows(const ArticleFilter &filter, ArticleSort sort, const QList<ArticleSummary> &rows, int total,
        bool reversed = false, const QList<qint64> &rankedKeys = {});
    // Rows offset to offset+count of the list a query gives in a sort, read from
    // any connection: what fetchMore() reads, for a worker with a connection of its own.
    // total is the query's count (a reversed list is read from its far end).
    static QList<ArticleSummary> readRows(const ArticleQueries &articles, const ArticleFilter &filter, ArticleSort sort,
        bool reversed, int total, int offset, int count);
    // What a RowFetcher reads for a request, on any connection.
    static QList<ArticleSummary> readRequest(const ArticleQueries &articles, const RowRequest &request);
    // Where further rows come from. Without a fetcher, fetchMore() reads them
    // at once; with one (the window's search worker), it asks and returns, the
    // rows arrive through addFetchedRows(), and no other fetch starts meanwhile,
    // so that scrolling never waits on the library.
    void setRowFetcher(RowFetcher fetcher);
    // The rows a fetcher read. Dropped unless they answer the newest request of
    // the list still shown.
    void addFetchedRows(quint64 token, const QList<ArticleSummary> &rows);
    // A fetcher's rows are on their way.
    bool isFetching() const { return m_pendingFetch != 0; }
    // The sort and direction sort(column, order) uses; false for a column without one.
    static bool sortFor(int column, Qt::SortOrder order, ArticleSort *sort, bool *reversed);
    // The count of a query shown with showRows(..., -1), once a worker has it:
    // from then on scrolling reads further rows.
    void setTotalCount(int total);
    // Fills in snippets (ArticleQueries::snippets) of loaded rows as they come into view.
    void setSnippets(const QHash<qint64, QString> &snippets);
    void setSort(ArticleSort sort);
    // Runs the same query again, after the library changed.
    void reload();

    ArticleFilter filter() const { return m_filter; }
    ArticleSort articleSort() const { return m_sort; }
    bool isReversed() const { return m_reversed; }
    // Every article the query selects, loaded or not.
    int totalCount() const { return m_total; }
    // "PDF", "from the archive": what a row's markers say, in words.
    static QStringList markerWords(const ArticleSummary &a);
    // -1 while the row is not loaded yet.
    int rowForId(qint64 id) const;
    // 0 outside the loaded rows.
    qint64 idAt(int row) const;
    ArticleSummary summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Title, Publisher and Date; column -1 restores the query's natural order
    // (relevance with a text, else newest first). Countries and Topics have no order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();

private:
    void run(const ArticleFilter &filter, ArticleSort sort, bool reversed);
    void loadNamesIfNeeded();
    QList<ArticleSummary> fetch(int offset, int count) const;
    RowRequest request(int offset, int count) const;
    void append(const QList<ArticleSummary> &rows);
    void insertFetched(int wanted, const QList<ArticleSummary> &more);
    void resetFetching();
    void loadNames();
    QString displayText(const ArticleSummary &a, int column) const;

    const ArticleQueries &m_articles;
    const CatalogueQueries &m_catalogue;
    ArticleFilter m_filter;
    ArticleSort m_sort = ArticleSort::Relevance;
    bool m_reversed = false;
    int m_total = 0;
    QList<ArticleSummary> m_rows;
    QList<qint64> m_rankedKeys; // the order of a Relevance list, from the worker that ranked it
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_countryNames;
    QHash<QString, QString> m_topicLabels;
    bool m_customCountryNames = false;
    bool m_customTopicLabels = false;
    bool m_namesStale = false;
    bool m_changing = false; // inside a reset or an insertion, notifications included
    RowFetcher m_fetcher;
    quint64 m_lastToken = 0;
    quint64 m_pendingFetch = 0; // the token of the request on its way; 0: none
    int m_pendingWanted = 0;
};

} // namespace Vigil::Core
