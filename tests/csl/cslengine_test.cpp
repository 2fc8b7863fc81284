// Citations in a CSL style, as a student copies them: the style chooser finds the
// styles by name, the engine writes an entry with its italics, and a style that
// cannot be used says so instead of writing nothing.
#include "bibliographywriter.h"
#include "citationformatter.h"
#include "cslengine.h"
#include "cslstylecatalog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Csl;

namespace {

QJsonObject reportItem(const QString &id)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("type"), QStringLiteral("report") },
        { QStringLiteral("title"), QStringLiteral("Trafficking in Persons Report") },
        { QStringLiteral("author"),
            QJsonArray { QJsonObject { { QStringLiteral("literal"), QStringLiteral("U.S. Department of State") } } } },
        { QStringLiteral("issued"),
            QJsonObject { { QStringLiteral("date-parts"), QJsonArray { QJsonArray { 2005, 6 } } } } } };
}

QJsonObject newsItem(const QString &id, const QString &family = QStringLiteral("Đorđević"))
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("type"), QStringLiteral("article-newspaper") },
        { QStringLiteral("title"), QStringLiteral("Women rescued in Belgrade") },
        { QStringLiteral("author"),
            QJsonArray { QJsonObject {
                { QStringLiteral("family"), family }, { QStringLiteral("given"), QStringLiteral("Ana") } } } },
        { QStringLiteral("container-title"), QStringLiteral("B92") },
        { QStringLiteral("issued"),
            QJsonObject { { QStringLiteral("date-parts"), QJsonArray { QJsonArray { 2004, 3, 9 } } } } } };
}

} // namespace

class CslEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue_offersTheDefaultsFirst();
    void catalogue_findsByIdFileNameTitleAndPath();
    void catalogue_searchMatchesEveryWord();
    void catalogue_withoutInstalledStyles_stillHasTheDefaults();
    void engine_writesApaWithItalics();
    void engine_writesEveryDefaultStyle();
    void engine_sortsTheBibliographyByTheStyle();
    void engine_unknownStyle_saysSo();
    void engine_brokenStyle_saysSoAndKeepsWorking();
    void writer_rtfKeepsItalicsAndEscapes();
    void writer_plainTextAndHtmlHoldEveryEntry();
    void formatter_formatsOffThreadAndCaches();
    void formatter_dropsStaleAnswers();
    void formatter_closing_doesNotWaitForAStyleToLoad();

private:
    QTemporaryDir m_dir;
    QString m_stylesDir;
    QString m_localesDir;
};

