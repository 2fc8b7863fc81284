// The reader's lists and notes beyond the window: notes found by search (the
// note: field and plain words), and the file that takes lists and notes to
// another computer, merged there without duplicates or refused unchanged.
#include "export/listsandnotesfile.h"
#include "filechecksum.h"
#include "search/notematcher.h"
#include "seedlibrary.h"
#include "storage/userdatastore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigil;
using Core::ListsAndNotes;
using Core::ListsAndNotesFile;
using Core::UserDataStore;
using Core::UserHotline;

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

// A store's lists (by name, with their sorted articles) and notes: what a reader
// sees, without the times an import may set.
QString contents(const UserDataStore &store)
{
    QStringList out;
    for (const Core::ReadingList &l : store.readingLists()) {
        QStringList ids;
        for (const qint64 id : sorted(store.listArticleIds(l.id)))
            ids << QString::number(id);
        out << l.name + QStringLiteral(": ") + ids.join(u',');
    }
    for (const Core::Note &n : store.notes())
        out << QStringLiteral("note %1: %2").arg(n.articleId).arg(n.text);
    return out.join(u'\n');
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
    void export_writesEveryFieldAndIsAtomic();
    void roundTrip_intoAnEmptyStore_createsIt();
    void import_intoOverlappingData_addsNoDuplicates_andKeepsBothNotes();
    void hotlines_travelWithTheFile_andChangeInPlace();
    void refusedFiles_oneSentence_andNothingChanges_data();
    void refusedFiles_oneSentence_andNothingChanges();

private:
    QTemporaryDir m_dir;
    Test::TestLibrary m_library;
    QList<Core::Article> m_articles;
    int m_stores = 0;
    QString newStorePath() { return m_dir.filePath(QStringLiteral("user%1/userdata.sqlite").arg(++m_stores)); }
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

void ListsAndNotesTest::export_writesEveryFieldAndIsAtomic()
{
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(newStorePath(), &error), qPrintable(error));
    const qint64 id = m_articles.at(0).id;
    QVERIFY(store.addToList(UserDataStore::defaultListId, id, &error));
    QVERIFY(store.setNote(id, QStringLiteral("Cite in chapter 2 \"quoted\""), &error));
    ListsAndNotes data = store.exportData();
    QVERIFY(!data.isEmpty());
    QCOMPARE(data.articleIds(), QList<qint64> { id });
    data.articles.append({ id, m_articles.at(0).title, m_articles.at(0).date.toIso(), m_articles.at(0).pageKey });
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY2(ListsAndNotesFile::write(path, data, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vigil-lists-and-notes"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(root.value(QStringLiteral("exported")).toString().endsWith(u'Z'));
    const QJsonObject article = root.value(QStringLiteral("articles")).toArray().at(0).toObject();
    QCOMPARE(qint64(article.value(QStringLiteral("id")).toDouble()), id);
    QCOMPARE(article.value(QStringLiteral("title")).toString(), m_articles.at(0).title);
    QCOMPARE(article.value(QStringLiteral("page")).toString(), m_articles.at(0).pageKey);
    const QJsonObject list = root.value(QStringLiteral("lists")).toArray().at(0).toObject();
    QCOMPARE(list.value(QStringLiteral("name")).toString(), QStringLiteral("Reading list"));
    QVERIFY(list.value(QStringLiteral("default")).toBool());
    const QJsonObject entry = list.value(QStringLiteral("entries")).toArray().at(0).toObject();
    QCOMPARE(qint64(entry.value(QStringLiteral("article")).toDouble()), id);
    QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("added")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonObject note = root.value(QStringLiteral("notes")).toArray().at(0).toObject();
    QCOMPARE(note.value(QStringLiteral("text")).toString(), QStringLiteral("Cite in chapter 2 \"quoted\""));
    // A write that cannot happen leaves the old file whole.
    const QByteArray before = Test::fileChecksum(path);
    QVERIFY(!ListsAndNotesFile::write(m_dir.filePath(QStringLiteral("no/such/folder/x.json")), data, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(Test::fileChecksum(path), before);
    // An empty store has nothing to export.
    UserDataStore empty;
    QVERIFY(empty.open(newStorePath(), &error, UserDataStore::Creation::OnFirstWrite));
    QVERIFY(empty.exportData().isEmpty());
}

void ListsAndNotesTest::roundTrip_intoAnEmptyStore_createsIt()
{
    QString error;
    UserDataStore from;
    QVERIFY2(from.open(newStorePath(), &error), qPrintable(error));
    const qint64 a = m_articles.at(0).id;
    const qint64 b = m_articles.at(1).id;
    const qint64 missing = 4503599627370495; // 2^52 - 1: in no library
    QVERIFY(from.addToList(UserDataStore::defaultListId, a, &error));
    const qint64 thesis = from.createList(QStringLiteral("Thesis – chapter 2"), &error);
    QVERIFY(from.addToList(thesis, a, &error));
    QVERIFY(from.addToList(thesis, b, &error));
    QVERIFY(from.addToList(thesis, missing, &error));
    QVERIFY(from.createList(QStringLiteral("Empty one"), &error));
    QVERIFY(from.setNote(b, QStringLiteral("Ask about the border crossing.\nSecond line: Priština."), &error));
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QVERIFY2(ListsAndNotesFile::write(path, from.exportData(), &error), qPrintable(error));

    const QString toPath = newStorePath();
    UserDataStore to;
    QVERIFY(to.open(toPath, &error, UserDataStore::Creation::OnFirstWrite));
    QVERIFY(!QFile::exists(toPath));
    const ListsAndNotesFile::Result file = ListsAndNotesFile::read(path);
    QVERIFY2(file.ok, qPrintable(file.error));
    const UserDataStore::ImportCounts planned = to.planImport(file.data);
    QCOMPARE(planned.listsAdded, 2);
    QCOMPARE(planned.entriesAdded, 4);
    QCOMPARE(planned.notesAdded, 1);
    QVERIFY(!QFile::exists(toPath)); // planning writes nothing
    UserDataStore::ImportCounts done;
    QVERIFY2(to.importData(file.data, &done, &error), qPrintable(error));
    QCOMPARE(done.entriesAdded, planned.entriesAdded);
    QVERIFY(QFile::exists(toPath));
    QCOMPARE(contents(to), contents(from));
    // Times travel with the entries and notes.
    QCOMPARE(to.listEntries(UserDataStore::defaultListId).first().added,
        from.listEntries(UserDataStore::defaultListId).first().added);
    QCOMPARE(to.notes().first().updated, from.notes().first().updated);
    // Again: nothing to add, nothing written.
    QVERIFY(!to.planImport(file.data).changesSomething());
    QVERIFY(to.importData(file.data, &done, &error));
    QCOMPARE(contents(to), contents(from));
}

void ListsAndNotesTest::import_intoOverlappingData_addsNoDuplicates_andKeepsBothNotes()
{
    QString error;
    const qint64 a = m_articles.at(0).id;
    const qint64 b = m_articles.at(1).id;
    const qint64 c = m_articles.at(2).id;
    UserDataStore other;
    QVERIFY(other.open(newStorePath(), &error));
    QVERIFY(other.addToList(UserDataStore::defaultListId, a, &error));
    QVERIFY(other.addToList(UserDataStore::defaultListId, b, &error));
    const qint64 otherThesis = other.createList(QStringLiteral("THESIS"), &error);
    QVERIFY(other.addToList(otherThesis, c, &error));
    QVERIFY(other.setNote(a, QStringLiteral("same text"), &error));
    QVERIFY(other.setNote(b, QStringLiteral("written on the laptop"), &error));
    QVERIFY(other.setNote(c, QStringLiteral("mine, and more from the laptop"), &error));

    UserDataStore mine;
    QVERIFY(mine.open(newStorePath(), &error));
    QVERIFY(mine.addToList(UserDataStore::defaultListId, a, &error));
    const qint64 thesis = mine.createList(QStringLiteral("Thesis"), &error);
    QVERIFY(mine.addToList(thesis, c, &error));
    QVERIFY(mine.setNote(a, QStringLiteral("same text"), &error));
    QVERIFY(mine.setNote(b, QStringLiteral("written at home"), &error));
    QVERIFY(mine.setNote(c, QStringLiteral("mine"), &error));

    const ListsAndNotes data = other.exportData();
    const UserDataStore::ImportCounts planned = mine.planImport(data);
    QCOMPARE(planned.listsAdded, 0); // THESIS is Thesis
    QCOMPARE(planned.entriesAdded, 1); // b on the reading list; a and c are there
    QCOMPARE(planned.notesAdded, 0);
    QCOMPARE(planned.notesSkipped, 1); // a: the same text
    QCOMPARE(planned.notesMerged, 2); // b: both texts; c: the longer one
    UserDataStore::ImportCounts done;
    QVERIFY2(mine.importData(data, &done, &error), qPrintable(error));
    QCOMPARE(mine.readingLists().size(), 2);
    QCOMPARE(sorted(mine.listArticleIds(UserDataStore::defaultListId)), sorted({ a, b }));
    QCOMPARE(mine.listArticleIds(thesis), QList<qint64> { c });
    QCOMPARE(mine.note(a), QStringLiteral("same text"));
    const QString both = mine.note(b);
    QVERIFY2(both.startsWith(QStringLiteral("written at home\n\n— Imported note, last changed ")), qPrintable(both));
    QVERIFY2(both.endsWith(QStringLiteral(" —\nwritten on the laptop")), qPrintable(both));
    QCOMPARE(mine.note(c), QStringLiteral("mine, and more from the laptop"));
    // Importing the same file again adds nothing, not a third copy of b's note.
    const QString after = contents(mine);
    QVERIFY(!mine.planImport(data).changesSomething());
    QVERIFY(mine.importData(data, &done, &error));
    QCOMPARE(contents(mine), after);
}

void ListsAndNotesTest::refusedFiles_oneSentence_andNothingChanges_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray good = QByteArrayLiteral(R"({"format": "vigil-lists-and-notes", "version": 1, "articles": [],
        "lists": [{"name": "Thesis", "entries": [{"article": 12345, "added": "2026-01-02T03:04:05.000Z"}]}],
        "notes": [{"article": 12345, "text": "a note"}]})");
    QVERIFY(ListsAndNotesFile::parse(good).ok);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged or cut short");
    QTest::newRow("not json") << QByteArrayLiteral("Reading list\nArticle 1\n") << QStringLiteral("damaged");
    QTest::newRow("broken utf-8") << QByteArray(good).replace("a note", "a \xff\xfe note") << QStringLiteral("damaged");
    QTest::newRow("an array") << QByteArrayLiteral("[1, 2]") << QStringLiteral("not a file of lists and notes");
    QTest::newRow("other format") << QByteArray(good).replace("vigil-lists-and-notes", "vigil-bookmarks")
                                  << QStringLiteral("not a file of lists and notes");
    QTest::newRow("future version") << QByteArray(good).replace("\"version\": 1", "\"version\": 2")
                                    << QStringLiteral("newer Vigil");
    QTest::newRow("no version") << QByteArray(good).replace("\"version\": 1,", "") << QStringLiteral("no version");
    QTest::newRow("version as text") << QByteArray(good).replace("\"version\": 1", "\"version\": \"1\"")
                                     << QStringLiteral("no version");
    QTest::newRow("id as text") << QByteArray(good).replace("\"article\": 12345,", "\"article\": \"12345\",")
                                << QStringLiteral("lists[0].entries[0].article");
    QTest::newRow("id too large") << QByteArray(good).replace("12345,", "9007199254740993,")
                                  << QStringLiteral("not an article id");
    QTest::newRow("id not whole") << QByteArray(good).replace("12345,", "12.5,") << QStringLiteral("article id");
    QTest::newRow("list without name") << QByteArray(good).replace("\"name\": \"Thesis\",", "")
                                       << QStringLiteral("lists[0].name is missing");
    QTest::newRow("blank name") << QByteArray(good).replace("Thesis", "   ") << QStringLiteral("lists[0].name");
    QTest::newRow("lists not a list") << QByteArrayLiteral(R"({"format": "vigil-lists-and-notes", "version": 1,
        "lists": {"name": "x"}})") << QStringLiteral("lists is not a list");
    QTest::newRow("note without text") << QByteArray(good).replace("\"text\": \"a note\"", "\"text\": 7")
                                       << QStringLiteral("notes[0].text");
    const QByteArray hotline = QByteArray(good).replace("\"notes\":",
        "\"hotlines\": [{\"country\": \"XK\", \"service\": \"Shelter\", \"number\": \"028 012 345\", "
        "\"source\": \"leaflet\"}], \"notes\":");
    QVERIFY(ListsAndNotesFile::parse(hotline).ok);
    QTest::newRow("hotline country") << QByteArray(hotline).replace("\"XK\"", "\"Kosovo\"")
                                     << QStringLiteral("hotlines[0].country");
    QTest::newRow("hotline without source") << QByteArray(hotline).replace(", \"source\": \"leaflet\"", "")
                                            << QStringLiteral("hotlines[0].source is missing");
    QTest::newRow("hotline blank number") << QByteArray(hotline).replace("028 012 345", "  ")
                                          << QStringLiteral("hotlines[0] lacks its service, number or source");
}

void ListsAndNotesTest::refusedFiles_oneSentence_andNothingChanges()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QStringLiteral("refused.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const ListsAndNotesFile::Result file = ListsAndNotesFile::read(path);
    QVERIFY(!file.ok);
    QVERIFY2(file.error.contains(says), qPrintable(file.error));
    // One sentence: it ends once, with a full stop.
    QVERIFY2(file.error.endsWith(u'.') && file.error.count(QStringLiteral(". ")) == 0, qPrintable(file.error));
    QVERIFY(file.data.lists.isEmpty() && file.data.notes.isEmpty() && file.data.hotlines.isEmpty());
    // Whatever a refused file gave, importing it changes nothing.
    QString error;
    UserDataStore store;
    const QString storePath = newStorePath();
    QVERIFY(store.open(storePath, &error, UserDataStore::Creation::OnFirstWrite));
    QVERIFY(store.importData(file.data, nullptr, &error));
    QVERIFY(!QFile::exists(storePath));
}

void ListsAndNotesTest::hotlines_travelWithTheFile_andChangeInPlace()
{
    // libphonenumber's example numbers (tests/support/examplehotline.h): nobody's hotline.
    auto hotline = [](const QString &country, const QString &service, const QString &number) {
        UserHotline h;
        h.country = country;
        h.label = service;
        h.number = number;
        h.hours = QStringLiteral("24/7");
        h.source = QStringLiteral("The shelter's leaflet");
        return h;
    };
    QString error;
    UserDataStore laptop;
    QVERIFY2(laptop.open(newStorePath(), &error), qPrintable(error));
    QVERIFY(laptop.addHotline(
                hotline(QStringLiteral("XK"), QStringLiteral("Shelter"), QStringLiteral("028 012 345")), &error)
        > 0);
    QVERIFY(laptop.addHotline(
                hotline(QStringLiteral("ME"), QStringLiteral("Helpline"), QStringLiteral("030 234 567")), &error)
        > 0);
    const ListsAndNotes exported = laptop.exportData();
    QVERIFY(!exported.isEmpty()); // hotlines alone are worth a file
    const ListsAndNotesFile::Result file
        = ListsAndNotesFile::parse(ListsAndNotesFile::toJson(exported, QDateTime::currentDateTimeUtc()));
    QVERIFY2(file.ok, qPrintable(file.error));
    QCOMPARE(file.data.hotlines.size(), 2);

    // The other computer knows the shelter under another number: it is changed
    // where it is, and the helpline is added.
    UserDataStore desktop;
    QVERIFY2(desktop.open(newStorePath(), &error), qPrintable(error));
    const qint64 shelter = desktop.addHotline(
        hotline(QStringLiteral("XK"), QStringLiteral("shelter"), QStringLiteral("+383 28 012 345")), &error);
    QVERIFY(shelter > 0);
    const UserDataStore::ImportCounts planned = desktop.planImport(file.data);
    QCOMPARE(planned.hotlinesAdded, 1);
    QCOMPARE(planned.hotlinesChanged, 1);
    UserDataStore::ImportCounts done;
    QVERIFY2(desktop.importData(file.data, &done, &error), qPrintable(error));
    QCOMPARE(done.hotlinesAdded, 1);
    QCOMPARE(done.hotlinesChanged, 1);
    const QList<UserHotline> mine = desktop.myHotlines();
    QCOMPARE(mine.size(), 2);
    for (const UserHotline &h : mine) {
        if (h.country == u"XK") {
            QCOMPARE(h.id, shelter);
            QCOMPARE(h.number, QStringLiteral("028 012 345"));
            QCOMPARE(h.hours, QStringLiteral("24/7"));
        } else {
            QCOMPARE(h.label, QStringLiteral("Helpline"));
        }
    }
    // The same file again changes nothing.
    QVERIFY(!desktop.planImport(file.data).changesSomething());
}

QTEST_GUILESS_MAIN(ListsAndNotesTest)
#include "listsandnotes_test.moc"
