// The window as a reader moves through it: the menus and their keys, Back and
// Forward, the pane and title that follow the selection, and the layout at
// laptop and projector widths.
#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/readinghistory.h"
#include "menumnemonics.h"
#include "models/articlelistmodel.h"
#include "models/countrytreemodel.h"
#include "safety/discreetmode.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "widgets/hotlinepanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace Vigil;

namespace {

// Every action of a menu, submenus included.
QList<QAction *> menuActions(QMenu *menu)
{
    QList<QAction *> out;
    for (QAction *a : menu->actions()) {
        if (a->menu())
            out += menuActions(a->menu());
        else if (!a->isSeparator())
            out << a;
    }
    return out;
}

// The letter after a lone "&", or a null QChar.
QString placeholderText(Ui::MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("detailPlaceholder"));
    return label ? label->text() : QString();
}

} // namespace

class NavigationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void history_walksBackAndForward_andForgetsWhatLayAhead();
    void menus_everyCommandHasAPlace_aKeyOrAReason_andAStatusTip();
    void back_returnsToThePreviousArticle_andProfile();
    void pane_andTitle_followTheSelection();
    void openedArticle_isShownInItsContext();
    void layout_keepsTheArticleReadable_data();
    void layout_keepsTheArticleReadable();
    void panes_canBeHidden_andComeBack();
    void sortArrow_onlyOnColumnsThatSort();
    void openLibrary_triesTheFile_beforeGivingUpTheWindow();
    void theme_darkReachesEveryPane_andIsRemembered();

private:
    QTemporaryDir m_dir;
    QString m_library;
    Core::LibraryConnection m_store;
};

void NavigationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("navigation_test"));
    m_library = Test::buildSeedLibrary(m_dir.path());
    QString error;
    QVERIFY2(m_store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
}

void NavigationTest::init()
{
    QSettings().clear();
    Ui::DiscreetMode::setOn(false); // the title tells what is read
}

void NavigationTest::history_walksBackAndForward_andForgetsWhatLayAhead()
{
    using Kind = Ui::ReadingPlace::Kind;
    Ui::ReadingHistory history;
    QVERIFY(!history.canGoBack() && !history.canGoForward());
    history.visit({ Kind::Article, QStringLiteral("1") });
    history.visit({ Kind::Article, QStringLiteral("1") }); // the same place twice is one step
    history.visit({ Kind::Country, QStringLiteral("RS") });
    history.visit({ Kind::Article, QStringLiteral("2") });
    QVERIFY(history.back() == (Ui::ReadingPlace { Kind::Country, QStringLiteral("RS") }));
    QVERIFY(history.back() == (Ui::ReadingPlace { Kind::Article, QStringLiteral("1") }));
    QVERIFY(!history.canGoBack());
    QVERIFY(history.forward() == (Ui::ReadingPlace { Kind::Country, QStringLiteral("RS") }));
    history.visit({ Kind::AllHotlines, {} });
    QVERIFY(!history.canGoForward()); // a new place drops what lay ahead
    QVERIFY(history.back() == (Ui::ReadingPlace { Kind::Country, QStringLiteral("RS") }));
    for (int i = 0; i < Ui::ReadingHistory::limit * 2; ++i)
        history.visit({ Kind::Article, QString::number(i) });
    int steps = 0;
    while (history.canGoBack()) {
        history.back();
        ++steps;
    }
    QCOMPARE(steps, Ui::ReadingHistory::limit - 1);
}

