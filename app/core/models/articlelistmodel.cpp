#include "articlelistmodel.h"

#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace Vigil::Core {

ArticleListModel::ArticleListModel(const ArticleQueries &articles, const CatalogueQueries &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_articles(articles)
    , m_catalogue(catalogue)
{
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::setCountryNames(const QHash<QString, QString> &names)
{
    m_countryNames = names;
    m_customCountryNames = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CountriesColumn), index(rowCount() - 1, CountriesColumn));
}

void ArticleListModel::setTopicLabels(const QHash<QString, QString> &labels)
{
    m_topicLabels = labels;
    m_customTopicLabels = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TopicsColumn), index(rowCount() - 1, TopicsColumn));
}

void ArticleListModel::loadNames()
{
    if (!m_customCountryNames) {
        m_countryNames.clear();
        const QList<CountryCount> countries = m_catalogue.countryCounts();
        for (const CountryCount &c : countries)
            m_countryNames.insert(c.code, c.name);
    }
    if (!m_customTopicLabels) {
        m_topicLabels.clear();
        const QList<FacetCount> topics = m_articles.topicFacets({});
        for (const FacetCount &t : topics)
            m_topicLabels.insert(t.key, t.label);
    }
}

void ArticleListModel::setQuery(const ArticleFilter &filter, ArticleSort sort)
{
    run(filter, sort, false);
}

void ArticleListModel::setSort(ArticleSort sort)
{
    run(m_filter, sort, false);
}

void ArticleListModel::reload()
{
    m_namesStale = true;
    run(m_filter, m_sort, m_reversed);
}

bool ArticleListModel::sortFor(int column, Qt::SortOrder order, ArticleSort *sort, bool *reversed)
{
    const bool descending = order == Qt::DescendingOrder;
    *reversed = false;
    switch (column) {
    case -1:
        *sort = ArticleSort::Relevance;
        return true;
    case TitleColumn:
        *sort = ArticleSort::Title;
        *reversed = descending;
        return true;
    case PublisherColumn:
        *sort = ArticleSort::Publisher;
        *reversed = descending;
        return true;
    case DateColumn:
        *sort = descending ? ArticleSort::DateNewest : ArticleSort::DateOldest;
        return true;
    default:
        return false;
    }
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleSort sort = ArticleSort::Relevance;
    bool reversed = false;
    if (sortFor(column, order, &sort, &reversed))
        run(m_filter, sort, reversed);
}

void ArticleListModel::run(const ArticleFilter &filter, ArticleSort sort, bool reversed)
{
    // Slots of modelReset, rowsAboutToBeInserted or rowsInserted may call fetchMore()
    // (QAbstractItemModelTester does); rows inserted while the listeners are still
    // told of another change would reach them out of order. The view asks again.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    loadNamesIfNeeded();
    m_filter = filter;
    m_sort = sort;
    m_reversed = reversed;
    m_rows.clear();
    m_rowOf.clear();
    m_rankedKeys.clear();
    resetFetching();
    m_total = m_articles.countArticles(filter);
    const int first = std::min(batchSize, m_total);
    append(fetch(0, first));
    if (m_rows.size() < first)
        m_total = int(m_rows.size()); // the library changed since the count
    endResetModel();
    emit queryChanged();
}

void ArticleListModel::loadNamesIfNeeded()
{
    // Read late rather than in the constructor: the connection may open its library
    // after the model was made.
    if (m_namesStale || (!m_customCountryNames && m_countryNames.isEmpty())
        || (!m_customTopicLabels && m_topicLabels.isEmpty())) {
        loadNames();
        m_namesStale = false;
    }
}

void ArticleListModel::showRows(const ArticleFilter &filter, ArticleSort sort, const QList<ArticleSummary> &rows,
    int total, bool reversed, const QList<qint64> &rankedKeys)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    loadNamesIfNeeded();
    m_filter = filter;
    m_sort = sort;
    m_reversed = reversed;
    m_rows.clear();
    m_rowOf.clear();
    resetFetching();
    m_rankedKeys = sort == ArticleSort::Relevance && !reversed ? rankedKeys : QList<qint64>();
    append(rows);
    m_total = std::max(total, int(m_rows.size()));
    endResetModel();
    emit queryChanged();
}

void ArticleListModel::setTotalCount(int total)
{
    // Rows are only ever appended by fetchMore, which the view calls when it sees
    // canFetchMore; a changed count is told through queryChanged.
    m_total = std::max(total, int(m_rows.size()));
    emit queryChanged();
}

void ArticleListModel::setSnippets(const QHash<qint64, QString> &snippets)
{
    for (auto it = snippets.cbegin(); it != snippets.cend(); ++it) {
        const int row = m_rowOf.value(it.key(), -1);
        if (row < 0 || m_rows[row].snippet == it.value())
            continue;
        m_rows[row].snippet = it.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { SnippetRole });
    }
}

QList<ArticleSummary> ArticleListModel::fetch(int offset, int count) const
{
    return readRequest(m_articles, request(offset, count));
}

ArticleListModel::RowRequest ArticleListModel::request(int offset, int count) const
{
    RowRequest r;
    r.filter = m_filter;
    r.sort = m_sort;
    r.reversed = m_reversed;
    r.total = m_total;
    r.offset = offset;
    r.count = count;
    if (offset < m_rankedKeys.size())
        r.keys = m_rankedKeys.mid(offset, std::min(count, int(m_rankedKeys.size()) - offset));
    return r;
}

