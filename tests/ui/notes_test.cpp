// Notes: the panel saves after a pause in typing, at once when the article
// changes or the window closes, and keeps what it could not save; the window
// gives each article its own note from the user's database, and its search
// finds an article by its note.
#include "detail/detailpane.h"
#include "detail/notepanel.h"
#include "mainwindow/mainwindow.h"
#include "models/articlelistmodel.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;
using Core::UserDataStore;

namespace {

// A saver that records what it is given and fails while told to.
struct RecordingSaver
{
    QList<QPair<qint64, QString>> saved;
    bool failing = false;

    Ui::NotePanel::Saver saver()
    {
        return [this](qint64 id, const QString &text, QString *error) {
            if (failing) {
                *error = QStringLiteral("disk full");
                return false;
            }
            saved.append({ id, text });
            return true;
        };
    }
};

} // namespace

class NotesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panel_savesAfterAPause_notAtEveryKey();
    void panel_savesAtOnce_whenTheArticleChanges();
    void panel_keepsWhatFailed_andTriesAgain();
    void window_eachArticleHasItsNote_keptAcrossClose();
    void window_searchFindsAnArticleByItsNote();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void NotesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("notes_test"));
    m_library = Test::buildSeedLibrary(m_dir.path());
}

void NotesTest::panel_savesAfterAPause_notAtEveryKey()
{
    RecordingSaver record;
    Ui::NotePanel panel;
    panel.setSaver(record.saver());
    QVERIFY(!panel.editor()->isEnabled()); // no article, no note
    panel.showArticle(7, QStringLiteral("old"));
    QVERIFY(panel.editor()->isEnabled());
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("old"));
    QVERIFY(record.saved.isEmpty()); // showing is not saving
    QElapsedTimer typing;
    typing.start();
    QTest::keyClicks(panel.editor(), QStringLiteral(" and new"));
    QVERIFY(record.saved.isEmpty());
    QVERIFY(panel.hasUnsaved());
    QTRY_COMPARE(record.saved.size(), 1);
    QVERIFY(typing.elapsed() >= Ui::NotePanel::saveDelayMs);
    QCOMPARE(record.saved.at(0), (QPair<qint64, QString>(7, QStringLiteral("old and new"))));
    QVERIFY(!panel.hasUnsaved());
}

void NotesTest::panel_savesAtOnce_whenTheArticleChanges()
{
    RecordingSaver record;
    Ui::NotePanel panel;
    panel.setSaver(record.saver());
    panel.showArticle(1, QString());
    QTest::keyClicks(panel.editor(), QStringLiteral("first"));
    panel.showArticle(2, QStringLiteral("second's"));
    QCOMPARE(record.saved.size(), 1); // without waiting for the pause
    QCOMPARE(record.saved.at(0), (QPair<qint64, QString>(1, QStringLiteral("first"))));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("second's"));
    panel.editor()->clear(); // an emptied note is saved empty, which deletes it
    QVERIFY(panel.saveNow());
    QCOMPARE(record.saved.at(1), (QPair<qint64, QString>(2, QString())));
    QTest::qWait(Ui::NotePanel::saveDelayMs + 100);
    QCOMPARE(record.saved.size(), 2); // saved once, not again at the pause
}

void NotesTest::panel_keepsWhatFailed_andTriesAgain()
{
    RecordingSaver record;
    record.failing = true;
    Ui::NotePanel panel;
    panel.setSaver(record.saver());
    QSignalSpy failed(&panel, &Ui::NotePanel::saveFailed);
    panel.showArticle(3, QString());
    QTest::keyClicks(panel.editor(), QStringLiteral("important"));
    QVERIFY(!panel.saveNow());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("disk full"));
    panel.showArticle(4, QString()); // the failed note is kept, not dropped
    QVERIFY(panel.hasUnsaved());
    panel.showArticle(3, QStringLiteral("what the store had"));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("important")); // newer than the store
    record.failing = false;
    QVERIFY(panel.saveNow());
    QCOMPARE(record.saved, (QList<QPair<qint64, QString>> { { 3, QStringLiteral("important") } }));
    QVERIFY(!panel.hasUnsaved());
}

