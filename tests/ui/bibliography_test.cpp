// File ▸ Copy bibliography and Save bibliography: the articles the list shows
// (here a reading list of five), formatted by the CSL engine in the style chosen
// under the reading pane, sorted as the style sorts; on the clipboard as plain
// text, HTML and RTF together, or in a file whose kind its name says. An empty
// list is said, and nothing is copied or written.
#include "bibliographywriter.h"
#include "cslengine.h"
#include "detail/citationstrip.h"
#include "export/citationexport.h"
#include "mainwindow/mainwindow.h"
#include "scriptedwindow.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Vigil;

class BibliographyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void actions_areInTheFileMenuWithTheirKeys();
    void readingList_isCopiedInTheStylesOrder_asTextHtmlAndRtf();
    void readingList_isSaved_asTheFileNameSays();
    void emptyList_isSaid_andNothingIsCopied();

private:
    // A window showing the reading list "Term paper", in Harvard.
    void showTermPaper(Test::ScriptedWindow &session);

    QTemporaryDir m_dir;
    Core::LibraryConnection m_store;
    Core::UserDataStore m_user;
    qint64 m_termPaper = 0;
    QList<qint64> m_ids;
    QList<Csl::CslEntry> m_expected; // the engine's Harvard bibliography of the five
};

void BibliographyTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = Test::openSeedLibraryForWindows(QStringLiteral("bibliography_test"), m_dir.path(), &m_store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString problem;
    QVERIFY2(m_user.open(m_dir.filePath(QStringLiteral("userdata.sqlite")), &problem), qPrintable(problem));
    m_termPaper = m_user.createList(QStringLiteral("Term paper"), &problem);
    QVERIFY2(m_termPaper > 0, qPrintable(problem));
    QVERIFY2(m_user.createList(QStringLiteral("Empty"), &problem) > 0, qPrintable(problem));
    // Five articles of two countries (one article can be about both).
    const Core::ArticleQueries articles(m_store);
    for (const QString &code : { QStringLiteral("RS"), QStringLiteral("XK") }) {
        for (const Core::Article &a : articles.articles(code)) {
            if (m_ids.size() < (code == u"RS" ? 3 : 5) && !m_ids.contains(a.id))
                m_ids << a.id;
        }
    }
    QCOMPARE(m_ids.size(), 5);
    for (const qint64 id : std::as_const(m_ids))
        QVERIFY2(m_user.addToList(m_termPaper, id, &problem), qPrintable(problem));

    // What the engine itself writes for them: the expected text, in its order.
    QList<QJsonObject> items;
    for (const Core::CslItem &item : Core::CitationExport::itemsFor(articles, Core::CatalogueQueries(m_store), m_ids))
        items << item.toJson(QString::number(item.articleId));
    Csl::CslEngine engine;
    const Csl::CslResult result = engine.bibliography(QStringLiteral("harvard-cite-them-right"), items);
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_expected = result.entries;
    QCOMPARE(m_expected.size(), 5);
}

void BibliographyTest::init()
{
    QSettings().clear();
}

void BibliographyTest::showTermPaper(Test::ScriptedWindow &session)
{
    session.window.setUserData(&m_user);
    session.window.citationStrip()->setStyleId(QStringLiteral("harvard-cite-them-right"));
    auto *tree = session.window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    tree->setCurrentIndex(Test::listRow(tree, QStringLiteral("Term paper")));
    QTRY_COMPARE(session.window.countText(), QStringLiteral("5 of 32 articles"));
}

void BibliographyTest::actions_areInTheFileMenuWithTheirKeys()
{
    Test::ScriptedWindow session(&m_store);
    QAction *copy = session.window.action(QStringLiteral("copyBibliographyAction"));
    QAction *save = session.window.action(QStringLiteral("saveBibliographyAction"));
    QVERIFY(copy && save);
    QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    // No other action answers to the same keys.
    for (QAction *other : session.window.findChildren<QAction *>()) {
        if (other == copy || other == save)
            continue;
        for (const QKeySequence &key : other->shortcuts())
            QVERIFY2(key != copy->shortcut() && key != save->shortcut(), qPrintable(other->objectName()));
    }
    QVERIFY(copy->associatedObjects().size() > 1); // the window, and the File menu
}

