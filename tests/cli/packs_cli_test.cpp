#include "filechecksum.h"
#include "programrun.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// vigil-library keygen, pack and unpack as a field team uses them: a key pair,
// a signed pack of a page and hotlines, and the pack imported on another laptop.
namespace {

using Run = Vigil::Test::ProgramRun;

Run vigilLibrary(const QStringList &arguments)
{
    return Vigil::Test::runProgram(QStringLiteral(VIGIL_LIBRARY_TOOL), arguments);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString seedPage = QStringLiteral("000_e4693ba91c0c7f19.txt");

} // namespace

class PacksCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keygen_writesTwoFiles_andNeverOverwrites();
    void signedPack_unpacksWithTheKey_andShowsTheHotlineChange();
    void packNotSignedByTheKeyGiven_needsYes_andWritesNothing();
    void damagedPack_isRefused_andTheLibraryIsByteIdentical();
    void pack_refusesAPageThatCannotBeImported();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_library; // the seed page imported, as a laptop has it
    QString m_changedPage; // the seed page with another SOS number
    QString m_hotlines;
};

void PacksCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = path(QStringLiteral("library.sqlite"));
    const QString seed = QDir(QStringLiteral(VIGIL_SOURCE_DATA_DIR)).filePath(QStringLiteral("sources/") + seedPage);
    Run r = vigilLibrary({ QStringLiteral("import"), seed, QStringLiteral("--library"), m_library });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Another SOS number, and a hotline for Kosovo: libphonenumber's example
    // numbers (tests/support/examplehotline.h), nobody's hotline.
    QByteArray page = readAll(seed);
    QVERIFY(page.contains("11 33 47 817"));
    page.replace("11 33 47 817", "10 23 45 67");
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("update")));
    m_changedPage = path(QStringLiteral("update/") + seedPage);
    QVERIFY(writeAll(m_changedPage, page));

    m_hotlines = path(QStringLiteral("hotlines.json"));
    const QByteArray hotlines = "[{\"country\": \"XK\", \"service\": \"Shelter Prizren\", "
                                "\"number\": \"+383 28 012 345\", \"hours\": \"24/7\", "
                                "\"source\": \"The shelter's own leaflet, November 2026\"}]";
    QVERIFY(writeAll(m_hotlines, hotlines));

    r = vigilLibrary({ QStringLiteral("keygen"), QStringLiteral("Field team Prizren"), QStringLiteral("-o"),
        path(QStringLiteral("team")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void PacksCliTest::keygen_writesTwoFiles_andNeverOverwrites()
{
    QVERIFY(QFile::exists(path(QStringLiteral("team.secret"))));
    QVERIFY(QFile::exists(path(QStringLiteral("team.public"))));
    QCOMPARE(
        QFile::permissions(path(QStringLiteral("team.secret"))) & QFileDevice::ReadOther, QFileDevice::Permissions());
    const QByteArray before = Vigil::Test::fileChecksum(path(QStringLiteral("team.secret")));
    const Run r = vigilLibrary({ QStringLiteral("keygen"), QStringLiteral("Someone else"), QStringLiteral("-o"),
        path(QStringLiteral("team")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("exists")), qPrintable(r.err));
    QCOMPARE(Vigil::Test::fileChecksum(path(QStringLiteral("team.secret"))), before);
}

void PacksCliTest::signedPack_unpacksWithTheKey_andShowsTheHotlineChange()
{
    const QString pack = path(QStringLiteral("update.vigilpack"));
    Run r = vigilLibrary({ QStringLiteral("pack"), m_changedPage, QStringLiteral("--hotlines"), m_hotlines,
        QStringLiteral("-o"), pack, QStringLiteral("--key"), path(QStringLiteral("team.secret")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QStringLiteral("1 page(s), 1 hotline(s), signed by Field team Prizren")),
        qPrintable(r.text()));

    const QString library = path(QStringLiteral("laptop.sqlite"));
    QVERIFY(QFile::copy(m_library, library));
    const QString user = path(QStringLiteral("laptop-user.sqlite"));
    r = vigilLibrary({ QStringLiteral("unpack"), pack, QStringLiteral("--library"), library, QStringLiteral("--key"),
        path(QStringLiteral("team.public")), QStringLiteral("--user-data"), user });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("Signed by Field team Prizren")), qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("(the key given)")), qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("Replaces page")), qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("+381 11 3347817 -> +381 10 234567")), qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("XK Shelter Prizren (My hotlines): added +383 28 012 345")),
        qPrintable(r.text()));

    // The new number is what the library has now; the hotline is the reader's own,
    // saying where it came from.
    {
        Vigil::Core::LibraryConnection connection;
        QString error;
        QVERIFY2(
            connection.open(library, Vigil::Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const QString sql = QStringLiteral("SELECT count(*) FROM hotlines WHERE e164 = ?");
        QCOMPARE(connection.readScalar(sql, { QStringLiteral("+38110234567") }), 1);
        QCOMPARE(connection.readScalar(sql, { QStringLiteral("+381113347817") }), 0);
        Vigil::Core::UserDataStore store;
        QVERIFY2(store.open(user, &error), qPrintable(error));
        const QList<Vigil::Core::UserHotline> mine = store.myHotlines();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).label, QStringLiteral("Shelter Prizren"));
        QCOMPARE(mine.at(0).number, QStringLiteral("+383 28 012 345"));
        QVERIFY2(mine.at(0).source.startsWith(QStringLiteral("The shelter's own leaflet, November 2026 (from a data "
                                                             "pack signed by Field team Prizren, ")),
            qPrintable(mine.at(0).source));
    }
    r = vigilLibrary({ QStringLiteral("unpack"), pack, QStringLiteral("--library"), library, QStringLiteral("--key"),
        path(QStringLiteral("team.public")), QStringLiteral("--user-data"), user });
    QCOMPARE(r.exitCode, 0);
    // Unpacked again: nothing is left to change.
    QVERIFY2(
        !r.text().contains(QStringLiteral("->")) && !r.text().contains(QStringLiteral("added")), qPrintable(r.text()));
    QVERIFY(QFile::exists(user));
}

