#include "reference/referencedata.h"
#include "sqlfile.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <iterator>

using namespace Vigil::Core;
using Vigil::Test::TestLibrary;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Runs statements on a file behind the store's back, to make files the store
// itself would never write (a newer schema, a broken index, another app's database).
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("library_test-raw");
    bool ok = true;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        ok = d.open();
        for (const QString &sql : statements) {
            QSqlQuery q(d);
            ok = ok && q.exec(sql);
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Whether a search answered with the article of that id.
bool hitsContain(const QList<SearchHit> &hits, qint64 id)
{
    return std::any_of(hits.cbegin(), hits.cend(), [id](const SearchHit &h) { return h.id == id; });
}

} // namespace

class LibraryTest : public QObject
{
    Q_OBJECT

private:
    ReferenceData m_reference;
    QString m_topicA;
    QString m_topicB;

    Paragraph paragraph(const QString &text, int page = 0, const QString &section = {}, const QString &label = {}) const
    {
        Paragraph p;
        p.text = text;
        p.page = page;
        p.section = section;
        p.sectionLabel = label;
        return p;
    }

    // An article with every field set, so that a round trip proves each column.
    Article fullArticle(const QString &pageKey, qint64 id, int ordinal) const
    {
        Article a;
        a.id = id;
        a.pageKey = pageKey;
        a.ordinal = ordinal;
        a.line = 40 + ordinal;
        a.title = QStringLiteral("Trafficking ring broken up near Pristina (%1)").arg(id);
        a.isPdf = true;
        a.featured = true;
        a.byline = QStringLiteral("Reuters / Associated Press; by Jane Doe and Ivo Ić, PRIŠTINA, "
                                  "Index Number: EUR 70/001/2005");
        a.publishers = { QStringLiteral("Reuters"), QStringLiteral("Associated Press") };
        a.authors = { QStringLiteral("Jane Doe"), QStringLiteral("Ivo Ić") };
        a.dateline = QStringLiteral("PRIŠTINA");
        a.identifiers = { QStringLiteral("Index Number: EUR 70/001/2005") };
        a.bylineNotes = { QStringLiteral("translated from Albanian") };
        a.date = PartialDate::ofDay(2007, 10, 5);
        a.accessed = { PartialDate::ofDay(2009, 1, 2), PartialDate::ofMonth(2010, 3), PartialDate::ofYear(2011) };
        a.accessUnavailable = true;
        a.archivedCopyNote = true;
        a.notes = { QStringLiteral("[scroll down]"), QStringLiteral("Note:: \"quoted\" text") };
        a.paragraphs = {
            paragraph(QStringLiteral("Police in Kosovo arrested five people.")),
            paragraph(QStringLiteral("The victims were moved through Belgrade."), 3, QStringLiteral("RS"),
                QStringLiteral("SERBIA")),
            paragraph(QStringLiteral("Quotes \" and ' and emoji 😀 survive; so does\ttab."), 4),
        };
        a.countries = { QStringLiteral("XK"), QStringLiteral("RS") };
        a.topics = { m_topicA, m_topicB };
        return a;
    }

    Article simpleArticle(const QString &pageKey, qint64 id, int ordinal, const QString &title, const QString &body,
        const QStringList &countries, const QStringList &publishers) const
    {
        Article a;
        a.id = id;
        a.pageKey = pageKey;
        a.ordinal = ordinal;
        a.line = 100 + ordinal;
        a.title = title;
        a.publishers = publishers;
        a.date = PartialDate::ofYear(2000 + ordinal);
        a.paragraphs = { paragraph(body) };
        a.countries = countries;
        return a;
    }

    Article linkCollection(const QString &pageKey, qint64 id, int ordinal) const
    {
        Article a;
        a.id = id;
        a.pageKey = pageKey;
        a.ordinal = ordinal;
        a.line = 200;
        a.title = QStringLiteral("Country reports on human rights practices");
        EntryLink serbia;
        serbia.label = QStringLiteral("Serbia -");
        serbia.country = QStringLiteral("RS");
        serbia.accessed = { PartialDate::ofDay(2011, 5, 6), PartialDate::ofMonth(2012, 7) };
        EntryLink other;
        other.label = QStringLiteral("Regional overview");
        a.links = { serbia, other };
        a.countries = { QStringLiteral("RS") };
        return a;
    }

    Hotline hotline(const QString &country, const QString &e164, const QString &label) const
    {
        Hotline h;
        h.country = country;
        h.e164 = e164;
        h.label = label;
        h.display = e164;
        h.source = QStringLiteral("source of %1").arg(label);
        h.asOf = PartialDate::ofMonth(2024, 2);
        return h;
    }