void BibliographyTest::readingList_isCopiedInTheStylesOrder_asTextHtmlAndRtf()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    showTermPaper(session);
    QGuiApplication::clipboard()->clear();

    session.window.action(QStringLiteral("copyBibliographyAction"))->trigger();
    // Formatted on the worker: the window says so and goes on.
    QVERIFY(!Test::citationsFormatted(session.window));
    QVERIFY2(session.window.statusBar()->currentMessage().startsWith(QStringLiteral("Formatting 5 citations")),
        qPrintable(session.window.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QVERIFY2(session.dialogs.errors.isEmpty(), qPrintable(session.dialogs.errors.join(u'\n')));

    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QVERIFY(copied->hasText() && copied->hasHtml() && copied->hasFormat(QStringLiteral("text/rtf")));
    // Five entries, as the style sorts them, in each of the three.
    const QStringList entries = copied->text().split(QStringLiteral("\n\n"));
    QCOMPARE(entries.size(), 5);
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i), m_expected.at(i).text);
    const QString html = copied->html();
    QCOMPARE(html.count(QStringLiteral("<div class=\"csl-entry\">")), 5);
    qsizetype at = 0;
    for (const Csl::CslEntry &entry : std::as_const(m_expected)) {
        at = html.indexOf(entry.html, at);
        QVERIFY2(at >= 0, qPrintable(entry.html));
    }
    const QByteArray rtf = copied->data(QStringLiteral("text/rtf"));
    QVERIFY(rtf.startsWith("{\\rtf1"));
    QCOMPARE(rtf.count("\\par}"), 5);
    QCOMPARE(rtf, Csl::BibliographyWriter::rtf(m_expected).toLatin1());
    // Every title of the list is there.
    const Core::ArticleQueries articles(m_store);
    for (const qint64 id : std::as_const(m_ids)) {
        const QString title = articles.article(id)->title.simplified();
        QVERIFY2(copied->text().contains(title.left(30)), qPrintable(title));
    }
    QVERIFY2(session.window.statusBar()->currentMessage().contains(QStringLiteral("(Harvard)")),
        qPrintable(session.window.statusBar()->currentMessage()));
}

void BibliographyTest::readingList_isSaved_asTheFileNameSays()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    showTermPaper(session);
    for (const QString &name :
        { QStringLiteral("term paper.txt"), QStringLiteral("term paper.html"), QStringLiteral("term paper.rtf") }) {
        session.dialogs.fileToSave = m_dir.filePath(name);
        session.window.action(QStringLiteral("saveBibliographyAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
        QVERIFY2(session.dialogs.errors.isEmpty(), qPrintable(session.dialogs.errors.join(u'\n')));
        QCOMPARE(session.dialogs.exportFilters.size(), 3);
        const QByteArray written = Test::fileContents(session.dialogs.fileToSave);
        if (name.endsWith(u".txt")) {
            QCOMPARE(written, Csl::BibliographyWriter::plainText(m_expected).toUtf8());
        } else if (name.endsWith(u".html")) {
            QVERIFY(written.startsWith("<!DOCTYPE html>"));
            QCOMPARE(QString::fromUtf8(written).count(QStringLiteral("<div class=\"csl-entry\">")), 5);
            QVERIFY(written.contains(Csl::BibliographyWriter::htmlFragment(m_expected).toUtf8()));
        } else {
            QCOMPARE(written, Csl::BibliographyWriter::rtf(m_expected).toLatin1());
        }
    }
    // A name without a suffix takes the filter's.
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("no suffix"));
    session.dialogs.exportFilter = 2;
    session.window.action(QStringLiteral("saveBibliographyAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(Test::citationsFormatted(session.window), Test::citationFormattingMs);
    QCOMPARE(Test::fileContents(m_dir.filePath(QStringLiteral("no suffix.rtf"))),
        Csl::BibliographyWriter::rtf(m_expected).toLatin1());
}

void BibliographyTest::emptyList_isSaid_andNothingIsCopied()
{
    Test::ScriptedWindow session(&m_store);
    QVERIFY(QTest::qWaitForWindowExposed(&session.window));
    session.window.setUserData(&m_user);
    auto *tree = session.window.findChild<QTreeView *>(QStringLiteral("countryTreeView"));
    tree->setCurrentIndex(Test::listRow(tree, QStringLiteral("Empty")));
    QTRY_COMPARE(session.window.countText(), QStringLiteral("0 of 32 articles"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the reader's own"));

    session.window.action(QStringLiteral("copyBibliographyAction"))->trigger();
    QCOMPARE(session.dialogs.errors.size(), 1);
    QVERIFY2(session.dialogs.errors.first().startsWith(QStringLiteral("The article list is empty")),
        qPrintable(session.dialogs.errors.first()));
    QVERIFY(Test::citationsFormatted(session.window));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the reader's own"));

    // Said before a file is asked for.
    session.dialogs.fileToSave = m_dir.filePath(QStringLiteral("empty.txt"));
    session.window.action(QStringLiteral("saveBibliographyAction"))->trigger();
    QCOMPARE(session.dialogs.errors.size(), 2);
    QVERIFY(session.dialogs.suggestedSave.isEmpty());
    QVERIFY(!QFile::exists(session.dialogs.fileToSave));
}

QTEST_MAIN(BibliographyTest)
#include "bibliography_test.moc"