void PacksCliTest::packNotSignedByTheKeyGiven_needsYes_andWritesNothing()
{
    const QString unsignedPack = path(QStringLiteral("unsigned.vigilpack"));
    Run r = vigilLibrary({ QStringLiteral("pack"), m_changedPage, QStringLiteral("-o"), unsignedPack });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.text().contains(QStringLiteral("not signed")));

    r = vigilLibrary({ QStringLiteral("keygen"), QStringLiteral("Field team Prizren"), QStringLiteral("-o"),
        path(QStringLiteral("forger")) });
    QCOMPARE(r.exitCode, 0);
    const QString forged = path(QStringLiteral("forged.vigilpack"));
    r = vigilLibrary({ QStringLiteral("pack"), m_changedPage, QStringLiteral("-o"), forged, QStringLiteral("--key"),
        path(QStringLiteral("forger.secret")) });
    QCOMPARE(r.exitCode, 0);

    const QByteArray before = Vigil::Test::fileChecksum(m_library);
    for (const QString &pack : { unsignedPack, forged }) {
        r = vigilLibrary({ QStringLiteral("unpack"), pack, QStringLiteral("--library"), m_library,
            QStringLiteral("--key"), path(QStringLiteral("team.public")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        QCOMPARE(Vigil::Test::fileChecksum(m_library), before);
    }
    QVERIFY(r.err.contains(QStringLiteral("signed by a key you did not give")));

    // Said yes to: imported, and told as unsigned.
    const QString copy = path(QStringLiteral("yes.sqlite"));
    QVERIFY(QFile::copy(m_library, copy));
    r = vigilLibrary(
        { QStringLiteral("unpack"), unsignedPack, QStringLiteral("--library"), copy, QStringLiteral("--yes") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.text().contains(QStringLiteral("Not signed")));
    QVERIFY(Vigil::Test::fileChecksum(copy) != before);
}

void PacksCliTest::damagedPack_isRefused_andTheLibraryIsByteIdentical()
{
    const QString pack = path(QStringLiteral("signed.vigilpack"));
    Run r = vigilLibrary({ QStringLiteral("pack"), m_changedPage, QStringLiteral("-o"), pack, QStringLiteral("--key"),
        path(QStringLiteral("team.secret")) });
    QCOMPARE(r.exitCode, 0);
    const QByteArray bytes = readAll(pack);
    const QByteArray before = Vigil::Test::fileChecksum(m_library);
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *says;
    };
    QByteArray changed = bytes;
    changed[int(bytes.size() / 2)] = char(changed.at(int(bytes.size() / 2)) ^ 0x01);
    QByteArray newer = bytes;
    newer.replace("VIGIL-PACK 1\n", "VIGIL-PACK 7\n");
    const QList<Case> cases {
        { "one byte changed", changed, "damaged" },
        { "cut short", bytes.left(bytes.size() / 3), "damaged" },
        { "not a pack", QByteArrayLiteral("%PDF-1.4\n"), "not a Vigil data pack" },
        { "a newer format", newer, "newer Vigil" },
    };
    for (const Case &c : cases) {
        const QString file = path(QStringLiteral("bad.vigilpack"));
        QFile::remove(file);
        QVERIFY(writeAll(file, c.bytes));
        r = vigilLibrary({ QStringLiteral("unpack"), file, QStringLiteral("--library"), m_library,
            QStringLiteral("--key"), path(QStringLiteral("team.public")), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 2, c.name);
        QVERIFY2(r.err.contains(QString::fromLatin1(c.says)), qPrintable(QString::fromLatin1(c.name) + u' ' + r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one sentence, on one line
        QCOMPARE(Vigil::Test::fileChecksum(m_library), before);
    }
}

void PacksCliTest::pack_refusesAPageThatCannotBeImported()
{
    const QString bad = path(QStringLiteral("notes.txt"));
    QVERIFY(writeAll(bad, QByteArrayLiteral("\x00\x01\x02 binary")));
    const QString pack = path(QStringLiteral("never.vigilpack"));
    const Run r = vigilLibrary({ QStringLiteral("pack"), bad, QStringLiteral("-o"), pack });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No pack was written")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pack));
}

QTEST_GUILESS_MAIN(PacksCliTest)
#include "packs_cli_test.moc"