    Page balkansPage() const
    {
        const QString key = QStringLiteral("serbia-montenegro-kosovo");
        Page p;
        p.key = key;
        p.siteTitle = QStringLiteral("Human Trafficking & Modern-day Slavery");
        p.title = QStringLiteral("Serbia, Montenegro & Kosovo");
        p.tagline = QStringLiteral("A tagline");
        p.coverage = QStringLiteral("Published reports & articles from 2000 to 2025");
        p.coverageFrom = 2000;
        p.coverageTo = 2025;
        p.countries = { QStringLiteral("RS"), QStringLiteral("ME"), QStringLiteral("XK") };
        CountryProfile serbia;
        serbia.country = QStringLiteral("RS");
        serbia.officialName = QStringLiteral("Republic of Serbia");
        serbia.background = { QStringLiteral("First paragraph."), QStringLiteral("Second.") };
        serbia.backgroundCitation = QStringLiteral("The World Factbook, U.S.C.I.A. 2009");
        serbia.tipExcerpt = QStringLiteral("Serbia is a source, transit and destination country.");
        serbia.tipCitation = QStringLiteral("U.S. State Dept Trafficking in Persons Report, 2009");
        CountryProfile unknown;
        unknown.officialName = QStringLiteral("A block whose country was not resolved");
        p.profiles = { serbia, unknown };
        p.caution = QStringLiteral("Caution: some links are dead.");
        p.studentNote = { QStringLiteral("Note for students."), QStringLiteral("And teachers.") };
        p.hotlines = { hotline(QStringLiteral("RS"), QStringLiteral("+381113347817"), QStringLiteral("page SOS")) };
        p.fairUse = QStringLiteral("Fair use notice.");
        p.citation = QStringLiteral("Cite this webpage as: ...");
        p.articles = {
            fullArticle(key, 1001, 0),
            simpleArticle(key, 1002, 1, QStringLiteral("Montenegro shelter opens"),
                QStringLiteral("A shelter opened in Podgorica for rescued women."), { QStringLiteral("ME") },
                { QStringLiteral("Balkan Insight") }),
            linkCollection(key, 1003, 2),
        };
        return p;
    }

    Page francePage() const
    {
        const QString key = QStringLiteral("france");
        Page p;
        p.key = key;
        p.title = QStringLiteral("France");
        p.countries = { QStringLiteral("FR") };
        p.articles = {
            simpleArticle(key, 2001, 0, QStringLiteral("Paris network dismantled"),
                QStringLiteral("Investigators in Paris followed the money to Lyon."), { QStringLiteral("FR") },
                { QStringLiteral("Reuters") }),
            simpleArticle(key, 2002, 1, QStringLiteral("Lyon court hears case"),
                QStringLiteral("A court in Lyon heard the case of a begging ring."),
                { QStringLiteral("FR"), QStringLiteral("RS") }, { QStringLiteral("Le Monde") }),
        };
        return p;
    }

    QList<Hotline> curatedHotlines() const
    {
        return { hotline(QStringLiteral("RS"), QStringLiteral("+381113347817"), QStringLiteral("curated SOS")),
            hotline(QStringLiteral("ME"), QStringLiteral("+38220000000"), QStringLiteral("curated ME")) };
    }

    // Creates a library holding the reference data, the two pages and the curated
    // hotlines, always through the same calls, and compacts it.
    bool buildLibrary(const QString &path, QString *error) const
    {
        TestLibrary store;
        return store.connection.open(path, LibraryConnection::OpenMode::Create, error)
            && store.importer.writeReferenceData(m_reference, error)
            && store.importer.importCuratedHotlines(curatedHotlines(), error)
            && store.importer.importPage(balkansPage(), error) && store.importer.importPage(francePage(), error)
            && store.connection.vacuum(error);
    }

