#include "searchbench.h"

#include "corpus.h"
#include "models/articlelistmodel.h"
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Vigil::Bench {

using namespace Vigil::Core;
using Vigil::Test::TestLibrary;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Every class of query the issue names, each with a few members so a p95 means
// something. The words are the generator's (corpus.cpp).
ClassResult queryClass(const QString &name, const QStringList &queries)
{
    ClassResult c;
    c.name = name;
    c.queries = queries;
    return c;
}

QList<ClassResult> querySet(const QString &country)
{
    const QString rare = rareWord();
    const QString absent = absentWord();
    return {
        queryClass(QStringLiteral("single"),
            { QStringLiteral("trafficking"), QStringLiteral("victims"), QStringLiteral("police"),
                QStringLiteral("government"), rare }),
        queryClass(QStringLiteral("prefix"),
            { QStringLiteral("t"), QStringLiteral("tr"), QStringLiteral("traf"), QStringLiteral("traff"),
                QStringLiteral("vict"), QStringLiteral("expl") }),
        queryClass(QStringLiteral("and"),
            { QStringLiteral("forced labor"), QStringLiteral("police corruption"),
                QStringLiteral("women children shelter"), QStringLiteral("border smuggling migrants") }),
        queryClass(QStringLiteral("phrase"),
            { QStringLiteral("\"forced labor\""), QStringLiteral("\"sexual exploitation\""),
                QStringLiteral("\"human trafficking\""), QStringLiteral("\"debt bondage\"") }),
        queryClass(QStringLiteral("filtered"),
            { QStringLiteral("trafficking country:\"%1\"").arg(country), QStringLiteral("forced labor year:2010..2015"),
                QStringLiteral("victims is:pdf"), QStringLiteral("police topic:corruption"),
                QStringLiteral("trafficking publisher:monitor"), QStringLiteral("shelter is:featured year:2020") }),
        queryClass(QStringLiteral("nohit"),
            { absent, QStringLiteral("trafficking ") + absent, QStringLiteral("\"labor forced victims\""),
                absent + QStringLiteral(" country:\"%1\"").arg(country) }),
    };
}

double floorQuery(QSqlQuery &q, const QString &sql, const QString &match)
{
    QElapsedTimer t;
    t.start();
    q.prepare(sql);
    q.addBindValue(match);
    if (!q.exec())
        qWarning("floor query failed: %s", qPrintable(q.lastError().text()));
    while (q.next()) { }
    q.finish();
    return ms(t);
}

} // namespace

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: with 30 samples, p95 is the second slowest.
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool runSearchBench(const SearchBenchOptions &options, QList<ClassResult> *results, QString *error)
{
    TestLibrary store;
    if (!store.connection.open(options.library, LibraryConnection::OpenMode::ReadOnly, error))
        return false;
    const QString connection = QStringLiteral("vigil-bench-floor");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(options.library);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!raw.open()) {
            *error = raw.lastError().text();
            return false;
        }
    }
    const QList<CountryCount> countries = store.catalogue.countryCounts();
    const auto busiest = std::max_element(countries.cbegin(), countries.cend(),
        [](const CountryCount &a, const CountryCount &b) { return a.articles < b.articles; });
    *results = querySet(busiest == countries.cend() ? QStringLiteral("Serbia") : busiest->name);

    ArticleListModel model(store.articles, store.catalogue);
    model.setQuery({}, ArticleSort::DateNewest); // names loaded, caches warm, as after start-up
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        for (ClassResult &c : *results) {
            for (const QString &text : std::as_const(c.queries)) {
                ArticleFilter filter;
                filter.text = text;
                // The native expression: what FTS5 alone would be asked.
                const QString match = QueryParser().parse(text).matchExpression();
                QList<double> firstRuns;
                QList<double> rankedRuns;
                for (int run = 0; run <= options.runs; ++run) {
                    QElapsedTimer t;
                    t.start();
                    const QList<ArticleSummary> first
                        = store.articles.findArticlesQuick(filter, ArticleSort::Relevance, ArticleListModel::batchSize);
                    model.showRows(filter, ArticleSort::Relevance, first, -1);
                    const double firstMs = ms(t);
                    const QList<ArticleSummary> ranked
                        = store.articles.findArticles(filter, ArticleSort::Relevance, 0, ArticleListModel::batchSize);
                    model.showRows(filter, ArticleSort::Relevance, ranked, -1);
                    const double rankedMs = ms(t);
                    model.setTotalCount(store.articles.countArticles(filter));
                    const double countedMs = ms(t);
                    double bm25 = 0;
                    double rowid = 0;
                    if (!match.isEmpty()) {
                        bm25 = floorQuery(q,
                            QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                                           "ORDER BY bm25(article_fts, 1.0, 10.0, 3.0) LIMIT 50"),
                            match);
                        rowid = floorQuery(q,
                            QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                                           "ORDER BY rowid DESC LIMIT 100"),
                            match);
                    }
                    if (run == 0)
                        continue; // the warm-up: the file's pages into the cache
                    c.firstRows.append(firstMs);
                    c.ranked.append(rankedMs);
                    c.counted.append(countedMs);
                    firstRuns.append(firstMs);
                    rankedRuns.append(rankedMs);
                    c.floorBm25.append(bm25);
                    c.floorRowid.append(rowid);
                    c.hits = std::max(c.hits, model.totalCount());
                }
                c.details.append(QStringLiteral("%1 %2: first p50 %3 ms, ranked p50 %4 ms, %5 hits")
                                     .arg(c.name, text)
                                     .arg(percentile(firstRuns, 50), 0, 'f', 2)
                                     .arg(percentile(rankedRuns, 50), 0, 'f', 2)
                                     .arg(model.totalCount()));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return true;
}

} // namespace Vigil::Bench