void CslEngineTest::initTestCase()
{
    // An installed folder of our own: two styles, one broken, and a dependent one that is skipped.
    QVERIFY(m_dir.isValid());
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("styles/dependent")));
    QVERIFY(dir.mkpath(QStringLiteral("locales")));
    m_stylesDir = dir.filePath(QStringLiteral("styles"));
    m_localesDir = dir.filePath(QStringLiteral("locales"));
    QFile apa(QStringLiteral(":/vigil/csl/styles/apa.csl"));
    QVERIFY(apa.open(QIODevice::ReadOnly));
    QString xml = QString::fromUtf8(apa.readAll());
    xml.replace(QStringLiteral("<title>American Psychological Association 7th edition</title>"),
        QStringLiteral("<title>Zeitschrift f&#252;r Testen</title>"));
    QFile copy(QDir(m_stylesDir).filePath(QStringLiteral("zeitschrift-test.csl")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(xml.toUtf8());
    copy.close();
    QFile broken(QDir(m_stylesDir).filePath(QStringLiteral("broken.csl")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("<?xml version=\"1.0\"?><style><info><title>Broken style</title></info><citation>");
    broken.close();
    QFile dependent(QDir(m_stylesDir).filePath(QStringLiteral("dependent/child.csl")));
    QVERIFY(dependent.open(QIODevice::WriteOnly));
    dependent.write("<style><info><title>Child</title></info></style>");
}

void CslEngineTest::catalogue_offersTheDefaultsFirst()
{
    const CslStyleCatalog catalog(m_stylesDir, m_localesDir);
    const QList<CslStyle> styles = catalog.styles();
    QCOMPARE(styles.size(), 7);
    const QStringList defaults = CslStyleCatalog::defaultStyleIds();
    for (qsizetype i = 0; i < defaults.size(); ++i) {
        QCOMPARE(styles.at(i).id, defaults.at(i));
        QVERIFY(styles.at(i).bundled);
    }
    QCOMPARE(styles.at(0).title, QStringLiteral("American Psychological Association 7th edition"));
    QCOMPARE(styles.at(5).title, QStringLiteral("Broken style"));
    QCOMPARE(styles.at(6).title, QStringLiteral("Zeitschrift für Testen"));
}

void CslEngineTest::catalogue_findsByIdFileNameTitleAndPath()
{
    const CslStyleCatalog catalog(m_stylesDir, m_localesDir);
    QCOMPARE(catalog.find(QStringLiteral("apa"))->id, QStringLiteral("apa"));
    QCOMPARE(catalog.find(QStringLiteral("modern-language-association.csl"))->title,
        QStringLiteral("Modern Language Association 9th edition"));
    QCOMPARE(catalog.find(QStringLiteral("zeitschrift für testen"))->id, QStringLiteral("zeitschrift-test"));
    const QString path = QDir(m_stylesDir).filePath(QStringLiteral("zeitschrift-test.csl"));
    QCOMPARE(catalog.find(path)->path, path);
    QVERIFY(!catalog.find(QStringLiteral("no-such-style")));
    QVERIFY(!catalog.find(QStringLiteral("child")));
    QVERIFY(!catalog.find(QStringLiteral("../styles/apa")));
    QVERIFY(!catalog.find(QString()));
}

void CslEngineTest::catalogue_searchMatchesEveryWord()
{
    const CslStyleCatalog catalog(m_stylesDir, m_localesDir);
    QStringList ids;
    for (const CslStyle &style : catalog.search(QStringLiteral("chicago NOTE")))
        ids << style.id;
    QCOMPARE(ids, QStringList { QStringLiteral("chicago-note-bibliography") });
    QCOMPARE(catalog.search(QStringLiteral("fur")).size(), 1); // accents ignored
    QCOMPARE(catalog.search(QString()).size(), 7);
}

void CslEngineTest::catalogue_withoutInstalledStyles_stillHasTheDefaults()
{
    const CslStyleCatalog catalog(m_dir.filePath(QStringLiteral("absent")), m_dir.filePath(QStringLiteral("absent")));
    QCOMPARE(catalog.styles().size(), 5);
    QVERIFY(!catalog.localeXml(QStringLiteral("en-US")).isEmpty());
    QVERIFY(!catalog.localeXml(QStringLiteral("en-GB")).isEmpty());
    QVERIFY(catalog.localeXml(QStringLiteral("../en-US")).isEmpty());
}

void CslEngineTest::engine_writesApaWithItalics()
{
    CslEngine engine(CslStyleCatalog(m_stylesDir, m_localesDir));
    QVERIFY2(engine.load(), qPrintable(engine.loadError()));
    const CslResult result = engine.bibliography(QStringLiteral("apa"), { reportItem(QStringLiteral("state2005")) });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries.size(), 1);
    QCOMPARE(result.entries.at(0).id, QStringLiteral("state2005"));
    QCOMPARE(
        result.entries.at(0).text, QStringLiteral("U.S. Department of State. (2005). Trafficking in Persons Report."));
    QCOMPARE(result.entries.at(0).html,
        QStringLiteral("U.S. Department of State. (2005). <i>Trafficking in Persons Report</i>."));
}

void CslEngineTest::engine_writesEveryDefaultStyle()
{
    CslEngine engine(CslStyleCatalog(m_stylesDir, m_localesDir));
    for (const QString &style : CslStyleCatalog::defaultStyleIds()) {
        const CslResult result = engine.bibliography(style, { newsItem(QStringLiteral("b92")) });
        QVERIFY2(result.ok(), qPrintable(style + u": " + result.error));
        QCOMPARE(result.entries.size(), 1);
        QVERIFY2(result.entries.at(0).text.contains(QStringLiteral("Đorđević")), qPrintable(result.entries.at(0).text));
        QVERIFY2(result.entries.at(0).text.contains(QStringLiteral("Women rescued in Belgrade"), Qt::CaseInsensitive),
            qPrintable(result.entries.at(0).text));
        QVERIFY2(
            result.entries.at(0).html.contains(QStringLiteral("<i>B92</i>")), qPrintable(result.entries.at(0).html));
    }
    // The installed copy of a style formats as the bundled one does.
    const CslResult copy = engine.bibliography(QStringLiteral("zeitschrift-test"), { reportItem(QStringLiteral("r")) });
    QCOMPARE(copy.entries.at(0).text,
        engine.bibliography(QStringLiteral("apa"), { reportItem(QStringLiteral("r")) }).entries.at(0).text);
}

void CslEngineTest::engine_sortsTheBibliographyByTheStyle()
{
    CslEngine engine(CslStyleCatalog(m_stylesDir, m_localesDir));
    const CslResult result = engine.bibliography(QStringLiteral("apa"),
        { reportItem(QStringLiteral("state")), newsItem(QStringLiteral("news"), QStringLiteral("Adams")) });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(0).id, QStringLiteral("news")); // Adams before U.S. Department of State
    QCOMPARE(result.entries.at(1).id, QStringLiteral("state"));
}

void CslEngineTest::engine_unknownStyle_saysSo()
{
    CslEngine engine(CslStyleCatalog(m_stylesDir, m_localesDir));
    const CslResult result = engine.bibliography(QStringLiteral("no-such-style"), { reportItem(QStringLiteral("r")) });
    QVERIFY(!result.ok());
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("no-such-style")), qPrintable(result.error));
}

