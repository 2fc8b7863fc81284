// What a student imports into a reference manager: every article of the
// bundled library as a CSL item with the right kind of work, persons apart
// from institutions, dates to their precision, and BibTeX keys that stay the
// same from one export to the next.
#include "export/bibtexwriter.h"
#include "export/citationexport.h"
#include "export/citationkeys.h"
#include "export/riswriter.h"
#include "seedlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;

namespace {

// Every article of a library built from data/, in page order, as items.
QList<CslItem> seedItems(const QString &dir)
{
    Vigil::Test::TestLibrary library;
    QString error;
    const QString path = Vigil::Test::buildSeedLibrary(dir);
    if (!library.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error))
        qFatal("seed library: %s", qPrintable(error));
    QList<qint64> ids;
    for (const Article &a : library.articles.articles())
        ids << a.id;
    return CitationExport::itemsFor(library.articles, library.catalogue, ids);
}

qsizetype indexTitled(const QList<CslItem> &items, const QString &start)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).title.startsWith(start))
            return i;
    }
    qFatal("no seed article titled %s", qPrintable(start));
}

const CslItem &itemTitled(const QList<CslItem> &items, const QString &start)
{
    return items.at(indexTitled(items, start));
}

QJsonArray dateParts(const QJsonObject &item, const QString &field)
{
    return item.value(field).toObject().value(QStringLiteral("date-parts")).toArray().at(0).toArray();
}

} // namespace

class CitationExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seed_personsAndInstitutions_areTold();
    void seed_kindsOfWork_followWhatTheArticleSays();
    void seed_datesKeepTheirPrecision();
    void seed_everyItem_notesItsSourcePage();
    void thePage_isAnItemToo();
    void courtDecision_isLegalMaterial();
    void keys_areUniqueAndStable();
    void keys_sharedBase_takeLettersInAFixedOrder();
    void hostileTitle_isEscapedInEveryFormat();
    void formats_areThoseWithAWriter();

private:
    QTemporaryDir m_dir;
    QList<CslItem> m_items;
};

void CitationExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("first")));
    m_items = seedItems(m_dir.filePath(QStringLiteral("first")));
    QCOMPARE(m_items.size(), 32);
}

void CitationExportTest::seed_personsAndInstitutions_areTold()
{
    const CslItem &route = itemTitled(m_items, QStringLiteral("The route to hell"));
    QCOMPARE(route.authors.size(), 1);
    QVERIFY(!route.authors.first().isInstitution());
    QCOMPARE(route.authors.first().family, QStringLiteral("Waugh"));
    QCOMPARE(route.authors.first().given, QStringLiteral("Louisa"));

    // No person named: the body that issued it is the author, as one literal name.
    const QJsonObject amnesty
        = itemTitled(m_items, QStringLiteral("Shameful Investigation")).toJson(QStringLiteral("k"));
    QCOMPARE(amnesty.value(QStringLiteral("author")).toArray(),
        (QJsonArray { QJsonObject { { QStringLiteral("literal"), QStringLiteral("Amnesty International") } } }));
    // A web page of one organisation names it as the site, not again as publisher.
    const CslItem &amnestyItem = itemTitled(m_items, QStringLiteral("Shameful Investigation"));
    QCOMPARE(amnestyItem.type, CslType::Webpage);
    QCOMPARE(amnestyItem.containerTitle, QStringLiteral("Amnesty International"));
    QVERIFY(amnestyItem.publisher.isEmpty());
    const CslItem &findings = itemTitled(m_items, QStringLiteral("Findings on the Worst Forms"));
    QCOMPARE(findings.authors.size(), 1);
    QCOMPARE(
        findings.authors.first().literal, QStringLiteral("Office of Child Labor, Forced Labor, and Human Trafficking"));
    QCOMPARE(findings.publisher,
        QStringLiteral("Office of Child Labor, Forced Labor, and Human Trafficking; Bureau of International Labor "
                       "Affairs; US Dept of Labor"));

    // A news report with no person named has no author: the paper is not its writer.
    const CslItem &kps = itemTitled(m_items, QStringLiteral("KPS rescues"));
    QVERIFY(kps.authors.isEmpty());
    QCOMPARE(kps.containerTitle, QStringLiteral("BETA News Agency"));

    // A person and the bodies that published the report.
    const CslItem &pact = itemTitled(m_items, QStringLiteral("Trafficking in Human Beings in Southeastern"));
    QCOMPARE(pact.authors.size(), 1);
    QCOMPARE(pact.authors.first().family, QStringLiteral("Limanowska"));
    QCOMPARE(pact.publisher, QStringLiteral("Stability Pact Task Force on Trafficking in Human Beings; UNICEF"));
}

