#include "citationwindowbench.h"

#include "citationformatter.h"
#include "detail/citationstrip.h"
#include "detail/detailpane.h"
#include "dialogs/dialogseam.h"
#include "mainwindow/mainwindow.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace Vigil::Bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window run until the strip shows a citation of this article, as the
// reader would see it; false after a minute.
bool waitForCitation(const Ui::CitationStrip *strip, qint64 id)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (strip->articleId() == id && strip->currentEntry())
            return true;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

// Opens an article as a click in the list does; its time on the window's thread.
double openTimed(Ui::MainWindow &window, qint64 id, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    *ok = window.openArticle(id);
    return elapsedMs(timer);
}

} // namespace

bool runCitationWindowBench(const QString &library, int runs, CitationWindowResult *result, QString *error)
{
    Core::LibraryConnection connection;
    if (!connection.open(library, Core::LibraryConnection::OpenMode::ReadOnly, error))
        return false;
    QList<qint64> ids;
    for (const Core::ArticleSummary &row :
        Core::ArticleQueries(connection).findArticles({}, Core::ArticleSort::DateNewest, 0, 4))
        ids << row.id;
    if (ids.size() < 4) {
        *error = QStringLiteral("the library has fewer than four articles");
        return false;
    }
    Ui::DetailPane::setWebViewEnabled(false);
    for (int run = 0; run < runs; ++run) {
        Ui::DialogSeam dialogs;
        Ui::MainWindow window(&connection, {}, &dialogs);
        window.resize(1280, 800);
        window.show();
        const Ui::CitationStrip *strip = window.citationStrip();
        bool ok = false;

        // Shown: the article is on the pane when openArticle returns.
        result->openIdle << openTimed(window, ids.at(0), &ok);
        QElapsedTimer shown;
        shown.start();
        if (!ok || !waitForCitation(strip, ids.at(0))) {
            *error = QStringLiteral("the first citation did not come within a minute");
            return false;
        }
        result->firstShown << elapsedMs(shown);

        result->openIdle << openTimed(window, ids.at(1), &ok);
        shown.restart();
        if (!ok || !waitForCitation(strip, ids.at(1))) {
            *error = QStringLiteral("the second citation did not come within a minute");
            return false;
        }
        result->warmShown << elapsedMs(shown);

        result->openIdle << openTimed(window, ids.at(0), &ok);
        shown.restart();
        if (!ok || !waitForCitation(strip, ids.at(0))) {
            *error = QStringLiteral("the cached citation was not shown");
            return false;
        }
        result->cachedShown << elapsedMs(shown);

        // An article opened while the one before is still being formatted: the
        // strip waits a moment before it asks, so let it ask first.
        if (!window.openArticle(ids.at(2))) {
            *error = QStringLiteral("an article did not open");
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(Ui::CitationStrip::requestDelayMs + 20, &loop, &QEventLoop::quit);
        loop.exec();
        result->openWhileFormatting << openTimed(window, ids.at(3), &ok);
        if (!ok || !waitForCitation(strip, ids.at(3))) {
            *error = QStringLiteral("the last citation did not come within a minute");
            return false;
        }
        window.close();
    }
    return true;
}

} // namespace Vigil::Bench
