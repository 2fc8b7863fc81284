#include "citationbench.h"

#include "citationformatter.h"
#include "cslengine.h"
#include "export/citationexport.h"
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Vigil::Bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Waits for the formatter's answer to token; false on failure or after a minute.
bool waitFor(Csl::CitationFormatter &formatter, quint64 token, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    const auto done = QObject::connect(&formatter, &Csl::CitationFormatter::formatted, &loop, [&](quint64 t) {
        if (t == token) {
            ok = true;
            loop.quit();
        }
    });
    const auto failed = QObject::connect(&formatter, &Csl::CitationFormatter::failed, &loop,
        [&](quint64, const QString &, qint64, const QString &message) {
            *error = message;
            loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    if (!ok && error->isEmpty())
        *error = QStringLiteral("no citation within a minute");
    return ok;
}

} // namespace

bool runCitationBench(const QString &library, int runs, CitationBenchResult *result, QString *error)
{
    Test::TestLibrary store;
    if (!store.connection.open(library, Core::LibraryConnection::OpenMode::ReadOnly, error))
        return false;
    QList<qint64> ids;
    for (const Core::ArticleSummary &row : store.articles.findArticles({}, Core::ArticleSort::DateNewest, 0, 3))
        ids << row.id;
    const QJsonArray items
        = QJsonDocument::fromJson(Core::CitationExport::write(Core::ExportFormat::CslJson,
                                      Core::CitationExport::itemsFor(store.articles, store.catalogue, ids)))
              .array();
    if (items.size() < 2) {
        *error = QStringLiteral("the library has fewer than two articles");
        return false;
    }
    const QString style = Csl::CslStyleCatalog::defaultStyleId();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            Csl::CslEngine engine;
            if (!engine.load()) {
                *error = engine.loadError();
                return false;
            }
            result->engineStart << elapsedMs(timer);
        }
        Csl::CitationFormatter formatter;
        timer.restart();
        quint64 token = formatter.request(style, ids.at(0), items.at(0).toObject());
        result->request << elapsedMs(timer);
        if (!waitFor(formatter, token, error))
            return false;
        result->first << elapsedMs(timer);
        timer.restart();
        token = formatter.request(style, ids.at(1), items.at(1).toObject());
        if (!waitFor(formatter, token, error))
            return false;
        result->warm << elapsedMs(timer);
        timer.restart();
        if (!formatter.cached(style, ids.at(0))) {
            *error = QStringLiteral("the first citation was not cached");
            return false;
        }
        result->cached << elapsedMs(timer);
    }
    return true;
}

} // namespace Vigil::Bench
