// File ▸ Open data pack… and File ▸ Trusted publishers…, driven through the
// dialog seam: who signed a pack and every hotline it changes are shown before
// anything is written; Cancel writes nothing; Import puts the pages into the
// reader's own library and the hotlines into My hotlines; a damaged pack is
// refused with a sentence; the dialogs say what the reader needs to decide.
#include "detail/detailpane.h"
#include "dialogs/packimportdialog.h"
#include "dialogs/trustedpublishersdialog.h"
#include "filechecksum.h"
#include "mainwindow/mainwindow.h"
#include "packs/datapack.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "settings/trustedpublishers.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"
#include "storage/userlibrary.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Vigil;

namespace {

QByteArray seedBytes()
{
    QFile seed(Test::seedPagePath());
    if (!seed.open(QIODevice::ReadOnly))
        qFatal("no seed page");
    return seed.readAll();
}

Core::UserHotline shelter()
{
    Core::UserHotline h;
    h.country = QStringLiteral("XK");
    h.label = QStringLiteral("Shelter Prizren");
    h.number = QStringLiteral("+383 28 012 345");
    h.source = QStringLiteral("The shelter's own leaflet, November 2026");
    return h;
}

// The seed page with another SOS number, under the seed page's own name, and a
// hotline. Both numbers are libphonenumber's examples for Serbia and Kosovo
// (tests/support/examplehotline.h): nobody's hotline.
Core::DataPack updatePack()
{
    QByteArray page = seedBytes();
    page.replace("11 33 47 817", "10 23 45 67");
    Core::DataPack pack;
    pack.created = QDateTime::currentDateTimeUtc();
    pack.pages << Core::PackPage { QFileInfo(Test::seedPagePath()).fileName(), page };
    pack.hotlines << shelter();
    return pack;
}

QStringList rowsOf(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            rows << tree->topLevelItem(i)->child(j)->text(0);
    }
    return rows;
}

} // namespace

class DataPacksTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void signedPack_showsTheSignerAndEveryChange_cancelWritesNothing();
    void import_putsThePagesAndHotlinesInPlace_andTrustsTheKeyWhenAsked();
    void damagedPack_isRefusedWithASentence();
    void dialog_untrustedPackNeedsTheReadersWord();
    void trustedPublishers_addByFingerprintOrKeyFile_andRemove();

private:
    QString writePack(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_bundled;
    QByteArray m_bundledSum;
    Core::LibraryConnection m_library;
    Core::PackKeys::KeyPair m_team;
};

void DataPacksTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("datapacks_test"));
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("bundled")));
    m_bundled = Test::buildSeedLibrary(m_dir.filePath(QStringLiteral("bundled")));
    m_bundledSum = Test::fileChecksum(m_bundled);
    QString error;
    QVERIFY2(m_library.open(m_bundled, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    m_team = Core::PackKeys::generate(QStringLiteral("Field team Prizren"));
}

QString DataPacksTest::writePack(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void DataPacksTest::signedPack_showsTheSignerAndEveryChange_cancelWritesNothing()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_library, {}, &dialogs);
    window.setLibraryPaths(m_bundled, m_bundled);
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    window.setReaderLibraryFolder(folder);
    Core::UserDataStore user;
    QString error;
    QVERIFY2(user.open(m_dir.filePath(QStringLiteral("cancelled.sqlite")), &error), qPrintable(error));
    window.setUserData(&user);
    QSignalSpy changed(&window, &Ui::MainWindow::libraryChanged);

    QAction *open = window.action(QStringLiteral("openPackAction"));
    QVERIFY(open && open->isEnabled());
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->trigger(); // nothing chosen: nothing asked
    QVERIFY(dialogs.packImports.isEmpty());

    dialogs.packToOpen = writePack(QStringLiteral("update.vigilpack"), updatePack().toBytes(&m_team));
    dialogs.packDecision = {};
    open->trigger();
    QCOMPARE(dialogs.errors, QStringList {});
    QCOMPARE(dialogs.packImports.size(), 1);
    const Ui::PackImportPreview &preview = dialogs.packImports.constFirst();
    QCOMPARE(preview.fileName, QStringLiteral("update.vigilpack"));
    QCOMPARE(preview.signer, Ui::PackImportPreview::Signer::Unknown);
    QCOMPARE(preview.publisher, QStringLiteral("Field team Prizren"));
    QCOMPARE(preview.fingerprint, Core::PackKeys::fingerprint(m_team.publicKey));
    QCOMPARE(preview.pages.files.size(), 1);
    QVERIFY(preview.pages.files.first().replaces);
    // The swapped number is shown as old → new; the new hotline as added.
    QStringList lines;
    for (const Core::HotlineChange &c : preview.hotlines) {
        if (c.kind != Core::HotlineChange::Kind::Unchanged)
            lines << Ui::PackImportDialog::changeText(c, preview.countryNames);
    }
    QVERIFY2(lines.contains(QStringLiteral("Changed hotline: Serbia, SOS hotline: +381 11 3347817 → +381 10 234567")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("New hotline: Kosovo, Shelter Prizren: +383 28 012 345")),
        qPrintable(lines.join(u'\n')));

    // Cancelled: nothing written, no key trusted.
    QCOMPARE(changed.size(), 0);
    QVERIFY(Core::UserLibrary(folder).pageKeys().isEmpty());
    QVERIFY(user.myHotlines().isEmpty());
    QVERIFY(!Ui::TrustedPublishers::isTrusted(preview.fingerprint));
    QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
}

