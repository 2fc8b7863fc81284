// File ▸ Import pages… and files dropped on the window, driven through the
// dialog seam: what was found is shown before anything is written, Cancel
// writes nothing, Import puts the pages into the reader's own library beside
// the bundled one (which keeps every byte), the page is in the tree and found
// by search after the window is built anew, and it can be removed again.
#include "detail/detailpane.h"
#include "filechecksum.h"
#include "mainwindow/mainwindow.h"
#include "models/countrytreemodel.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/articlequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userlibrary.h"

#include <QAction>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;

namespace {

const QString kUnique = QStringLiteral("Zanzibarian Police Cut a Trafficking Chain");

QString writeVariant(const QString &path)
{
    QFile seed(Test::seedPagePath());
    if (!seed.open(QIODevice::ReadOnly))
        qFatal("no seed page");
    QByteArray bytes = seed.readAll();
    bytes.replace("Montenegrin Police Cut Human Trafficking, Slavery Chain", kUnique.toUtf8());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int found(Core::LibraryConnection &library, const QString &text)
{
    Core::ArticleFilter filter;
    filter.text = text;
    return Core::ArticleQueries(library).countArticles(filter);
}

} // namespace

class ImportPagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Ui::DetailPane::setWebViewEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("importpages_test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("bundled")));
        m_bundled = Test::buildSeedLibrary(m_dir.filePath(QStringLiteral("bundled")));
        m_bundledSum = Test::fileChecksum(m_bundled);
        QString error;
        QVERIFY2(m_library.open(m_bundled, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        m_page = writeVariant(m_dir.filePath(QStringLiteral("balkans-2021.txt")));
    }

    void importShowsWhatItFound_cancelWritesNothing_importAddsThePage()
    {
        Test::ScriptedDialogs dialogs;
        Ui::MainWindow window(&m_library, {}, &dialogs);
        window.setLibraryPaths(m_bundled, m_bundled);
        const QString folder = m_dir.filePath(QStringLiteral("mine"));
        window.setReaderLibraryFolder(folder);
        QSignalSpy changed(&window, &Ui::MainWindow::libraryChanged);
        QAction *import = window.action(QStringLiteral("importPagesAction"));
        QVERIFY(import && import->isEnabled());
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

        // Nothing chosen: nothing asked.
        import->trigger();
        QVERIFY(dialogs.pageImports.isEmpty());

        // The seed page again and a shopping list: the summary says what each is.
        const QString shopping = m_dir.filePath(QStringLiteral("shopping.txt"));
        QFile list(shopping);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("milk\neggs\n");
        list.close();
        dialogs.pagesToImport = { m_page, shopping };
        dialogs.agreeToImport = false;
        import->trigger();
        QCOMPARE(dialogs.pageImports.size(), 1);
        const Ui::PageImportPreview &preview = dialogs.pageImports.constFirst();
        QCOMPARE(preview.files.size(), 2);
        QCOMPARE(preview.importable(), 1);
        QCOMPARE(preview.files.at(0).fileName, QStringLiteral("balkans-2021.txt"));
        QCOMPARE(preview.files.at(0).title, QStringLiteral("Serbia, Montenegro & Kosovo"));
        QVERIFY(!preview.files.at(0).topic);
        QCOMPARE(preview.files.at(0).countries,
            QStringList({ QStringLiteral("Serbia"), QStringLiteral("Montenegro"), QStringLiteral("Kosovo") }));
        const int entries = int(Core::ArticleQueries(m_library).articles().size());
        QCOMPARE(preview.files.at(0).entries, entries);
        QVERIFY(!preview.files.at(0).replaces);
        QVERIFY2(preview.files.at(1).problem.contains(QStringLiteral("no entries")),
            qPrintable(preview.files.at(1).problem));
        QVERIFY2(
            preview.headline().startsWith(QStringLiteral("1 page to import: 3 countries, %1 entries").arg(entries)),
            qPrintable(preview.headline()));
        QVERIFY(preview.headline().contains(QStringLiteral("1 file cannot be imported")));
        // Cancelled: no library of the reader's, no signal.
        QCOMPARE(changed.size(), 0);
        QVERIFY(Core::UserLibrary(folder).pageKeys().isEmpty());
        QVERIFY(!QFileInfo::exists(Core::UserLibrary(folder).libraryPath()));

        // A country page without profiles is still a country page, as `pages` says.
        const QString moldova = m_dir.filePath(QStringLiteral("moldova.txt"));
        QFile bare(moldova);
        QVERIFY(bare.open(QIODevice::WriteOnly));
        bare.write("Human Trafficking & Modern-day Slavery\n\nMoldova\n\n"
                   "Published reports & articles from 2000 to 2025\n\nMoldovan girls sold abroad\n\n"
                   "IOM, Chisinau, 12 March 2009\n\n[accessed 14 March 2009]\n\nGirls from Moldova are sold abroad.\n");
        bare.close();
        dialogs.pagesToImport = { moldova };
        import->trigger();
        QCOMPARE(dialogs.pageImports.size(), 2);
        QCOMPARE(dialogs.pageImports.constLast().files.size(), 1);
        QVERIFY(!dialogs.pageImports.constLast().files.at(0).topic);
        QCOMPARE(dialogs.pageImports.constLast().files.at(0).countries, QStringList { QStringLiteral("Moldova") });
        dialogs.pageImports.removeLast();
        dialogs.pagesToImport = { m_page, shopping };

        dialogs.agreeToImport = true;
        import->trigger();
        QCOMPARE(dialogs.errors, QStringList {});
        QCOMPARE(changed.size(), 1);
        const Core::UserLibrary mine(folder);
        QCOMPARE(changed.at(0).at(0).toString(), mine.libraryPath());
        QVERIFY2(changed.at(0).at(1).toString().contains(QStringLiteral("%1 articles").arg(entries)),
            qPrintable(changed.at(0).at(1).toString()));
        QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("balkans-2021"));
        QCOMPARE(mine.pageKeys(), QStringList { QStringLiteral("balkans-2021") });
        QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
    }

    void theNewWindowShowsBothLibrariesAsOne_andThePageCanBeRemoved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mine"));
        Core::UserLibrary mine(folder);
        // As the next start finds it.
        QString problem;
        const QString shown = mine.libraryToShow(m_bundled, {}, &problem);
        QCOMPARE(shown, mine.libraryPath());
        Core::LibraryConnection library;
        QVERIFY2(library.open(shown, Core::LibraryConnection::OpenMode::ReadOnly, &problem), qPrintable(problem));
        QCOMPARE(found(library, QStringLiteral("zanzibarian")), 1);
        QCOMPARE(found(library, QStringLiteral("\"Slavery Chain\"")), 1); // the bundled page's entry

        Test::ScriptedDialogs dialogs;
        Ui::MainWindow window(&library, {}, &dialogs);
        window.setLibraryPaths(shown, m_bundled, shown);
        window.setReaderLibraryFolder(folder);
        QVERIFY(window.selectPage(QStringLiteral("balkans-2021")));
        QVERIFY(!window.action(QStringLiteral("openBundledLibraryAction"))->isEnabled());

        // A page of the bundled library is not offered for removal.
        QSignalSpy changed(&window, &Ui::MainWindow::libraryChanged);
        window.removeImportedPage(QFileInfo(Test::seedPagePath()).completeBaseName());
        QVERIFY(dialogs.pagesToRemove.isEmpty());
        QCOMPARE(changed.size(), 0);

        // The reader's page: asked, then removed; the window goes back to the bundled library.
        dialogs.agreeToRemovePage = false;
        window.removeImportedPage(QStringLiteral("balkans-2021"));
        // Two pages of one title are told apart by their file names.
        QCOMPARE(dialogs.pagesToRemove, QStringList { QStringLiteral("Serbia, Montenegro & Kosovo (balkans-2021)") });
        QCOMPARE(changed.size(), 0);
        dialogs.agreeToRemovePage = true;
        window.removeImportedPage(QStringLiteral("balkans-2021"));
        QCOMPARE(dialogs.errors, QStringList {});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_bundled);
        QVERIFY(mine.pageKeys().isEmpty());
        QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
    }

    void pagesDroppedOnTheWindowAreImported()
    {
        Test::ScriptedDialogs dialogs;
        dialogs.agreeToImport = true;
        Ui::MainWindow window(&m_library, {}, &dialogs);
        window.setLibraryPaths(m_bundled, m_bundled);
        const QString folder = m_dir.filePath(QStringLiteral("dropped"));
        window.setReaderLibraryFolder(folder);
        QSignalSpy changed(&window, &Ui::MainWindow::libraryChanged);

        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.org/page.html")) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData files;
        files.setUrls({ QUrl::fromLocalFile(m_page) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(dialogs.pageImports.size(), 1);
        QCOMPARE(Core::UserLibrary(folder).pageKeys(), QStringList { QStringLiteral("balkans-2021") });
    }

private:
    QTemporaryDir m_dir;
    QString m_bundled;
    QByteArray m_bundledSum;
    QString m_page;
    Core::LibraryConnection m_library;
};

QTEST_MAIN(ImportPagesTest)
#include "importpages_test.moc"
