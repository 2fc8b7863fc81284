#include "packs/datapack.h"
#include "packs/packkeys.h"
#include "packs/packplan.h"
#include "storage/userdatastore.h"

#include <QFile>
#include <QFileDevice>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;

namespace {

// Every number is libphonenumber's example for its country, in one form or
// another (tests/support/examplehotline.h): nobody's hotline.
UserHotline hotline(const QString &country, const QString &service, const QString &number)
{
    UserHotline h;
    h.country = country;
    h.label = service;
    h.number = number;
    h.hours = QStringLiteral("24/7");
    h.source = QStringLiteral("Leaflet of the shelter, 2026");
    return h;
}

// A small pack: one short page and two hotlines, so that every byte can be tried.
DataPack smallPack()
{
    DataPack pack;
    pack.created = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    pack.pages << PackPage { QStringLiteral("kosovo.txt"), QByteArrayLiteral("Kosovo\n\nA line of the page.\n") };
    pack.hotlines << hotline(QStringLiteral("XK"), QStringLiteral("Shelter"), QStringLiteral("028 012 345"))
                  << hotline(QStringLiteral("ME"), QStringLiteral("Helpline"), QStringLiteral("030 234 567"));
    return pack;
}

bool refused(const QByteArray &bytes, QString *problem = nullptr)
{
    OpenedPack opened;
    QString why;
    const bool ok = DataPackReader::read(bytes, &opened, &why);
    if (problem)
        *problem = why;
    return !ok && !why.isEmpty();
}

} // namespace

class DataPackTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedPack_roundTrips();
    void unsignedPack_roundTrips_withoutASigner();
    void everyByteChanged_isRefused_signed();
    void everyByteChanged_isRefused_unsigned();
    void cutShort_anywhere_isRefused();
    void anotherKeyInPlaceOfTheSigner_isRefused();
    void badFiles_getASentence();
    void unsafePageNames_areRefused();
    void publisherNames_areOneLine();
    void aRefusedPack_handsNothingOut();
    void keyFiles_roundTrip_andTheSecretIsTheOwnersAlone();
    void fingerprints_typedAnyWay_areOne();
    void myHotlineChanges_showOldAndNew();
    void pageHotlineChanges_showAddedChangedRemoved();
    void applyMyHotlines_changesInPlace_andAdds();

private:
    PackKeys::KeyPair m_team;
    QTemporaryDir m_dir;
};

void DataPackTest::initTestCase()
{
    QVERIFY(PackKeys::available());
    m_team = PackKeys::generate(QStringLiteral("Field team Prizren"));
    QCOMPARE(m_team.publicKey.size(), PackKeys::publicKeyBytes);
    QVERIFY(m_dir.isValid());
}

void DataPackTest::signedPack_roundTrips()
{
    const DataPack pack = smallPack();
    OpenedPack opened;
    QString problem;
    QVERIFY2(DataPackReader::read(pack.toBytes(&m_team), &opened, &problem), qPrintable(problem));
    QVERIFY(opened.isSigned());
    QCOMPARE(opened.signerKey, m_team.publicKey);
    QCOMPARE(opened.fingerprint(), PackKeys::fingerprint(m_team.publicKey));
    QCOMPARE(opened.pack.publisher, QStringLiteral("Field team Prizren"));
    QCOMPARE(opened.pack.created, pack.created);
    QCOMPARE(opened.pack.pages.size(), 1);
    QCOMPARE(opened.pack.pages.first().fileName, QStringLiteral("kosovo.txt"));
    QCOMPARE(opened.pack.pages.first().data, pack.pages.first().data);
    QCOMPARE(opened.pack.hotlines.size(), 2);
    QCOMPARE(opened.pack.hotlines.at(1).country, QStringLiteral("ME"));
    QCOMPARE(opened.pack.hotlines.at(1).label, QStringLiteral("Helpline"));
    QCOMPARE(opened.pack.hotlines.at(1).number, QStringLiteral("030 234 567"));
    QCOMPARE(opened.pack.hotlines.at(1).hours, QStringLiteral("24/7"));
    QCOMPARE(opened.pack.hotlines.at(1).source, QStringLiteral("Leaflet of the shelter, 2026"));
}

