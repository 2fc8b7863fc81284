#include "searchrunner.h"

#include "models/articlelistmodel.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/profileviews.h"

#include <QMetaObject>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Vigil::Ui {

using Core::ArticleListModel;
using Core::LibraryConnection;

struct SearchRunner::Worker
{
    LibraryConnection connection;
    Core::ArticleQueries queries { connection };
    Core::CatalogueQueries catalogue { connection };
};

namespace {

// The worker gives way when the window's thread wants a core: on a machine with
// two cores a search that runs on must not hold back a repaint (the window's
// stalls, README "The window never waits"). Linux's scheduler weighs each
// thread by its nice value; at 10 the worker still gets any core nobody else
// wants, so a search on an idle machine is as fast as before. QThread's own
// priorities do not reach the normal scheduling class on Linux.
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

SearchRunner::SearchRunner(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_latestProfile(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("vigil-search"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    // A connection of its own: a Qt SQL connection belongs to the thread that
    // opened it, and read-only, like the window's.
    const auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, libraryPath]() {
            yieldToTheWindow();
            QString error;
            if (!worker->connection.open(libraryPath, LibraryConnection::OpenMode::ReadOnly, &error)) {
                QMetaObject::invokeMethod(
                    this, [this, error]() { emit failed(error); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

SearchRunner::~SearchRunner()
{
    // Every queued step sees it is stale and returns; the running one is stopped.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_latestProfile->store(std::numeric_limits<quint64>::max());
    m_worker->connection.interrupt();
    const auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context, [worker]() { worker->connection.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchRunner::search(const Core::ArticleFilter &filter, Core::ArticleSort sort, bool reversed)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    m_worker->connection.interrupt();
    setBusy(true);
    const auto worker = m_worker;
    const auto latest = m_latest;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, latest, generation, filter, sort, reversed]() {
            const auto stale = [&latest, generation]() { return latest->load() != generation; };
            if (stale())
                return;
            const LibraryConnection &connection = worker->connection;
            const Core::ArticleQueries &queries = worker->queries;
            if (!connection.isOpen()) {
                deliver([this]() { setBusy(false); }, generation);
                return;
            }
            // A damaged library must not look like a search that found nothing.
            const auto failed = [this, &connection, generation]() {
                if (connection.readFailure().isEmpty())
                    return false;
                const QString message = connection.readFailure();
                connection.clearReadFailure();
                deliver(
                    [this, message]() {
                        setBusy(false);
                        emit this->failed(message);
                    },
                    generation);
                return true;
            };
            SearchResult result;
            result.generation = generation;
            result.filter = filter;
            result.sort = sort;
            result.reversed = reversed;
            const Core::ParsedQuery query = queries.parseQuery(filter.text);
            result.hints = query.hints;
            result.highlightTerms = query.highlightTerms;
            // Ranking waits on every match; the newest ones come from the index at once.
            if (query.hasPositive() && sort == Core::ArticleSort::Relevance) {
                result.rows = queries.findArticlesQuick(filter, sort, ArticleListModel::batchSize);
                if (stale())
                    return;
                deliver([this, result]() { emit firstRowsReady(result); }, generation);
            }
            result.total = queries.countArticles(filter);
            if (stale() || failed())
                return;
            result.rows = ArticleListModel::readRows(
                queries, filter, sort, reversed, result.total, 0, std::min(ArticleListModel::batchSize, result.total));
            if (query.hasPositive() && sort == Core::ArticleSort::Relevance && !reversed)
                result.rankedKeys = queries.rankedKeys(filter); // kept from readRows: not ranked again
            if (stale() || failed())
                return;
            deliver([this, result]() { emit rowsReady(result); }, generation);
            const QList<Core::FacetCount> topics = queries.topicFacets(filter);
            const QList<Core::FacetCount> publishers = queries.publisherFacets(filter);
            if (stale() || failed())
                return;
            deliver(
                [this, topics, publishers]() {
                    emit facetsReady(topics, publishers);
                    setBusy(false);
                },
                generation);
        },
        Qt::QueuedConnection);
    return generation;
}

quint64 SearchRunner::requestCountryProfile(const QString &code, const QString &name)
{
    return requestProfile([code, name](Worker &w) -> std::optional<Core::CountryProfileView> {
        return Core::countryProfileView(w.catalogue, w.queries, code, name);
    });
}

quint64 SearchRunner::requestPageProfile(const QString &key)
{
    return requestProfile([key](Worker &w) -> std::optional<Core::CountryProfileView> {
        const auto page = w.catalogue.page(key);
        if (!page)
            return std::nullopt;
        return Core::pageProfileView(w.queries, *page);
    });
}

quint64 SearchRunner::requestProfile(const std::function<std::optional<Core::CountryProfileView>(Worker &)> &build)
{
    const quint64 request = m_latestProfile->fetch_add(1) + 1;
    const auto worker = m_worker;
    const auto latest = m_latestProfile;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, latest, request, build]() {
            if (latest->load() != request || !worker->connection.isOpen())
                return;
            const std::optional<Core::CountryProfileView> view = build(*worker);
            if (const QString failure = worker->connection.readFailure(); !failure.isEmpty()) {
                worker->connection.clearReadFailure();
                QMetaObject::invokeMethod(
                    this, [this, failure]() { emit failed(failure); }, Qt::QueuedConnection);
                return;
            }
            if (!view || latest->load() != request)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, request, view]() {
                    if (m_latestProfile->load() == request)
                        emit profileReady(request, *view);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

void SearchRunner::requestRows(const Core::ArticleListModel::RowRequest &request)
{
    readOnWorker([this, request](Worker &w) -> Answer {
        const QList<Core::ArticleSummary> rows = ArticleListModel::readRequest(w.queries, request);
        // A newer search interrupts the read and resets the list: no rows then.
        return [this, rows, token = request.token](bool superseded) {
            if (!superseded)
                emit rowsFetched(token, rows);
        };
    });
}

void SearchRunner::requestSnippets(const QList<qint64> &ids, const QString &text)
{
    readOnWorker([this, ids, text](Worker &w) -> Answer {
        const QHash<qint64, QString> snippets = w.queries.snippets(ids, text);
        return [this, ids, text, snippets](bool superseded) {
            if (superseded)
                emit snippetsDropped(ids);
            else
                emit snippetsReady(text, snippets);
        };
    });
}

void SearchRunner::readOnWorker(const std::function<Answer(Worker &)> &read)
{
    const auto worker = m_worker;
    const auto latest = m_latest;
    const quint64 generation = latest->load();
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, latest, generation, read]() {
            if (!worker->connection.isOpen())
                return;
            const Answer answer = read(*worker);
            const QString failure = worker->connection.readFailure();
            worker->connection.clearReadFailure();
            QMetaObject::invokeMethod(
                this,
                [this, latest, generation, failure, answer]() {
                    if (!failure.isEmpty())
                        emit failed(failure);
                    else
                        answer(latest->load() != generation);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// Runs a step in the window's thread, unless a newer search began meanwhile:
// the check there is the one that counts, the worker's own only saves work.
void SearchRunner::deliver(const std::function<void()> &step, quint64 generation)
{
    QMetaObject::invokeMethod(
        this,
        [this, step, generation]() {
            if (m_latest->load() == generation)
                step();
        },
        Qt::QueuedConnection);
}

void SearchRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Vigil::Ui