void NavigationTest::menus_everyCommandHasAPlace_aKeyOrAReason_andAStatusTip()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    // Commands left without a key on purpose, and why.
    const QSet<QString> withoutKey {
        QStringLiteral("aboutAction"), // read once
        QStringLiteral("openBundledLibraryAction"), // rare, and it rebuilds the window
        QStringLiteral("clearMyDataAction"), // destructive: never one key press away
        QStringLiteral("newReadingListAction"), // made now and then; adding to a list has the key
        QStringLiteral("exportListsAction"), // once per move to another computer
        QStringLiteral("importListsAction"), // likewise, and it asks before it writes
        QStringLiteral("myHotlinesAction"), // edited now and then; the bar's button has Alt+M
        QStringLiteral("trustedPublishersAction"), // set up once per team, and it asks before it trusts
        QStringLiteral("discreetModeAction"), // a setting, not a command
        QStringLiteral("themeSystemAction"), // settings
        QStringLiteral("themeLightAction"),
        QStringLiteral("themeDarkAction"),
        QStringLiteral("languageSystemAction"), // settings, and they take effect at the next start
        QStringLiteral("language_en_Action"),
        QStringLiteral("language_sr_Action"),
        QStringLiteral("language_sr_Latn_Action"),
        QStringLiteral("language_sq_Action"),
    };
    // Within the bar, and within one menu (and each submenu), a letter reaches one item.
    const QStringList mnemonics = Test::mnemonicProblems(window.menuBar());
    QVERIFY2(mnemonics.isEmpty(), qPrintable(mnemonics.join(u'\n')));
    QSet<QAction *> inMenus;
    for (QAction *top : window.menuBar()->actions()) {
        for (QAction *a : menuActions(top->menu())) {
            inMenus.insert(a);
            QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->shortcuts().isEmpty() || withoutKey.contains(a->objectName()), qPrintable(a->objectName()));
            // What users read: no mnemonic ampersands, no empty "()".
            QVERIFY2(
                !a->toolTip().contains(u'&') || a->toolTip().contains(QStringLiteral(" & ")), qPrintable(a->toolTip()));
            QVERIFY2(!a->toolTip().contains(QStringLiteral("()")), qPrintable(a->toolTip()));
        }
    }
    QStringList menuTitles;
    for (QAction *top : window.menuBar()->actions())
        menuTitles << top->text().remove(u'&');
    QCOMPARE(menuTitles,
        (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Go"),
            QStringLiteral("Help") }));
    // Every command of the window is in a menu, where keyboard users find it.
    for (QAction *a : window.findChildren<QAction *>(QRegularExpression(QStringLiteral("Action$")))) {
        if (a->parent() == &window)
            QVERIFY2(inMenus.contains(a), qPrintable(a->objectName()));
    }
    // The keys people know: Back is Alt+Left, Zoom in also Ctrl+=.
    QVERIFY(window.action(QStringLiteral("backAction"))->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
    QVERIFY(
        window.action(QStringLiteral("zoomInAction"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    // No two commands share a key.
    QHash<QKeySequence, QString> byKey;
    for (QAction *a : std::as_const(inMenus)) {
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!byKey.contains(k), qPrintable(k.toString() + QLatin1Char(' ') + byKey.value(k)));
            byKey.insert(k, a->objectName());
        }
    }
}

void NavigationTest::back_returnsToThePreviousArticle_andProfile()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    QAction *back = window.action(QStringLiteral("backAction"));
    QAction *forward = window.action(QStringLiteral("forwardAction"));
    QVERIFY(!back->isEnabled() && !forward->isEnabled());
    Core::ArticleFilter serbia;
    serbia.country = QStringLiteral("RS");
    const QList<Core::ArticleSummary> rows
        = Core::ArticleQueries(m_store).findArticles(serbia, Core::ArticleSort::DateNewest, 0, 2);
    QCOMPARE(rows.size(), 2);

    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QTRY_VERIFY(window.lastRenderedHtml().contains(QStringLiteral("Republic of Serbia")));
    QVERIFY(window.openArticle(rows[0].id));
    QVERIFY(window.openArticle(rows[1].id));
    QVERIFY(back->isEnabled() && !forward->isEnabled());

    back->trigger();
    QCOMPARE(window.currentArticleId(), rows[0].id);
    QVERIFY(window.windowTitle().startsWith(rows[0].title.left(20)));
    QVERIFY(forward->isEnabled());
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.currentArticleId(), qint64(0)); // the country's profile
    QTRY_VERIFY(window.lastRenderedHtml().contains(QStringLiteral("Republic of Serbia")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Serbia")));
    QVERIFY(!back->isEnabled());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(window.currentArticleId(), rows[0].id);
    // A hotline view is a place too; a new place drops what lay ahead.
    window.action(QStringLiteral("allHotlinesAction"))->trigger();
    QVERIFY(!forward->isEnabled());
    QVERIFY(window.goBack());
    QCOMPARE(window.currentArticleId(), rows[0].id);
    // The mouse's back and forward buttons, over the list too.
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTest::mousePress(list->viewport(), Qt::ForwardButton, {}, QPoint(5, 5));
    QCOMPARE(window.currentArticleId(), qint64(0)); // All hotlines again
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("All hotlines")));
    QTest::mousePress(list->viewport(), Qt::BackButton, {}, QPoint(5, 5));
    QCOMPARE(window.currentArticleId(), rows[0].id);
}

