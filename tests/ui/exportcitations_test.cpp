// File ▸ Export citations through the dialog seam: what the list shows (a
// country, a search) is what the file holds, in the list's order and in the
// format of the filter the reader chose; an empty list and a folder that cannot
// be written are said, and nothing is written.
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "models/articlelistmodel.h"
#include "scriptedwindow.h"
#include "storage/libraryconnection.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;

namespace {

// The titles of the list's rows, top to bottom.
QStringList shownTitles(QTableView *list)
{
    auto *model = qobject_cast<Core::ArticleListModel *>(list->model());
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->summaryAt(row).title;
    return titles;
}

} // namespace

class ExportCitationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void country_exportsTheListsRows_inTheChosenFormat();
    void search_exportsWhatItFinds_asBibtex();
    void emptyList_isSaid_andNothingIsWritten();
    void unwritableFolder_isSaid();

private:
    // Types words in the search field and waits for the list to show their rows.
    void search(Ui::MainWindow &window, const QString &words);

    QTemporaryDir m_dir;
    Core::LibraryConnection m_store;
};

void ExportCitationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error
        = Test::openSeedLibraryForWindows(QStringLiteral("exportcitations_test"), m_dir.path(), &m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void ExportCitationsTest::init()
{
    QSettings().clear();
}

void ExportCitationsTest::search(Ui::MainWindow &window, const QString &words)
{
    QSignalSpy shown(&window, &Ui::MainWindow::resultsShown);
    window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setText(words);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).value<Core::ArticleFilter>().text == words);
}

void ExportCitationsTest::country_exportsTheListsRows_inTheChosenFormat()
{
    Test::ScriptedWindow session(&m_store);
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    QVERIFY(window.selectCountry(QStringLiteral("XK")));
    QTRY_VERIFY(window.countText().contains(QStringLiteral(" of 32")) && !window.countText().startsWith(u"32"));
    const QStringList titles = shownTitles(list);
    QVERIFY(titles.size() > 1);

    QAction *exportAction = window.action(QStringLiteral("exportCitationsAction"));
    QVERIFY(exportAction);
    QVERIFY(exportAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
    // The reader types a name without an ending and leaves CSL-JSON chosen.
    dialogs.fileToSave = m_dir.filePath(QStringLiteral("kosovo"));
    dialogs.exportFilter = 2;
    exportAction->trigger();
    QCOMPARE(dialogs.exportFilters,
        (QStringList {
            QStringLiteral("BibTeX (*.bib)"), QStringLiteral("RIS (*.ris)"), QStringLiteral("CSL-JSON (*.json)") }));
    QVERIFY2(dialogs.suggestedSave.endsWith(QStringLiteral("Kosovo.bib")), qPrintable(dialogs.suggestedSave));
    QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(u'\n')));
    const QJsonArray items
        = QJsonDocument::fromJson(Test::fileContents(m_dir.filePath(QStringLiteral("kosovo.json")))).array();
    QStringList exported;
    for (const QJsonValue &item : items)
        exported << item.toObject().value(QStringLiteral("title")).toString();
    QCOMPARE(exported, titles);

    // RIS, chosen by its filter, to a name that already says .ris.
    dialogs.fileToSave = m_dir.filePath(QStringLiteral("kosovo.ris"));
    dialogs.exportFilter = 1;
    exportAction->trigger();
    const QString ris = QString::fromUtf8(Test::fileContents(dialogs.fileToSave));
    QCOMPARE(ris.count(QStringLiteral("\r\nER  - \r\n")), titles.size());
    QVERIFY(ris.startsWith(u"TY  - "));
}

void ExportCitationsTest::search_exportsWhatItFinds_asBibtex()
{
    Test::ScriptedWindow session(&m_store);
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    search(window, QStringLiteral("pristina"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleListView"));
    const QStringList titles = shownTitles(list);
    QVERIFY(!titles.isEmpty() && titles.size() < 32);

    dialogs.fileToSave = m_dir.filePath(QStringLiteral("pristina.bib"));
    dialogs.exportFilter = 0;
    window.action(QStringLiteral("exportCitationsAction"))->trigger();
    const QString bib = QString::fromUtf8(Test::fileContents(dialogs.fileToSave));
    static const QRegularExpression titleField(QStringLiteral("\\n  title = \\{\\{(.*)\\}\\},\\n"));
    QStringList exported;
    for (auto it = titleField.globalMatch(bib); it.hasNext();)
        exported << it.next().captured(1);
    QCOMPARE(exported, titles);
}

void ExportCitationsTest::emptyList_isSaid_andNothingIsWritten()
{
    Test::ScriptedWindow session(&m_store);
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    search(window, QStringLiteral("zzxqvw"));
    QCOMPARE(shownTitles(window.findChild<QTableView *>(QStringLiteral("articleListView"))).size(), 0);

    dialogs.fileToSave = m_dir.filePath(QStringLiteral("nothing.bib"));
    window.action(QStringLiteral("exportCitationsAction"))->trigger();
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.first().startsWith(QStringLiteral("The article list is empty")),
        qPrintable(dialogs.errors.first()));
    QVERIFY(dialogs.exportFilters.isEmpty()); // no file dialog was shown
    QVERIFY(!QFile::exists(dialogs.fileToSave));
}

void ExportCitationsTest::unwritableFolder_isSaid()
{
    Test::ScriptedWindow session(&m_store);
    Test::ScriptedDialogs &dialogs = session.dialogs;
    Ui::MainWindow &window = session.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.countText().startsWith(QStringLiteral("32 of 32")));
    dialogs.fileToSave = m_dir.filePath(QStringLiteral("no/such/folder/all.ris"));
    dialogs.exportFilter = 1;
    window.action(QStringLiteral("exportCitationsAction"))->trigger();
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.first().contains(QStringLiteral("could not write"))
            && dialogs.errors.first().contains(QStringLiteral("Choose a folder you can write to")),
        qPrintable(dialogs.errors.first()));
    QVERIFY(!QFile::exists(dialogs.fileToSave));
}

QTEST_MAIN(ExportCitationsTest)
#include "exportcitations_test.moc"
