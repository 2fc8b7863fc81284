// Hotline numbers go through libphonenumber: the seed's Serbian number validates
// and is shown in international form; a number that does not validate is kept
// exactly as the page wrote it, marked not verified and reported at import.
#include "import/pageparser.h"
#include "reference/phonenumbers.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace Vigil;
using Core::PhoneNumber;
using Core::PhoneNumbers;

class PhoneNumbersTest : public QObject
{
    Q_OBJECT

private slots:
    void seedNumber_validatesInEveryWrittenForm();
    void malformed_isNotValid_andKeptAsWritten();
    void callingCodes_comeFromLibphonenumber();
    void pageWithMalformedNumber_keepsItUnverified_andWarnsWithTheLine();
};

void PhoneNumbersTest::seedNumber_validatesInEveryWrittenForm()
{
    // The seed page's "SOS hotline: 11 33 47 817 / Country code: 381-", as a
    // Serbian number, with its code, and in E.164.
    const QStringList written { QStringLiteral("11 33 47 817"), QStringLiteral("+381 11 33 47 817"),
        QStringLiteral("+381113347817"), QStringLiteral("011 33 47 817") };
    const QStringList regions { QStringLiteral("RS"), QString(), QStringLiteral("XK"), QStringLiteral("RS") };
    for (qsizetype i = 0; i < written.size(); ++i) {
        const PhoneNumber n = PhoneNumbers::parse(written.at(i), regions.at(i));
        QVERIFY2(n.isValid(), qPrintable(written.at(i)));
        QCOMPARE(n.e164, QStringLiteral("+381113347817"));
        QCOMPARE(n.international, QStringLiteral("+381 11 3347817"));
        QCOMPARE(n.region, QStringLiteral("RS"));
    }
}

void PhoneNumbersTest::malformed_isNotValid_andKeptAsWritten()
{
    for (const QString &text : { QStringLiteral("+381 12"), QStringLiteral("call 555"), QString(), QStringLiteral("+"),
             QString(200, u'9'), QStringLiteral("\u202e+381 11") }) {
        const PhoneNumber n = PhoneNumbers::parse(text, QStringLiteral("RS"));
        QVERIFY2(!n.isValid(), qPrintable(text));
        QVERIFY(n.e164.isEmpty() && n.international.isEmpty());
        QCOMPARE(n.written, text.trimmed());
    }
    // Still known to be Serbian by its calling code, so the page's hotline keeps its country.
    QCOMPARE(PhoneNumbers::parse(QStringLiteral("+381 12"), {}).region, QStringLiteral("RS"));
    QVERIFY(!PhoneNumbers::parse(QStringLiteral("11 33 47 817"), QStringLiteral("QQ")).isValid());
}

void PhoneNumbersTest::callingCodes_comeFromLibphonenumber()
{
    QCOMPARE(PhoneNumbers::callingCode(QStringLiteral("RS")), QStringLiteral("381"));
    QCOMPARE(PhoneNumbers::callingCode(QStringLiteral("xk")), QStringLiteral("383"));
    QCOMPARE(PhoneNumbers::callingCode(QStringLiteral("QQ")), QString());
    QCOMPARE(PhoneNumbers::regionForCallingCode(QStringLiteral("382")), QStringLiteral("ME"));
    QCOMPARE(PhoneNumbers::regionForCallingCode(QStringLiteral("999")), QString());
    QCOMPARE(PhoneNumbers::regionForCallingCode(QStringLiteral("call")), QString());
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("XK")));
    QVERIFY(PhoneNumbers::parse(PhoneNumbers::exampleNumber(QStringLiteral("XK")), QStringLiteral("XK")).isValid());
}

void PhoneNumbersTest::pageWithMalformedNumber_keepsItUnverified_andWarnsWithTheLine()
{
    QFile file(Test::seedPagePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    const QString lines = QStringLiteral("SOS hotline:\n11 33 47 817\nCountry code: 381-");
    QVERIFY(text.contains(lines));
    text.replace(lines, QStringLiteral("SOS hotline: +381 12"));
    const int line = int(text.left(text.indexOf(QStringLiteral("SOS hotline: +381 12"))).count(u'\n')) + 1;

    const Core::PageParser::Result r = Core::PageParser(Test::referenceData()).parseText(text, QStringLiteral("seed"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.page.hotlines.size(), 1);
    const Core::Hotline &h = r.page.hotlines.first();
    QVERIFY(!h.isVerified());
    QCOMPARE(h.display, QStringLiteral("+381 12"));
    QCOMPARE(h.country, QStringLiteral("RS"));
    QCOMPARE(h.label, QStringLiteral("SOS hotline"));
    bool warned = false;
    for (const Core::ParseWarning &w : r.page.warnings)
        warned = warned || (w.line == line && w.message.contains(QStringLiteral("not verified")));
    QVERIFY(warned);
}

QTEST_GUILESS_MAIN(PhoneNumbersTest)
#include "phonenumbers_test.moc"