void CitationExportTest::seed_kindsOfWork_followWhatTheArticleSays()
{
    QCOMPARE(itemTitled(m_items, QStringLiteral("The route to hell")).type, CslType::ArticleNewspaper);
    QCOMPARE(itemTitled(m_items, QStringLiteral("The route to hell")).containerTitle, QStringLiteral("The Scotsman"));
    QCOMPARE(itemTitled(m_items, QStringLiteral("Balkans Urged")).type, CslType::ArticleNewspaper);
    // A PDF is a report, with its medium.
    const CslItem &osce = itemTitled(m_items, QStringLiteral("A Legal Analysis"));
    QCOMPARE(osce.type, CslType::Report);
    QCOMPARE(osce.medium, QStringLiteral("PDF"));
    // A report read online, and a title that calls itself a report.
    QCOMPARE(itemTitled(m_items, QStringLiteral("2020 Country Reports")).type, CslType::Report);
    QCOMPARE(itemTitled(m_items, QStringLiteral("Freedom House Country Report - Serbia")).type, CslType::Report);
    // An organisation's own page.
    const CslItem &amnesty = itemTitled(m_items, QStringLiteral("Shameful Investigation"));
    QCOMPARE(amnesty.type, CslType::Webpage);
    QCOMPARE(amnesty.containerTitle, QStringLiteral("Amnesty International"));
    QCOMPARE(amnesty.number, QStringLiteral("Index Number: EUR 70/001/2005"));

    const QStringList rule = { QStringLiteral("article-newspaper"), QStringLiteral("report"), QStringLiteral("webpage"),
        QStringLiteral("document"), QStringLiteral("legal_case") };
    QSet<QString> seen;
    for (const CslItem &item : std::as_const(m_items))
        seen.insert(CslItem::typeName(item.type));
    for (const QString &type : seen)
        QVERIFY2(rule.contains(type), qPrintable(type));
    QVERIFY2(seen.size() >= 3, "the seed holds news, reports and web pages");
}

void CitationExportTest::seed_datesKeepTheirPrecision()
{
    const QJsonObject day = itemTitled(m_items, QStringLiteral("Shameful Investigation")).toJson(QStringLiteral("k"));
    QCOMPARE(dateParts(day, QStringLiteral("issued")), (QJsonArray { 2005, 2, 1 }));
    // Of two access dates, the latest.
    QCOMPARE(dateParts(day, QStringLiteral("accessed")), (QJsonArray { 2017, 6, 16 }));
    const QJsonObject month = itemTitled(m_items, QStringLiteral("A Legal Analysis")).toJson(QStringLiteral("k"));
    QCOMPARE(dateParts(month, QStringLiteral("issued")), (QJsonArray { 2007, 10 }));
    const QJsonObject year
        = itemTitled(m_items, QStringLiteral("Freedom House Country Report - Kosovo")).toJson(QStringLiteral("k"));
    QCOMPARE(dateParts(year, QStringLiteral("issued")), (QJsonArray { 2019 }));
    // No date is no "issued", never a made-up one.
    const QJsonObject none
        = itemTitled(m_items, QStringLiteral("Findings on the Worst Forms")).toJson(QStringLiteral("k"));
    QVERIFY(!none.contains(QStringLiteral("issued")));
    const QString bib = Bibtex::entry(itemTitled(m_items, QStringLiteral("A Legal Analysis")), QStringLiteral("k"));
    QVERIFY2(bib.contains(u"  year = {2007},\n  month = {October},\n  date = {2007-10}"), qPrintable(bib));
    const QString ris = Ris::record(itemTitled(m_items, QStringLiteral("Freedom House Country Report - Kosovo")));
    QVERIFY2(ris.contains(u"PY  - 2019\r\nDA  - 2019///\r\nY2  - 2020/05/06/\r\n"), qPrintable(ris));
}