void CslEngineTest::engine_brokenStyle_saysSoAndKeepsWorking()
{
    CslEngine engine(CslStyleCatalog(m_stylesDir, m_localesDir));
    const CslResult broken = engine.bibliography(QStringLiteral("broken"), { reportItem(QStringLiteral("r")) });
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.contains(QStringLiteral("broken")), qPrintable(broken.error));
    const CslResult apa = engine.bibliography(QStringLiteral("apa"), { reportItem(QStringLiteral("r")) });
    QVERIFY2(apa.ok(), qPrintable(apa.error));
    QCOMPARE(apa.entries.size(), 1);
}

void CslEngineTest::writer_rtfKeepsItalicsAndEscapes()
{
    const CslEntry entry { QStringLiteral("x"), {}, QStringLiteral("Đ &#38; {a}\\ <i>Title</i> &lt;x&gt; 😀") };
    const QString rtf = BibliographyWriter::rtf({ entry });
    QVERIFY(rtf.startsWith(QStringLiteral("{\\rtf1")));
    QVERIFY(rtf.endsWith(QStringLiteral("}\n")));
    QVERIFY2(
        rtf.contains(QStringLiteral("\\u272? & \\{a\\}\\\\ \\i Title\\i0  <x> \\u-10179?\\u-8704?")), qPrintable(rtf));
    // Bad markup is text, not a crash.
    QCOMPARE(BibliographyWriter::rtfFromHtml(QStringLiteral("a < b &bogus c &#99999999;")),
        QStringLiteral("a < b &bogus c &#99999999;"));
}

void CslEngineTest::writer_plainTextAndHtmlHoldEveryEntry()
{
    const QList<CslEntry> entries { { QStringLiteral("a"), QStringLiteral("One."), QStringLiteral("<i>One</i>.") },
        { QStringLiteral("b"), QStringLiteral("Two & more."), QStringLiteral("Two &#38; more.") } };
    QCOMPARE(BibliographyWriter::plainText(entries), QStringLiteral("One.\n\nTwo & more.\n"));
    QCOMPARE(BibliographyWriter::htmlFragment(entries),
        QStringLiteral("<div class=\"csl-bib-body\">\n  <div class=\"csl-entry\"><i>One</i>.</div>\n"
                       "  <div class=\"csl-entry\">Two &#38; more.</div>\n</div>\n"));
    QVERIFY(BibliographyWriter::htmlDocument(entries, QStringLiteral("A <b>"))
                .contains(QStringLiteral("<title>A &lt;b&gt;</title>")));
    QVERIFY(BibliographyWriter::plainText({}).isEmpty());
}

