// A hotline's source is read by people deciding whether to trust a number: it
// names the page and its section in words, by the title the library shows,
// never a file, a page key or a line number.
#include "content/htmlescape.h"
#include "content/profilerenderer.h"
#include "reference/curatedhotlines.h"
#include "seedlibrary.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::TestLibrary;

namespace {

QString curatedFile()
{
    return QStringLiteral(VIGIL_SOURCE_DATA_DIR "/hotlines.json");
}

// What a developer's record would leak into the window.
QString developerTextIn(const QString &source, const QString &pageKey)
{
    static const QRegularExpression fileOrLine(QStringLiteral("\\.(txt|json|html?)\\b|\\blines?\\s+\\d|data/|sources/"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fileOrLine.match(source); m.hasMatch())
        return m.captured();
    if (!pageKey.isEmpty() && source.contains(pageKey))
        return pageKey;
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class HotlineSourceTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void pageHotlines_nameThePageAndSection();
    void curatedHotlines_nameThePageByItsTitleInTheLibrary();
    void curatedFile_refusesAFileOrLineForReaders();
    void curatedPageMissing_isRefusedAndChangesNothing();
};

void HotlineSourceTest::pageHotlines_nameThePageAndSection()
{
    const PageParser::Result r = PageParser(Vigil::Test::referenceData()).parseFile(Vigil::Test::seedPagePath());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.page.hotlines.isEmpty());
    for (const Hotline &h : r.page.hotlines) {
        QVERIFY2(h.source.contains(u"“" + r.page.title + u"”"), qPrintable(h.source));
        QVERIFY2(h.source.contains(QStringLiteral("Help for victims")), qPrintable(h.source));
        QVERIFY2(developerTextIn(h.source, r.page.key).isEmpty(), qPrintable(h.source));
    }
}

void HotlineSourceTest::curatedHotlines_nameThePageByItsTitleInTheLibrary()
{
    QTemporaryDir dir;
    const QString path = Vigil::Test::buildSeedLibrary(dir.path());
    QList<CuratedHotline> curated;
    QString error;
    QVERIFY2(loadCuratedHotlines(curatedFile(), &curated, &error), qPrintable(error));
    QVERIFY(!curated.isEmpty());

    TestLibrary store;
    QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
    QVERIFY2(store.importer.importCuratedEntries(curated, &error), qPrintable(error));

    const QList<Hotline> all = store.catalogue.hotlines();
    QVERIFY(!all.isEmpty());
    for (const CuratedHotline &c : std::as_const(curated)) {
        if (c.page.isEmpty())
            continue;
        const std::optional<Page> page = store.catalogue.page(c.page);
        QVERIFY(page);
        // The hotline as the window reads it for its country: curated ones come first.
        const QList<Hotline> shown = store.catalogue.hotlines(c.hotline.country);
        QVERIFY(!shown.isEmpty());
        const Hotline &h = shown.first();
        QCOMPARE(h.e164, c.hotline.e164);
        QVERIFY2(h.source.contains(u"“" + page->title + u"”"), qPrintable(h.source));
        QVERIFY2(h.source.contains(c.section), qPrintable(h.source));
    }
    // Nothing a reader sees, in the profile or in All hotlines, names a file or a line.
    const QString html = ProfileRenderer::renderAllHotlines(all, {}, RenderOptions {});
    for (const Hotline &h : all) {
        QVERIFY2(developerTextIn(h.source, QStringLiteral("000_")).isEmpty(), qPrintable(h.source));
        QVERIFY2(html.contains(escapeText(h.source)), qPrintable(h.source));
        if (h.asOf.isValid())
            QVERIFY(html.contains(escapeText(QString(h.source + u"; its reports run to " + h.asOf.toDisplay()))));
    }
    QVERIFY2(developerTextIn(html, QStringLiteral("000_")).isEmpty(), qPrintable(developerTextIn(html, QString())));
}

void HotlineSourceTest::curatedFile_refusesAFileOrLineForReaders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hotlines.json"));
    const QByteArray entry = R"({"hotlines": [{"country": "RS", "label": "SOS", "number": "+381113347817",
        "as_of": "2025", %1}]})";
    QList<CuratedHotline> curated;
    QString error;

    QVERIFY(writeFile(path, QByteArray(entry).replace("%1", R"("source": "data/sources/000_x.txt, lines 56-58")")));
    QVERIFY(!loadCuratedHotlines(path, &curated, &error));
    QVERIFY2(error.contains(QStringLiteral("evidence")), qPrintable(error));

    QVERIFY(writeFile(path, QByteArray(entry).replace("%1", R"("evidence": "lines 56-58")")));
    QVERIFY(!loadCuratedHotlines(path, &curated, &error)); // a number with no source for readers

    QVERIFY(writeFile(path,
        QByteArray(entry).replace(
            "%1", R"("page": "000_x", "section": "Help for victims", "evidence": "000_x.txt, lines 56-58")")));
    QVERIFY2(loadCuratedHotlines(path, &curated, &error), qPrintable(error));
    QCOMPARE(curated.size(), 1);
    QCOMPARE(curated.first().page, QStringLiteral("000_x"));
    QVERIFY(curated.first().hotline.source.isEmpty()); // written on import, from the library
}

void HotlineSourceTest::curatedPageMissing_isRefusedAndChangesNothing()
{
    QTemporaryDir dir;
    const QString path = Vigil::Test::buildSeedLibrary(dir.path());
    TestLibrary store;
    QString error;
    QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
    const QList<Hotline> before = store.catalogue.hotlines();

    Hotline h;
    h.country = QStringLiteral("ME");
    h.label = QStringLiteral("Helpline");
    h.e164 = QStringLiteral("+38220000000");
    h.display = QStringLiteral("+382 20 000 000");
    h.asOf = PartialDate::ofYear(2024);
    QVERIFY(!store.importer.importCuratedEntries({ { h, QStringLiteral("no-such-page"), QString() } }, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-page")), qPrintable(error));
    QCOMPARE(store.catalogue.hotlines().size(), before.size());
}

QTEST_GUILESS_MAIN(HotlineSourceTest)
#include "hotlinesource_test.moc"
