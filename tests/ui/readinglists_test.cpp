// Reading lists in the window: an article added by key, the tree's count, the
// list chosen like a country, named lists made and removed through the dialog
// seam, and "Clear my data" taking the lists with it.
#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/countrytreemodel.h"
#include "scriptedwindow.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Vigil;
using Core::CountryTreeModel;
using Core::UserDataStore;
using Test::listRow;

namespace {

// Opens the widget's context menu at a point and chooses the item with this
// text (ampersands aside), in a submenu too.
bool chooseFromContextMenu(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(0, view, [&]() {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->findChildren<QAction *>()) {
            if (a->text().remove(u'&') == text && !a->menu()) {
                chosen = true;
                menu->close();
                a->trigger();
                return;
            }
        }
        menu->close();
    });
    view->scrollTo(index);
    emit view->customContextMenuRequested(view->visualRect(index).center());
    return chosen;
}

QSet<qint64> listedIds(QTableView *list)
{
    auto *model = qobject_cast<Core::ArticleListModel *>(list->model());
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    return ids;
}

} // namespace

class ReadingListsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addByKey_countsInTheTree_andTheListShowsOnlyItsArticles();
    void namedLists_madeRenamedAndDeleted_throughTheDialogs();
    void paneButton_addsToTheReadingList_andItsArrowToAnyList();
    void withoutUserData_theCommandsSaySo();
    void clearMyData_closesTheStore_andTheBranchGoes();

private:
    QTemporaryDir m_dir;
    QString m_library;
    Core::LibraryConnection m_store;
    UserDataStore m_user;
    QList<Core::Article> m_articles;
};

void ReadingListsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("readinglists_test"));
    m_library = Test::buildSeedLibrary(m_dir.path());
    QString error;
    QVERIFY2(m_store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    m_articles = Core::ArticleQueries(m_store).articles();
    QVERIFY(m_articles.size() > 3);
}

void ReadingListsTest::init()
{
    QSettings().clear();
    QString error;
    QVERIFY2(UserDataStore::removeAll(UserDataStore::defaultPath(), &error), qPrintable(error));
    // As the app opens it: the file comes with the first thing saved.
    QVERIFY2(
        m_user.open(UserDataStore::defaultPath(), &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
}

void ReadingListsTest::cleanup()
{
    m_user.close();
}

void ReadingListsTest::addByKey_countsInTheTree_andTheListShowsOnlyItsArticles()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.setUserData(&m_user);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QVERIFY(tree && list);
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QCOMPARE(listRow(tree, QStringLiteral("Reading list")).data().toString(), QStringLiteral("Reading list (0)"));
    QVERIFY(tree->isExpanded(listRow(tree, QStringLiteral("Reading list")).parent()));

    // Ctrl+D adds the article being read, and takes it out again.
    QAction *add = window.action(QStringLiteral("addToReadingListAction"));
    QVERIFY(add->isEnabled() && add->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_D)));
    const Core::Article &first = m_articles.at(0);
    const Core::Article &second = m_articles.at(1);
    const Core::Article &third = m_articles.at(2);
    QVERIFY(window.openArticle(first.id));
    QVERIFY(!add->isChecked());
    QVERIFY(!QFileInfo::exists(UserDataStore::defaultPath())); // nothing saved yet, nothing written
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(QFileInfo::exists(UserDataStore::defaultPath()));
    QVERIFY(m_user.isInList(UserDataStore::defaultListId, first.id));
    QVERIFY(add->isChecked());
    QCOMPARE(listRow(tree, QStringLiteral("Reading list")).data().toString(), QStringLiteral("Reading list (1)"));
    QVERIFY(window.openArticle(second.id));
    QVERIFY(!add->isChecked());
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(window.openArticle(third.id));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier); // out again
    QVERIFY(!m_user.isInList(UserDataStore::defaultListId, third.id));
    QVERIFY(!add->isChecked());
    QCOMPARE(listRow(tree, QStringLiteral("Reading list")).data().toString(), QStringLiteral("Reading list (2)"));

    // Choosing the list shows its articles and no other, with a chip to leave it.
    tree->setCurrentIndex(listRow(tree, QStringLiteral("Reading list")));
    QTRY_COMPARE(window.countText(), QStringLiteral("2 of 32 articles"));
    QCOMPARE(listedIds(list), (QSet<qint64> { first.id, second.id }));
    QCOMPARE(window.filterBar()->filter().readingList, UserDataStore::defaultListId);
    QCOMPARE(window.currentArticleId(), qint64(0)); // the one read is not in the list: the pane says what is chosen
    QCOMPARE(window.windowTitle(), QStringLiteral("Vigil"));

    // Search words still apply within the list: a word of the first title that
    // the second article does not have.
    Core::ArticleFilter inList = window.filterBar()->filter();
    QString word;
    for (const QString &w : first.title.split(u' ', Qt::SkipEmptyParts)) {
        inList.text = w;
        if (w.size() >= 5 && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); })
            && Core::ArticleQueries(m_store).countArticles(inList) == 1) {
            word = w;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), qPrintable(first.title));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(word);
    QTRY_COMPARE(window.countText(), QStringLiteral("1 of 32 articles"));
    QCOMPARE(listedIds(list), QSet<qint64> { first.id });
    search->clear();
    QTRY_COMPARE(window.countText(), QStringLiteral("2 of 32 articles"));

    // Taking an article out while the list is shown takes it off the list at once.
    QVERIFY(window.openArticle(second.id));
    QCOMPARE(window.filterBar()->filter().readingList, UserDataStore::defaultListId); // still in its scope
    add->trigger();
    QTRY_COMPARE(window.countText(), QStringLiteral("1 of 32 articles"));
    QCOMPARE(listedIds(list), QSet<qint64> { first.id });
    QCOMPARE(listRow(tree, QStringLiteral("Reading list")).data().toString(), QStringLiteral("Reading list (1)"));

    // "All articles" leaves the list.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QCOMPARE(window.filterBar()->filter().readingList, 0);
}

