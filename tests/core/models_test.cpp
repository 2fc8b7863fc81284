#include "import/pageparser.h"
#include "models/articlelistmodel.h"
#include "models/countrytreefiltermodel.h"
#include "models/countrytreemodel.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Vigil::Core;
using Vigil::Test::referenceData;
using Vigil::Test::TestLibrary;
using Kind = CountryTreeModel::NodeKind;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
const QString seedTitle = QStringLiteral("Serbia, Montenegro & Kosovo");

PageParser::Result parseSeed()
{
    return PageParser(referenceData()).parseFile(Vigil::Test::seedPagePath());
}

bool buildLibrary(TestLibrary &store, const QString &path, const QList<Page> &pages, QString *error)
{
    if (!store.connection.open(path, LibraryConnection::OpenMode::Create, error)
        || !store.importer.writeReferenceData(referenceData(), error))
        return false;
    return std::all_of(
        pages.cbegin(), pages.cend(), [&](const Page &p) { return store.importer.importPage(p, error); });
}

// Every index of a tree, depth first.
QModelIndexList walk(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QModelIndexList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        out.append(i);
        out += walk(model, i);
    }
    return out;
}

Kind kindOf(const QModelIndex &i)
{
    return Kind(i.data(CountryTreeModel::KindRole).toInt());
}

QModelIndex childWithCode(const QAbstractItemModel &model, const QModelIndex &parent, const QString &code)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        if (i.data(CountryTreeModel::CodeRole).toString() == code)
            return i;
    }
    return {};
}

QSet<QString> codesOf(const QAbstractItemModel &model, Kind kind)
{
    QSet<QString> codes;
    for (const QModelIndex &i : walk(model)) {
        if (kindOf(i) == kind)
            codes.insert(i.data(CountryTreeModel::CodeRole).toString());
    }
    return codes;
}

QList<qint64> loadedIds(const ArticleListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ArticleListModel::IdRole).toLongLong());
    return ids;
}

