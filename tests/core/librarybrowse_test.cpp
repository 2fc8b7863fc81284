#include "import/pageparser.h"
#include "models/articlelistmodel.h"
#include "storage/profileviews.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Vigil::Core;
using Vigil::Test::referenceData;
using Vigil::Test::TestLibrary;

namespace {

// Every warning fails the test in progress: an SQL error in a read is only
// logged, so a hostile input that broke a statement would otherwise pass.
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void failOnWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings.append(message);
    g_previousHandler(type, context, message);
}

QList<qint64> ids(const QList<ArticleSummary> &rows)
{
    QList<qint64> out;
    for (const ArticleSummary &r : rows)
        out.append(r.id);
    return out;
}

QStringList facetText(const QList<FacetCount> &facets)
{
    QStringList out;
    for (const FacetCount &f : facets)
        out.append(QStringLiteral("%1|%2|%3").arg(f.key, f.label).arg(f.count));
    return out;
}

QSet<qint64> idSet(const QList<qint64> &list)
{
    return QSet<qint64>(list.cbegin(), list.cend());
}

// What SQLite's NOCASE compares: ASCII letters folded, nothing else.
QString nocase(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return out;
}

Article smallArticle(qint64 id, int ordinal, const QString &title, const QStringList &publishers,
    const PartialDate &date, const QStringList &countries, bool pdf)
{
    Article a;
    a.id = id;
    a.pageKey = QStringLiteral("extra");
    a.ordinal = ordinal;
    a.title = title;
    a.publishers = publishers;
    a.date = date;
    a.countries = countries;
    a.isPdf = pdf;
    a.featured = ordinal == 0;
    a.topics = { QStringLiteral("forced-begging") };
    Paragraph p;
    p.text = QStringLiteral("Begging rings in Lyon and Belgrade moved children across borders.");
    a.paragraphs = { p };
    return a;
}

} // namespace

class LibraryBrowseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestLibrary m_store;
    QList<Article> m_all; // the oracle: every article, filtered in C++

    // The articles the filter selects, worked out without SQL (text aside).
    QSet<qint64> expected(const ArticleFilter &f) const
    {
        QSet<QString> regionCountries;
        if (!f.region.isEmpty()) {
            QSet<QString> regions { f.region };
            for (const Region &r : referenceData().regions()) { // parents come first
                if (regions.contains(r.parentCode))
                    regions.insert(r.code);
            }
            for (const CountryInfo &c : referenceData().countries()) {
                if (regions.contains(c.regionCode))
                    regionCountries.insert(c.code);
            }
        }
        QSet<qint64> textHits;
        if (!f.text.isEmpty()) {
            for (const SearchHit &h : m_store.articles.search(f.text, 100000))
                textHits.insert(h.id);
        }
        QSet<qint64> out;
        for (const Article &a : m_all) {
            const bool regionOk = f.region.isEmpty()
                || std::any_of(a.countries.cbegin(), a.countries.cend(),
                    [&](const QString &c) { return regionCountries.contains(c); });
            const int year = a.date.isValid() ? a.date.year() : 0;
            const bool ok = regionOk && (f.text.isEmpty() || textHits.contains(a.id))
                && (f.country.isEmpty() || a.countries.contains(f.country))
                && (f.pageKey.isEmpty() || a.pageKey == f.pageKey)
                && (f.readingList == 0 || f.listArticles.contains(a.id))
                && (f.yearFrom == 0 || (year != 0 && year >= f.yearFrom))
                && (f.yearTo == 0 || (year != 0 && year <= f.yearTo))
                && (f.topic.isEmpty() || a.topics.contains(f.topic))
                && (f.publisher.isEmpty() || a.publishers.contains(f.publisher))
                && (f.section != ArticleFilter::Section::Featured || a.featured)
                && (f.section != ArticleFilter::Section::Archive || !a.featured) && (!f.pdfOnly || a.isPdf);
            if (ok)
                out.insert(a.id);
        }
        return out;
    }

    QList<ArticleSummary> everything(const ArticleFilter &f, ArticleSort sort = ArticleSort::DateNewest) const
    {
        return m_store.articles.findArticles(f, sort, 0, -1);
    }

    static QList<ArticleFilter> someFilters()
    {
        ArticleFilter none;
        ArticleFilter kosovo;
        kosovo.country = QStringLiteral("XK");
        ArticleFilter words;
        words.text = QStringLiteral("traffick");
        ArticleFilter archive2000s;
        archive2000s.section = ArticleFilter::Section::Archive;
        archive2000s.yearFrom = 2003;
        archive2000s.yearTo = 2008;
        return { none, kosovo, words, archive2000s };
    }

