// Hostile input, end to end without a browser: every payload of the corpus in
// every field of a page goes through the real importer (PageParser::parseFile,
// LibraryImporter::importPage), is read back from the library and rendered as the
// app renders it; the output is re-parsed and must hold no active content while
// the payload's text survives, escaped. The page of 100,000 entries is in
// hostilemany_test.cpp.
#include "content/htmltemplate.h"
#include "hostilecorpus.h"
#include "hostilepages.h"
#include "htmlscan.h"
#include "import/pageparser.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Vigil;
using namespace Vigil::Test;
using Hostile::Field;

class HostileHtmlTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanner_flagsActiveContent_data();
    void scanner_flagsActiveContent();
    void scanner_flagsEveryRawPayload();
    void corpus_holdsEnoughDistinctPayloads();
    void seedPage_rendersClean();
    void corpus_everyPayloadInEveryField();
    void handMadePages_data();
    void handMadePages();
    void nulBytesPastTheBinaryProbe();
    void megabyteLines_data();
    void megabyteLines();

private:
    // Imports the page file, renders every document it gives and judges each;
    // returns the problems, one line each, prefixed with what was judged.
    QStringList importAndJudge(const QString &path, const QString &label, Hostile::RenderedPage *out = nullptr);
    QStringList judge(
        Test::TestLibrary &store, const Core::Page &page, const QString &label, Hostile::RenderedPage *out);

    QTemporaryDir m_dir;
    Test::TestLibrary m_store;
    std::unique_ptr<Core::PageParser> m_parser;
};

void HostileHtmlTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parser = std::make_unique<Core::PageParser>(referenceData());
    QString error;
    QVERIFY2(m_store.connection.open(
                 m_dir.filePath(QStringLiteral("hostile.sqlite")), Core::LibraryConnection::OpenMode::Create, &error),
        qPrintable(error));
    QVERIFY2(m_store.importer.writeReferenceData(referenceData(), &error), qPrintable(error));
}

void HostileHtmlTest::scanner_flagsActiveContent_data()
{
    QTest::addColumn<QString>("html");
    const QString head = QStringLiteral("<!DOCTYPE html><html><head><title>t</title></head><body>");
    const QString tail = QStringLiteral("</body></html>");
    for (const QString &raw :
        { QStringLiteral("<script>alert(1)</script>"), QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("<a href=\" java&#x09;script:alert(1)\">x</a>"),
            QStringLiteral("<a href=\"https://example.org/\">x</a>"), QStringLiteral("<p ONCLICK='x'>x</p>"),
            QStringLiteral("<iframe src=a></iframe>"), QStringLiteral("<object data=a></object>"),
            QStringLiteral("<embed src=a>"), QStringLiteral("<base href=a>"),
            QStringLiteral("<link rel=prefetch href=a>"), QStringLiteral("<meta http-equiv=refresh content=0>"),
            QStringLiteral("<svg onload=x>"), QStringLiteral("<math><mi xlink:href=data:x>x</mi></math>"),
            QStringLiteral("<p style=\"background:url(a)\">x</p>"), QStringLiteral("<style>@\\69mport 'a';</style>"),
            QStringLiteral("<style>a{background:u\\72l(a)}</style>"), QStringLiteral("<!--x-->"),
            QStringLiteral("a < b"), QStringLiteral("AT&T") }) {
        QTest::newRow(qPrintable(raw)) << head + raw + tail;
    }
}

void HostileHtmlTest::scanner_flagsActiveContent()
{
    // A judge that cannot see the payload would pass every case.
    QFETCH(QString, html);
    QVERIFY(!scanHtml(html).problems.isEmpty());
}

void HostileHtmlTest::scanner_flagsEveryRawPayload()
{
    // Each payload with markup in it, pasted unescaped, must be caught; but for
    // links into the app, which are allowed markup even when pasted raw.
    int markup = 0;
    for (const QString &payload : Hostile::payloads()) {
        if (!payload.contains(u'<') || payload.contains(QStringLiteral("href=\"vigil://")))
            continue;
        ++markup;
        const QString html = QStringLiteral("<!DOCTYPE html><html><head><title>t</title></head><body><p>") + payload
            + QStringLiteral("</p></body></html>");
        QVERIFY2(!scanHtml(html).problems.isEmpty(), qPrintable(payload));
    }
    QVERIFY(markup >= 120);
}

void HostileHtmlTest::corpus_holdsEnoughDistinctPayloads()
{
    const QStringList payloads = Hostile::payloads();
    QCOMPARE(QSet<QString>(payloads.cbegin(), payloads.cend()).size(), payloads.size());
    QVERIFY2(payloads.size() >= 320, qPrintable(QString::number(payloads.size())));
}

void HostileHtmlTest::seedPage_rendersClean()
{
    Hostile::RenderedPage rendered;
    const QStringList problems = importAndJudge(seedPagePath(), QStringLiteral("seed"), &rendered);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    QVERIFY(rendered.articles.size() >= 20);
}

