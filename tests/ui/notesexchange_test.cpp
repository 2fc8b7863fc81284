// File ▸ Export my lists and notes and Import lists and notes, driven through
// the dialog seam: nothing to export, a file written, a summary before an
// import, Cancel, Import, and a refused file that leaves the user's database as
// it was.
#include "detail/detailpane.h"
#include "detail/notepanel.h"
#include "export/listsandnotesfile.h"
#include "filechecksum.h"
#include "mainwindow/mainwindow.h"
#include "models/countrytreemodel.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Vigil;
using Core::UserDataStore;

namespace {

// The File menu's item for an action, as the reader reaches it.
QAction *fileMenuItem(Ui::MainWindow &window, const QString &objectName)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() != QStringLiteral("&File"))
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->objectName() == objectName)
                return a;
        }
    }
    return nullptr;
}

// A window on the library with a user database of its own, made when first written
// to, as the app opens it.
struct Session
{
    Session(Core::LibraryConnection *library, const QString &path)
        : storePath(path)
        , window(library, {}, &dialogs)
    {
        QString error;
        opened = user.open(path, &error, UserDataStore::Creation::OnFirstWrite);
        window.setUserData(&user);
    }

    QString storePath;
    UserDataStore user;
    bool opened = false;
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window;
};

} // namespace

class NotesExchangeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void export_withNothingSaysSo_andWritesAFileOtherwise();
    void import_showsWhatItAdds_cancelChangesNothing_importAddsIt();
    void import_refusedFile_oneError_andTheDatabaseUnchanged();

private:
    QString newStorePath() { return m_dir.filePath(QStringLiteral("user%1/userdata.sqlite").arg(++m_stores)); }

    QTemporaryDir m_dir;
    Core::LibraryConnection m_library;
    QList<Core::Article> m_articles;
    int m_stores = 0;
};

void NotesExchangeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("notesexchange_test"));
    QString error;
    QVERIFY2(m_library.open(Test::buildSeedLibrary(m_dir.path()), Core::LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
    m_articles = Core::ArticleQueries(m_library).articles();
    QVERIFY(m_articles.size() > 3);
}

void NotesExchangeTest::init()
{
    QSettings().clear();
}

void NotesExchangeTest::export_withNothingSaysSo_andWritesAFileOtherwise()
{
    Session session(&m_library, newStorePath());
    QVERIFY(session.opened);
    const QString &storePath = session.storePath;
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QAction *exportAction = fileMenuItem(window, QStringLiteral("exportListsAction"));
    QVERIFY(exportAction);
    QVERIFY(exportAction->isEnabled());
    const QString out = m_dir.filePath(QStringLiteral("exported.json"));
    dialogs.fileToSave = out;
    exportAction->trigger();
    QCOMPARE(dialogs.informations.size(), 1);
    QVERIFY2(dialogs.informations.first().contains(QStringLiteral("nothing to export")),
        qPrintable(dialogs.informations.first()));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(storePath)); // asking made no file

    // A note typed a moment ago goes too.
    QVERIFY(window.openArticle(m_articles.at(0).id));
    QTest::keyClicks(window.notePanel()->findChild<QPlainTextEdit *>(), QStringLiteral("typed just now"));
    exportAction->trigger();
    QVERIFY(dialogs.suggestedSave.endsWith(QStringLiteral("vigil-lists-and-notes.json")));
    QVERIFY(QFile::exists(out));
    QCOMPARE(dialogs.errors, QStringList {});
    const Core::ListsAndNotesFile::Result file = Core::ListsAndNotesFile::read(out);
    QVERIFY2(file.ok, qPrintable(file.error));
    QCOMPARE(file.data.notes.size(), 1);
    QCOMPARE(file.data.notes.first().text, QStringLiteral("typed just now"));
    QCOMPARE(file.data.articles.size(), 1);
    QCOMPARE(file.data.articles.first().title, m_articles.at(0).title);
    QCOMPARE(file.data.articles.first().page, m_articles.at(0).pageKey);
}