    static void compareArticles(const Article &actual, const Article &expected)
    {
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.pageKey, expected.pageKey);
        QCOMPARE(actual.ordinal, expected.ordinal);
        QCOMPARE(actual.line, expected.line);
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.isPdf, expected.isPdf);
        QCOMPARE(actual.featured, expected.featured);
        QCOMPARE(actual.byline, expected.byline);
        QCOMPARE(actual.publishers, expected.publishers);
        QCOMPARE(actual.authors, expected.authors);
        QCOMPARE(actual.dateline, expected.dateline);
        QCOMPARE(actual.identifiers, expected.identifiers);
        QCOMPARE(actual.bylineNotes, expected.bylineNotes);
        QVERIFY(actual.date == expected.date);
        QCOMPARE(actual.accessed.size(), expected.accessed.size());
        for (qsizetype i = 0; i < expected.accessed.size(); ++i)
            QVERIFY(actual.accessed.at(i) == expected.accessed.at(i));
        QCOMPARE(actual.accessUnavailable, expected.accessUnavailable);
        QCOMPARE(actual.archivedCopyNote, expected.archivedCopyNote);
        QCOMPARE(actual.notes, expected.notes);
        QCOMPARE(actual.links.size(), expected.links.size());
        for (qsizetype i = 0; i < expected.links.size(); ++i) {
            QCOMPARE(actual.links.at(i).label, expected.links.at(i).label);
            QCOMPARE(actual.links.at(i).country, expected.links.at(i).country);
            QVERIFY(actual.links.at(i).accessed == expected.links.at(i).accessed);
        }
        QCOMPARE(actual.paragraphs, expected.paragraphs);
        QCOMPARE(actual.countries, expected.countries);
        QCOMPARE(actual.topics, expected.topics);
    }

    static void compareHotlines(const Hotline &actual, const Hotline &expected)
    {
        QCOMPARE(actual.country, expected.country);
        QCOMPARE(actual.label, expected.label);
        QCOMPARE(actual.e164, expected.e164);
        QCOMPARE(actual.display, expected.display);
        QCOMPARE(actual.source, expected.source);
        QVERIFY(actual.asOf == expected.asOf);
    }

    // Opens a new library with the reference data written.
    bool createLibrary(TestLibrary &store, const QString &path) const
    {
        QString error;
        if (!store.connection.open(path, LibraryConnection::OpenMode::Create, &error)
            || !store.importer.writeReferenceData(m_reference, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_reference.load(QString(), &error), qPrintable(error));
        QVERIFY(m_reference.topics().size() >= 2);
        m_topicA = m_reference.topics().at(0).id;
        m_topicB = m_reference.topics().at(1).id;
        for (const char *code : { "RS", "ME", "XK", "FR" })
            QVERIFY2(m_reference.country(QString::fromLatin1(code)), code);
    }

    void create_newFileIsCurrentSchemaWithOneConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        const qsizetype before = QSqlDatabase::connectionNames().size();
        {
            TestLibrary store;
            QString error;
            QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::Create, &error), qPrintable(error));
            QVERIFY(store.connection.isOpen());
            QVERIFY(!store.connection.isReadOnly());
            QCOMPARE(store.connection.path(), path);
            QCOMPARE(store.connection.schemaVersion(), LibraryConnection::currentSchemaVersion);
            QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
            const CheckResult check = store.connection.check();
            QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
            QCOMPARE(check.schemaVersion, LibraryConnection::currentSchemaVersion);
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("library.sqlite") });
    }

    void writeReferenceData_replacesTables()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        QString error;
        QVERIFY2(store.importer.writeReferenceData(m_reference, &error), qPrintable(error));
        QCOMPARE(store.catalogue.countryCounts().size(), m_reference.countries().size());
        const QList<Region> regions = store.catalogue.regionList();
        QCOMPARE(regions.size(), m_reference.regions().size());
        for (qsizetype i = 0; i < regions.size(); ++i) {
            QCOMPARE(regions.at(i).code, m_reference.regions().at(i).code);
            QCOMPARE(regions.at(i).name, m_reference.regions().at(i).name);
            QCOMPARE(regions.at(i).parentCode, m_reference.regions().at(i).parentCode);
        }
    }

    void roundTrip_keepsEveryField()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        const Page page = balkansPage();
        QString error;
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));

        for (const Article &expected : page.articles) {
            const std::optional<Article> actual = store.articles.article(expected.id);
            QVERIFY(actual);
            compareArticles(*actual, expected);
        }
        QVERIFY(!store.articles.article(999999));

        const QList<Article> all = store.articles.articles();
        QCOMPARE(all.size(), page.articles.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            compareArticles(all.at(i), page.articles.at(i));

        const std::optional<Page> stored = store.catalogue.page(page.key);
        QVERIFY(stored);
        QCOMPARE(stored->key, page.key);
        QCOMPARE(stored->siteTitle, page.siteTitle);
        QCOMPARE(stored->title, page.title);
        QCOMPARE(stored->tagline, page.tagline);
        QCOMPARE(stored->coverage, page.coverage);
        QCOMPARE(stored->coverageFrom, page.coverageFrom);
        QCOMPARE(stored->coverageTo, page.coverageTo);
        QCOMPARE(stored->countries, page.countries);
        QCOMPARE(stored->caution, page.caution);
        QCOMPARE(stored->studentNote, page.studentNote);
        QCOMPARE(stored->fairUse, page.fairUse);
        QCOMPARE(stored->citation, page.citation);
        QVERIFY(stored->articles.isEmpty());
        QCOMPARE(stored->profiles.size(), page.profiles.size());
        for (qsizetype i = 0; i < page.profiles.size(); ++i) {
            const CountryProfile &a = stored->profiles.at(i);
            const CountryProfile &b = page.profiles.at(i);
            QCOMPARE(a.country, b.country);
            QCOMPARE(a.officialName, b.officialName);
            QCOMPARE(a.background, b.background);
            QCOMPARE(a.backgroundCitation, b.backgroundCitation);
            QCOMPARE(a.tipExcerpt, b.tipExcerpt);
            QCOMPARE(a.tipCitation, b.tipCitation);
        }
        QCOMPARE(stored->hotlines.size(), 1);
        compareHotlines(stored->hotlines.first(), page.hotlines.first());
        QVERIFY(!store.catalogue.page(QStringLiteral("no-such-page")));
        QCOMPARE(store.catalogue.pageKeys(), QStringList { page.key });
    }

    void articles_byCountryInPageOrder()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        QString error;
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));
        QVERIFY2(store.importer.importPage(balkansPage(), &error), qPrintable(error));

        QList<qint64> ids;
        for (const Article &a : store.articles.articles())
            ids.append(a.id);
        QCOMPARE(ids, (QList<qint64> { 2001, 2002, 1001, 1002, 1003 }));

        ids.clear();
        for (const Article &a : store.articles.articles(QStringLiteral("RS")))
            ids.append(a.id);
        QCOMPARE(ids, (QList<qint64> { 2002, 1001, 1003 }));
        QVERIFY(store.articles.articles(QStringLiteral("DE")).isEmpty());
    }

    void importPage_failureRollsBack()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        const Page original = balkansPage();
        QString error;
        QVERIFY2(store.importer.importPage(original, &error), qPrintable(error));
        const LibraryStats before = store.catalogue.stats();

        // The second entry repeats the first one's id: the import must fail half-way.
        Page broken = original;
        broken.title = QStringLiteral("Changed title");
        broken.articles[0].title = QStringLiteral("A title that must not land");
        broken.articles[1].id = broken.articles[0].id;
        broken.hotlines.clear();
        error.clear();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rolled back")));
        QVERIFY(!store.importer.importPage(broken, &error));
        QVERIFY2(error.contains(original.key), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("same page")), qPrintable(error));

        const LibraryStats after = store.catalogue.stats();
        QCOMPARE(after.articles, before.articles);
        QCOMPARE(after.publishers, before.publishers);
        QCOMPARE(after.pages, before.pages);
        for (const Article &expected : original.articles) {
            const std::optional<Article> actual = store.articles.article(expected.id);
            QVERIFY(actual);
            compareArticles(*actual, expected);
        }
        QCOMPARE(store.catalogue.page(original.key)->title, original.title);
        QCOMPARE(store.catalogue.page(original.key)->hotlines.size(), 1);
        QVERIFY(hitsContain(store.articles.search(QStringLiteral("Podgorica shelter"), 10), 1002));
        QVERIFY(store.articles.search(QStringLiteral("must not land"), 10).isEmpty());
        const CheckResult check = store.connection.check();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));

        // An id another page holds is refused the same way, and named.
        Page clash = francePage();
        clash.articles[1].id = 1002;
        error.clear();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rolled back")));
        QVERIFY(!store.importer.importPage(clash, &error));
        QVERIFY2(error.contains(QStringLiteral("“serbia-montenegro-kosovo”")), qPrintable(error));
        QCOMPARE(store.catalogue.stats().articles, before.articles);
        QCOMPARE(store.catalogue.stats().pages, before.pages);
        QCOMPARE(store.articles.article(1002)->pageKey, original.key);
    }

    void importPage_unknownCountryFailsWithClearMessage()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        Page page = francePage();
        page.articles[1].countries.append(QStringLiteral("QQ"));
        page.articles[1].topics.append(QStringLiteral("no-such-topic"));
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rolled back")));
        QVERIFY(!store.importer.importPage(page, &error));
        QVERIFY2(error.contains(QStringLiteral("“QQ”")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("“no-such-topic”")), qPrintable(error));
        QCOMPARE(store.catalogue.stats().articles, 0);
        QCOMPARE(store.catalogue.stats().pages, 0);
    }

    void reimport_isIdempotent()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        Page page = balkansPage();
        QString error;
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));
        const LibraryStats first = store.catalogue.stats();

        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        const LibraryStats second = store.catalogue.stats();
        QCOMPARE(second.articles, first.articles);
        QCOMPARE(second.publishers, first.publishers);
        QCOMPARE(second.pages, first.pages);
        QCOMPARE(second.countriesWithArticles, first.countriesWithArticles);
        QCOMPARE(store.catalogue.hotlines(QStringLiteral("RS")).size(), 1);
        for (const Article &expected : page.articles)
            compareArticles(*store.articles.article(expected.id), expected);

        page.articles[1].title = QStringLiteral("Montenegro shelter doubles its beds");
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        QCOMPARE(store.catalogue.stats().articles, first.articles);
        QCOMPARE(store.articles.article(1002)->title, page.articles[1].title);
        QVERIFY(hitsContain(store.articles.search(QStringLiteral("doubles beds"), 10), 1002));
        QVERIFY(store.articles.search(QStringLiteral("shelter opens"), 10).isEmpty());
        const CheckResult check = store.connection.check();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    }

    void reimport_withoutAnEntryRemovesIt()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        Page page = balkansPage();
        QString error;
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));
        const LibraryStats before = store.catalogue.stats();
        QVERIFY(hitsContain(store.articles.search(QStringLiteral("Podgorica"), 10), 1002));

        page.articles.removeAt(1); // "Balkan Insight" published only this one
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        const LibraryStats after = store.catalogue.stats();
        QCOMPARE(after.articles, before.articles - 1);
        QCOMPARE(after.publishers, before.publishers - 1);
        QCOMPARE(after.countriesWithArticles, before.countriesWithArticles - 1); // ME
        QVERIFY(!store.articles.article(1002));
        QVERIFY(store.articles.articles(QStringLiteral("ME")).isEmpty());
        QVERIFY(store.articles.search(QStringLiteral("Podgorica"), 10).isEmpty());
        const CheckResult check = store.connection.check();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    }

    void upgrade_olderSchema_isRefusedReadOnly_andUpgradedReadWrite_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 1 (no search index)") << 1;
        QTest::newRow("schema 2 (paragraph rows)") << 2;
        QTest::newRow("schema 3 (index not folded)") << 3;
    }

    void upgrade_olderSchema_isRefusedReadOnly_andUpgradedReadWrite()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        QVERIFY2(Vigil::Test::loadSqlFile(
                     path, QStringLiteral(VIGIL_TEST_DATA_DIR "/libraries/schema%1.sql").arg(version), &error),
            qPrintable(error));
        const QByteArray before = checksum(path);
        {
            // Read-only: refused with the command that upgrades it, the file untouched.
            TestLibrary store;
            QVERIFY(!store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error));
            QVERIFY2(error.contains(QStringLiteral("vigil-library upgrade")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("older version of Vigil (library schema %1;").arg(version)),
                qPrintable(error));
            QVERIFY(!store.connection.isOpen());
        }
        QCOMPARE(checksum(path), before);

        TestLibrary store;
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(store.connection.upgradedFrom(), version);
        QCOMPARE(store.connection.schemaVersion(), LibraryConnection::currentSchemaVersion);
        const CheckResult check = store.connection.check();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        // Everything the old file held reads back as it was written.
        const Page balkans = balkansPage();
        const Page france = francePage();
        for (const Page *page : { &balkans, &france }) {
            for (const Article &expected : page->articles) {
                const auto actual = store.articles.article(expected.id);
                QVERIFY2(actual, qPrintable(expected.title));
                compareArticles(*actual, expected);
            }
        }
        QCOMPARE(store.catalogue.stats().articles, 5);
        QCOMPARE(store.catalogue.pageKeys(), (QStringList { QStringLiteral("france"), balkans.key }));
        QCOMPARE(store.catalogue.hotlines(QStringLiteral("ME")).size(), 1);
        // And the index of the current schema finds it, with a snippet.
        const QList<SearchHit> hits = store.articles.search(QStringLiteral("Podgorica"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, 1002);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[Podgorica]")), qPrintable(hits.first().snippet));
        QVERIFY(hitsContain(store.articles.search(QStringLiteral("pristina"), 10), 1001));
        store.connection.close();

        // Upgraded once: read-only opens it now, and a second upgrade does nothing.
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(store.connection.upgradedFrom(), 0);
        QCOMPARE(store.articles.countArticles({}), 5);
        store.connection.close();
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(store.connection.upgradedFrom(), 0);
    }

    void open_newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            TestLibrary store;
            QVERIFY(createLibrary(store, path));
        }
        QVERIFY(rawExec(
            path, { QStringLiteral("PRAGMA user_version = %1").arg(LibraryConnection::currentSchemaVersion + 1) }));
        const QByteArray sum = checksum(path);
        for (const auto mode : { LibraryConnection::OpenMode::ReadOnly, LibraryConnection::OpenMode::ReadWrite,
                 LibraryConnection::OpenMode::Create }) {
            TestLibrary store;
            QString error;
            QVERIFY(!store.connection.open(path, mode, &error));
            QVERIFY(!store.connection.isOpen());
            QVERIFY2(error.contains(QStringLiteral("newer version of Vigil")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("Update Vigil")), qPrintable(error));
            QVERIFY(!error.contains(u'\n'));
        }
        QCOMPARE(checksum(path), sum);
    }

    void open_notALibraryIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mode");
        const QStringList kinds = { QStringLiteral("text"), QStringLiteral("truncated"), QStringLiteral("header-only"),
            QStringLiteral("empty"), QStringLiteral("other-app") };
        for (const QString &kind : kinds) {
            QTest::addRow("%s-readonly", qPrintable(kind)) << kind << int(LibraryConnection::OpenMode::ReadOnly);
            QTest::addRow("%s-readwrite", qPrintable(kind)) << kind << int(LibraryConnection::OpenMode::ReadWrite);
            if (kind != QStringLiteral("empty")) // Create makes a library of an empty file
                QTest::addRow("%s-create", qPrintable(kind)) << kind << int(LibraryConnection::OpenMode::Create);
        }
    }

    void open_notALibraryIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(real, &error), qPrintable(error));
        const QByteArray library = contents(real);

        const QString path = dir.filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QStringLiteral("text")) {
            QVERIFY(writeFile(path, "These are my notes on the reading list, not a database.\n"));
        } else if (kind == QStringLiteral("truncated")) {
            QVERIFY(writeFile(path, library.left(library.size() / 2)));
        } else if (kind == QStringLiteral("header-only")) {
            QVERIFY(writeFile(path, library.left(60)));
        } else if (kind == QStringLiteral("empty")) {
            QVERIFY(writeFile(path, QByteArray()));
        } else {
            QVERIFY(rawExec(path,
                { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                    QStringLiteral("INSERT INTO notes (body) VALUES ('hello')") }));
        }
        const QByteArray sum = checksum(path);

        TestLibrary store;
        error.clear();
        QVERIFY(!store.connection.open(path, static_cast<LibraryConnection::OpenMode>(mode), &error));
        QVERIFY(!store.connection.isOpen());
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("candidate.sqlite")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not a Vigil library")) || error.contains(QStringLiteral("damaged")),
            qPrintable(error));
        QCOMPARE(checksum(path), sum);
        // Whatever was refused, queries on the closed store answer empty.
        QVERIFY(store.articles.articles().isEmpty());
        QVERIFY(store.articles.search(QStringLiteral("x"), 5).isEmpty());
        QVERIFY(!store.connection.check().ok);
    }

    // A copy cut inside its last page keeps a valid header: SQLite may open it, but
    // nothing may crash, and check() must tell.
    void open_fileCutInsideLastPageIsRefusedOrReported()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(real, &error), qPrintable(error));
        const QByteArray library = contents(real);
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        QVERIFY(writeFile(path, library.left(library.size() - 1000)));

        TestLibrary store;
        if (!store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error)) {
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
            return;
        }
        store.catalogue.stats();
        store.articles.articles();
        store.articles.search(QStringLiteral("Lyon"), 10);
        store.catalogue.countryCounts();
        const CheckResult check = store.connection.check();
        QVERIFY(!check.ok);
        QVERIFY(!check.problems.isEmpty());
    }

    void open_missingFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        for (const auto mode : { LibraryConnection::OpenMode::ReadOnly, LibraryConnection::OpenMode::ReadWrite }) {
            TestLibrary store;
            QString error;
            QVERIFY(!store.connection.open(path, mode, &error));
            QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
            QVERIFY(!QFileInfo::exists(path));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        TestLibrary store;
        QString error;
        QVERIFY(!store.connection.open(dir.path(), LibraryConnection::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    }

    void readOnly_leavesFileByteIdenticalAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(path, &error), qPrintable(error));
        const QByteArray sum = checksum(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        {
            TestLibrary store;
            QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
            QVERIFY(store.connection.isReadOnly());
            QCOMPARE(store.catalogue.stats().articles, 5);
            QVERIFY(!store.articles.search(QStringLiteral("Lyon"), 10).isEmpty());
            QVERIFY(!store.catalogue.countryCounts().isEmpty());
            QVERIFY(!store.catalogue.hotlines().isEmpty());
            const CheckResult check = store.connection.check();
            QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));

            const auto refused
                = [](bool ok, const QString &message) { return !ok && message.contains(QStringLiteral("read-only")); };
            error.clear();
            QVERIFY2(refused(store.importer.importPage(francePage(), &error), error), qPrintable(error));
            error.clear();
            QVERIFY2(refused(store.importer.writeReferenceData(m_reference, &error), error), qPrintable(error));
            error.clear();
            QVERIFY2(refused(store.importer.importCuratedHotlines({}, &error), error), qPrintable(error));
            error.clear();
            QVERIFY2(refused(store.connection.vacuum(&error), error), qPrintable(error));
            QCOMPARE(store.catalogue.stats().articles, 5);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                QStringList { QStringLiteral("library.sqlite") });
        }
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("library.sqlite") });
        QCOMPARE(checksum(path), sum);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void readWrite_leavesNoFileBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(path, &error), qPrintable(error));
        TestLibrary store;
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("library.sqlite") });
    }

    void search_ignoresDiacriticsBothWays()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        const QString key = QStringLiteral("kosovo");
        Page page;
        page.key = key;
        Article byline = simpleArticle(key, 3001, 0, QStringLiteral("Arrests in the capital"),
            QStringLiteral("Police said five were held."), { QStringLiteral("XK") }, {});
        byline.byline = QStringLiteral("Reuters, PRIŠTINA");
        const Article plain = simpleArticle(key, 3002, 1, QStringLiteral("Shelter report"),
            QStringLiteral("A shelter in Pristina took in ten."), { QStringLiteral("XK") }, {});
        page.articles = { byline, plain };
        QString error;
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));

        QList<SearchHit> hits = store.articles.search(QStringLiteral("pristina"), 10);
        QVERIFY(hitsContain(hits, 3001));
        QVERIFY(hitsContain(hits, 3002));
        hits = store.articles.search(QStringLiteral("Priština"), 10);
        QVERIFY(hitsContain(hits, 3001));
        QVERIFY(hitsContain(hits, 3002));
        // Decomposed input (S + combining caron), as some keyboards send it.
        hits = store.articles.search(QStringLiteral("Pris\u030Ct"), 10);
        QVERIFY(hitsContain(hits, 3001));
        QVERIFY(hitsContain(hits, 3002));
        // The last word is a prefix; the others are whole words.
        QVERIFY(hitsContain(store.articles.search(QStringLiteral("shelter Prist"), 10), 3002));
        QVERIFY(store.articles.search(QStringLiteral("shel Pristina"), 10).isEmpty());
        hits = store.articles.search(QStringLiteral("shelter"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().title, QStringLiteral("Shelter report"));
        QVERIFY(hits.first().rank < 0);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[shelter]")), qPrintable(hits.first().snippet));
        QCOMPARE(store.articles.search(QStringLiteral("pristina"), 1).size(), 1);
        QVERIFY(store.articles.search(QStringLiteral("pristina"), 0).isEmpty());
    }

    void search_hostileInputNeverFails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("expectHits");
        QTest::newRow("quote") << QStringLiteral("\"") << false;
        QTest::newRow("star") << QStringLiteral("*") << false;
        QTest::newRow("near") << QStringLiteral("NEAR(") << false;
        QTest::newRow("or") << QStringLiteral("a OR") << false;
        QTest::newRow("parens") << QStringLiteral(") (") << false;
        QTest::newRow("injection") << QStringLiteral("'; DROP TABLE articles; --") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral("   \t\n ") << false;
        QTest::newRow("column filter") << QStringLiteral("title:Lyon") << false;
        QTest::newRow("caret") << QStringLiteral("^Lyon") << true;
        QTest::newRow("plus") << QStringLiteral("Lyon + court") << true;
        QTest::newRow("quoted word") << QStringLiteral("\"Lyon\"") << true;
        QTest::newRow("and not") << QStringLiteral("Lyon NOT") << false;
        QTest::newRow("long word") << QString(10000, u'x') << false;
        QString mixed;
        const QString pieces[] = { QStringLiteral("Lyon"), QStringLiteral("\""), QStringLiteral("("),
            QStringLiteral("*"), QStringLiteral("OR"), QStringLiteral("'"), QStringLiteral(":"), QStringLiteral("NEAR"),
            QStringLiteral("-") };
        for (int i = 0; mixed.size() < 10000; ++i)
            mixed += pieces[i % std::size(pieces)] + u' ';
        QTest::newRow("long mixed") << mixed << false;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("Lyon") << true;
        QTest::newRow("nul") << QStringLiteral("Lyon") + QChar(0) + QStringLiteral("court") << true;
    }

    void search_hostileInputNeverFails()
    {
        QFETCH(QString, input);
        QFETCH(bool, expectHits);
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        QString error;
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));
        // Any SQL error is logged as a warning: a warning fails the test.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const QList<SearchHit> hits = store.articles.search(input, 20);
        QCOMPARE(!hits.isEmpty(), expectHits);
        QCOMPARE(store.catalogue.stats().articles, 2);
    }

    void statsAndCountryCounts_countWhatWasImported()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        QString error;
        QVERIFY2(store.importer.importPage(balkansPage(), &error), qPrintable(error));
        QVERIFY2(store.importer.importPage(francePage(), &error), qPrintable(error));

        const LibraryStats s = store.catalogue.stats();
        QCOMPARE(s.articles, 5);
        QCOMPARE(s.countriesWithArticles, 4); // RS, XK, ME, FR
        QCOMPARE(s.pages, 2);
        QCOMPARE(s.publishers, 4); // Reuters, Associated Press, Balkan Insight, Le Monde
        QCOMPARE(s.schemaVersion, LibraryConnection::currentSchemaVersion);

        const QList<CountryCount> counts = store.catalogue.countryCounts();
        QCOMPARE(counts.size(), m_reference.countries().size());
        QHash<QString, CountryCount> byCode;
        for (const CountryCount &c : counts)
            byCode.insert(c.code, c);
        QCOMPARE(byCode.value(QStringLiteral("RS")).articles, 3); // 1001, 1003, 2002
        QCOMPARE(byCode.value(QStringLiteral("FR")).articles, 2);
        QCOMPARE(byCode.value(QStringLiteral("ME")).articles, 1);
        QCOMPARE(byCode.value(QStringLiteral("XK")).articles, 1);
        QVERIFY(byCode.contains(QStringLiteral("DE")));
        QCOMPARE(byCode.value(QStringLiteral("DE")).articles, 0);
        const CountryInfo *serbia = m_reference.country(QStringLiteral("RS"));
        QCOMPARE(byCode.value(QStringLiteral("RS")).name, serbia->name);
        QCOMPARE(byCode.value(QStringLiteral("RS")).regionCode, serbia->regionCode);
        int total = 0;
        for (const CountryCount &c : counts)
            total += c.articles;
        QCOMPARE(total, 7); // tags, not articles: 2002 counts for FR and RS
    }

    void hotlines_curatedFirstAndDeduplicated()
    {
        QTemporaryDir dir;
        TestLibrary store;
        QVERIFY(createLibrary(store, dir.filePath(QStringLiteral("l.sqlite"))));
        QString error;
        Page page = balkansPage();
        page.hotlines.append(
            hotline(QStringLiteral("RS"), QStringLiteral("+381800200200"), QStringLiteral("page helpline")));
        QVERIFY2(store.importer.importPage(page, &error), qPrintable(error));
        QVERIFY2(store.importer.importCuratedHotlines(curatedHotlines(), &error), qPrintable(error));

        const QList<Hotline> serbia = store.catalogue.hotlines(QStringLiteral("RS"));
        QCOMPARE(serbia.size(), 2);
        QCOMPARE(serbia.at(0).label, QStringLiteral("curated SOS")); // beats the page's copy
        QCOMPARE(serbia.at(1).label, QStringLiteral("page helpline"));
        compareHotlines(serbia.at(0), curatedHotlines().first());
        QCOMPARE(store.catalogue.hotlines().size(), 3);
        QCOMPARE(store.catalogue.hotlines(QStringLiteral("FR")).size(), 0);
        QCOMPARE(store.catalogue.page(page.key)->hotlines.size(), 2); // the page keeps its own

        // Curated hotlines are replaced, not added to; page hotlines stay.
        QVERIFY2(store.importer.importCuratedHotlines({ curatedHotlines().at(1) }, &error), qPrintable(error));
        const QList<Hotline> after = store.catalogue.hotlines(QStringLiteral("RS"));
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).label, QStringLiteral("page SOS"));
        QCOMPARE(store.catalogue.hotlines(QStringLiteral("ME")).size(), 1);
    }

    void interrupt_whenIdleChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(path, &error), qPrintable(error));
        TestLibrary store;
        store.connection.interrupt(); // not open: nothing to stop
        QVERIFY(!store.connection.canInterrupt());
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        // On this build Qt's driver and Vigil load the system's one SQLite, whose
        // source id both report: the handle may be used.
        QVERIFY(store.connection.canInterrupt());
        // SQLite clears an interrupt that found no statement running before the next
        // one starts: a worker's late cancel must not fail the query after it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        store.connection.interrupt();
        QVERIFY(!store.articles.search(QStringLiteral("Lyon"), 10).isEmpty());
        store.connection.close();
        store.connection.interrupt();
    }

    // What a search worker relies on: an interrupt from another thread stops the
    // statement running on the store's connection, which then fails quietly, and
    // the store answers the next query in full.
    void interrupt_stopsARunningStatementAndTheStoreGoesOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(path, &error), qPrintable(error));
        std::atomic<bool> stop = false;
        std::atomic<int> runs = 0;
        std::atomic<int> interrupted = 0;
        int expected = 0;
        TestLibrary store;
        QThread *worker = QThread::create([&]() {
            QString openError;
            if (!store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &openError))
                return;
            ArticleFilter f;
            f.text = QStringLiteral("l");
            expected = store.articles.countArticles(f);
            while (!stop) {
                // A prefix of one letter: the longest statement this library has.
                if (store.articles.findArticles(f, ArticleSort::Title, 0, -1).size() != expected)
                    ++interrupted;
                ++runs;
            }
            // The next statement after an interrupt runs whole.
            if (store.articles.countArticles(f) != expected)
                interrupted = -1000;
            store.connection.close();
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(runs > 0, 10000);
        QVERIFY(expected > 0);
        QElapsedTimer t;
        t.start();
        while (interrupted == 0 && t.elapsed() < 20000)
            store.connection.interrupt();
        stop = true;
        QVERIFY(worker->wait(20000));
        delete worker;
        QVERIFY2(interrupted > 0, "no interrupt ever stopped a statement");
    }

    void check_reportsStaleSearchIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(path, &error), qPrintable(error));
        // The index is contentless: a stray row is the damage a test can make.
        QVERIFY(rawExec(path,
            { QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) "
                             "VALUES (1, 'stray', '', '')") }));
        TestLibrary store;
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const CheckResult check = store.connection.check();
        QVERIFY(!check.ok);
        QCOMPARE(check.problems.size(), 1);
        QVERIFY2(check.problems.first().contains(QStringLiteral("search index")), qPrintable(check.problems.first()));
    }

    void vacuum_sameInputGivesSameBytes()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QString error;
        QVERIFY2(buildLibrary(first, &error), qPrintable(error));
        QVERIFY2(buildLibrary(second, &error), qPrintable(error));
        const QByteArray a = contents(first);
        QVERIFY(!a.isEmpty());
        QVERIFY(a == contents(second));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        TestLibrary store;
        QVERIFY2(store.connection.open(first, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const CheckResult check = store.connection.check();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(LibraryTest)
#include "library_test.moc"