QList<ArticleSummary> ArticleListModel::readRequest(const ArticleQueries &articles, const RowRequest &r)
{
    // Ranking scores every candidate again (15-19 ms at 100,000 articles, on
    // each scroll): the worker's ranking is read by key instead. Without
    // snippets: the view asks for those of the rows it shows (setSnippets).
    if (r.keys.isEmpty())
        return readRows(articles, r.filter, r.sort, r.reversed, r.total, r.offset, r.count);
    const int n = int(r.keys.size());
    QList<ArticleSummary> rows = articles.summariesForKeys(r.keys, QString());
    if (n < r.count)
        rows += readRows(articles, r.filter, r.sort, r.reversed, r.total, r.offset + n, r.count - n);
    return rows;
}

QList<ArticleSummary> ArticleListModel::readRows(const ArticleQueries &articles, const ArticleFilter &filter,
    ArticleSort sort, bool reversed, int total, int offset, int count)
{
    if (count <= 0)
        return {};
    if (!reversed)
        return articles.findArticles(filter, sort, offset, count);
    // Row r of the reversed list is row total-1-r of the queries' order.
    const int from = std::max(0, total - offset - count);
    QList<ArticleSummary> rows = articles.findArticles(filter, sort, from, total - offset - from);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void ArticleListModel::append(const QList<ArticleSummary> &rows)
{
    for (const ArticleSummary &a : rows) {
        m_rowOf.insert(a.id, int(m_rows.size()));
        m_rows.append(a);
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && m_pendingFetch == 0;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    const int loaded = int(m_rows.size());
    const int wanted = std::min(batchSize, m_total - loaded);
    if (m_fetcher) {
        RowRequest r = request(loaded, wanted);
        r.token = m_pendingFetch = ++m_lastToken;
        m_pendingWanted = wanted;
        m_fetcher(r);
        return;
    }
    insertFetched(wanted, fetch(loaded, wanted));
}

void ArticleListModel::setRowFetcher(RowFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
}

void ArticleListModel::addFetchedRows(quint64 token, const QList<ArticleSummary> &rows)
{
    if (token == 0 || token != m_pendingFetch)
        return;
    m_pendingFetch = 0;
    insertFetched(m_pendingWanted, rows);
}

void ArticleListModel::resetFetching()
{
    // A request still on its way answers the list before: its rows are dropped.
    m_pendingFetch = 0;
    m_pendingWanted = 0;
}

void ArticleListModel::insertFetched(int wanted, const QList<ArticleSummary> &more)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int loaded = int(m_rows.size());
    if (more.size() < wanted) {
        // The library changed since the count: take what came and stop there. A
        // reversed list cannot go on at all, its far end moved.
        if (m_reversed || more.isEmpty()) {
            m_total = loaded;
            emit queryChanged();
            return;
        }
        m_total = loaded + int(more.size());
    }
    beginInsertRows({}, loaded, loaded + int(more.size()) - 1);
    append(more);
    endInsertRows();
}

int ArticleListModel::rowForId(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

ArticleSummary ArticleListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ArticleSummary();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::displayText(const ArticleSummary &a, int column) const
{
    switch (column) {
    case TitleColumn:
        // The title alone: PDF and archive are markers the view draws
        // (IsPdfRole, FeaturedRole) and words a screen reader says.
        return a.title;
    case PublisherColumn:
        return a.publisher;
    case DateColumn:
        return a.dateDisplay;
    case CountriesColumn: {
        QStringList names;
        for (const QString &code : a.countries)
            names.append(m_countryNames.value(code, code));
        return names.join(QStringLiteral(", "));
    }
    case TopicsColumn: {
        QStringList labels;
        for (const QString &id : a.topics)
            labels.append(m_topicLabels.value(id, id));
        return labels.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QStringList ArticleListModel::markerWords(const ArticleSummary &a)
{
    QStringList words;
    if (a.isPdf)
        words << tr("PDF");
    if (!a.featured)
        words << tr("from the archive");
    return words;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    // The invalid index is a fair question (views ask of the root); a stale one is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(a, index.column());
    case Qt::ToolTipRole:
        // The whole title, which the column may cut, and the markers in words.
        if (index.column() == TitleColumn) {
            const QStringList markers = markerWords(a);
            return markers.isEmpty() ? a.title : a.title + u'\n' + markers.join(QStringLiteral(", "));
        }
        return displayText(a, index.column());
    case Qt::AccessibleTextRole:
        // A screen reader reads a row by its first cell: the title, what the
        // markers show, source and date.
        if (index.column() == TitleColumn) {
            QStringList parts { a.title };
            parts << markerWords(a);
            if (!a.publisher.isEmpty())
                parts << a.publisher;
            parts << (a.dateDisplay.isEmpty() ? tr("no date") : a.dateDisplay);
            return parts.join(QStringLiteral(", "));
        }
        return displayText(a, index.column());
    case IdRole:
        return a.id;
    case IsPdfRole:
        return a.isPdf;
    case FeaturedRole:
        return a.featured;
    case SnippetRole:
        return a.snippet;
    case DateIsoRole:
        return a.dateIso;
    case CountryCodesRole:
        return a.countries;
    case TopicIdsRole:
        return a.topics;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case DateColumn:
        return tr("Date");
    case CountriesColumn:
        return tr("Countries");
    case TopicsColumn:
        return tr("Topics");
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(IsPdfRole, "isPdf");
    names.insert(FeaturedRole, "featured");
    names.insert(SnippetRole, "snippet");
    names.insert(DateIsoRole, "dateIso");
    names.insert(CountryCodesRole, "countryCodes");
    names.insert(TopicIdsRole, "topicIds");
    return names;
}

} // namespace Vigil::Core