void fetchAll(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestLibrary m_store;
    Page m_seed;

    int countFor(const QString &country) const
    {
        ArticleFilter f;
        f.country = country;
        return m_store.articles.countArticles(f);
    }

    // n copies of the seed's articles on a page of their own, each with its own title.
    Page syntheticCopies(int n) const
    {
        Page copies = m_seed;
        copies.key = QStringLiteral("synthetic");
        copies.title = QStringLiteral("Synthetic copies");
        copies.hotlines.clear();
        copies.articles.clear();
        for (int i = 0; i < n; ++i) {
            Article a = m_seed.articles.at(i % m_seed.articles.size());
            a.title = QStringLiteral("%1 (copy %2)").arg(a.title).arg(i);
            a.id = PageParser::stableArticleId(copies.key, a.title, 0);
            a.pageKey = copies.key;
            a.ordinal = i;
            copies.articles.append(a);
        }
        return copies;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const PageParser::Result seed = parseSeed();
        QVERIFY2(seed.ok, qPrintable(seed.error));
        m_seed = seed.page;
        QString error;
        QVERIFY2(buildLibrary(m_store, m_dir.filePath(QStringLiteral("seed.sqlite")), { m_seed }, &error),
            qPrintable(error));
        QCOMPARE(m_store.catalogue.stats().articles, 32);
    }

    // A model that warns (a bad index, a failed query) fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void tree()
    {
        CountryTreeModel model(m_store.catalogue);
        Tester tester(&model, qtTest);

        const QModelIndex all = model.allIndex();
        QCOMPARE(all.row(), 0);
        QCOMPARE(all.data().toString(), QStringLiteral("All articles (32)"));
        QCOMPARE(kindOf(all), Kind::All);
        QCOMPARE(all.data(CountryTreeModel::IconKeyRole).toString(), QStringLiteral("all"));

        const QModelIndex europe = childWithCode(model, {}, QStringLiteral("150"));
        const QModelIndex south = childWithCode(model, europe, QStringLiteral("039"));
        QVERIFY(south.isValid());
        QCOMPARE(south.data(CountryTreeModel::NameRole).toString(), QStringLiteral("Southern Europe"));
        QCOMPARE(south.data(CountryTreeModel::IconKeyRole).toString(), QStringLiteral("region"));
        ArticleFilter region;
        region.region = QStringLiteral("039");
        QCOMPARE(south.data(CountryTreeModel::CountRole).toInt(), m_store.articles.countArticles(region));
        for (const auto &[code, name] :
            { std::pair(u"RS", u"Serbia"), std::pair(u"ME", u"Montenegro"), std::pair(u"XK", u"Kosovo") }) {
            const QModelIndex country = childWithCode(model, south, QString::fromUtf16(code));
            QVERIFY(country.isValid());
            QCOMPARE(country, model.indexForCountry(QString::fromUtf16(code)));
            const int n = countFor(QString::fromUtf16(code));
            QVERIFY(n > 0);
            QCOMPARE(country.data(CountryTreeModel::CountRole).toInt(), n);
            QCOMPARE(country.data().toString(), QStringLiteral("%1 (%2)").arg(QString::fromUtf16(name)).arg(n));
            QCOMPARE(kindOf(country), Kind::Country);
            QCOMPARE(country.data(CountryTreeModel::IconKeyRole).toString(), QStringLiteral("country"));
            QVERIFY(!country.data(Qt::ToolTipRole).toString().isEmpty());
        }
        // An article about two of the countries counts once for the region.
        QVERIFY(south.data(CountryTreeModel::CountRole).toInt()
            < countFor(QStringLiteral("RS")) + countFor(QStringLiteral("ME")) + countFor(QStringLiteral("XK")));
        QCOMPARE(model.indexForCountry(QStringLiteral("FR")).data().toString(), QStringLiteral("France"));
        QCOMPARE(codesOf(model, Kind::Country).size(), 250);
        QCOMPARE(kindOf(childWithCode(model, {}, QStringLiteral("AQ"))), Kind::Country); // M49: World alone
        QVERIFY(!model.indexForCountry(QStringLiteral("ZZ")).isValid());

        const QModelIndex pages = model.index(model.rowCount() - 1, 0);
        QCOMPARE(kindOf(pages), Kind::PagesHeader);
        QVERIFY(!(model.flags(pages) & Qt::ItemIsSelectable));
        QCOMPARE(model.rowCount(pages), 1);
        const QModelIndex page = model.index(0, 0, pages);
        QCOMPARE(page.data(CountryTreeModel::NameRole).toString(), seedTitle);
        QCOMPARE(page.data(CountryTreeModel::CodeRole).toString(), m_seed.key);
        QCOMPARE(page.data(CountryTreeModel::CountRole).toInt(), 32);
        QCOMPARE(page.data(CountryTreeModel::IconKeyRole).toString(), QStringLiteral("page"));
        QCOMPARE(model.indexForPage(m_seed.key), page);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.indexForCountry(QStringLiteral("XK")).data(CountryTreeModel::CountRole).toInt(),
            countFor(QStringLiteral("XK")));
        QCOMPARE(codesOf(model, Kind::Country).size(), 250);
    }

    void filterModel()
    {
        CountryTreeModel source(m_store.catalogue);
        CountryTreeFilterModel proxy;
        Tester sourceTester(&source, qtTest);
        proxy.setSortLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        proxy.setSourceModel(&source);
        Tester proxyTester(&proxy, qtTest);
        QVERIFY(proxy.isRecursiveFilteringEnabled());

        // Only the countries with articles, and only the regions above them.
        QCOMPARE(codesOf(proxy, Kind::Country),
            (QSet<QString> { QStringLiteral("RS"), QStringLiteral("ME"), QStringLiteral("XK") }));
        QCOMPARE(codesOf(proxy, Kind::Region), (QSet<QString> { QStringLiteral("150"), QStringLiteral("039") }));
        QCOMPARE(kindOf(proxy.index(0, 0)), Kind::All);
        QCOMPARE(kindOf(proxy.index(proxy.rowCount() - 1, 0)), Kind::PagesHeader);

        QSignalSpy changed(&proxy, &CountryTreeFilterModel::showAllCountriesChanged);
        proxy.setShowAllCountries(true);
        proxy.setShowAllCountries(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(codesOf(proxy, Kind::Country).size(), 250);
        QCOMPARE(kindOf(proxy.index(0, 0)), Kind::All);
        QCOMPARE(kindOf(proxy.index(proxy.rowCount() - 1, 0)), Kind::PagesHeader);
        QStringList top;
        for (int row = 1; row < proxy.rowCount() - 1; ++row)
            top.append(proxy.index(row, 0).data(CountryTreeModel::NameRole).toString());
        QCOMPARE(top,
            (QStringList { QStringLiteral("Africa"), QStringLiteral("Americas"), QStringLiteral("Antarctica"),
                QStringLiteral("Asia"), QStringLiteral("Europe"), QStringLiteral("Oceania") }));
        // Locale-aware: the Å of Åland sorts as an A, not after Z.
        const QModelIndex europe = childWithCode(proxy, {}, QStringLiteral("150"));
        const QModelIndex north = childWithCode(proxy, europe, QStringLiteral("154"));
        QStringList northern;
        for (int row = 0; row < proxy.rowCount(north); ++row)
            northern.append(proxy.index(row, 0, north).data(CountryTreeModel::NameRole).toString());
        QCOMPARE(northern.first(), QStringLiteral("Åland Islands"));
        QVERIFY(northern.contains(QStringLiteral("Channel Islands")));

        proxy.setFilterFixedString(QStringLiteral("KOSOVO"));
        QCOMPARE(codesOf(proxy, Kind::Country), QSet<QString> { QStringLiteral("XK") });
        QCOMPARE(codesOf(proxy, Kind::Page), QSet<QString> { m_seed.key }); // its title says Kosovo
        QCOMPARE(kindOf(proxy.index(0, 0)), Kind::All);
        proxy.setFilterFixedString(QStringLiteral("southern europe"));
        QCOMPARE(codesOf(proxy, Kind::Country).size(), 17); // the whole region, zeros included
        QVERIFY(codesOf(proxy, Kind::Page).isEmpty());
        proxy.setShowAllCountries(false);
        QCOMPARE(codesOf(proxy, Kind::Country).size(), 3);
        proxy.setFilterFixedString(QStringLiteral("france"));
        QCOMPARE(proxy.rowCount(), 1); // "All articles" alone: France has no articles
        proxy.setShowAllCountries(true);
        QCOMPARE(codesOf(proxy, Kind::Country), QSet<QString> { QStringLiteral("FR") });
        proxy.setFilterFixedString(QString());
        proxy.setShowAllCountries(false);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(codesOf(proxy, Kind::Country).size(), 3);

        source.reload();
        QCOMPARE(codesOf(proxy, Kind::Country).size(), 3);
        QCOMPARE(kindOf(proxy.index(0, 0)), Kind::All);
        proxy.sort(0, Qt::DescendingOrder); // the headers keep their places
        QCOMPARE(kindOf(proxy.index(0, 0)), Kind::All);
        QCOMPARE(kindOf(proxy.index(proxy.rowCount() - 1, 0)), Kind::PagesHeader);
    }

    void readingLists()
    {
        CountryTreeModel source(m_store.catalogue);
        CountryTreeFilterModel proxy;
        Tester sourceTester(&source, qtTest);
        proxy.setSourceModel(&source);
        Tester proxyTester(&proxy, qtTest);
        const int regionsAndPages = proxy.rowCount();
        QVERIFY(!source.indexForList(1).isValid()); // no branch without the reader's lists

        // In the order given, whatever the names: the store puts the default first.
        source.setReadingLists({ { 1, QStringLiteral("stored name"), 0, true }, { 7, QStringLiteral("Zeta"), 2, false },
            { 5, QStringLiteral("alpha"), 0, false } });
        QCOMPARE(proxy.rowCount(), regionsAndPages + 1);
        const QModelIndex header = proxy.index(1, 0); // below "All articles", above the regions
        QCOMPARE(kindOf(header), Kind::ListsHeader);
        QCOMPARE(header.data().toString(), QStringLiteral("My reading lists"));
        QVERIFY(!(proxy.flags(header) & Qt::ItemIsSelectable));
        QCOMPARE(proxy.rowCount(header), 3);
        const auto listRow = [&](int row) { return proxy.index(row, 0, proxy.index(1, 0)); };
        QCOMPARE(listRow(0).data().toString(), QStringLiteral("Reading list (0)")); // its name is the app's
        QCOMPARE(listRow(1).data().toString(), QStringLiteral("Zeta (2)"));
        QCOMPARE(listRow(2).data().toString(), QStringLiteral("alpha (0)")); // empty lists show
        QCOMPARE(listRow(1).data(CountryTreeModel::CodeRole).toString(), QStringLiteral("7"));
        QCOMPARE(kindOf(listRow(1)), Kind::List);
        QCOMPARE(listRow(1).data(CountryTreeModel::IconKeyRole).toString(), QStringLiteral("list"));
        QVERIFY(proxy.flags(listRow(1)) & Qt::ItemIsSelectable);
        QCOMPARE(proxy.mapFromSource(source.indexForList(7)), listRow(1));

        // New counts change the rows in place; the view keeps its place.
        QSignalSpy changed(&source, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&source, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex zeta = source.indexForList(7);
        source.setReadingLists({ { 1, QString(), 1, true }, { 7, QStringLiteral("Zeta"), 3, false },
            { 5, QStringLiteral("alpha"), 0, false } });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(zeta.data().toString(), QStringLiteral("Zeta (3)"));
        QCOMPARE(listRow(0).data().toString(), QStringLiteral("Reading list (1)"));

        // Another set of lists replaces the children.
        source.setReadingLists({ { 1, QString(), 1, true }, { 5, QStringLiteral("alpha"), 4, false } });
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 2);
        QVERIFY(!source.indexForList(7).isValid());
        QCOMPARE(listRow(1).data().toString(), QStringLiteral("alpha (4)"));

        // The tree's filter finds lists by name; the reload keeps the branch.
        proxy.setFilterFixedString(QStringLiteral("ALPHA"));
        QCOMPARE(kindOf(proxy.index(1, 0)), Kind::ListsHeader);
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 1);
        proxy.setFilterFixedString(QString());
        source.reload();
        QCOMPARE(source.indexForList(5).data(CountryTreeModel::CountRole).toInt(), 4);

        // Without the user's data (closed, cleared) the branch goes.
        source.setReadingLists({});
        QCOMPARE(proxy.rowCount(), regionsAndPages);
        QVERIFY(!source.indexForList(1).isValid());
    }

    void articleList()
    {
        ArticleListModel model(m_store.articles, m_store.catalogue);
        QList<int> rowsAtReset; // connected before the tester, which fetches more itself
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { rowsAtReset.append(model.rowCount()); });
        Tester tester(&model, qtTest);
        QSignalSpy queries(&model, &ArticleListModel::queryChanged);

        model.setQuery({}, ArticleSort::DateNewest);
        QCOMPARE(queries.count(), 1);
        QCOMPARE(model.totalCount(), 32);
        QCOMPARE(rowsAtReset.last(), 32);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 32);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(ArticleListModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));

        const QList<Article> articles = m_store.articles.articles();
        QHash<QString, QString> topicLabels;
        for (const Topic &t : referenceData().topics())
            topicLabels.insert(t.id, t.label);
        for (const Article &a : articles) {
            const int row = model.rowForId(a.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.idAt(row), a.id);
            const auto cell
                = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
            // The title alone: PDF and archive are markers, never words glued to it.
            QCOMPARE(cell(ArticleListModel::TitleColumn).toString(), a.title);
            // The tooltip has the whole title (the column may cut it) and what the
            // markers mean; a screen reader hears the same.
            const QString tip = cell(ArticleListModel::TitleColumn, Qt::ToolTipRole).toString();
            const QString spoken = cell(ArticleListModel::TitleColumn, Qt::AccessibleTextRole).toString();
            QVERIFY2(tip.startsWith(a.title), qPrintable(tip));
            QVERIFY2(spoken.startsWith(a.title), qPrintable(spoken));
            for (const QString &text : { tip.mid(a.title.size()), spoken.mid(a.title.size()) }) {
                QCOMPARE(text.contains(QStringLiteral("PDF")), a.isPdf);
                QCOMPARE(text.contains(QStringLiteral("archive")), !a.featured);
            }
            QCOMPARE(cell(ArticleListModel::PublisherColumn).toString(), a.publishers.join(QStringLiteral(", ")));
            QCOMPARE(cell(ArticleListModel::DateColumn).toString(), a.date.toDisplay());
            QCOMPARE(cell(ArticleListModel::DateColumn, ArticleListModel::DateIsoRole).toString(), a.date.toIso());
            QStringList names, labels;
            for (const QString &code : a.countries)
                names.append(referenceData().country(code)->name);
            for (const QString &topic : a.topics)
                labels.append(topicLabels.value(topic));
            QCOMPARE(cell(ArticleListModel::CountriesColumn).toString(), names.join(QStringLiteral(", ")));
            QCOMPARE(cell(ArticleListModel::TopicsColumn).toString(), labels.join(QStringLiteral(", ")));
            QCOMPARE(
                cell(ArticleListModel::TopicsColumn, ArticleListModel::CountryCodesRole).toStringList(), a.countries);
            QCOMPARE(cell(ArticleListModel::TitleColumn, ArticleListModel::TopicIdsRole).toStringList(), a.topics);
            QCOMPARE(cell(ArticleListModel::TitleColumn, ArticleListModel::IsPdfRole).toBool(), a.isPdf);
            QCOMPARE(cell(ArticleListModel::TitleColumn, ArticleListModel::FeaturedRole).toBool(), a.featured);
        }
        QCOMPARE(model.rowForId(42), -1);
        QCOMPARE(model.idAt(32), qint64(0));

        // `vigil-library list --country XK`: the articles whose countries hold XK.
        ArticleFilter kosovo;
        kosovo.country = QStringLiteral("XK");
        model.setQuery(kosovo, ArticleSort::DateNewest);
        QCOMPARE(model.totalCount(), m_store.articles.articles(QStringLiteral("XK")).size());
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0)
                        .data(ArticleListModel::CountryCodesRole)
                        .toStringList()
                        .contains(QStringLiteral("XK")));

        ArticleFilter words;
        words.text = QStringLiteral("trafficking");
        model.setQuery(words, ArticleSort::Relevance);
        QVERIFY(model.totalCount() > 0);
        QVERIFY(model.index(0, 0).data(ArticleListModel::SnippetRole).toString().contains(QChar(0xE000)));
        QCOMPARE(queries.count(), 3);

        model.setQuery({}, ArticleSort::Relevance);
        for (const int column : { int(ArticleListModel::TitleColumn), int(ArticleListModel::PublisherColumn),
                 int(ArticleListModel::DateColumn) }) {
            model.sort(column, Qt::AscendingOrder);
            fetchAll(model);
            const QList<qint64> up = loadedIds(model);
            model.sort(column, Qt::DescendingOrder);
            fetchAll(model);
            const QList<qint64> down = loadedIds(model);
            QCOMPARE(up.size(), 32);
            QCOMPARE(QSet<qint64>(down.cbegin(), down.cend()), QSet<qint64>(up.cbegin(), up.cend()));
            if (column == ArticleListModel::DateColumn) {
                // Undated articles stay last both ways, so the two are not mirrors.
                QCOMPARE(model.articleSort(), ArticleSort::DateNewest);
                const auto storeIds = [this](ArticleSort sort) {
                    QList<qint64> ids;
                    for (const ArticleSummary &a : m_store.articles.findArticles({}, sort, 0, -1))
                        ids.append(a.id);
                    return ids;
                };
                QCOMPARE(up, storeIds(ArticleSort::DateOldest));
                QCOMPARE(down, storeIds(ArticleSort::DateNewest));
            } else {
                QCOMPARE(down, QList<qint64>(up.crbegin(), up.crend()));
            }
        }
        model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.articleSort(), ArticleSort::DateOldest);
        const int before = int(queries.count());
        model.sort(ArticleListModel::CountriesColumn, Qt::AscendingOrder); // no order of its own
        model.sort(ArticleListModel::TopicsColumn, Qt::DescendingOrder);
        QCOMPARE(queries.count(), before);
        model.setSort(ArticleSort::Title);
        QCOMPARE(model.articleSort(), ArticleSort::Title);
        model.sort(-1);
        QCOMPARE(model.articleSort(), ArticleSort::Relevance);
        model.reload();
        QCOMPARE(model.totalCount(), 32);
    }

    void bigLibraryLoadsLazily()
    {
        const Page copies = syntheticCopies(1000);
        TestLibrary store;
        QString error;
        QVERIFY2(buildLibrary(store, m_dir.filePath(QStringLiteral("big.sqlite")), { m_seed, copies }, &error),
            qPrintable(error));

        ArticleListModel model(store.articles, store.catalogue);
        QList<int> rowsAtReset;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { rowsAtReset.append(model.rowCount()); });
        Tester tester(&model, qtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.setQuery({}, ArticleSort::DateNewest);
        QCOMPARE(rowsAtReset.last(), ArticleListModel::batchSize);
        QCOMPARE(model.totalCount(), 1032);
        const QList<ArticleSummary> whole = store.articles.findArticles({}, ArticleSort::DateNewest, 0, -1);
        QCOMPARE(model.rowForId(whole.last().id), -1); // not loaded yet
        QVERIFY(model.canFetchMore({}));
        const int loaded = model.rowCount();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), loaded + ArticleListModel::batchSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1032);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(inserted.count() >= 10);
        QList<qint64> wholeIds;
        for (const ArticleSummary &a : whole)
            wholeIds.append(a.id);
        QCOMPARE(loadedIds(model), wholeIds);
        QCOMPARE(model.rowForId(whole.last().id), 1031);

        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        fetchAll(model);
        const QList<qint64> up = loadedIds(model);
        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(rowsAtReset.last(), ArticleListModel::batchSize);
        fetchAll(model);
        QCOMPARE(loadedIds(model), QList<qint64>(up.crbegin(), up.crend()));

        ArticleFilter page;
        page.pageKey = copies.key;
        model.setQuery(page, ArticleSort::Title);
        QCOMPARE(model.totalCount(), 1000);

        CountryTreeModel tree(store.catalogue);
        Tester treeTester(&tree, qtTest);
        QCOMPARE(tree.allIndex().data().toString(), QStringLiteral("All articles (1032)"));
        QCOMPARE(tree.indexForPage(copies.key).data().toString(), QStringLiteral("Synthetic copies (1000)"));
        QCOMPARE(tree.indexForPage(m_seed.key).data().toString(), seedTitle + QStringLiteral(" (32)"));
    }

    // The window reads further rows on its search worker: fetchMore() only asks,
    // one request at a time, and rows that answer a list no longer shown never
    // reach the new one.
    void rowFetcher_asksElsewhere_andDropsStaleRows()
    {
        TestLibrary store;
        QString error;
        QVERIFY2(buildLibrary(
                     store, m_dir.filePath(QStringLiteral("fetcher.sqlite")), { m_seed, syntheticCopies(250) }, &error),
            qPrintable(error));
        ArticleListModel model(store.articles, store.catalogue);
        Tester tester(&model, qtTest);
        QList<ArticleListModel::RowRequest> asked;
        model.setRowFetcher([&asked](const ArticleListModel::RowRequest &r) { asked.append(r); });
        model.setQuery({}, ArticleSort::DateNewest);
        QCOMPARE(model.rowCount(), ArticleListModel::batchSize);

        model.fetchMore({});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(model.rowCount(), ArticleListModel::batchSize); // nothing read here
        QVERIFY(model.isFetching());
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(asked.size(), 1); // one request at a time
        QCOMPARE(asked.first().offset, ArticleListModel::batchSize);
        QCOMPARE(asked.first().count, ArticleListModel::batchSize);

        // Read as the worker would, on another connection of the same library.
        const QList<ArticleSummary> rows = ArticleListModel::readRequest(store.articles, asked.first());
        model.addFetchedRows(asked.first().token + 1, rows); // not the request on its way
        QCOMPARE(model.rowCount(), ArticleListModel::batchSize);
        model.addFetchedRows(asked.first().token, rows);
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::batchSize);
        QVERIFY(!model.isFetching());
        const QList<ArticleSummary> expected
            = store.articles.findArticles({}, ArticleSort::DateNewest, 0, 2 * ArticleListModel::batchSize);
        QList<qint64> expectedIds;
        for (const ArticleSummary &a : expected)
            expectedIds.append(a.id);
        QCOMPARE(loadedIds(model), expectedIds);

        // A new list while rows of the old one are on their way: they are dropped.
        model.fetchMore({});
        QCOMPARE(asked.size(), 2);
        const QList<ArticleSummary> old = ArticleListModel::readRequest(store.articles, asked.last());
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(!model.isFetching());
        model.addFetchedRows(asked.last().token, old);
        QCOMPARE(model.rowCount(), ArticleListModel::batchSize);
        QCOMPARE(model.summaryAt(0).id, store.articles.findArticles({}, ArticleSort::Title, 0, 1).first().id);
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