void NotesTest::window_eachArticleHasItsNote_keptAcrossClose()
{
    QSettings().clear();
    QString error;
    Core::LibraryConnection store;
    QVERIFY2(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    const QList<Core::Article> articles = Core::ArticleQueries(store).articles();
    const QString path = m_dir.filePath(QStringLiteral("user/userdata.sqlite"));
    UserDataStore user;
    QVERIFY2(user.open(path, &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
    Test::ScriptedDialogs dialogs;
    {
        Ui::MainWindow window(&store, {}, &dialogs);
        window.setUserData(&user);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::NotePanel *notes = window.notePanel();
        QVERIFY(notes->isVisible());
        QVERIFY(!notes->editor()->isEnabled()); // no article read yet
        QVERIFY(window.openArticle(articles.at(0).id));
        QVERIFY(notes->editor()->isEnabled());
        QTest::keyClicks(notes->editor(), QStringLiteral("Cite in chapter 2"));
        QTRY_COMPARE(user.note(articles.at(0).id), QStringLiteral("Cite in chapter 2"));

        QVERIFY(window.openArticle(articles.at(1).id));
        QCOMPARE(notes->editor()->toPlainText(), QString()); // its own note, none yet
        QTest::keyClicks(notes->editor(), QStringLiteral("typed just before closing"));
        QVERIFY(window.openArticle(articles.at(0).id));
        QCOMPARE(notes->editor()->toPlainText(), QStringLiteral("Cite in chapter 2"));
        QVERIFY(window.openArticle(articles.at(1).id));
        notes->editor()->selectAll();
        QTest::keyClicks(notes->editor(), QStringLiteral("closing now"));
        window.close(); // before the pause: saved by the close
    }
    QCOMPARE(user.note(articles.at(1).id), QStringLiteral("closing now"));

    // A country's profile has no note: the panel waits for an article.
    Ui::MainWindow window(&store, {}, &dialogs);
    window.setUserData(&user);
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QVERIFY(!window.notePanel()->editor()->isEnabled());
    // Without the user's data there is no panel.
    Ui::MainWindow bare(&store, {}, &dialogs);
    QVERIFY(bare.notePanel()->isHidden());
}

void NotesTest::window_searchFindsAnArticleByItsNote()
{
    QSettings().clear();
    QString error;
    Core::LibraryConnection store;
    QVERIFY2(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    const QList<Core::Article> articles = Core::ArticleQueries(store).articles();
    UserDataStore user;
    QVERIFY(user.open(
        m_dir.filePath(QStringLiteral("search/userdata.sqlite")), &error, UserDataStore::Creation::OnFirstWrite));
    const Core::Article &noted = articles.at(3);
    QVERIFY(user.setNote(noted.id, QStringLiteral("Interview with the shelter; ask about Qwertyfield"), &error));
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    window.setUserData(&user);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QVERIFY(search && list);
    auto *model = qobject_cast<Core::ArticleListModel *>(list->model());

    const auto find = [&](const char *text, int found) {
        search->setText(QString::fromUtf8(text));
        QTRY_COMPARE(window.countText(), QStringLiteral("%1 of 32 articles").arg(found));
        if (found == 1)
            QCOMPARE(model->idAt(0), noted.id);
    };
    find("note:shelter", 1);
    find("note:\"interview with the\"", 1);
    find("note:nowhere", 0);
    // A word only the note has, whole and while it is typed.
    find("qwertyfield ", 1);
    find("qwerty", 1);
    find("qwertyfield -shelter ", 0);
    if (QTest::currentTestFailed())
        return;

    // A note being typed counts at once, before its pause.
    QVERIFY(window.openArticle(articles.at(4).id));
    QTest::keyClicks(window.notePanel()->editor(), QStringLiteral("qwertyfield again"));
    search->setText(QStringLiteral("qwertyfield"));
    QTRY_COMPARE(window.countText(), QStringLiteral("2 of 32 articles"));
}

QTEST_MAIN(NotesTest)

#include "notes_test.moc"
