#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "dialogs/dialogseam.h"
#include "mainwindow/mainwindow.h"
#include "models/countrytreemodel.h"
#include "safety/discreetmode.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "settings/config.h"
#include "sqlfile.h"
#include "widgets/hotlinepanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Vigil;

namespace {

using Test::ScriptedDialogs;

QList<QToolButton *> chips(Ui::FilterBar *bar)
{
    QList<QToolButton *> out;
    for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("filterChip")))
        out << b;
    return out;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void chooseCountry_listAndHotlinePanelFollow();
    void damagedLibrary_isSaid_notShownAsEmpty();
    void typeQuery_countUpdates();
    void topicLink_addsChip();
    void clearFilters_removesEveryChip();
    void emptyResult_saysWhyAndOffersToClear();
    void settings_areRestored();
    void contentWarning_showsOnceWhenDismissed();
    void externalLink_isNeverOpenedWithoutConsent();
    void brokenLibrary_showsProblem();
    void models_passModelTester();
    void clearMyData_removesSettingsAndDataAfterConfirming();
    void discreetMode_isOnByDefault_titleSaysVigil_andNothingIsRestored();
    void accessibleNames_sayWhatIsShown();
    void config_oneNameEach_defaults_andTheSession();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("mainwindow_test"));
    m_library = Test::buildSeedLibrary(m_dir.path());
}

void MainWindowTest::init()
{
    QSettings().clear();
}

// A library that opens but cannot be read (a damaged disk) must not pass for
// an empty list: the window says what happened and what to run.
void MainWindowTest::damagedLibrary_isSaid_notShownAsEmpty()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(m_library, damaged));
    QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    QVERIFY2(Test::damageTable(damaged, "article_topics", &error), qPrintable(error));
    Core::LibraryConnection store;
    QVERIFY2(store.open(damaged, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    window.show();
    auto *problem = window.findChild<QLabel *>(QStringLiteral("libraryProblemLabel"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("could not be read")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("vigil-library check ") + damaged), qPrintable(problem->text()));
    QVERIFY(!problem->accessibleName().isEmpty());
}

void MainWindowTest::chooseCountry_listAndHotlinePanelFollow()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QVERIFY(window.hotlinePanel()->displayedText().contains(QStringLiteral("choose a country")));

    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    Core::ArticleFilter serbia;
    serbia.country = QStringLiteral("RS");
    const int expected = Core::ArticleQueries(store).countArticles(serbia);
    QVERIFY(expected > 0 && expected < 32);
    QTRY_COMPARE(window.countText(), QStringLiteral("%1 of 32 articles").arg(expected));
    QVERIFY(window.hotlinePanel()->displayedText().contains(QStringLiteral("+381 11 3347817")));
    QTRY_VERIFY(window.lastRenderedHtml().contains(QStringLiteral("Republic of Serbia"))); // from the worker

    QVERIFY(window.selectCountry(QStringLiteral("ME")));
    QVERIFY(window.hotlinePanel()->displayedText().contains(QStringLiteral("no hotline is known for Montenegro")));
}

void MainWindowTest::typeQuery_countUpdates()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    QLineEdit *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("pristina"));
    QTRY_VERIFY(!window.countText().startsWith(QStringLiteral("32 of")));
    Core::ArticleFilter f;
    f.text = QStringLiteral("pristina");
    QTRY_COMPARE(
        window.countText(), QStringLiteral("%1 of 32 articles").arg(Core::ArticleQueries(store).countArticles(f)));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of")));
}

void MainWindowTest::topicLink_addsChip()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    QCOMPARE(chips(window.filterBar()).size(), 0);
    emit window.detailPane()->appLinkActivated(QUrl(QStringLiteral("vigil://filter/topic/child-labour")));
    QCOMPARE(window.filterBar()->filter().topic, QStringLiteral("child-labour"));
    QTRY_COMPARE(chips(window.filterBar()).size(), 1);
    QVERIFY(chips(window.filterBar()).first()->text().contains(QStringLiteral("Child labour")));
    Core::ArticleFilter f;
    f.topic = QStringLiteral("child-labour");
    QTRY_COMPARE(
        window.countText(), QStringLiteral("%1 of 32 articles").arg(Core::ArticleQueries(store).countArticles(f)));
}

void MainWindowTest::clearFilters_removesEveryChip()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    window.selectCountry(QStringLiteral("XK"));
    window.findChild<QCheckBox *>(QStringLiteral("pdfOnlyCheckBox"))->setChecked(true);
    QTRY_COMPARE(chips(window.filterBar()).size(), 2);
    QToolButton *clear = window.findChild<QToolButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QTRY_COMPARE(chips(window.filterBar()).size(), 0);
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    QVERIFY(!clear->isEnabled());
}

void MainWindowTest::emptyResult_saysWhyAndOffersToClear()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    Core::ArticleFilter f;
    f.text = QStringLiteral("zzzzunfindable");
    window.filterBar()->setFilter(f);
    QTRY_COMPARE(window.countText(), QStringLiteral("0 of 32 articles"));
    QLabel *empty = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty->isVisibleTo(&window));
    QVERIFY(empty->text().contains(QStringLiteral("Clear all filters")));
    emit empty->linkActivated(QStringLiteral("clear"));
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
}

