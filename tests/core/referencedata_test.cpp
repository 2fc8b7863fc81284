#include "reference/referencedata.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Vigil::Core::CountryInfo;
using Vigil::Core::ReferenceData;
using Vigil::Core::Region;

class ReferenceDataTest : public QObject
{
    Q_OBJECT

private:
    ReferenceData m_data;

    // Copies the real tables into dir, replacing one file's content.
    static bool copyTables(const QString &dir, const QString &replaced, const QByteArray &content)
    {
        const QStringList files { QStringLiteral("regions.tsv"), QStringLiteral("countries.tsv"),
            QStringLiteral("places.tsv"), QStringLiteral("topics.tsv") };
        for (const QString &name : files) {
            const QString target = QDir(dir).filePath(name);
            QFile::remove(target);
            if (name == replaced) {
                QFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
                    return false;
            } else if (!QFile::copy(QDir(QStringLiteral(VIGIL_SOURCE_DATA_DIR)).filePath(name), target)) {
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_data.load({}, &error), qPrintable(error));
    }

    void loadFromResources_givesAllTables()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/vigil/data/countries.tsv")));
        QVERIFY(m_data.regions().size() >= 31);
        QVERIFY(m_data.countries().size() >= 249);
        QVERIFY(m_data.places().size() >= 300);
        QCOMPARE(m_data.topics().size(), 12);
        QVERIFY(m_data.country(QStringLiteral("XK")) != nullptr);
        QCOMPARE(m_data.country(QStringLiteral("xk"))->name, QStringLiteral("Kosovo"));
    }

    void loadFromSourceDir_matchesResources()
    {
        ReferenceData fromDir;
        QString error;
        QVERIFY2(fromDir.load(QStringLiteral(VIGIL_SOURCE_DATA_DIR), &error), qPrintable(error));
        QCOMPARE(fromDir.countries().size(), m_data.countries().size());
        QCOMPARE(fromDir.regions().size(), m_data.regions().size());
        QCOMPARE(fromDir.places().size(), m_data.places().size());
        QCOMPARE(fromDir.topics().size(), m_data.topics().size());
    }

    void regions_everyCountryChainsUpToWorld()
    {
        QHash<QString, QString> parentOf;
        for (const Region &r : m_data.regions())
            parentOf.insert(r.code, r.parentCode);
        QVERIFY(parentOf.contains(QStringLiteral("001")));
        QVERIFY(parentOf.value(QStringLiteral("001")).isEmpty());

        for (const CountryInfo &c : m_data.countries()) {
            if (c.code == u"AQ") {
                QVERIFY(c.regionCode.isEmpty());
                continue;
            }
            QString code = c.regionCode;
            QSet<QString> seen;
            while (code != u"001") {
                QVERIFY2(parentOf.contains(code), qPrintable(c.code + QStringLiteral(" -> ") + code));
                QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("cycle at ") + code));
                seen.insert(code);
                code = parentOf.value(code);
            }
        }
    }

    void countryCodeForName_resolvesNamesAndAliases()
    {
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Serbia")), QStringLiteral("RS"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Republic of Serbia")), QStringLiteral("RS"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("kosovë")), QStringLiteral("XK"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("KOSOVA")), QStringLiteral("XK"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Burma")), QStringLiteral("MM"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Czech Republic")), QStringLiteral("CZ"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Ivory Coast")), QStringLiteral("CI"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Cote d'Ivoire")), QStringLiteral("CI"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Bolivia, Plurinational State of")), QStringLiteral("BO"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("the Netherlands")), QStringLiteral("NL"));
        QCOMPARE(m_data.countryCodeForName(QStringLiteral("Atlantis")), QString());
    }

    void places_mapSpellingVariantsToOneCountry()
    {
        QHash<QString, QString> countryOf;
        for (const auto &p : m_data.places())
            countryOf.insert(p.name, p.country);
        QCOMPARE(countryOf.value(QStringLiteral("Priština")), QStringLiteral("XK"));
        QCOMPARE(countryOf.value(QStringLiteral("Pristina")), QStringLiteral("XK"));
        QCOMPARE(countryOf.value(QStringLiteral("Bijelo Polje")), QStringLiteral("ME"));
        QCOMPARE(countryOf.value(QStringLiteral("Novi Sad")), QStringLiteral("RS"));
        QVERIFY(!countryOf.contains(QStringLiteral("Bar")));
    }

    void topics_haveFoldedKeywords()
    {
        for (const auto &t : m_data.topics()) {
            QVERIFY2(!t.keywords.isEmpty(), qPrintable(t.id));
            for (const QString &k : t.keywords)
                QCOMPARE(ReferenceData::foldForMatching(k), k);
        }
        QCOMPARE(m_data.topics().first().id, QStringLiteral("sexual-exploitation"));
    }

    void load_malformedTable_namesFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray badCountries = "#code\tname\tofficial_name\tregion_code\taliases\n"
                                        "RS\tSerbia\tRepublic of Serbia\t039\t\n"
                                        "ME\tMontenegro\tMontenegro\t999\t\n";
        QVERIFY(copyTables(dir.path(), QStringLiteral("countries.tsv"), badCountries));

        ReferenceData data;
        QString error;
        QVERIFY(!data.load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("countries.tsv:3")), qPrintable(error));
        QVERIFY(data.countries().isEmpty());
    }

    void load_wrongColumnCount_namesFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray badPlaces = "#name\tcountry\nBelgrade\tRS\n\nPodgorica\tME\textra\n";
        QVERIFY(copyTables(dir.path(), QStringLiteral("places.tsv"), badPlaces));

        ReferenceData data;
        QString error;
        QVERIFY(!data.load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("places.tsv:4")), qPrintable(error));
    }

    void load_regionCycle_fails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyTables(dir.path(), QStringLiteral("regions.tsv"),
            "#code\tname\tparent_code\n001\tWorld\t\n"
            "150\tEurope\t039\n039\tSouthern Europe\t150\n"));
        ReferenceData data;
        QString error;
        QVERIFY(!data.load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("regions.tsv:3")), qPrintable(error));
    }

    void foldForMatching_dropsDiacriticsAndCase()
    {
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("Priština")), QStringLiteral("pristina"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("Đakovica")), QStringLiteral("dakovica"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("PRIŠTINA")), QStringLiteral("pristina"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("Łódź")), QStringLiteral("lodz"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("Straße")), QStringLiteral("strasse"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("İstanbul")), QStringLiteral("istanbul"));
        QCOMPARE(ReferenceData::foldForMatching(QStringLiteral("Chișinău")), QStringLiteral("chisinau"));
    }
};

QTEST_GUILESS_MAIN(ReferenceDataTest)
#include "referencedata_test.moc"