void CitationExportTest::seed_everyItem_notesItsSourcePage()
{
    for (const CslItem &item : std::as_const(m_items)) {
        QVERIFY(item.articleId != 0);
        QVERIFY2(item.note.startsWith(u"Excerpted in: Patt, Martin. Human Trafficking & Modern-day Slavery – "),
            qPrintable(item.note));
        // The pages were saved without their links: no address is made up.
        QVERIFY(item.url.isEmpty());
    }
}

void CitationExportTest::thePage_isAnItemToo()
{
    Page page;
    page.siteTitle = QStringLiteral("Human Trafficking & Modern-day Slavery");
    page.title = QStringLiteral("Serbia, Montenegro & Kosovo");
    page.citation
        = QStringLiteral("Cite this webpage as: Patt, Prof. Martin, \"Human Trafficking\",, [accessed <date>]");
    const CslItem item = CslItem::fromPage(page);
    QCOMPARE(item.type, CslType::Webpage);
    QCOMPARE(item.title, QStringLiteral("Human Trafficking & Modern-day Slavery – Serbia, Montenegro & Kosovo"));
    QCOMPARE(item.containerTitle, page.siteTitle);
    QCOMPARE(item.authors.size(), 1);
    QCOMPARE(item.authors.first().family, QStringLiteral("Patt"));
    QCOMPARE(item.authors.first().given, QStringLiteral("Martin"));
    QVERIFY(!item.issued.isValid());
    QVERIFY(Bibtex::entry(item, CitationKeys::base(item)).startsWith(u"@misc{patt"));
}

void CitationExportTest::courtDecision_isLegalMaterial()
{
    Article a;
    a.id = 7;
    a.title = QStringLiteral("Judgment in the case of Rantsev");
    a.publishers = { QStringLiteral("European Court of Human Rights") };
    a.date = PartialDate::ofDay(2010, 1, 7);
    const CslItem item = CslItem::fromArticle(a);
    QCOMPARE(item.type, CslType::LegalCase);
    QCOMPARE(item.toJson(QStringLiteral("k")).value(QStringLiteral("type")).toString(), QStringLiteral("legal_case"));
    QVERIFY(Ris::record(item).startsWith(u"TY  - CASE\r\n"));
}