void ReadingListsTest::namedLists_madeRenamedAndDeleted_throughTheDialogs()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.setUserData(&m_user);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QAction *make = window.action(QStringLiteral("newReadingListAction"));

    make->trigger(); // cancelled (no name): nothing is made
    QCOMPARE(m_user.readingLists().size(), 1);
    dialogs.listName = QStringLiteral("Term paper");
    make->trigger();
    QCOMPARE(m_user.readingLists().size(), 2);
    QVERIFY(dialogs.errors.isEmpty());
    QCOMPARE(listRow(tree, QStringLiteral("Term paper")).data().toString(), QStringLiteral("Term paper (0)"));
    make->trigger(); // the same name again: said, not made
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.constFirst().contains(QStringLiteral("Term paper")), qPrintable(dialogs.errors.first()));
    QCOMPARE(m_user.readingLists().size(), 2);

    // A row's menu adds its article to a named list.
    auto *articles = qobject_cast<Core::ArticleListModel *>(list->model());
    const qint64 firstRow = articles->idAt(0);
    QVERIFY(chooseFromContextMenu(list, articles->index(0, 0), QStringLiteral("Term paper")));
    QCOMPARE(listRow(tree, QStringLiteral("Term paper")).data().toString(), QStringLiteral("Term paper (1)"));
    QVERIFY(!m_user.isInList(UserDataStore::defaultListId, firstRow)); // that list only

    // Chosen, it shows its article; renamed, it stays chosen under its new name.
    tree->setCurrentIndex(listRow(tree, QStringLiteral("Term paper")));
    QTRY_COMPARE(window.countText(), QStringLiteral("1 of 32 articles"));
    QCOMPARE(listedIds(list), QSet<qint64> { firstRow });
    dialogs.listName = QStringLiteral("Essay");
    QVERIFY(chooseFromContextMenu(tree, listRow(tree, QStringLiteral("Term paper")), QStringLiteral("Rename list…")));
    QCOMPARE(dialogs.askedNames.constLast(), QStringLiteral("Term paper"));
    QCOMPARE(listRow(tree, QStringLiteral("Essay")).data().toString(), QStringLiteral("Essay (1)"));
    QCOMPARE(window.filterBar()->filter().listArticles, QList<qint64> { firstRow });

    // The default list has no such commands; deleting asks, and a "no" keeps the list.
    QVERIFY(
        !chooseFromContextMenu(tree, listRow(tree, QStringLiteral("Reading list")), QStringLiteral("Delete list…")));
    QVERIFY(chooseFromContextMenu(tree, listRow(tree, QStringLiteral("Essay")), QStringLiteral("Delete list…")));
    QCOMPARE(dialogs.listsToDelete, QStringList { QStringLiteral("Essay") });
    QCOMPARE(m_user.readingLists().size(), 2);
    dialogs.agreeToDelete = true;
    QVERIFY(chooseFromContextMenu(tree, listRow(tree, QStringLiteral("Essay")), QStringLiteral("Delete list…")));
    QCOMPARE(m_user.readingLists().size(), 1);
    QVERIFY(!listRow(tree, QStringLiteral("Essay")).isValid());
    // The list shown is gone: the whole library is shown instead.
    QCOMPARE(window.filterBar()->filter().readingList, 0);
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QVERIFY(dialogs.errors.size() == 1);

    // With no article read, the key only says what to do.
    window.action(QStringLiteral("addToReadingListAction"))->trigger();
    QVERIFY(m_user.listEntries(UserDataStore::defaultListId).isEmpty());
}