void DataPackTest::unsignedPack_roundTrips_withoutASigner()
{
    OpenedPack opened;
    QString problem;
    QVERIFY2(DataPackReader::read(smallPack().toBytes(), &opened, &problem), qPrintable(problem));
    QVERIFY(!opened.isSigned());
    QVERIFY(opened.fingerprint().isEmpty());
    QCOMPARE(opened.pack.hotlines.size(), 2);
}

void DataPackTest::everyByteChanged_isRefused_signed()
{
    const QByteArray bytes = smallPack().toBytes(&m_team);
    QVERIFY(bytes.size() > 500);
    // A low bit (a digit or letter becomes its neighbour), the case bit, and a
    // byte that is no text at all.
    for (const char flip : { char(0x01), char(0x20), char(0x80) }) {
        for (int i = 0; i < bytes.size(); ++i) {
            QByteArray changed = bytes;
            changed[i] = char(changed.at(i) ^ flip);
            QVERIFY2(refused(changed), qPrintable(QStringLiteral("byte %1 ^ %2 was accepted").arg(i).arg(int(flip))));
        }
    }
}

void DataPackTest::everyByteChanged_isRefused_unsigned()
{
    const QByteArray bytes = smallPack().toBytes();
    for (int i = 0; i < bytes.size(); ++i) {
        QByteArray changed = bytes;
        changed[i] = char(changed.at(i) ^ 0x01);
        QVERIFY2(refused(changed), qPrintable(QStringLiteral("byte %1 was accepted").arg(i)));
    }
}

void DataPackTest::cutShort_anywhere_isRefused()
{
    const QByteArray bytes = smallPack().toBytes(&m_team);
    for (int length = 0; length < bytes.size(); ++length)
        QVERIFY2(refused(bytes.left(length)), qPrintable(QString::number(length)));
    // Nor may anything follow the signature.
    QVERIFY(refused(bytes + "\n"));
    QVERIFY(refused(bytes + "x"));
}

void DataPackTest::anotherKeyInPlaceOfTheSigner_isRefused()
{
    const PackKeys::KeyPair forger = PackKeys::generate(QStringLiteral("Field team Prizren"));
    const QByteArray bytes = smallPack().toBytes(&m_team);
    QByteArray swapped = bytes;
    swapped.replace(m_team.publicKey.toHex(), forger.publicKey.toHex());
    QVERIFY(swapped != bytes);
    QString problem;
    QVERIFY(refused(swapped, &problem));
    QVERIFY2(problem.contains(QStringLiteral("signature does not match")), qPrintable(problem));

    // A pack the forger signs is read, but as the forger's: the name proves nothing.
    OpenedPack opened;
    QVERIFY(DataPackReader::read(smallPack().toBytes(&forger), &opened, &problem));
    QCOMPARE(opened.pack.publisher, QStringLiteral("Field team Prizren"));
    QVERIFY(opened.fingerprint() != PackKeys::fingerprint(m_team.publicKey));
}