private slots:
    // The worker hands its ranking to the list, which reads further rows by key:
    // the same rows in the same order as ranking again would give.
    void rankedKeys_readByKey_giveTheRelevanceOrder()
    {
        for (const QString &text :
            { QStringLiteral("trafficking"), QStringLiteral("women traf"), QStringLiteral("police -serbia") }) {
            ArticleFilter f;
            f.text = text;
            const QList<ArticleSummary> ranked = m_store.articles.findArticles(f, ArticleSort::Relevance, 0, -1);
            const QList<qint64> keys = m_store.articles.rankedKeys(f);
            QVERIFY2(!keys.isEmpty(), qPrintable(text));
            QCOMPARE(keys, m_store.articles.rankedKeys(f)); // kept, and the same
            const QList<ArticleSummary> byKey = m_store.articles.summariesForKeys(keys, text);
            QCOMPARE(byKey.size(), keys.size());
            QVERIFY(ranked.size() >= byKey.size());
            for (qsizetype i = 0; i < byKey.size(); ++i) {
                QCOMPARE(byKey.at(i).id, ranked.at(i).id);
                QCOMPARE(byKey.at(i).countries, ranked.at(i).countries);
                QCOMPARE(byKey.at(i).snippet.isEmpty(), ranked.at(i).snippet.isEmpty());
            }
            // A list given the ranking scrolls through the same rows.
            ArticleListModel model(m_store.articles, m_store.catalogue);
            model.showRows(f, ArticleSort::Relevance, ranked.mid(0, 2), int(ranked.size()), false, keys);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), int(ranked.size()));
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.idAt(row), ranked.at(row).id);
        }
        QVERIFY(m_store.articles.rankedKeys({}).isEmpty());
    }

    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(failOnWarnings);
        QLoggingCategory probeCategory("vigil.core.storage");
        qCWarning(probeCategory) << "probe: a storage warning is caught";
        QCOMPARE(g_warnings.size(), 1);
        g_warnings.clear();
        QVERIFY(m_dir.isValid());
        const PageParser::Result seed = PageParser(referenceData()).parseFile(Vigil::Test::seedPagePath());
        QVERIFY2(seed.ok, qPrintable(seed.error));
        Page extra;
        extra.key = QStringLiteral("extra");
        extra.title = QStringLiteral("France");
        extra.countries = { QStringLiteral("FR") };
        extra.articles = {
            smallArticle(9001, 0, QStringLiteral("lyon begging ring"), { QStringLiteral("Le Monde") },
                PartialDate::ofYear(2004), { QStringLiteral("FR"), QStringLiteral("RS") }, true),
            smallArticle(9002, 1, QStringLiteral("Zagreb hearing"), {}, PartialDate(), { QStringLiteral("FR") }, false),
            smallArticle(9003, 2, QStringLiteral("Åland note"), { QStringLiteral("amnesty") },
                PartialDate::ofDay(2020, 2, 3), { QStringLiteral("AX") }, false),
        };
        QString error;
        QVERIFY2(m_store.connection.open(
                     m_dir.filePath(QStringLiteral("browse.sqlite")), LibraryConnection::OpenMode::Create, &error)
                && m_store.importer.writeReferenceData(referenceData(), &error)
                && m_store.importer.importPage(seed.page, &error) && m_store.importer.importPage(extra, &error),
            qPrintable(error));
        m_all = m_store.articles.articles();
        QCOMPARE(m_all.size(), 35);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init() { g_warnings.clear(); }

    void cleanup() { QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n'))); }

    void criteria_data()
    {
        QTest::addColumn<ArticleFilter>("filter");
        QTest::addColumn<bool>("selective"); // some articles but not all
        const auto row = [](const char *name, bool selective, const std::function<void(ArticleFilter &)> &set) {
            ArticleFilter f;
            set(f);
            QTest::newRow(name) << f << selective;
        };
        row("none", false, [](ArticleFilter &) {});
        row("country", true, [](ArticleFilter &f) { f.country = QStringLiteral("XK"); });
        row("region Southern Europe", true, [](ArticleFilter &f) { f.region = QStringLiteral("039"); });
        row("region Europe (grandparent)", false, [](ArticleFilter &f) { f.region = QStringLiteral("150"); });
        row("region Northern Europe", true, [](ArticleFilter &f) { f.region = QStringLiteral("154"); });
        row("region Africa", false, [](ArticleFilter &f) { f.region = QStringLiteral("002"); });
        row("page", true, [](ArticleFilter &f) { f.pageKey = QStringLiteral("extra"); });
        // A reading list may name articles of another library: they are not found here.
        row("reading list", true, [](ArticleFilter &f) {
            f.readingList = 2;
            f.listArticles = { 9003, 123456789, 9001 };
        });
        row("reading list + text + pdf", true, [](ArticleFilter &f) {
            f.readingList = 2;
            f.listArticles = { 9001, 9002, 9003 };
            f.text = QStringLiteral("Belgrade");
            f.pdfOnly = true;
        });
        row("empty reading list", false, [](ArticleFilter &f) { f.readingList = 1; });
        row("text", true, [](ArticleFilter &f) { f.text = QStringLiteral("pristina"); });
        row("text prefix", true, [](ArticleFilter &f) { f.text = QStringLiteral("Kosov"); });
        row("year from", true, [](ArticleFilter &f) { f.yearFrom = 2007; });
        row("year to", true, [](ArticleFilter &f) { f.yearTo = 2004; });
        row("year range", true, [](ArticleFilter &f) { f.yearFrom = f.yearTo = 2005; });
        row("topic", true, [](ArticleFilter &f) { f.topic = QStringLiteral("sexual-exploitation"); });
        row("publisher", true, [](ArticleFilter &f) { f.publisher = QStringLiteral("Amnesty International"); });
        row("featured", true, [](ArticleFilter &f) { f.section = ArticleFilter::Section::Featured; });
        row("archive", true, [](ArticleFilter &f) { f.section = ArticleFilter::Section::Archive; });
        row("pdf", true, [](ArticleFilter &f) { f.pdfOnly = true; });
        row("country + topic", true, [](ArticleFilter &f) {
            f.country = QStringLiteral("RS");
            f.topic = QStringLiteral("sexual-exploitation");
        });
        row("region + years + archive", true, [](ArticleFilter &f) {
            f.region = QStringLiteral("150");
            f.yearFrom = 2004;
            f.yearTo = 2006;
            f.section = ArticleFilter::Section::Archive;
        });
        row("text + country + publisher", false, [](ArticleFilter &f) {
            f.text = QStringLiteral("trafficking");
            f.country = QStringLiteral("XK");
            f.publisher = QStringLiteral("Amnesty International");
        });
        row("page + pdf + country", true, [](ArticleFilter &f) {
            f.pageKey = QStringLiteral("extra");
            f.pdfOnly = true;
            f.country = QStringLiteral("RS");
        });
    }

    void criteria()
    {
        QFETCH(ArticleFilter, filter);
        QFETCH(bool, selective);
        const QSet<qint64> want = expected(filter);
        if (selective)
            QVERIFY2(!want.isEmpty() && want.size() < m_all.size(), qPrintable(QString::number(want.size())));
        for (const ArticleSort sort : { ArticleSort::Relevance, ArticleSort::DateNewest, ArticleSort::Title }) {
            const QList<ArticleSummary> rows = everything(filter, sort);
            QCOMPARE(idSet(ids(rows)), want);
            QCOMPARE(rows.size(), want.size()); // no article twice
        }
        QCOMPARE(m_store.articles.countArticles(filter), want.size());
    }

    void summaryFields()
    {
        ArticleFilter f;
        f.pageKey = QStringLiteral("extra");
        f.text = QStringLiteral("Belgrade");
        const QList<ArticleSummary> rows = everything(f, ArticleSort::Title);
        QCOMPARE(rows.size(), 3);
        const ArticleSummary &aland = rows.at(2); // "Å" is no ASCII letter, NOCASE puts it last
        QCOMPARE(aland.title, QStringLiteral("Åland note"));
        QCOMPARE(aland.dateIso, QStringLiteral("2020-02-03"));
        QCOMPARE(aland.dateDisplay, PartialDate::ofDay(2020, 2, 3).toDisplay());
        QCOMPARE(aland.publisher, QStringLiteral("amnesty"));
        QCOMPARE(aland.countries, QStringList { QStringLiteral("AX") });
        QCOMPARE(aland.topics, QStringList { QStringLiteral("forced-begging") });
        QVERIFY2(aland.snippet.contains(QStringLiteral("\uE000Belgrade\uE001")), qPrintable(aland.snippet));
        const ArticleSummary &lyon = rows.at(0);
        QVERIFY(lyon.isPdf && lyon.featured);
        QCOMPARE(lyon.countries, (QStringList { QStringLiteral("FR"), QStringLiteral("RS") }));
        f.text.clear();
        QVERIFY(everything(f).at(0).snippet.isEmpty());
    }

    void paging()
    {
        for (const ArticleFilter &f : someFilters()) {
            for (const ArticleSort sort : { ArticleSort::Relevance, ArticleSort::DateNewest, ArticleSort::DateOldest,
                     ArticleSort::Title, ArticleSort::Publisher }) {
                const QList<qint64> whole = ids(m_store.articles.findArticles(f, sort, 0, 1000));
                QCOMPARE(whole.size(), m_store.articles.countArticles(f));
                QList<qint64> paged;
                for (int offset = 0; offset < whole.size() + 7; offset += 7)
                    paged += ids(m_store.articles.findArticles(f, sort, offset, 7));
                QCOMPARE(paged, whole);
            }
        }
        QVERIFY(m_store.articles.findArticles({}, ArticleSort::DateNewest, 0, 0).isEmpty());
        QVERIFY(m_store.articles.findArticles({}, ArticleSort::DateNewest, 1000, 10).isEmpty());
    }

    void sortOrders()
    {
        const QList<ArticleSummary> newest = everything({}, ArticleSort::DateNewest);
        const QList<ArticleSummary> oldest = everything({}, ArticleSort::DateOldest);
        const auto key = [](const ArticleSummary &a) { return PartialDate::fromIso(a.dateIso).sortKey(); };
        for (int i = 1; i < newest.size(); ++i) {
            const int a = key(newest.at(i - 1)), b = key(newest.at(i));
            QVERIFY2(b == 0 || (a != 0 && a >= b), qPrintable(newest.at(i).title));
            const int c = key(oldest.at(i - 1)), d = key(oldest.at(i));
            QVERIFY2(d == 0 || (c != 0 && c <= d), qPrintable(oldest.at(i).title));
        }
        QCOMPARE(key(newest.last()), 0); // undated last both ways
        QCOMPARE(key(oldest.last()), 0);
        QCOMPARE(ids(everything({}, ArticleSort::Relevance)), ids(newest)); // no text: newest first

        const QList<ArticleSummary> byTitle = everything({}, ArticleSort::Title);
        for (int i = 1; i < byTitle.size(); ++i)
            QVERIFY(nocase(byTitle.at(i - 1).title) <= nocase(byTitle.at(i).title));

        // The first publisher, from the articles themselves: the summary's joined
        // text cannot be split, a name may hold ", ".
        QHash<qint64, QString> firstPublisher;
        for (const Article &a : m_all)
            firstPublisher.insert(a.id, a.publishers.isEmpty() ? QString() : nocase(a.publishers.first()));
        const QList<ArticleSummary> byPublisher = everything({}, ArticleSort::Publisher);
        for (int i = 1; i < byPublisher.size(); ++i) {
            const QString a = firstPublisher.value(byPublisher.at(i - 1).id);
            const QString b = firstPublisher.value(byPublisher.at(i).id);
            QVERIFY2(a.isEmpty() ? b.isEmpty() : (b.isEmpty() || a <= b), qPrintable(a + u'|' + b));
        }
        QVERIFY(byPublisher.last().publisher.isEmpty());

        ArticleFilter text;
        text.text = QStringLiteral("trafficking women");
        const QList<SearchHit> hits = m_store.articles.search(text.text, 1000);
        QHash<qint64, double> rank;
        for (const SearchHit &h : hits)
            rank.insert(h.id, h.rank);
        const QList<ArticleSummary> relevant = everything(text, ArticleSort::Relevance);
        QVERIFY(relevant.size() > 3);
        QCOMPARE(relevant.size(), hits.size());
        QCOMPARE(rank.value(relevant.first().id), hits.first().rank);
        for (int i = 1; i < relevant.size(); ++i)
            QVERIFY(rank.value(relevant.at(i - 1).id) <= rank.value(relevant.at(i).id));
    }

    void facetsLeaveOutTheirOwnCriterion()
    {
        ArticleFilter f;
        f.region = QStringLiteral("039");
        f.section = ArticleFilter::Section::Archive;
        ArticleFilter withAll = f;
        withAll.topic = QStringLiteral("sexual-exploitation");
        withAll.publisher = QStringLiteral("OneWorldSee");
        withAll.yearFrom = 2004;
        withAll.yearTo = 2006;

        ArticleFilter noTopic = withAll;
        noTopic.topic.clear();
        const QList<FacetCount> topics = m_store.articles.topicFacets(withAll);
        QCOMPARE(facetText(topics), facetText(m_store.articles.topicFacets(noTopic)));
        QCOMPARE(topics.size(), referenceData().topics().size()); // zeros too, in table order
        int nonZero = 0;
        for (int i = 0; i < topics.size(); ++i) {
            QCOMPARE(topics.at(i).key, referenceData().topics().at(i).id);
            QCOMPARE(topics.at(i).label, referenceData().topics().at(i).label);
            ArticleFilter choose = noTopic;
            choose.topic = topics.at(i).key;
            QCOMPARE(topics.at(i).count, m_store.articles.countArticles(choose));
            nonZero += topics.at(i).count > 0 ? 1 : 0;
        }
        QVERIFY(nonZero > 1 && nonZero < topics.size());

        ArticleFilter noPublisher = withAll;
        noPublisher.publisher.clear();
        const QList<FacetCount> publishers = m_store.articles.publisherFacets(withAll);
        QCOMPARE(facetText(publishers), facetText(m_store.articles.publisherFacets(noPublisher)));
        QVERIFY(publishers.size() > 1);
        for (int i = 0; i < publishers.size(); ++i) {
            ArticleFilter choose = noPublisher;
            choose.publisher = publishers.at(i).key;
            QVERIFY(publishers.at(i).count > 0);
            QCOMPARE(publishers.at(i).count, m_store.articles.countArticles(choose));
            if (i > 0)
                QVERIFY(publishers.at(i - 1).count >= publishers.at(i).count);
        }

        ArticleFilter noYears = withAll;
        noYears.yearFrom = noYears.yearTo = 0;
        QCOMPARE(facetText(m_store.articles.yearFacets(withAll)), facetText(m_store.articles.yearFacets(noYears)));
        QVERIFY(!m_store.articles.yearFacets(withAll).isEmpty());

        const QList<FacetCount> years = m_store.articles.yearFacets({});
        int dated = 0;
        for (int i = 0; i < years.size(); ++i) {
            ArticleFilter choose;
            choose.yearFrom = choose.yearTo = years.at(i).key.toInt();
            QCOMPARE(years.at(i).count, m_store.articles.countArticles(choose));
            dated += years.at(i).count;
            if (i > 0)
                QVERIFY(years.at(i - 1).key.toInt() < years.at(i).key.toInt());
        }
        const auto undated
            = std::count_if(m_all.cbegin(), m_all.cend(), [](const Article &a) { return !a.date.isValid(); });
        QVERIFY(undated >= 2);
        QCOMPARE(dated, m_all.size() - undated);
    }

    void countryCharts()
    {
        ArticleFilter kosovo;
        kosovo.country = QStringLiteral("XK");
        const QList<FacetCount> topics = m_store.articles.topicCountsForCountry(kosovo.country);
        QVERIFY(!topics.isEmpty());
        for (int i = 0; i < topics.size(); ++i) {
            QVERIFY(topics.at(i).count > 0);
            if (i > 0)
                QVERIFY(topics.at(i - 1).count >= topics.at(i).count);
        }
        const QMap<int, int> years = m_store.articles.yearCountsForCountry(kosovo.country);
        int dated = 0;
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            dated += it.value();
        int expectedDated = 0;
        for (const Article &a : m_all)
            expectedDated += a.countries.contains(kosovo.country) && a.date.isValid() ? 1 : 0;
        QCOMPARE(dated, expectedDated);
        QVERIFY(m_store.articles.topicCountsForCountry(QStringLiteral("ZZ")).isEmpty());
    }

    void pageList()
    {
        const QList<QPair<QString, QString>> pages = m_store.catalogue.pageList();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).second, QStringLiteral("France"));
        QCOMPARE(pages.at(1).second, QStringLiteral("Serbia, Montenegro & Kosovo"));
    }

    void hostileInputsAreOnlyWords()
    {
        const int total = int(m_all.size());
        const QStringList hostile { QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("*"),
            QStringLiteral("NEAR(a b"), QStringLiteral("a OR"), QStringLiteral("AND"), QStringLiteral("NOT kosovo"),
            QStringLiteral("-x ^y"), QStringLiteral("title:kosovo"), QStringLiteral("{title body}: x"),
            QStringLiteral("\"unterminated"), QStringLiteral("'); DROP TABLE articles; --"), QStringLiteral("\\x00\\"),
            QString(QChar(0)), QStringLiteral("\u0301\u0301"), QStringLiteral("😀 🧨"), QStringLiteral("kosovo*"),
            QStringLiteral("(((((("), QString(5000, u'a'), QStringLiteral("a ").repeated(500), QStringLiteral("   ") };
        for (const QString &text : hostile) {
            ArticleFilter f;
            f.text = text;
            const int n = m_store.articles.countArticles(f);
            QCOMPARE(everything(f, ArticleSort::Relevance).size(), n);
            m_store.articles.topicFacets(f);
            m_store.articles.publisherFacets(f);
            m_store.articles.yearFacets(f);
            QVERIFY2(g_warnings.isEmpty(), qPrintable(text.left(40) + u": " + g_warnings.join(u'\n')));
        }
        ArticleFilter words; // a text without words filters nothing
        words.text = QStringLiteral("  \"*\" ()  ");
        QCOMPARE(m_store.articles.countArticles(words), total);
        ArticleFilter plain, quoted; // the syntax around a word is dropped, the word kept
        plain.text = QStringLiteral("kosovo");
        quoted.text = QStringLiteral("\"kosovo) -*:^{");
        QVERIFY(m_store.articles.countArticles(plain) > 0);
        QCOMPARE(m_store.articles.countArticles(quoted), m_store.articles.countArticles(plain));

        const QString injection = QStringLiteral("x' OR '1'='1");
        ArticleFilter f;
        f.country = injection;
        f.region = injection;
        f.pageKey = injection;
        f.topic = injection;
        f.publisher = injection;
        QCOMPARE(m_store.articles.countArticles(f), 0);
        QVERIFY(everything(f).isEmpty());
        QCOMPARE(m_store.articles.topicCountsForCountry(injection).size(), 0);
        QVERIFY(m_store.articles.yearCountsForCountry(injection).isEmpty());
        ArticleFilter huge;
        huge.yearFrom = std::numeric_limits<int>::max();
        huge.yearTo = std::numeric_limits<int>::max();
        QCOMPARE(m_store.articles.countArticles(huge), 0);
        QCOMPARE(m_store.catalogue.stats().articles, total);
    }
    // The views the reading pane shows, read from the library: the one core
    // function the window and the tests share.
    void profileViews_countTheArticlesTheListShows()
    {
        const CountryProfileView serbia
            = countryProfileView(m_store.catalogue, m_store.articles, QStringLiteral("RS"), QStringLiteral("Serbia"));
        QCOMPARE(serbia.code, QStringLiteral("RS"));
        QCOMPARE(serbia.name, QStringLiteral("Serbia"));
        QVERIFY(!serbia.profiles.isEmpty());
        for (const CountryProfile &p : serbia.profiles)
            QCOMPARE(p.country, QStringLiteral("RS"));
        QVERIFY(std::any_of(serbia.hotlines.cbegin(), serbia.hotlines.cend(),
            [](const Hotline &h) { return h.display == QStringLiteral("+381 11 3347817"); }));
        ArticleFilter f;
        f.country = QStringLiteral("RS");
        QCOMPARE(serbia.articleCount, int(expected(f).size()));
        int dated = 0;
        for (const int n : serbia.articlesByYear)
            dated += n;
        QVERIFY(dated > 0 && dated <= serbia.articleCount);
        QVERIFY(!serbia.caution.isEmpty());

        const auto page = m_store.catalogue.page(m_store.catalogue.pageKeys().first());
        QVERIFY(page.has_value());
        const CountryProfileView view = pageProfileView(m_store.articles, *page);
        QCOMPARE(view.name, page->title);
        QCOMPARE(view.profiles.size(), page->profiles.size());
        ArticleFilter byPage;
        byPage.pageKey = page->key;
        QCOMPARE(view.articleCount, int(expected(byPage).size()));
    }
};

QTEST_GUILESS_MAIN(LibraryBrowseTest)
#include "librarybrowse_test.moc"