void MainWindowTest::settings_areRestored()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::DiscreetMode::setOn(false); // discreet mode, on by default, restores nothing
    qint64 article = 0;
    {
        Ui::MainWindow window(&store, {}, &dialogs);
        window.selectCountry(QStringLiteral("ME"));
        window.findChild<QCheckBox *>(QStringLiteral("pdfOnlyCheckBox"))->setChecked(true);
        window.filterBar()->searchField()->setText(QStringLiteral("secret words"));
        window.detailPane()->setZoomFactor(1.5);
        QVERIFY(window.openFirstArticle());
        article = window.currentArticleId();
        window.close();
    }
    Ui::MainWindow restored(&store, {}, &dialogs);
    restored.restoreSession();
    QCOMPARE(restored.currentArticleId(), article);
    QCOMPARE(restored.currentCountry(), QStringLiteral("ME"));
    QVERIFY(restored.filterBar()->filter().pdfOnly);
    QCOMPARE(restored.filterBar()->filter().country, QStringLiteral("ME"));
    QVERIFY(restored.filterBar()->filter().text.isEmpty()); // no search history
    QCOMPARE(restored.detailPane()->zoomFactor(), 1.5);
    QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("secret")));
}

void MainWindowTest::contentWarning_showsOnceWhenDismissed()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    dialogs.dismissWarning = false;
    Ui::MainWindow window(&store, {}, &dialogs);
    window.showContentWarningIfNeeded();
    window.showContentWarningIfNeeded();
    QCOMPARE(dialogs.warningsShown, 2); // not dismissed: shown again
    dialogs.dismissWarning = true;
    window.showContentWarningIfNeeded();
    window.showContentWarningIfNeeded();
    QCOMPARE(dialogs.warningsShown, 3);
}

void MainWindowTest::externalLink_isNeverOpenedWithoutConsent()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    const QUrl url(QStringLiteral("https://example.org/report"));
    emit window.detailPane()->externalLinkActivated(url);
    QCOMPARE(dialogs.askedLinks, QList<QUrl> { url });
}

void MainWindowTest::brokenLibrary_showsProblem()
{
    ScriptedDialogs dialogs;
    Ui::MainWindow window(nullptr, QStringLiteral("The library could not be opened."), &dialogs);
    QVERIFY(!window.filterBar()->isEnabled());
    QVERIFY(window.hotlinePanel()->displayedText().contains(QStringLiteral("HOTLINES")));
}

void MainWindowTest::models_passModelTester()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.findChild<QCheckBox *>(QStringLiteral("showAllCountriesCheckBox"))->setChecked(true);
    window.selectCountry(QStringLiteral("XK"));
    list->model()->sort(0, Qt::AscendingOrder);
    list->model()->sort(2, Qt::DescendingOrder);
    window.filterBar()->clearAll();
    QVERIFY(list->model()->rowCount() > 0);
}

void MainWindowTest::clearMyData_removesSettingsAndDataAfterConfirming()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(dataDir));
    QFile userDb(dataDir + QStringLiteral("/userdata.sqlite-wal"));
    QVERIFY(userDb.open(QIODevice::WriteOnly));
    userDb.close();
    QSettings().setValue(QStringLiteral("contentWarningDismissed"), true);
    QSettings().sync();

    ScriptedDialogs dialogs;
    auto *window = new Ui::MainWindow(&store, {}, &dialogs);
    window->clearMyData(); // the user says no: nothing changes
    QVERIFY(dialogs.clearLocations.contains(dataDir));
    QVERIFY(QFile::exists(userDb.fileName()));
    QVERIFY(QSettings().value(QStringLiteral("contentWarningDismissed")).toBool());

    dialogs.agreeToClear = true;
    window->clearMyData();
    QVERIFY(!QFile::exists(userDb.fileName()));
    QVERIFY(!QSettings().contains(QStringLiteral("contentWarningDismissed")));
    window->close(); // and this session is not written back
    delete window;
    QVERIFY(QSettings().allKeys().isEmpty());
    QVERIFY(QFile::exists(m_library)); // the library is not the user's data
}