void DataPackTest::badFiles_getASentence()
{
    QString problem;
    QVERIFY(refused(QByteArray(), &problem));
    QVERIFY2(problem.contains(QStringLiteral("not a Vigil data pack")), qPrintable(problem));
    QVERIFY(refused(QByteArrayLiteral("Serbia, Montenegro & Kosovo\n\nHELP for Victims\n"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("not a Vigil data pack")), qPrintable(problem));

    QByteArray newer = smallPack().toBytes();
    newer.replace("VIGIL-PACK 1\n", "VIGIL-PACK 2\n");
    QVERIFY(refused(newer, &problem));
    QVERIFY2(problem.contains(QStringLiteral("newer Vigil")) && problem.contains(QStringLiteral("format 2")),
        qPrintable(problem));

    QVERIFY(refused(smallPack().toBytes().left(40), &problem));
    QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));

    QVERIFY(refused(QByteArray(DataPack::sizeLimit + 1, 'x'), &problem));
    QVERIFY2(problem.contains(QStringLiteral("larger")), qPrintable(problem));

    // A hotline My hotlines would refuse is refused before any page is written.
    DataPack long_ = smallPack();
    long_.hotlines.first().notes = QString(UserHotline::maxFieldLength + 1, u'x');
    QVERIFY(refused(long_.toBytes(&m_team), &problem));
    QVERIFY2(problem.contains(QStringLiteral("longer than 2000")), qPrintable(problem));

    DataPack empty;
    QVERIFY(refused(empty.toBytes(&m_team), &problem));
    QVERIFY2(problem.contains(QStringLiteral("nothing to import")), qPrintable(problem));

    // A file that cannot be read says so.
    OpenedPack opened;
    QVERIFY(!DataPackReader::readFile(m_dir.filePath(QStringLiteral("missing.vigilpack")), &opened, &problem));
    QVERIFY2(problem.contains(QStringLiteral("cannot be read")), qPrintable(problem));
}

void DataPackTest::unsafePageNames_areRefused()
{
    for (const QString &name :
        { QStringLiteral("../kosovo.txt"), QStringLiteral("a/b.txt"), QStringLiteral("a\\b.html"),
            QStringLiteral(".hidden.txt"), QStringLiteral("report.exe"), QStringLiteral("C:kosovo.txt"), QString() }) {
        DataPack pack = smallPack();
        pack.pages.first().fileName = name;
        QString problem;
        QVERIFY2(refused(pack.toBytes(&m_team), &problem), qPrintable(name));
        QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));
    }
    DataPack twice = smallPack();
    twice.pages << PackPage { QStringLiteral("KOSOVO.txt"), QByteArrayLiteral("Kosovo\n") };
    QVERIFY(refused(twice.toBytes(&m_team)));
    QVERIFY(DataPackReader::isSafePageFileName(QStringLiteral("Србија и Косово.html")));
    // A name that breaks the line is refused, and the sentence that says so stays
    // one line, and short, whatever the name holds.
    for (const QString &name : { QStringLiteral("ko\nsovo.txt"), QStringLiteral("ko\u2028sovo.txt"),
             QStringLiteral("ko\u0085sovo.txt"), QString(QString(5000, u'x') + QStringLiteral("\n.txt")) }) {
        DataPack pack = smallPack();
        pack.pages.first().fileName = name;
        QString problem;
        QVERIFY2(refused(pack.toBytes(), &problem), qPrintable(name.left(40)));
        QVERIFY2(!problem.contains(u'\n') && !problem.contains(QChar(0x2028)) && !problem.contains(QChar(0x85)),
            qPrintable(problem));
        QVERIFY2(problem.size() < 300, qPrintable(problem));
    }
}

void DataPackTest::publisherNames_areOneLine()
{
    QVERIFY(PackKeys::isUsableName(QStringLiteral("Field team Prizren / Ekipi në terren")));
    for (const QString &name : { QStringLiteral("Team\nSigned by: the Ministry"), QString(201, u'x') }) {
        QVERIFY(!PackKeys::isUsableName(name));
        DataPack pack = smallPack();
        pack.publisher = name;
        QString problem;
        QVERIFY2(refused(pack.toBytes(), &problem), qPrintable(name.left(40)));
        QVERIFY2(problem.contains(QStringLiteral("publisher")), qPrintable(problem));
    }
}

void DataPackTest::aRefusedPack_handsNothingOut()
{
    DataPack pack = smallPack();
    pack.hotlines << hotline(QStringLiteral("RS"), QStringLiteral("No number"), QString());
    OpenedPack opened;
    opened.signerKey = m_team.publicKey; // what a caller might have left in it
    QString problem;
    QVERIFY(!DataPackReader::read(pack.toBytes(&m_team), &opened, &problem));
    QVERIFY(opened.pack.pages.isEmpty());
    QVERIFY(opened.pack.hotlines.isEmpty());
    QVERIFY(!opened.isSigned());
}