void CslEngineTest::formatter_formatsOffThreadAndCaches()
{
    CitationFormatter formatter(m_stylesDir, m_localesDir);
    QSignalSpy formatted(&formatter, &CitationFormatter::formatted);
    QVERIFY(!formatter.cached(QStringLiteral("apa"), 7));
    const quint64 token = formatter.request(QStringLiteral("apa"), 7, reportItem(QStringLiteral("r")));
    QVERIFY(formatted.wait(30000));
    QCOMPARE(formatted.at(0).at(0).toULongLong(), token);
    QCOMPARE(formatted.at(0).at(2).toLongLong(), qint64(7));
    const std::optional<CslEntry> cached = formatter.cached(QStringLiteral("apa"), 7);
    QVERIFY(cached);
    QCOMPARE(cached->html, QStringLiteral("U.S. Department of State. (2005). <i>Trafficking in Persons Report</i>."));
    QVERIFY(!formatter.cached(QStringLiteral("modern-language-association"), 7));

    QSignalSpy failed(&formatter, &CitationFormatter::failed);
    formatter.request(QStringLiteral("broken"), 7, reportItem(QStringLiteral("r")));
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.at(0).at(3).toString().contains(QStringLiteral("broken")));
}

void CslEngineTest::formatter_dropsStaleAnswers()
{
    CitationFormatter formatter(m_stylesDir, m_localesDir);
    QSignalSpy formatted(&formatter, &CitationFormatter::formatted);
    formatter.request(QStringLiteral("apa"), 1, reportItem(QStringLiteral("a")));
    formatter.request(QStringLiteral("apa"), 2, newsItem(QStringLiteral("b")));
    const quint64 last
        = formatter.request(QStringLiteral("modern-language-association"), 2, newsItem(QStringLiteral("b")));
    QTRY_VERIFY_WITH_TIMEOUT(formatter.cached(QStringLiteral("modern-language-association"), 2).has_value(), 30000);
    QCOMPARE(formatted.size(), 1);
    QCOMPARE(formatted.at(0).at(0).toULongLong(), last);
    // The older answers were not shown but are kept for when the reader returns.
    QVERIFY(formatter.cached(QStringLiteral("apa"), 1));
    QVERIFY(formatter.cached(QStringLiteral("apa"), 2));
}

void CslEngineTest::formatter_closing_doesNotWaitForAStyleToLoad()
{
    // How long a first APA citation takes here: engine, style (the largest default), entry.
    QElapsedTimer timer;
    timer.start();
    {
        CitationFormatter formatter(m_stylesDir, m_localesDir);
        QSignalSpy formatted(&formatter, &CitationFormatter::formatted);
        formatter.request(QStringLiteral("apa"), 1, reportItem(QStringLiteral("a")));
        QVERIFY(formatted.wait(60000));
    }
    const qint64 first = timer.elapsed();
    // Closed while the style loads (the engine starts in the first tenth or so).
    auto formatter = std::make_unique<CitationFormatter>(m_stylesDir, m_localesDir);
    formatter->request(QStringLiteral("apa"), 1, reportItem(QStringLiteral("a")));
    QTest::qWait(int(first * 3 / 10));
    timer.restart();
    formatter.reset();
    QVERIFY2(timer.elapsed() < first / 2,
        qPrintable(QStringLiteral("closing took %1 ms, a first citation %2 ms").arg(timer.elapsed()).arg(first)));
}

QTEST_GUILESS_MAIN(CslEngineTest)
#include "cslengine_test.moc"