void MainWindowTest::discreetMode_isOnByDefault_titleSaysVigil_andNothingIsRestored()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    QVERIFY(Ui::DiscreetMode::isOn());
    {
        Ui::MainWindow window(&store, {}, &dialogs);
        QVERIFY(window.selectCountry(QStringLiteral("RS")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vigil"));
        QVERIFY(window.openFirstArticle());
        QCOMPARE(window.windowTitle(), QStringLiteral("Vigil"));
        window.findChild<QCheckBox *>(QStringLiteral("pdfOnlyCheckBox"))->setChecked(true);
        window.close();
    }
    QSettings settings;
    for (const char *key : { "reader/country", "reader/article", "filters/pdfOnly", "filters/topic" })
        QVERIFY2(!settings.contains(QString::fromLatin1(key)), key);
    QCOMPARE(Ui::Config::get(Ui::Config::Key::ReaderArticle).toLongLong(), 0); // what the next start reads
    Ui::MainWindow next(&store, {}, &dialogs);
    next.restoreSession();
    QVERIFY(next.currentCountry().isEmpty());
    QCOMPARE(next.currentArticleId(), 0);
    QVERIFY(!next.filterBar()->filter().pdfOnly);

    // Turned off in the View menu, the title says what is shown; on again, it does not.
    auto *toggle = next.findChild<QAction *>(QStringLiteral("discreetModeAction"));
    QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!Ui::DiscreetMode::isOn());
    QVERIFY(next.selectCountry(QStringLiteral("RS")));
    QTRY_COMPARE(next.windowTitle(), QStringLiteral("Serbia – Vigil")); // once the profile is shown
    toggle->trigger();
    QVERIFY(Ui::DiscreetMode::isOn());
    QCOMPARE(next.windowTitle(), QStringLiteral("Vigil"));
}

void MainWindowTest::accessibleNames_sayWhatIsShown()
{
    Core::LibraryConnection store;
    QString error;
    QVERIFY(store.open(m_library, Core::LibraryConnection::OpenMode::ReadOnly, &error));
    ScriptedDialogs dialogs;
    Ui::MainWindow window(&store, {}, &dialogs);
    QVERIFY(window.selectCountry(QStringLiteral("RS")));

    // The hotline bar speaks its country, service and number.
    const QString bar = window.hotlinePanel()->accessibleName();
    QVERIFY2(bar.contains(QStringLiteral("Serbia")) && bar.contains(QStringLiteral("SOS hotline +381 11 3347817")),
        qPrintable(bar));
    // A tree row speaks its name and count in words.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    const QString country = tree->currentIndex().data(Qt::AccessibleTextRole).toString();
    QVERIFY2(country.startsWith(QStringLiteral("Serbia: ")) && country.endsWith(QStringLiteral("articles")),
        qPrintable(country));
    // A heading is heard by the name it shows, then what it holds.
    int headings = 0;
    for (QModelIndex row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
        const auto kind = Core::CountryTreeModel::NodeKind(row.data(Core::CountryTreeModel::KindRole).toInt());
        if (kind != Core::CountryTreeModel::NodeKind::PagesHeader
            && kind != Core::CountryTreeModel::NodeKind::ListsHeader)
            continue;
        ++headings;
        const QString name = row.data(Core::CountryTreeModel::NameRole).toString();
        const QString spoken = row.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(!name.isEmpty() && spoken.startsWith(name + QStringLiteral(": ")), qPrintable(name + u'|' + spoken));
    }
    QVERIFY(headings >= 1);
    // A list row speaks its title, source and date.
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->model()->rowCount() > 0);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QString spoken = list->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
        const QString title = list->model()->index(row, 0).data().toString();
        const QString source = list->model()->index(row, 1).data().toString();
        const QString date = list->model()->index(row, 2).data().toString();
        QVERIFY2(spoken.startsWith(title) && spoken.contains(source)
                && spoken.endsWith(date.isEmpty() ? QStringLiteral("no date") : date),
            qPrintable(spoken));
    }
    // A chip says what pressing it does.
    QStringList chips;
    for (const QToolButton *chip : window.findChildren<QToolButton *>(QStringLiteral("filterChip")))
        chips << chip->accessibleName();
    QVERIFY2(chips.contains(QStringLiteral("Remove filter: Serbia")), qPrintable(chips.join(u'|')));
}

void MainWindowTest::config_oneNameEach_defaults_andTheSession()
{
    using Ui::Config;
    QSet<QString> names;
    for (int k = 0; k <= int(Config::Key::FiltersPdfOnly); ++k)
        names.insert(Config::name(Config::Key(k)));
    QCOMPARE(names.size(), int(Config::Key::FiltersPdfOnly) + 1);
    // Unset, each setting reads as its default.
    QCOMPARE(Config::get(Config::Key::ReaderZoom).toDouble(), 1.0);
    QVERIFY(Config::get(Config::Key::DiscreetMode).toBool());
    QVERIFY(!Config::get(Config::Key::ContentWarningDismissed).toBool());
    // The session is what tells what was read, and nothing else.
    QStringList session;
    for (const Config::Key key : Config::sessionKeys())
        session << Config::name(key);
    session.sort();
    QCOMPARE(session,
        (QStringList { QStringLiteral("filters/pdfOnly"), QStringLiteral("filters/publisher"),
            QStringLiteral("filters/section"), QStringLiteral("filters/topic"), QStringLiteral("filters/yearFrom"),
            QStringLiteral("filters/yearTo"), QStringLiteral("reader/article"), QStringLiteral("reader/country") }));
    Config::set(Config::Key::ReaderCountry, QStringLiteral("RS"));
    Config::set(Config::Key::ReaderZoom, 1.5);
    Config::forgetSession();
    QVERIFY(!QSettings().contains(QStringLiteral("reader/country")));
    QCOMPARE(QSettings().value(QStringLiteral("reader/zoom")).toDouble(), 1.5);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