void NavigationTest::pane_andTitle_followTheSelection()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QTRY_VERIFY(window.windowTitle().startsWith(QStringLiteral("Serbia")));
    QVERIFY(window.lastRenderedHtml().contains(QStringLiteral("Republic of Serbia")));

    // Clear filters: every country. The profile of Serbia no longer describes it.
    window.filterBar()->clearAll();
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Vigil"));
    QVERIFY(window.lastRenderedHtml().isEmpty());
    QVERIFY2(placeholderText(window).contains(QStringLiteral("All countries")), qPrintable(placeholderText(window)));
    QVERIFY(window.hotlinePanel() != nullptr);
    QVERIFY(window.currentCountry().isEmpty());

    // A region: said in the pane, with its count.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    // The first region of the tree, at any depth.
    QModelIndex region;
    QList<QModelIndex> nodes;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        nodes << tree->model()->index(row, 0);
    while (!nodes.isEmpty() && !region.isValid()) {
        const QModelIndex node = nodes.takeFirst();
        if (node.data(Core::CountryTreeModel::KindRole).toInt() == int(Core::CountryTreeModel::NodeKind::Region))
            region = node;
        for (int row = 0; row < tree->model()->rowCount(node); ++row)
            nodes << tree->model()->index(row, 0, node);
    }
    QVERIFY2(region.isValid(),
        qPrintable(tree->model()->index(0, 0).data().toString() + QString::number(tree->model()->rowCount())));
    tree->setCurrentIndex(region);
    const QString regionName = region.data(Core::CountryTreeModel::NameRole).toString();
    QVERIFY2(placeholderText(window).startsWith(regionName + QLatin1Char(':')), qPrintable(placeholderText(window)));

    // An article read stays when the choice still holds it.
    Core::ArticleFilter all;
    const qint64 id = Core::ArticleQueries(m_store).findArticles(all, Core::ArticleSort::DateNewest, 0, 1).value(0).id;
    QVERIFY(window.openArticle(id));
    window.filterBar()->clearAll();
    QCOMPARE(window.currentArticleId(), id);
}

void NavigationTest::openedArticle_isShownInItsContext()
{
    // An article of Kosovo opened while Serbia is chosen: the list, the tree and
    // the hotline bar move to Kosovo rather than show an article not in the list.
    Core::ArticleFilter kosovo;
    kosovo.country = QStringLiteral("XK");
    qint64 id = 0;
    for (const Core::ArticleSummary &row :
        Core::ArticleQueries(m_store).findArticles(kosovo, Core::ArticleSort::DateNewest, 0, 100)) {
        if (!row.countries.contains(QStringLiteral("RS"))) {
            id = row.id;
            break;
        }
    }
    QVERIFY(id > 0);
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QVERIFY(window.openArticle(id));
    QCOMPARE(window.currentCountry(), QStringLiteral("XK"));
    QCOMPARE(window.currentArticleId(), id);
    QVERIFY(window.hotlinePanel()->displayedText().contains(QStringLiteral("Kosovo")));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->currentIndex().isValid());
    QCOMPARE(list->currentIndex().data(Core::ArticleListModel::IdRole).toLongLong(), id);
}

void NavigationTest::layout_keepsTheArticleReadable_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("narrow");
    QTest::newRow("800") << 800 << true;
    QTest::newRow("1024") << 1024 << false;
    QTest::newRow("1366") << 1366 << false;
    QTest::newRow("1440") << 1440 << false;
}

void NavigationTest::layout_keepsTheArticleReadable()
{
    QFETCH(int, width);
    QFETCH(bool, narrow);
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.resize(width, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.width(), width);
    QCOMPARE(window.isNarrowLayout(), narrow);
    auto *pane = window.detailPane();
    QVERIFY2(pane->width() >= window.readableWidth(),
        qPrintable(QStringLiteral("pane %1 < %2").arg(pane->width()).arg(window.readableWidth())));
    // The list fits its pane: no sideways scrolling hides a column.
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->model()->rowCount() > 0);
    QHeaderView *header = list->horizontalHeader();
    int used = 0;
    for (int c = 0; c < header->count(); ++c)
        used += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    QVERIFY2(used <= list->viewport()->width(),
        qPrintable(QStringLiteral("columns %1 > %2").arg(used).arg(list->viewport()->width())));
    QVERIFY(!header->isSectionHidden(Core::ArticleListModel::TitleColumn));
    // Columns give way in one order: a later one never shows without the earlier.
    bool hidden = false;
    for (const int c : { Core::ArticleListModel::DateColumn, Core::ArticleListModel::PublisherColumn,
             Core::ArticleListModel::CountriesColumn, Core::ArticleListModel::TopicsColumn }) {
        QVERIFY2(!hidden || header->isSectionHidden(c), qPrintable(QString::number(c)));
        hidden = hidden || header->isSectionHidden(c);
    }
    QVERIFY(header->sectionSize(Core::ArticleListModel::TitleColumn) >= list->fontMetrics().averageCharWidth() * 20);
    // The countries stay at laptop widths.
    if (width >= 1024)
        QVERIFY(window.findChild<QTreeView *>(QStringLiteral("countryTreeView"))->isVisible());
}