void DataPackTest::keyFiles_roundTrip_andTheSecretIsTheOwnersAlone()
{
    const QString secret = m_dir.filePath(QStringLiteral("team.secret"));
    const QString pub = m_dir.filePath(QStringLiteral("team.public"));
    QString error;
    QVERIFY2(PackKeys::writeSecretKeyFile(secret, m_team, &error), qPrintable(error));
    QVERIFY2(PackKeys::writePublicKeyFile(pub, { m_team.name, m_team.publicKey }, &error), qPrintable(error));
    QCOMPARE(
        QFile::permissions(secret) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    PackKeys::KeyPair loaded;
    QVERIFY2(PackKeys::readSecretKeyFile(secret, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.secretKey, m_team.secretKey);
    QCOMPARE(loaded.publicKey, m_team.publicKey);
    QCOMPARE(loaded.name, m_team.name);
    PackKeys::PublicKey key;
    QVERIFY2(PackKeys::readPublicKeyFile(pub, &key, &error), qPrintable(error));
    QCOMPARE(key.key, m_team.publicKey);
    QCOMPARE(key.name, m_team.name);

    // The one file is not taken for the other, and a changed key is not a key.
    QVERIFY(!PackKeys::readPublicKeyFile(secret, &key, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Vigil public key file")), qPrintable(error));
    QVERIFY(!PackKeys::readSecretKeyFile(pub, &loaded, &error));
    QFile file(pub);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace(m_team.publicKey.toHex(), m_team.publicKey.toHex().toUpper());
    const QString upper = m_dir.filePath(QStringLiteral("upper.public"));
    QFile out(upper);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    QVERIFY(!PackKeys::readPublicKeyFile(upper, &key, &error));
}

void DataPackTest::fingerprints_typedAnyWay_areOne()
{
    const QString fingerprint = PackKeys::fingerprint(m_team.publicKey);
    QCOMPARE(fingerprint.size(), 49); // ten groups of four, nine spaces
    QCOMPARE(PackKeys::normalizedFingerprint(fingerprint), fingerprint);
    QString typed = fingerprint.toUpper();
    typed.remove(QLatin1Char(' '));
    QCOMPARE(PackKeys::normalizedFingerprint(typed), fingerprint);
    QCOMPARE(PackKeys::normalizedFingerprint(QStringLiteral("  ") + fingerprint + QStringLiteral("\n")), fingerprint);
    QVERIFY(PackKeys::normalizedFingerprint(fingerprint.left(40)).isEmpty());
    QVERIFY(PackKeys::normalizedFingerprint(QString(fingerprint).replace(0, 1, QStringLiteral("g"))).isEmpty());
    QVERIFY(PackKeys::fingerprint(PackKeys::generate(QString()).publicKey) != fingerprint);
}

void DataPackTest::myHotlineChanges_showOldAndNew()
{
    const QString from = QStringLiteral("from a pack");
    // Montenegro's helpline as the same pack saved it before.
    const UserHotline savedBefore = PackPlan::withOrigin(smallPack().hotlines, from).at(1);
    QCOMPARE(savedBefore.label, QStringLiteral("Helpline"));
    const QList<UserHotline> mine {
        hotline(QStringLiteral("XK"), QStringLiteral("shelter"), QStringLiteral("+383 28 012 345")), savedBefore
    };
    const QList<HotlineChange> changes = PackPlan::myHotlineChanges(smallPack().hotlines, mine, from);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, HotlineChange::Kind::Changed); // the same service, written in another case
    QCOMPARE(changes.at(0).oldNumber, QStringLiteral("+383 28 012 345"));
    QCOMPARE(changes.at(0).newNumber, QStringLiteral("028 012 345"));
    QCOMPARE(changes.at(1).kind, HotlineChange::Kind::Unchanged);
    // The same number from another pack changes where it is said to come from.
    const QList<HotlineChange> other
        = PackPlan::myHotlineChanges(smallPack().hotlines, mine, QStringLiteral("from another pack"));
    QCOMPARE(other.at(1).kind, HotlineChange::Kind::Changed);
    QCOMPARE(other.at(1).oldNumber, other.at(1).newNumber);
    const QList<HotlineChange> fresh = PackPlan::myHotlineChanges(smallPack().hotlines, {}, from);
    QCOMPARE(PackPlan::count(fresh, HotlineChange::Kind::Added), 2);
}

void DataPackTest::pageHotlineChanges_showAddedChangedRemoved()
{
    auto pageHotline = [](const QString &country, const QString &label, const QString &display) {
        Hotline h;
        h.country = country;
        h.label = label;
        h.display = display;
        return h;
    };
    const QList<Hotline> before { pageHotline(QStringLiteral("RS"), QStringLiteral("SOS hotline"),
                                      QStringLiteral("+381 11 3347817")),
        pageHotline(QStringLiteral("RS"), QStringLiteral("Shelter"), QStringLiteral("+381 10 234 567")) };
    const QList<Hotline> after { pageHotline(QStringLiteral("RS"), QStringLiteral("SOS hotline"),
                                     QStringLiteral("+381 10 234567")),
        pageHotline(QStringLiteral("XK"), QStringLiteral("Police"), QStringLiteral("192")) };
    const QList<HotlineChange> changes = PackPlan::pageHotlineChanges(QStringLiteral("Serbia"), before, after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).kind, HotlineChange::Kind::Changed);
    QCOMPARE(changes.at(0).oldNumber, QStringLiteral("+381 11 3347817"));
    QCOMPARE(changes.at(0).newNumber, QStringLiteral("+381 10 234567"));
    QCOMPARE(changes.at(0).where, QStringLiteral("Serbia"));
    QCOMPARE(changes.at(1).kind, HotlineChange::Kind::Added);
    QCOMPARE(changes.at(2).kind, HotlineChange::Kind::Removed);
    QCOMPARE(changes.at(2).oldNumber, QStringLiteral("+381 10 234 567"));
}

void DataPackTest::applyMyHotlines_changesInPlace_andAdds()
{
    UserDataStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("user.sqlite")), &error), qPrintable(error));
    const qint64 id = store.addHotline(
        hotline(QStringLiteral("XK"), QStringLiteral("Shelter"), QStringLiteral("+383 28 012 345")), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY2(PackPlan::applyMyHotlines(store, smallPack().hotlines, QStringLiteral("from a pack"), &error),
        qPrintable(error));
    const QList<UserHotline> mine = store.myHotlines();
    QCOMPARE(mine.size(), 2);
    for (const UserHotline &h : mine) {
        if (h.country == u"XK") {
            QCOMPARE(h.id, id); // changed where it was, not added beside
            QCOMPARE(h.number, QStringLiteral("028 012 345"));
            QCOMPARE(h.source, QStringLiteral("Leaflet of the shelter, 2026 (from a pack)"));
        } else {
            QCOMPARE(h.label, QStringLiteral("Helpline"));
        }
    }
    // The same pack again changes nothing.
    QVERIFY(PackPlan::applyMyHotlines(store, smallPack().hotlines, QStringLiteral("from a pack"), &error));
    QCOMPARE(store.myHotlines().size(), 2);
    QVERIFY(store.myHotlines().at(0).updated == mine.at(0).updated);

    // All or nothing: one hotline that cannot be saved (no number) and the two
    // before it, which would change their source, stay as they were.
    QList<UserHotline> broken = smallPack().hotlines;
    broken << hotline(QStringLiteral("RS"), QStringLiteral("Broken line"), QString());
    QVERIFY(!PackPlan::applyMyHotlines(store, broken, QStringLiteral("from another pack"), &error));
    QVERIFY(!error.isEmpty());
    const QList<UserHotline> after = store.myHotlines();
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).source, mine.at(i).source);
}

QTEST_GUILESS_MAIN(DataPackTest)
#include "datapack_test.moc"