void DataPacksTest::import_putsThePagesAndHotlinesInPlace_andTrustsTheKeyWhenAsked()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_library, {}, &dialogs);
    window.setLibraryPaths(m_bundled, m_bundled);
    const QString folder = m_dir.filePath(QStringLiteral("imported"));
    window.setReaderLibraryFolder(folder);
    Core::UserDataStore user;
    QString error;
    QVERIFY2(user.open(m_dir.filePath(QStringLiteral("imported.sqlite")), &error), qPrintable(error));
    window.setUserData(&user);
    QSignalSpy changed(&window, &Ui::MainWindow::libraryChanged);

    const QString pack = writePack(QStringLiteral("update.vigilpack"), updatePack().toBytes(&m_team));
    dialogs.packDecision = { true, true };
    window.openDataPackFile(pack);
    QCOMPARE(dialogs.errors, QStringList {});
    QCOMPARE(changed.size(), 1);
    const Core::UserLibrary mine(folder);
    QCOMPARE(changed.at(0).at(0).toString(), mine.libraryPath());
    QVERIFY2(
        changed.at(0).at(1).toString().contains(QStringLiteral("1 page")), qPrintable(changed.at(0).at(1).toString()));
    QCOMPARE(mine.pageKeys().size(), 1);
    QCOMPARE(Test::fileChecksum(m_bundled), m_bundledSum);
    const QList<Core::UserHotline> mineHotlines = user.myHotlines();
    QCOMPARE(mineHotlines.size(), 1);
    QCOMPARE(mineHotlines.first().number, shelter().number);
    QVERIFY2(mineHotlines.first().source.contains(QStringLiteral("signed by Field team Prizren")),
        qPrintable(mineHotlines.first().source));

    // The new number is in the library the window shows from now on.
    {
        Core::LibraryConnection shown;
        QVERIFY2(
            shown.open(mine.libraryPath(), Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        bool found = false;
        for (const Core::Hotline &h : Core::CatalogueQueries(shown).hotlines(QStringLiteral("RS")))
            found = found || h.display == u"+381 10 234567";
        QVERIFY(found);
    }

    // Trusted from now on: the next pack of that key says so, by the name kept.
    const QString fingerprint = Core::PackKeys::fingerprint(m_team.publicKey);
    QVERIFY(Ui::TrustedPublishers::isTrusted(fingerprint));
    dialogs.packDecision = {};
    window.openDataPackFile(pack);
    QCOMPARE(dialogs.packImports.last().signer, Ui::PackImportPreview::Signer::Trusted);
    QCOMPARE(dialogs.packImports.last().publisher, QStringLiteral("Field team Prizren"));
    // An unsigned pack is never trusted.
    window.openDataPackFile(writePack(QStringLiteral("unsigned.vigilpack"), updatePack().toBytes()));
    QCOMPARE(dialogs.packImports.last().signer, Ui::PackImportPreview::Signer::Unsigned);
}

void DataPacksTest::damagedPack_isRefusedWithASentence()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_library, {}, &dialogs);
    window.setLibraryPaths(m_bundled, m_bundled);
    const QString folder = m_dir.filePath(QStringLiteral("damaged"));
    window.setReaderLibraryFolder(folder);
    Core::UserDataStore user;
    QString error;
    QVERIFY2(user.open(m_dir.filePath(QStringLiteral("damaged.sqlite")), &error), qPrintable(error));
    window.setUserData(&user);
    QByteArray bytes = updatePack().toBytes(&m_team);
    bytes[int(bytes.size() / 2)] = char(bytes.at(int(bytes.size() / 2)) ^ 0x01);
    window.openDataPackFile(writePack(QStringLiteral("damaged.vigilpack"), bytes));
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY2(dialogs.errors.first().contains(QStringLiteral("“damaged.vigilpack” was not opened")),
        qPrintable(dialogs.errors.first()));
    QVERIFY(dialogs.packImports.isEmpty());
    QVERIFY(Core::UserLibrary(folder).pageKeys().isEmpty());
    QVERIFY(user.myHotlines().isEmpty());
}

