#include "browse/searchrunner.h"
#include "models/articlelistmodel.h"
#include "seedlibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;

// The article list's worker: its answers are those of the store, only the
// newest search is ever answered, and a bad library is said, not crashed on.
class SearchRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::buildSeedLibrary(m_dir.path());
        QVERIFY(m_store.connection.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &m_error));
    }

    void textSearch_firstRowsThenRankedPageThenFacets()
    {
        Ui::SearchRunner runner(m_library);
        QStringList order;
        Ui::SearchResult first;
        Ui::SearchResult ranked;
        connect(&runner, &Ui::SearchRunner::firstRowsReady, this, [&](const Ui::SearchResult &r) {
            order << QStringLiteral("first");
            first = r;
        });
        connect(&runner, &Ui::SearchRunner::rowsReady, this, [&](const Ui::SearchResult &r) {
            order << QStringLiteral("rows");
            ranked = r;
        });
        QSignalSpy facets(&runner, &Ui::SearchRunner::facetsReady);
        Core::ArticleFilter f;
        f.text = QStringLiteral("trafficking victims");
        runner.search(f, Core::ArticleSort::Relevance);
        QVERIFY(runner.isBusy());
        QTRY_COMPARE(facets.size(), 1);
        QVERIFY(!runner.isBusy());
        QCOMPARE(order, (QStringList { QStringLiteral("first"), QStringLiteral("rows") }));
        QCOMPARE(first.total, -1);
        QCOMPARE(ranked.total, m_store.articles.countArticles(f));
        QVERIFY(ranked.total > 0);
        QCOMPARE(ids(ranked.rows), ids(m_store.articles.findArticles(f, Core::ArticleSort::Relevance, 0, 100)));
        QCOMPARE(ids(first.rows), ids(m_store.articles.findArticlesQuick(f, Core::ArticleSort::Relevance, 100)));
        QCOMPARE(ranked.highlightTerms, (QStringList { QStringLiteral("trafficking"), QStringLiteral("victims") }));
        const auto topics = facets.first().at(0).value<QList<Core::FacetCount>>();
        QCOMPARE(topics.size(), m_store.articles.topicFacets(f).size());
    }

    void filterWithoutText_hasNoFirstRowsStep()
    {
        Ui::SearchRunner runner(m_library);
        QSignalSpy first(&runner, &Ui::SearchRunner::firstRowsReady);
        Ui::SearchResult result;
        connect(&runner, &Ui::SearchRunner::rowsReady, this, [&](const Ui::SearchResult &r) { result = r; });
        Core::ArticleFilter f;
        f.country = QStringLiteral("RS");
        runner.search(f, Core::ArticleSort::DateNewest);
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(first.size(), 0);
        QCOMPARE(result.total, m_store.articles.countArticles(f));
        QCOMPARE(ids(result.rows), ids(m_store.articles.findArticles(f, Core::ArticleSort::DateNewest, 0, 100)));
    }

    // Typing sends a search per keystroke; whatever the older ones find is dropped.
    void keystrokes_onlyTheNewestSearchIsAnswered()
    {
        Ui::SearchRunner runner(m_library);
        QList<quint64> answered;
        QList<int> totals;
        connect(&runner, &Ui::SearchRunner::firstRowsReady, this,
            [&](const Ui::SearchResult &r) { answered << r.generation; });
        connect(&runner, &Ui::SearchRunner::rowsReady, this, [&](const Ui::SearchResult &r) {
            answered << r.generation;
            totals << r.total;
        });
        const QString typed = QStringLiteral("pristina police");
        quint64 last = 0;
        for (int i = 1; i <= typed.size(); ++i) {
            Core::ArticleFilter f;
            f.text = typed.left(i);
            last = runner.search(f, Core::ArticleSort::Relevance);
        }
        QTRY_VERIFY(!runner.isBusy());
        QVERIFY(!answered.isEmpty());
        for (const quint64 g : std::as_const(answered))
            QCOMPARE(g, last);
        Core::ArticleFilter f;
        f.text = typed;
        QCOMPARE(totals, QList<int> { m_store.articles.countArticles(f) });
    }

    // Title Z to A is the store's A to Z read from the far end.
    void reversedSort_readsFromTheFarEnd()
    {
        Ui::SearchRunner runner(m_library);
        Ui::SearchResult result;
        connect(&runner, &Ui::SearchRunner::rowsReady, this, [&](const Ui::SearchResult &r) { result = r; });
        runner.search({}, Core::ArticleSort::Title, true);
        QTRY_VERIFY(!runner.isBusy());
        QList<qint64> expected = ids(m_store.articles.findArticles({}, Core::ArticleSort::Title, 0, -1));
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(ids(result.rows), expected);
        QVERIFY(result.reversed);
    }

    void oddQuery_givesAHintNotAnError()
    {
        Ui::SearchRunner runner(m_library);
        Ui::SearchResult result;
        connect(&runner, &Ui::SearchRunner::rowsReady, this, [&](const Ui::SearchResult &r) { result = r; });
        Core::ArticleFilter f;
        f.text = QStringLiteral("\"forced labor AND (NEAR OR");
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        runner.search(f, Core::ArticleSort::Relevance);
        QTRY_VERIFY(!runner.isBusy());
        QVERIFY(!result.hints.isEmpty());
        QCOMPARE(result.total, m_store.articles.countArticles(f));
    }

    void missingLibrary_isReported()
    {
        Ui::SearchRunner runner(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QSignalSpy failed(&runner, &Ui::SearchRunner::failed);
        QSignalSpy rows(&runner, &Ui::SearchRunner::rowsReady);
        runner.search({}, Core::ArticleSort::DateNewest);
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(rows.size(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    // Destroyed while a search is queued or running: no answer, no hang, no crash.
    void destroyedWhileSearching_stopsCleanly()
    {
        for (int i = 0; i < 20; ++i) {
            auto *runner = new Ui::SearchRunner(m_library);
            QSignalSpy rows(runner, &Ui::SearchRunner::rowsReady);
            Core::ArticleFilter f;
            f.text = QStringLiteral("t");
            runner->search(f, Core::ArticleSort::Relevance);
            delete runner;
            QCoreApplication::processEvents();
            QCOMPARE(rows.size(), 0);
        }
    }

private:
    static QList<qint64> ids(const QList<Core::ArticleSummary> &rows)
    {
        QList<qint64> out;
        for (const Core::ArticleSummary &a : rows)
            out << a.id;
        return out;
    }

    QTemporaryDir m_dir;
    QString m_library;
    QString m_error;
    Test::TestLibrary m_store;
};

QTEST_GUILESS_MAIN(SearchRunnerTest)
#include "searchrunner_test.moc"