void NavigationTest::panes_canBeHidden_andComeBack()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    const int before = window.detailPane()->width();
    window.action(QStringLiteral("showCountriesAction"))->trigger();
    QVERIFY(!tree->isVisible());
    window.action(QStringLiteral("showListAction"))->trigger();
    QVERIFY(!list->isVisible());
    QTRY_VERIFY(window.detailPane()->width() > before + 300); // the article takes the room
    // Ctrl+2 brings the list back, with the keyboard in it.
    window.action(QStringLiteral("articlesAction"))->trigger();
    QVERIFY(list->isVisible());
    QVERIFY(window.action(QStringLiteral("showListAction"))->isChecked());
    window.action(QStringLiteral("showCountriesAction"))->trigger();
    QVERIFY(tree->isVisible());
    // Remembered for the next start.
    window.action(QStringLiteral("showCountriesAction"))->trigger();
    window.close();
    Ui::MainWindow next(&m_store, {}, &dialogs);
    next.restoreSession();
    next.show();
    QVERIFY(!next.findChild<QTreeView *>(QStringLiteral("countryTreeView"))->isVisible());
    QVERIFY(!next.action(QStringLiteral("showCountriesAction"))->isChecked());
}

void NavigationTest::sortArrow_onlyOnColumnsThatSort()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.resize(1920, 1000); // wide enough for the Countries column
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QHeaderView *header = list->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(Core::ArticleListModel::DateColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // newest first
    const int countries = Core::ArticleListModel::CountriesColumn;
    QVERIFY2(!header->isSectionHidden(countries),
        qPrintable(QStringLiteral("list %1 px, %2 px a character")
                       .arg(list->viewport()->width())
                       .arg(list->fontMetrics().averageCharWidth())));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(countries) + 10, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(Core::ArticleListModel::DateColumn));
    const int title = Core::ArticleListModel::TitleColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(title) + 10, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), title);
}

void NavigationTest::openLibrary_triesTheFile_beforeGivingUpTheWindow()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.setLibraryPaths(m_library, m_library);
    QVERIFY(!window.action(QStringLiteral("openBundledLibraryAction"))->isEnabled());
    QSignalSpy chosen(&window, &Ui::MainWindow::libraryChosen);

    // Not a library: said, and the window stays as it is.
    const QString notes = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a library.\n");
    file.close();
    dialogs.fileToOpen = notes;
    window.action(QStringLiteral("openLibraryAction"))->trigger();
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.first().contains(QStringLiteral("notes.sqlite"))
            && dialogs.errors.first().contains(QStringLiteral("stays open")),
        qPrintable(dialogs.errors.first()));
    QVERIFY(Ui::MainWindow::chosenLibrary().isEmpty());

    // Cancelled: nothing happens.
    dialogs.fileToOpen.clear();
    window.action(QStringLiteral("openLibraryAction"))->trigger();
    QCOMPARE(chosen.count(), 0);

    // A library: chosen, and remembered for the next start while it is there.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(QFile::copy(m_library, other));
    dialogs.fileToOpen = other;
    window.action(QStringLiteral("openLibraryAction"))->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(Ui::MainWindow::chosenLibrary(), QFileInfo(other).absoluteFilePath());
    QVERIFY(QFile::remove(other));
    QVERIFY(Ui::MainWindow::chosenLibrary().isEmpty()); // gone: the bundled one again
}

void NavigationTest::theme_darkReachesEveryPane_andIsRemembered()
{
    Test::ScriptedDialogs dialogs;
    auto window = std::make_unique<Ui::MainWindow>(&m_store, QString(), &dialogs);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *list = window->findChild<QTableView *>(QStringLiteral("articleListView"));
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    const int lightBase = list->palette().color(QPalette::Base).lightness();
    window->action(QStringLiteral("themeDarkAction"))->trigger();
    for (QWidget *w : { static_cast<QWidget *>(list), static_cast<QWidget *>(tree) })
        QTRY_VERIFY2(w->palette().color(QPalette::Base).lightness() < 100, qPrintable(w->objectName()));
    QVERIFY(window->palette().color(QPalette::WindowText).lightness() > 180);
    // The toolbar's icons are drawn in the text's colour, not dark on dark.
    const QImage back = window->action(QStringLiteral("backAction"))->icon().pixmap(24, 24).toImage();
    int lightPixels = 0;
    for (int y = 0; y < back.height(); ++y)
        for (int x = 0; x < back.width(); ++x)
            lightPixels += back.pixelColor(x, y).alpha() > 128 && back.pixelColor(x, y).lightness() > 150;
    QVERIFY(lightPixels > 10);
    window.reset();
    // The next window starts dark.
    Ui::MainWindow next(&m_store, {}, &dialogs);
    QVERIFY(next.action(QStringLiteral("themeDarkAction"))->isChecked());
    next.action(QStringLiteral("themeSystemAction"))->trigger();
    QTRY_COMPARE(
        next.findChild<QTableView *>(QStringLiteral("articleListView"))->palette().color(QPalette::Base).lightness(),
        lightBase);
}

QTEST_MAIN(NavigationTest)
#include "navigation_test.moc"
