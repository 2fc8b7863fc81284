#pragma once

#include "content/profilerenderer.h"
#include "domain/articlefilter.h"
#include "models/articlelistmodel.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Vigil::Core {
class LibraryConnection;
}

namespace Vigil::Ui {

// One step of the answer to a search, in the order they arrive: the first rows
// (total -1: a text search still being ranked), then the list's first page in
// its order with the count, then the facets.
struct SearchResult
{
    quint64 generation = 0;
    Core::ArticleFilter filter;
    Core::ArticleSort sort = Core::ArticleSort::DateNewest;
    bool reversed = false;
    QList<Core::ArticleSummary> rows;
    int total = -1;
    // A Relevance list's order (ArticleQueries::rankedKeys), so that scrolling
    // does not rank again.
    QList<qint64> rankedKeys;
    // From the query language: what was not understood, and the words to mark.
    QStringList hints;
    QStringList highlightTerms;
};

// Reads the article list on a thread of its own, with its own read-only
// connection to the library, so that the window never waits on a query. Each
// search() supersedes those before it: the statement running for an older one
// is interrupted, and anything a stale search still delivers is dropped. At
// 100,000 articles a keystroke can otherwise queue behind a ranking that no one
// will look at (README, Performance).
class SearchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchRunner)

public:
    explicit SearchRunner(const QString &libraryPath, QObject *parent = nullptr);
    // Interrupts what runs and waits for the thread, which then closes its connection.
    ~SearchRunner() override;

    // Returns the search's generation; results carry it.
    quint64 search(const Core::ArticleFilter &filter, Core::ArticleSort sort, bool reversed = false);
    // True from search() until the newest search delivered its facets (or failed).
    bool isBusy() const { return m_busy; }
    quint64 generation() const { return m_latest->load(); }

    // The reading pane's view of a country (its counts take tens of milliseconds
    // at 100,000 articles) or of a source page, put together on the worker. Each
    // request supersedes those before it; returns its number, which
    // profileReady carries.
    quint64 requestCountryProfile(const QString &code, const QString &name);
    quint64 requestPageProfile(const QString &key);

    // Further rows of the list (ArticleListModel's RowFetcher) and the snippets
    // of rows coming into view, read on the worker after what was asked before.
    void requestRows(const Core::ArticleListModel::RowRequest &request);
    void requestSnippets(const QList<qint64> &ids, const QString &text);

signals:
    // Only ever for the newest search.
    void firstRowsReady(const Vigil::Ui::SearchResult &result);
    void rowsReady(const Vigil::Ui::SearchResult &result);
    void facetsReady(const QList<Vigil::Core::FacetCount> &topics, const QList<Vigil::Core::FacetCount> &publishers);
    // The worker could not open or read the library: searches give nothing
    // until restarted. The message says what happened and what to do.
    void failed(const QString &message);
    void busyChanged(bool busy);
    // Only ever for the newest request; a page that does not exist gives none.
    void profileReady(quint64 request, const Vigil::Core::CountryProfileView &view);
    // The answers to requestRows() and requestSnippets(); the model drops rows
    // of a list it no longer shows, the window snippets of another text.
    void rowsFetched(quint64 token, const QList<Vigil::Core::ArticleSummary> &rows);
    void snippetsReady(const QString &text, const QHash<qint64, QString> &snippets);
    // Snippets whose read a newer search may have cut short: to be asked again.
    void snippetsDropped(const QList<qint64> &ids);

private:
    struct Worker;
    void deliver(const std::function<void()> &step, quint64 generation);
    quint64 requestProfile(const std::function<std::optional<Core::CountryProfileView>(Worker &)> &build);
    // Runs read on the worker, and its answer in the window's thread, told
    // whether a search began since the request (the read may have been cut
    // short). A failed read is reported (failed()) instead of answered.
    using Answer = std::function<void(bool superseded)>;
    void readOnWorker(const std::function<Answer(Worker &)> &read);
    void setBusy(bool busy);

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the worker's steps run in its event loop
    std::shared_ptr<Worker> m_worker; // opened, used and closed in m_thread only
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<quint64>> m_latestProfile;
    bool m_busy = false;
};

} // namespace Vigil::Ui