void ReadingListsTest::paneButton_addsToTheReadingList_andItsArrowToAnyList()
{
    QString error;
    const qint64 paper = m_user.createList(QStringLiteral("Term paper"), &error);
    QVERIFY2(paper > 0, qPrintable(error));
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.setUserData(&m_user);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *button = window.findChild<QToolButton *>(QStringLiteral("readingListButton"));
    QVERIFY(tree && button);

    // Under the article, beside its citation, with words a reader understands.
    const Core::Article &article = m_articles.at(3);
    QVERIFY(window.openArticle(article.id));
    QTRY_VERIFY(button->isVisible());
    QVERIFY(button->isEnabled() && !button->isChecked());
    QCOMPARE(button->text(), QStringLiteral("Add to list"));
    QVERIFY(button->focusPolicy() & Qt::TabFocus);

    // A click puts it on the reading list and says so; another takes it off.
    button->click();
    QVERIFY(m_user.isInList(UserDataStore::defaultListId, article.id));
    QVERIFY(button->isChecked());
    QCOMPARE(button->text(), QStringLiteral("On your list"));
    QVERIFY(window.action(QStringLiteral("addToReadingListAction"))->isChecked());
    QCOMPARE(listRow(tree, QStringLiteral("Reading list")).data().toString(), QStringLiteral("Reading list (1)"));
    button->click();
    QVERIFY(!m_user.isInList(UserDataStore::defaultListId, article.id));
    QCOMPARE(button->text(), QStringLiteral("Add to list"));

    // The arrow's menu holds every list, each ticked where the article is.
    QMenu *menu = button->menu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *toPaper = nullptr;
    QStringList texts;
    for (QAction *a : menu->findChildren<QAction *>()) {
        texts << a->text().remove(u'&');
        if (a->text().remove(u'&') == QStringLiteral("Term paper"))
            toPaper = a;
    }
    QVERIFY2(texts.contains(QStringLiteral("Add to reading list")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("New list…")), qPrintable(texts.join(u'|')));
    QVERIFY2(toPaper, qPrintable(texts.join(u'|')));
    QVERIFY(!toPaper->isChecked());
    toPaper->trigger();
    QVERIFY(m_user.isInList(paper, article.id));
    QVERIFY(!m_user.isInList(UserDataStore::defaultListId, article.id)); // that list only
    QCOMPARE(listRow(tree, QStringLiteral("Term paper")).data().toString(), QStringLiteral("Term paper (1)"));
    emit menu->aboutToShow(); // built again: now ticked
    for (QAction *a : menu->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == QStringLiteral("Term paper"))
            QVERIFY(a->isChecked());
    }

    // A country's profile is no article: nothing to add.
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QTRY_VERIFY(!button->isVisible() || !button->isEnabled());
}

void ReadingListsTest::withoutUserData_theCommandsSaySo()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    QVERIFY(!window.action(QStringLiteral("addToReadingListAction"))->isEnabled());
    QVERIFY(!listRow(tree, QStringLiteral("Reading list")).isValid());
    UserDataStore closed;
    window.setUserData(&closed); // a store that did not open is no store
    QVERIFY(!window.action(QStringLiteral("addToReadingListAction"))->isEnabled());
    QVERIFY(!listRow(tree, QStringLiteral("Reading list")).isValid());
}

void ReadingListsTest::clearMyData_closesTheStore_andTheBranchGoes()
{
    Test::ScriptedDialogs dialogs;
    dialogs.agreeToClear = true;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.setUserData(&m_user);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    QVERIFY(window.openArticle(m_articles.at(0).id));
    window.action(QStringLiteral("addToReadingListAction"))->trigger();
    tree->setCurrentIndex(listRow(tree, QStringLiteral("Reading list")));
    QTRY_COMPARE(window.countText(), QStringLiteral("1 of 32 articles"));

    window.clearMyData();
    QVERIFY(dialogs.errors.isEmpty());
    QVERIFY(!m_user.isOpen());
    QVERIFY(!QFileInfo::exists(UserDataStore::defaultPath()));
    QVERIFY(!listRow(tree, QStringLiteral("Reading list")).isValid());
    QVERIFY(!window.action(QStringLiteral("addToReadingListAction"))->isEnabled());
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
}

QTEST_MAIN(ReadingListsTest)

#include "readinglists_test.moc"
