// The reader's lists and notes beyond the window: notes found by search (the
// note: field and plain words).
#include "search/notematcher.h"
#include "seedlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vigil;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

Core::NoteMatches match(const QString &text, const QList<Core::Note> &notes)
{
    return Core::matchNotes(Core::QueryParser().parse(text), notes);
}

} // namespace

class ListsAndNotesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noteField_findsAPartOfTheNote_foldedLikeSearch();
    void plainWords_matchNotesAsTheIndexMatchesText();
    void search_findsArticlesThroughTheirNotes();

private:
    QTemporaryDir m_dir;
    Test::TestLibrary m_library;
    QList<Core::Article> m_articles;
};

void ListsAndNotesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = Test::buildSeedLibrary(m_dir.path());
    QVERIFY2(m_library.connection.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    m_articles = m_library.articles.articles();
    QVERIFY(m_articles.size() >= 3);
}

void ListsAndNotesTest::noteField_findsAPartOfTheNote_foldedLikeSearch()
{
    const QList<Core::Note> notes { { 1, QStringLiteral("Interviews at the BORDER\ncrossing near Priština"), {} },
        { 2, QStringLiteral("interview notes"), {} }, { 3, QStringLiteral("nothing here"), {} } };
    QCOMPARE(match(QStringLiteral("note:interview"), notes).byField, (QList<qint64> { 1, 2 }));
    QCOMPARE(match(QStringLiteral("note:\"border crossing\""), notes).byField, QList<qint64> { 1 });
    QCOMPARE(match(QStringLiteral("note:PRISTINA"), notes).byField, QList<qint64> { 1 });
    QCOMPARE(match(QStringLiteral("note:interview note:notes"), notes).byField, QList<qint64> { 2 });
    QVERIFY(match(QStringLiteral("note:absent"), notes).byField.isEmpty());
    // No note: field, no field matches; no words, no word matches.
    QVERIFY(match(QStringLiteral("interview"), notes).byField.isEmpty());
    QVERIFY(match(QStringLiteral("note:interview"), notes).byWords.isEmpty());
}

void ListsAndNotesTest::plainWords_matchNotesAsTheIndexMatchesText()
{
    const QList<Core::Note> notes { { 1, QStringLiteral("Forced labour in the mines; ask the NGO in Niš."), {} },
        { 2, QStringLiteral("labor law, chapter 3"), {} }, { 3, QStringLiteral("co-operation with police"), {} } };
    QCOMPARE(match(QStringLiteral("forced labor "), notes).byWords, QList<qint64> { 1 }); // either spelling
    QCOMPARE(sorted(match(QStringLiteral("labor "), notes).byWords), (QList<qint64> { 1, 2 }));
    QCOMPARE(match(QStringLiteral("\"labour in\" "), notes).byWords, QList<qint64> { 1 });
    QVERIFY(match(QStringLiteral("\"in labour\" "), notes).byWords.isEmpty()); // a phrase keeps its order
    QCOMPARE(match(QStringLiteral("min"), notes).byWords, QList<qint64> { 1 }); // the word being typed
    QVERIFY(match(QStringLiteral("min "), notes).byWords.isEmpty()); // a whole word
    QCOMPARE(match(QStringLiteral("nis "), notes).byWords, QList<qint64> { 1 });
    QCOMPARE(match(QStringLiteral("labor -mines "), notes).byWords, QList<qint64> { 2 });
    QCOMPARE(match(QStringLiteral("mines OR chapter "), notes).byWords.size(), 2);
    QCOMPARE(match(QStringLiteral("cooperation "), notes).byWords, QList<qint64> {}); // one word is not two
    QCOMPARE(match(QStringLiteral("co-operation "), notes).byWords, QList<qint64> { 3 });
    QVERIFY(match(QStringLiteral("-mines"), notes).byWords.isEmpty()); // nothing positive: the index alone
}

void ListsAndNotesTest::search_findsArticlesThroughTheirNotes()
{
    const Core::ArticleQueries &queries = m_library.articles;
    const qint64 id = m_articles.at(2).id;
    // note: alone, and with words of the article.
    Core::ArticleFilter f;
    f.text = QStringLiteral("note:interview");
    f.noteArticles = { id };
    QCOMPARE(queries.countArticles(f), 1);
    QCOMPARE(queries.findArticles(f, Core::ArticleSort::Relevance, 0, 10).first().id, id);
    f.noteArticles.clear();
    QCOMPARE(queries.countArticles(f), 0); // a note: that no note holds finds nothing
    // A word no article has, in a note: that article, in every order.
    f = {};
    f.text = QStringLiteral("zzyzxnoteword ");
    QCOMPARE(queries.countArticles(f), 0);
    f.noteWordArticles = { id };
    QCOMPARE(queries.countArticles(f), 1);
    for (const auto sort : { Core::ArticleSort::Relevance, Core::ArticleSort::DateNewest, Core::ArticleSort::Title }) {
        const QList<Core::ArticleSummary> rows = queries.findArticles(f, sort, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, id);
    }
    // A word articles have, and a note of another: both, and the other filters still apply.
    f.text = QStringLiteral("trafficking ");
    f.noteWordArticles.clear();
    const int byText = queries.countArticles(f);
    QVERIFY(byText > 0);
    const QList<Core::ArticleSummary> without = queries.findArticles(f, Core::ArticleSort::DateNewest, 0, -1);
    qint64 outside = 0;
    for (const Core::Article &a : std::as_const(m_articles)) {
        if (std::none_of(without.cbegin(), without.cend(), [&a](const auto &row) { return row.id == a.id; }))
            outside = a.id;
    }
    QVERIFY2(outside != 0, "every seed article has the word");
    f.noteWordArticles = { outside };
    QCOMPARE(queries.countArticles(f), byText + 1);
    f.yearFrom = f.yearTo = 1900;
    QCOMPARE(queries.countArticles(f), 0);
}

QTEST_GUILESS_MAIN(ListsAndNotesTest)
#include "listsandnotes_test.moc"