void CitationExportTest::keys_areUniqueAndStable()
{
    const QStringList keys = CitationKeys::assign(m_items);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    static const QRegularExpression keyShape(QStringLiteral("^[a-z]+(\\d{4}|nd)[a-z0-9]*$"));
    for (const QString &key : keys)
        QVERIFY2(keyShape.match(key).hasMatch(), qPrintable(key));
    QVERIFY(keys.contains(QStringLiteral("waugh2006route")));
    QVERIFY(keys.contains(QStringLiteral("amnesty2005shameful")));

    // A second library built from the same data: the same keys for the same articles.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("second")));
    const QList<CslItem> again = seedItems(m_dir.filePath(QStringLiteral("second")));
    QCOMPARE(CitationKeys::assign(again), keys);
    // And in another order (a search lists them by relevance): each keeps its key.
    QList<CslItem> reversed(m_items.crbegin(), m_items.crend());
    QStringList reversedKeys = CitationKeys::assign(reversed);
    std::reverse(reversedKeys.begin(), reversedKeys.end());
    QCOMPARE(reversedKeys, keys);
    // The CSL-JSON ids are the BibTeX keys.
    const QJsonArray json = QJsonDocument::fromJson(CitationExport::write(ExportFormat::CslJson, m_items)).array();
    QCOMPARE(json.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(json.at(i).toObject().value(QStringLiteral("id")).toString(), keys.at(i));
}

void CitationExportTest::keys_sharedBase_takeLettersInAFixedOrder()
{
    // Freedom House's reports of 2018 on Serbia and Montenegro share a base key.
    const QStringList keys = CitationKeys::assign(m_items);
    const qsizetype serbia = indexTitled(m_items, QStringLiteral("Freedom House Country Report - Serbia"));
    const qsizetype montenegro = indexTitled(m_items, QStringLiteral("Freedom House Country Report - Montenegro"));
    QCOMPARE(CitationKeys::base(m_items.at(serbia)), QStringLiteral("anon2018freedom"));
    // By title when the dates are the same: Montenegro before Serbia.
    QCOMPARE(keys.at(montenegro), QStringLiteral("anon2018freedoma"));
    QCOMPARE(keys.at(serbia), QStringLiteral("anon2018freedomb"));

    // A letter never makes a key another item has already.
    CslItem one;
    one.title = QStringLiteral("Freedom");
    one.issued = PartialDate::ofYear(2018);
    CslItem other = one;
    other.title = QStringLiteral("Freedom!");
    CslItem clash;
    clash.title = QStringLiteral("Freedoma");
    clash.issued = PartialDate::ofYear(2018);
    const QStringList lettered = CitationKeys::assign({ one, other, clash });
    QCOMPARE(lettered,
        (QStringList { QStringLiteral("anon2018freedomb"), QStringLiteral("anon2018freedomc"),
            QStringLiteral("anon2018freedoma") }));
}

void CitationExportTest::hostileTitle_isEscapedInEveryFormat()
{
    Article a;
    a.id = 1;
    a.title = QStringLiteral("{Open 50% & \\ #1 _x ~y ^z $5 } Priština\nline");
    a.authors = { QStringLiteral("Ana Đurić") };
    const CslItem item = CslItem::fromArticle(a);

    const QString bib = Bibtex::entry(item, CitationKeys::base(item));
    QVERIFY2(bib.contains(u"  title = {{\\textbraceleft{}Open 50\\% \\& \\textbackslash{} \\#1 \\_x "
                          u"\\textasciitilde{}y \\textasciicircum{}z \\$5 \\textbraceright{} Priština line}}"),
        qPrintable(bib));
    // Non-ASCII stays as written; the key is ASCII.
    QVERIFY2(bib.startsWith(u"@misc{djuric") || bib.startsWith(u"@misc{duric"), qPrintable(bib));
    QVERIFY(bib.contains(u"author = {Đurić, Ana}"));
    // Braces balance, so no field ends early.
    int depth = 0;
    for (qsizetype i = 0; i < bib.size(); ++i) {
        if (bib.at(i) == u'{')
            ++depth;
        else if (bib.at(i) == u'}')
            --depth;
        QVERIFY2(depth >= 0, qPrintable(bib));
    }
    QCOMPARE(depth, 0);

    const QString ris = Ris::record(item);
    QVERIFY2(ris.contains(u"\r\nTI  - {Open 50% & \\ #1 _x ~y ^z $5 } Priština line\r\n"), qPrintable(ris));
    const QJsonArray json = QJsonDocument::fromJson(CitationExport::write(ExportFormat::CslJson, { item })).array();
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("{Open 50% & \\ #1 _x ~y ^z $5 } Priština line"));
}

void CitationExportTest::formats_areThoseWithAWriter()
{
    QCOMPARE(CitationExport::formatFromName(QStringLiteral("BibTeX")), ExportFormat::Bibtex);
    QCOMPARE(CitationExport::formatFromName(QStringLiteral("csl-json")), ExportFormat::CslJson);
    QCOMPARE(CitationExport::formatFromName(QStringLiteral("ris")), ExportFormat::Ris);
    // A bibliography needs the CSL engine, which is not there yet.
    QVERIFY(!CitationExport::formatFromName(QStringLiteral("bibliography")));
    QVERIFY(CitationExport::write(ExportFormat::Bibtex, {}).isEmpty());
    QCOMPARE(QJsonDocument::fromJson(CitationExport::write(ExportFormat::CslJson, {})).array().size(), 0);
}

QTEST_GUILESS_MAIN(CitationExportTest)
#include "citationexport_test.moc"