void DataPacksTest::dialog_untrustedPackNeedsTheReadersWord()
{
    Ui::PackImportPreview preview;
    preview.signer = Ui::PackImportPreview::Signer::Unsigned;
    Ui::PackImportDialog unsignedDialog(preview);
    auto *import = unsignedDialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *know = unsignedDialog.findChild<QCheckBox *>(QStringLiteral("knowSenderCheckBox"));
    QVERIFY(import && know);
    QVERIFY(!import->isEnabled());
    QVERIFY(!unsignedDialog.findChild<QCheckBox *>(QStringLiteral("trustSignerCheckBox")));
    QVERIFY(unsignedDialog.findChild<QLabel *>(QStringLiteral("packSigner"))
                ->text()
                .startsWith(QStringLiteral("Not signed")));
    know->setChecked(true);
    QVERIFY(import->isEnabled());

    preview.signer = Ui::PackImportPreview::Signer::Unknown;
    preview.publisher = QStringLiteral("Field team Prizren");
    preview.fingerprint = Core::PackKeys::fingerprint(m_team.publicKey);
    Ui::PackImportDialog unknown(preview);
    QVERIFY(unknown.findChild<QCheckBox *>(QStringLiteral("trustSignerCheckBox")));
    const QString says = unknown.findChild<QLabel *>(QStringLiteral("packSigner"))->text();
    QVERIFY2(says.contains(preview.fingerprint) && says.contains(QStringLiteral("do not trust yet")), qPrintable(says));

    preview.signer = Ui::PackImportPreview::Signer::Trusted;
    Ui::PackImportDialog trusted(preview);
    QVERIFY(trusted.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!trusted.findChild<QCheckBox *>(QStringLiteral("knowSenderCheckBox")));
    auto *tree = trusted.findChild<QTreeWidget *>(QStringLiteral("packChanges"));
    QVERIFY(tree);
    QCOMPARE(rowsOf(tree), QStringList({ QStringLiteral("None"), QStringLiteral("No hotline changes") }));
}

void DataPacksTest::trustedPublishers_addByFingerprintOrKeyFile_andRemove()
{
    Test::ScriptedDialogs dialogs;
    Ui::TrustedPublishersDialog dialog(&dialogs);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("trustedPublishersTable"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("publisherNameEdit"));
    auto *fingerprint = dialog.findChild<QLineEdit *>(QStringLiteral("publisherFingerprintEdit"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addFingerprintButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removePublisherButton"));
    QVERIFY(table && name && fingerprint && add && remove);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    // An empty list says what it means instead of showing an empty table.
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("noTrustedPublishersLabel"));
    QVERIFY(empty);
    dialog.show();
    QVERIFY(empty->isVisible() && !table->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("asks before")));

    // Typed as read out on the phone: upper case, no spaces.
    const QString written = Core::PackKeys::fingerprint(m_team.publicKey);
    name->setText(QStringLiteral("Field team Prizren"));
    fingerprint->setText(written.toUpper().remove(u' '));
    add->click();
    QCOMPARE(dialogs.errors, QStringList {});
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), written);
    QVERIFY(table->isVisible() && !empty->isVisible());
    QVERIFY(Ui::TrustedPublishers::isTrusted(written));

    // Not a fingerprint: said so, nothing added.
    name->setText(QStringLiteral("Someone"));
    fingerprint->setText(QStringLiteral("1234"));
    add->click();
    QCOMPARE(dialogs.errors.size(), 1);
    QVERIFY(dialogs.errors.first().contains(QStringLiteral("40 hexadecimal digits")));
    QCOMPARE(table->rowCount(), 1);

    // From a key file, by the name it carries.
    const Core::PackKeys::KeyPair other = Core::PackKeys::generate(QStringLiteral("ASTRA Belgrade"));
    const QString keyFile = m_dir.filePath(QStringLiteral("astra.public"));
    QString error;
    QVERIFY(Core::PackKeys::writePublicKeyFile(keyFile, { other.name, other.publicKey }, &error));
    QVERIFY(dialog.addFromKeyFile(keyFile));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ASTRA Belgrade")); // by name
    QVERIFY(!dialog.addFromKeyFile(m_dir.filePath(QStringLiteral("missing.public"))));
    QCOMPARE(dialogs.errors.size(), 2);

    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!Ui::TrustedPublishers::isTrusted(Core::PackKeys::fingerprint(other.publicKey)));
    QVERIFY(Ui::TrustedPublishers::isTrusted(written));
}

QTEST_MAIN(DataPacksTest)
#include "datapacks_test.moc"
