// British and American spellings on the real seed library: a reader who writes
// "forced labour" finds, sees in the snippets and has marked in the article
// what "forced labor" gives, and the other way round; a word that only looks
// like a family's finds no more than itself.
#include "content/articlerenderer.h"
#include "seedlibrary.h"
#include "text/folding.h"
#include "text/spellingvariants.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;
using namespace Vigil::Core;

namespace {

QSet<qint64> found(const ArticleQueries &queries, const QString &text)
{
    ArticleFilter f;
    f.text = text;
    QSet<qint64> ids;
    const QList<ArticleSummary> rows = queries.findArticles(f, ArticleSort::Relevance, 0, -1);
    for (const ArticleSummary &a : rows)
        ids.insert(a.id);
    return ids;
}

QSet<qint64> hitIds(const QList<SearchHit> &hits)
{
    QSet<qint64> ids;
    for (const SearchHit &h : hits)
        ids.insert(h.id);
    return ids;
}

// Whether the article's own text holds the word (folded, as a whole word).
bool says(const Article &a, const QString &word)
{
    QString text = a.title;
    for (const Paragraph &p : a.paragraphs)
        text += u'\n' + p.text;
    const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(word));
    return Text::fold(text).contains(whole);
}

} // namespace

class SpellingSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachSpelling_findsWhatTheOtherFinds_data();
    void eachSpelling_findsWhatTheOtherFinds();
    void snippetAndArticle_markTheSpellingTheArticleUses();
    void lookalikes_findOnlyThemselves_data();
    void lookalikes_findOnlyThemselves();

private:
    QTemporaryDir m_dir;
    QString m_stale; // as imported: no vocabulary, FTS5 reads prefixes
    QString m_fresh; // compacted, as the build ships it: prefixes through the vocabulary
};

void SpellingSearchTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("stale"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("fresh"))));
    m_stale = Test::buildSeedLibrary(m_dir.filePath(QStringLiteral("stale")));
    m_fresh = Test::buildSeedLibrary(m_dir.filePath(QStringLiteral("fresh")));
    Test::TestLibrary store;
    QString error;
    QVERIFY2(store.connection.open(m_fresh, LibraryConnection::OpenMode::ReadWrite, &error)
            && store.connection.vacuum(&error),
        qPrintable(error));
    QVERIFY(store.connection.searchTermsFresh());
}

void SpellingSearchTest::eachSpelling_findsWhatTheOtherFinds_data()
{
    QTest::addColumn<QString>("british");
    QTest::addColumn<QString>("american");
    // A trailing space: the word is finished; without: the reader is typing it.
    QTest::newRow("words") << QStringLiteral("forced labour ") << QStringLiteral("forced labor ");
    QTest::newRow("while typing") << QStringLiteral("forced labour") << QStringLiteral("forced labor");
    QTest::newRow("phrase") << QStringLiteral("\"forced labour\"") << QStringLiteral("\"forced labor\"");
    QTest::newRow("phrase, unfinished") << QStringLiteral("\"child labour\"*") << QStringLiteral("\"child labor\"*");
    QTest::newRow("-isation") << QStringLiteral("decentralisation ") << QStringLiteral("decentralization ");
    QTest::newRow("-ise, typing") << QStringLiteral("organise") << QStringLiteral("organize");
    QTest::newRow("-tre") << QStringLiteral("centre ") << QStringLiteral("center ");
    QTest::newRow("-ll-") << QStringLiteral("travelled ") << QStringLiteral("traveled ");
    QTest::newRow("with a field") << QStringLiteral("labour country:XK") << QStringLiteral("labor country:XK");
    QTest::newRow("left out") << QStringLiteral("trafficking -labour ") << QStringLiteral("trafficking -labor ");
    QTest::newRow("topic by label") << QStringLiteral("topic:\"forced labor\"")
                                    << QStringLiteral("topic:\"forced labour\"");
}

void SpellingSearchTest::eachSpelling_findsWhatTheOtherFinds()
{
    QFETCH(QString, british);
    QFETCH(QString, american);
    for (const QString &path : { m_stale, m_fresh }) {
        Test::TestLibrary store;
        QString error;
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const QSet<qint64> byBritish = found(store.articles, british);
        const QSet<qint64> byAmerican = found(store.articles, american);
        QVERIFY2(!byAmerican.isEmpty() && byAmerican.size() < 32, qPrintable(QString::number(byAmerican.size())));
        QCOMPARE(byBritish, byAmerican);
        ArticleFilter f;
        f.text = british;
        QCOMPARE(store.articles.countArticles(f), int(byAmerican.size()));
        QCOMPARE(hitIds(store.articles.search(british, 100)), byAmerican);
        QVERIFY(store.articles.parseQuery(british).hints.isEmpty());
    }
}

void SpellingSearchTest::snippetAndArticle_markTheSpellingTheArticleUses()
{
    Test::TestLibrary store;
    QString error;
    QVERIFY2(store.connection.open(m_fresh, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    // What the reader typed, and how the articles spell it.
    const std::pair<QString, QString> cases[] = {
        { QStringLiteral("\"forced labour\""), QStringLiteral("forced labor") },
        { QStringLiteral("labour"), QStringLiteral("labor") },
    };
    for (const auto &[typed, spelt] : cases) {
        const QList<SearchHit> hits = store.articles.search(typed, 100);
        QVERIFY(!hits.isEmpty());
        int marked = 0;
        int shown = 0;
        for (const SearchHit &h : hits) {
            // The list's snippet.
            if (h.snippet.contains(u'[' + spelt, Qt::CaseInsensitive))
                ++marked;
            // The reading pane, wherever it shows the words.
            const std::optional<Article> a = store.articles.article(h.id);
            QVERIFY(a.has_value());
            RenderOptions o;
            const QString plain = ArticleRenderer::render(*a, o);
            o.highlightTerms = store.articles.parseQuery(typed).highlightTerms;
            const QString html = ArticleRenderer::render(*a, o);
            if (plain.contains(spelt, Qt::CaseInsensitive)) {
                ++shown;
                QVERIFY2(
                    html.contains(QStringLiteral("<mark>") + spelt + QStringLiteral("</mark>"), Qt::CaseInsensitive),
                    qPrintable(typed + u' ' + a->title));
            }
        }
        QVERIFY2(marked > 0, qPrintable(hits.first().snippet));
        QVERIFY(shown > 0);
    }
}

void SpellingSearchTest::lookalikes_findOnlyThemselves_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("four is not for") << QStringLiteral("four");
    QTest::newRow("our is not or") << QStringLiteral("our");
    QTest::newRow("hour") << QStringLiteral("hour");
    QTest::newRow("promise") << QStringLiteral("promised");
    QTest::newRow("center is no centrist") << QStringLiteral("center");
}

void SpellingSearchTest::lookalikes_findOnlyThemselves()
{
    QFETCH(QString, word);
    Test::TestLibrary store;
    QString error;
    QVERIFY2(store.connection.open(m_fresh, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    const QStringList spellings = QStringList { word } + Text::spellingVariants(word);
    const QSet<qint64> ids = found(store.articles, word + u' ');
    for (const qint64 id : ids) {
        const std::optional<Article> a = store.articles.article(id);
        QVERIFY(a.has_value());
        QVERIFY2(std::any_of(spellings.cbegin(), spellings.cend(), [&](const QString &s) { return says(*a, s); }),
            qPrintable(a->title));
    }
}

QTEST_GUILESS_MAIN(SpellingSearchTest)
#include "spellingsearch_test.moc"