void HostileHtmlTest::corpus_everyPayloadInEveryField()
{
    QElapsedTimer timer;
    timer.start();
    const QList<Hostile::Case> cases = Hostile::cases(9); // port 9: nobody listens here
    // Thousands of imports: the same store in memory, so the run does not wait on
    // fsync. The file-backed library takes the hand-made and the huge pages.
    Test::TestLibrary memory;
    QString error;
    QVERIFY2(memory.connection.open(QStringLiteral(":memory:"), Core::LibraryConnection::OpenMode::Create, &error),
        qPrintable(error));
    QVERIFY2(memory.importer.writeReferenceData(referenceData(), &error), qPrintable(error));
    QStringList failures;
    for (const Hostile::Case &c : cases) {
        const QString path = m_dir.filePath(c.pageKey + u".txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(c.text.toUtf8());
        file.close();

        const Core::PageParser::Result parsed = m_parser->parseFile(path);
        if (!parsed.ok) {
            failures << c.name + u": not imported: " + parsed.error;
            continue;
        }
        // The corpus must really put the payload where it says, or a pass proves nothing.
        const QString placed = Hostile::placementProblem(c, parsed.page);
        if (!placed.isEmpty())
            failures << c.name + u": " + placed;

        Hostile::RenderedPage rendered;
        for (const QString &p : judge(memory, parsed.page, c.name, &rendered))
            failures << p;
        for (const QString &p : Hostile::visibilityProblems(c, rendered))
            failures << c.name + u": " + p;
        QFile::remove(path);
    }
    qInfo("%lld cases (%lld payloads x %lld fields, link labels only for short payloads) in %.1f s",
        static_cast<long long>(cases.size()), static_cast<long long>(Hostile::payloads().size()),
        static_cast<long long>(Hostile::allFields().size()), timer.elapsed() / 1000.0);
    QVERIFY(cases.size() >= 300);
    QVERIFY2(failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 failures, first ones:\n").arg(failures.size()) + failures.mid(0, 30).join(u'\n')));
}

void HostileHtmlTest::handMadePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("imports");
    QTest::addColumn<bool>("utf8"); // else read in a legacy code page, with a warning
    QTest::addColumn<QStringList>("mustShow");
    QTest::addColumn<QString>("mustNotShow");
    QTest::newRow("broken UTF-8") << QStringLiteral("broken_utf8.txt") << true << false
                                  << QStringList { QStringLiteral("<script>alert(1)</script>") } << QString();
    // No byte of the file is '<': an overlong form must not become one.
    QTest::newRow("overlong UTF-8") << QStringLiteral("overlong_utf8.txt") << true << false
                                    << QStringList { QStringLiteral("Overlong") } << QStringLiteral("<");
    QTest::newRow("bidi and invisible characters")
        << QStringLiteral("bidi_controls.txt") << true << true
        << QStringList { QStringLiteral("Invoice \u202Egnp.exe\u202C for <script>"),
               QStringLiteral("\u2067<img src=x onerror=alert(1)>\u2069") }
        << QString();
    QTest::newRow("NUL bytes") << QStringLiteral("nul_bytes.txt") << false << false << QStringList() << QString();
}

void HostileHtmlTest::handMadePages()
{
    QFETCH(QString, file);
    QFETCH(bool, imports);
    QFETCH(bool, utf8);
    QFETCH(QStringList, mustShow);
    QFETCH(QString, mustNotShow);
    const QString path = testDataPath(u"hostile/" + file);
    const Core::PageParser::Result parsed = m_parser->parseFile(path);
    if (!imports) {
        // Refused whole, with a sentence that says why: never half-imported.
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.contains(QStringLiteral("binary")), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(!parsed.page.articles.isEmpty());
    const bool warned = std::any_of(parsed.page.warnings.cbegin(), parsed.page.warnings.cend(),
        [](const Core::ParseWarning &w) { return w.message.contains(QStringLiteral("read as")); });
    QCOMPARE(warned, !utf8);
    Hostile::RenderedPage rendered;
    const QStringList problems = importAndJudge(path, file, &rendered);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    const QString text = rendered.allText();
    for (const QString &literal : mustShow)
        QVERIFY2(text.contains(literal), qPrintable(literal));
    QVERIFY(mustNotShow.isEmpty() || !text.contains(mustNotShow));
    QVERIFY(!text.contains(QChar(0)));
}

void HostileHtmlTest::nulBytesPastTheBinaryProbe()
{
    // The binary check reads the first 64 KiB; NUL bytes after that reach the parser.
    QByteArray bytes = Hostile::pageWith(Field::Background, QString(70 * 1024, u'x')).toUtf8();
    // The literals' own lengths, NUL bytes included (a count written by hand once
    // read past the end of one).
    const auto withNuls = [](const auto &literal) { return QByteArray(literal, qsizetype(sizeof(literal)) - 1); };
    bytes.replace("Featured report", withNuls("Featured\0<script>\0report"));
    bytes.replace("*** ARCHIVES ***",
        withNuls("*** ARCHIVES ***\n\nNUL\0<b>title\n\nNUL\0byline, 2001\n\n[accessed 1 May 2010]\n\n\0\0\0"));
    const QString path = m_dir.filePath(QStringLiteral("nul-late.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    Hostile::RenderedPage rendered;
    const QStringList problems = importAndJudge(path, QStringLiteral("nul-late"), &rendered);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    QVERIFY(!rendered.articles.isEmpty());
    for (const QString &html : rendered.all())
        QVERIFY(!html.contains(QChar(0)));
    QVERIFY(rendered.allText().contains(QStringLiteral("Featured <script> report")));
}

void HostileHtmlTest::megabyteLines_data()
{
    QTest::addColumn<int>("field");
    for (const Field f : { Field::PageTitle, Field::Background, Field::Hotline, Field::Title, Field::Byline,
             Field::Accessed, Field::Note, Field::Paragraph, Field::Citation })
        QTest::newRow(qPrintable(Hostile::fieldName(f))) << static_cast<int>(f);
}

void HostileHtmlTest::megabyteLines()
{
    QFETCH(int, field);
    const Field f = static_cast<Field>(field);
    // Every payload, over and over, on one line of a megabyte.
    QString line;
    const QString all
        = Hostile::payloads().join(u' ').replace(QStringLiteral("{{URL}}"), Hostile::urlFor(9, QStringLiteral("mb")));
    while (line.size() < 1024 * 1024)
        line += all + u' ';
    Hostile::Case c;
    c.name = u"mb-" + Hostile::fieldName(f);
    c.field = f;
    c.payload = line;
    c.pageKey = c.name;
    c.text = Hostile::pageWith(f, line);
    const QString path = m_dir.filePath(c.name + u".txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(c.text.toUtf8());
    file.close();

    QElapsedTimer timer;
    timer.start();
    const Core::PageParser::Result parsed = m_parser->parseFile(path);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    const QString placed = Hostile::placementProblem(c, parsed.page);
    QVERIFY2(placed.isEmpty(), qPrintable(placed.left(300)));
    Hostile::RenderedPage rendered;
    QStringList problems = importAndJudge(path, c.name, &rendered);
    // An entry's fields are cut for the reading pane beyond a size no real one
    // reaches (articlerenderer.cpp): there the start of the line shows, and the
    // document says that the entry was cut.
    const bool entryField = f == Field::Title || f == Field::Byline || f == Field::Note || f == Field::Paragraph;
    Hostile::Case shown = c;
    if (entryField) {
        shown.payload = line.left(900);
        if (!rendered.allText().contains(QStringLiteral("This entry is too long to show whole")))
            problems << QStringLiteral("the cut entry does not say so");
    }
    problems << Hostile::visibilityProblems(shown, rendered);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n').left(3000)));
    qInfo("1 MiB %s line: imported, rendered and judged in %.1f s", qPrintable(c.name), timer.elapsed() / 1000.0);
    QVERIFY2(timer.elapsed() < 60000, "a megabyte line must not stall the importer");
}

QStringList HostileHtmlTest::importAndJudge(const QString &path, const QString &label, Hostile::RenderedPage *out)
{
    const Core::PageParser::Result parsed = m_parser->parseFile(path);
    if (!parsed.ok)
        return { label + u": not imported: " + parsed.error };
    return judge(m_store, parsed.page, label, out);
}

QStringList HostileHtmlTest::judge(
    Test::TestLibrary &store, const Core::Page &page, const QString &label, Hostile::RenderedPage *out)
{
    QString error;
    if (!store.importer.importPage(page, &error))
        return { label + u": importPage failed: " + error };
    QList<qint64> ids;
    for (const Core::Article &a : page.articles)
        ids << a.id;
    const Hostile::RenderedPage rendered = Hostile::renderFromLibrary(store, page.key, ids);
    static const QString style = Core::HtmlFragment::resource(QStringLiteral("style.css")).toString();
    const QStringList names = rendered.names();
    QStringList problems;
    for (qsizetype i = 0; i < rendered.scans.size(); ++i) {
        const HtmlScan &scan = rendered.scans.at(i);
        for (const QString &p : scan.problems)
            problems << QStringLiteral("%1 %2: %3").arg(label, names.at(i), p);
        if (scan.styles != QStringList { u'\n' + style + u'\n' })
            problems << QStringLiteral("%1 %2: the stylesheet is not ours alone").arg(label, names.at(i));
    }
    if (out)
        *out = rendered;
    return problems;
}

QTEST_GUILESS_MAIN(HostileHtmlTest)

#include "hostilehtml_test.moc"
