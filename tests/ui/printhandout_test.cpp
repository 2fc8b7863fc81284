// File ▸ Print preview, Print and Save as PDF print the handout of what the
// reader is on: the article read, else the country (or reading list) chosen.
// Through the dialog seam: what the file holds, the name offered, and what is
// said when there is nothing to print or the file cannot be written. The
// handout's citations are formatted first, on the citation worker, in the style
// chosen under the reading pane.
#include "detail/citationstrip.h"
#include "detail/detailpane.h"
#include "mainwindow/mainwindow.h"
#include "scriptedwindow.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QAction>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace Vigil;

namespace {

QByteArray startOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
}

} // namespace

class PrintHandoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void actions_sayWhatTheyPrint();
    void country_savesItsDossier();
    void article_savesItself_underItsTitle();
    void nothingChosen_isSaid_andNoFileIsAsked();
    void unwritableFile_isSaid();
    void preview_showsTheHandoutsPages();
    void fromTheTree_theListOrCountryChosen_overTheArticleRead();

private:
    QTemporaryDir m_dir;
    Core::LibraryConnection m_store;
};

void PrintHandoutTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = Test::openSeedLibraryForWindows(QStringLiteral("printhandout_test"), m_dir.path(), &m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void PrintHandoutTest::init()
{
    QSettings().clear();
}

void PrintHandoutTest::actions_sayWhatTheyPrint()
{
    Test::ScriptedWindow session(&m_store);
    QAction *preview = session.window.action(QStringLiteral("printPreviewAction"));
    QVERIFY(preview);
    QVERIFY(preview->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    for (const char *name : { "printPreviewAction", "printAction", "savePdfAction" }) {
        const QString tip = session.window.action(QString::fromLatin1(name))->statusTip();
        QVERIFY2(tip.contains(QStringLiteral("article being read")) && tip.contains(QStringLiteral("reading list"))
                && tip.contains(QStringLiteral("country")),
            qPrintable(tip));
    }
}

void PrintHandoutTest::country_savesItsDossier()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    QVERIFY(session.window.selectCountry(QStringLiteral("XK")));
    session.window.citationStrip()->setStyleId(QStringLiteral("harvard-cite-them-right"));
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("kosovo.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    // The window goes on while the citations are formatted, and says so.
    QVERIFY(!Test::citationsFormatted(session.window));
    QVERIFY2(session.window.statusBar()->currentMessage().startsWith(QStringLiteral("Formatting")),
        qPrintable(session.window.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QVERIFY2(session.dialogs.errors.isEmpty(), qPrintable(session.dialogs.errors.join(u'\n')));
    QVERIFY2(session.dialogs.suggestedSave.endsWith(QStringLiteral("/Kosovo.pdf")),
        qPrintable(session.dialogs.suggestedSave));
    QCOMPARE(startOf(session.dialogs.fileToSave), QByteArray("%PDF-"));
    QVERIFY(QFileInfo(session.dialogs.fileToSave).size() > 10000);
    // Cited in the strip's style.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), session.dialogs.fileToSave, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Cite as (Harvard):")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Bibliography (Harvard)")));
}

void PrintHandoutTest::article_savesItself_underItsTitle()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    const QList<Core::Article> articles = Core::ArticleQueries(m_store).articles(QStringLiteral("XK"));
    QVERIFY(!articles.isEmpty());
    const Core::Article &a = articles.first();
    QVERIFY(session.window.openArticle(a.id));
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("article.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QVERIFY2(session.dialogs.errors.isEmpty(), qPrintable(session.dialogs.errors.join(u'\n')));
    const QString offered = QFileInfo(session.dialogs.suggestedSave).completeBaseName();
    QVERIFY2(!offered.isEmpty() && a.title.simplified().startsWith(offered.left(20)), qPrintable(offered));
    QCOMPARE(startOf(session.dialogs.fileToSave), QByteArray("%PDF-"));
}

void PrintHandoutTest::nothingChosen_isSaid_andNoFileIsAsked()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    QTRY_VERIFY(session.window.countText().startsWith(QStringLiteral("32 of 32")));
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("nothing.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    QVERIFY(session.dialogs.suggestedSave.isEmpty());
    QVERIFY(!QFile::exists(session.dialogs.fileToSave));
    QVERIFY2(session.window.statusBar()->currentMessage().startsWith(QStringLiteral("Open an article")),
        qPrintable(session.window.statusBar()->currentMessage()));
}

void PrintHandoutTest::unwritableFile_isSaid()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    QVERIFY(session.window.selectCountry(QStringLiteral("RS")));
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("no/such/folder/serbia.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QCOMPARE(session.dialogs.errors.size(), 1);
    QVERIFY2(session.dialogs.errors.first().contains(QStringLiteral("could not write"))
            && session.dialogs.errors.first().contains(QStringLiteral("Choose a folder you can write to")),
        qPrintable(session.dialogs.errors.first()));
    QVERIFY(!QFile::exists(session.dialogs.fileToSave));
}

void PrintHandoutTest::preview_showsTheHandoutsPages()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    QVERIFY(session.window.selectCountry(QStringLiteral("RS")));
    int pages = -1;
    // The preview is modal, and opens once the citations are formatted: it is
    // looked at, and closed, from the event loop it runs.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &session.window, [&]() {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
            pages = widget->pageCount();
        dialog->reject();
    });
    poll.start();
    session.window.action(QStringLiteral("printPreviewAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pages > 1, Test::citationFormattingMs);
}

void PrintHandoutTest::fromTheTree_theListOrCountryChosen_overTheArticleRead()
{
    const QList<Core::Article> kosovo = Core::ArticleQueries(m_store).articles(QStringLiteral("XK"));
    QVERIFY(kosovo.size() >= 2);
    Core::UserDataStore user;
    QString error;
    QVERIFY2(user.open(m_dir.filePath(QStringLiteral("userdata.sqlite")), &error), qPrintable(error));
    const qint64 week = user.createList(QStringLiteral("Week 3"), &error);
    QVERIFY2(week > 0, qPrintable(error));
    QVERIFY(user.addToList(week, kosovo.at(0).id, &error) && user.addToList(week, kosovo.at(1).id, &error));

    Test::ScriptedWindow session(&m_store);
    session.window.setUserData(&user);
    QVERIFY(QTest::qWaitForWindowActive(&session.window));
    auto *tree = session.window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    auto *list = session.window.findChild<QTableView *>(QStringLiteral("articleListView"));
    tree->setFocus();
    tree->setCurrentIndex(Test::listRow(tree, QStringLiteral("Week 3")));
    QTRY_COMPARE(session.window.countText(), QStringLiteral("2 of 32 articles"));
    // An article of the list is read: the list view has the focus, and its
    // handout is the article's.
    QVERIFY(session.window.openArticle(kosovo.at(1).id));
    list->setFocus();
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("read.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QVERIFY2(!session.dialogs.suggestedSave.endsWith(QStringLiteral("/Week 3.pdf")),
        qPrintable(session.dialogs.suggestedSave));
    // From the tree, the list's.
    tree->setFocus();
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("week3.pdf"));
    session.window.action(QStringLiteral("savePdfAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QVERIFY2(session.dialogs.errors.isEmpty(), qPrintable(session.dialogs.errors.join(u'\n')));
    QVERIFY2(session.dialogs.suggestedSave.endsWith(QStringLiteral("/Week 3.pdf")),
        qPrintable(session.dialogs.suggestedSave));
    QCOMPARE(startOf(session.dialogs.fileToSave), QByteArray("%PDF-"));
    session.window.close();
}

QTEST_MAIN(PrintHandoutTest)
#include "printhandout_test.moc"