void NotesExchangeTest::import_showsWhatItAdds_cancelChangesNothing_importAddsIt()
{
    QString error;
    const qint64 a = m_articles.at(0).id;
    const qint64 b = m_articles.at(1).id;
    const qint64 missing = 4503599627370495;
    Core::ListsAndNotes data;
    data.lists.append({ QStringLiteral("Reading list"), true, { { a, QDateTime::currentDateTimeUtc() } } });
    data.lists.append({ QStringLiteral("Chapter 3"), false, { { b, {} }, { missing, {} } } });
    data.notes.append({ b, QStringLiteral("from the other computer"), QDateTime::currentDateTimeUtc() });
    data.articles.append({ missing, QStringLiteral("A report this library lacks"), QStringLiteral("2019-05"),
        QStringLiteral("some_other_page") });
    const QString path = m_dir.filePath(QStringLiteral("to-import.json"));
    QVERIFY2(Core::ListsAndNotesFile::write(path, data, &error), qPrintable(error));

    // No data yet: the import makes the store.
    Session session(&m_library, newStorePath());
    QVERIFY(session.opened);
    const QString &storePath = session.storePath;
    UserDataStore &user = session.user;
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    window.show();
    QVERIFY(window.openArticle(b));
    QAction *importAction = fileMenuItem(window, QStringLiteral("importListsAction"));
    QVERIFY(importAction);
    dialogs.fileToOpen = path;
    dialogs.agreeToImport = false;
    importAction->trigger();
    QCOMPARE(dialogs.importSummaries.size(), 1);
    const QString summary = dialogs.importSummaries.first();
    QVERIFY2(summary.contains(QStringLiteral("1 new list")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("3 entries")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 note")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 article not in this library")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("“A report this library lacks” (2019-05, page some_other_page)")),
        qPrintable(summary));
    QVERIFY(!QFile::exists(storePath)); // cancelled: nothing written, no file made

    dialogs.agreeToImport = true;
    importAction->trigger();
    QCOMPARE(dialogs.errors, QStringList {});
    QVERIFY(QFile::exists(storePath));
    QCOMPARE(user.readingLists().size(), 2);
    QCOMPARE(user.listArticleIds(UserDataStore::defaultListId), QList<qint64> { a });
    QCOMPARE(user.note(b), QStringLiteral("from the other computer"));
    // The window shows it at once: the note of the article read, the new list in the tree.
    QCOMPARE(
        window.notePanel()->findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("from the other computer"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    QVERIFY(tree);
    QVERIFY(!tree->model()
                 ->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Chapter 3 (2)"), 1,
                     Qt::MatchRecursive)
                 .isEmpty());

    // Once more: nothing new, said so, and no question.
    importAction->trigger();
    QCOMPARE(dialogs.importSummaries.size(), 2);
    QCOMPARE(dialogs.informations.size(), 1);
    QVERIFY(dialogs.informations.first().contains(QStringLiteral("already")));
}

void NotesExchangeTest::import_refusedFile_oneError_andTheDatabaseUnchanged()
{
    QString error;
    Session session(&m_library, newStorePath());
    UserDataStore &user = session.user;
    QVERIFY(user.addToList(UserDataStore::defaultListId, m_articles.at(0).id, &error));
    const QString &storePath = session.storePath;
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QVERIFY(user.setNote(m_articles.at(0).id, QStringLiteral("mine"), &error));
    const QByteArray before = Core::ListsAndNotesFile::toJson(user.exportData(), {});
    const QByteArray database = Test::fileChecksum(storePath);
    const QByteArray log = Test::fileChecksum(storePath + QStringLiteral("-wal"));

    const QString path = m_dir.filePath(QStringLiteral("future.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "vigil-lists-and-notes", "version": 7, "lists": [], "notes": []})");
    }
    dialogs.fileToOpen = path;
    dialogs.agreeToImport = true;
    fileMenuItem(window, QStringLiteral("importListsAction"))->trigger();
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.first().contains(QStringLiteral("newer Vigil")), qPrintable(dialogs.errors.first()));
    QVERIFY(dialogs.importSummaries.isEmpty()); // never asked
    QCOMPARE(Core::ListsAndNotesFile::toJson(user.exportData(), {}), before);
    QCOMPARE(Test::fileChecksum(storePath), database);
    QCOMPARE(Test::fileChecksum(storePath + QStringLiteral("-wal")), log);

    // Cut short: the same.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(Core::ListsAndNotesFile::toJson(user.exportData(), {}).left(40));
    }
    fileMenuItem(window, QStringLiteral("importListsAction"))->trigger();
    QCOMPARE(dialogs.errors.size(), 2);
    QVERIFY2(dialogs.errors.last().contains(QStringLiteral("cut short")), qPrintable(dialogs.errors.last()));
    QCOMPARE(Test::fileChecksum(storePath), database);
    QCOMPARE(Test::fileChecksum(storePath + QStringLiteral("-wal")), log);
}

QTEST_MAIN(NotesExchangeTest)

#include "notesexchange_test.moc"
