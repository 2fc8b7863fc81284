#include "export/articlejson.h"
#include "import/htmlpagereader.h"
#include "import/pageparser.h"
#include "testsupport.h"
#include "variants/pagevariants.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using namespace Vigil::Test;

namespace {

// The characters Windows-1252 puts at 0x80..0x9F (0 where it has none).
constexpr char16_t Windows1252High[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };

enum class Charset { Windows1252, Utf8 };

// Markup as a hand-made page of the 2000s has it: entities for markup characters
// and no-break spaces, numeric references for what the code page lacks.
QByteArray encodeText(const QString &text, Charset charset)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'&')
            out += "&amp;";
        else if (u == u'<')
            out += "&lt;";
        else if (u == u'>')
            out += "&gt;";
        else if (u == 0x00A0)
            out += "&nbsp;";
        else if (u < 0x80)
            out += char(u);
        else if (charset == Charset::Utf8)
            out += QString(c).toUtf8();
        else if (u >= 0xA0 && u <= 0xFF)
            out += char(u);
        else {
            const char16_t *hit = std::find(std::begin(Windows1252High), std::end(Windows1252High), u);
            if (hit != std::end(Windows1252High))
                out += char(0x80 + (hit - std::begin(Windows1252High)));
            else
                out += "&#" + QByteArray::number(int(u)) + ';';
        }
    }
    return out;
}

// The page's text as HTML written by hand: a layout table, the menu in cells of
// its own row, <font> tags, paragraphs ended by <br><br> or <p>, double blanks
// written as "&nbsp; ", a script and a style that carry no text.
QByteArray handMadeHtml(const QString &pageText, Charset charset, bool declare)
{
    QByteArray html = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD>\n";
    if (declare)
        html += charset == Charset::Utf8
            ? "<META charset=\"utf-8\">\n"
            : "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">\n";
    html += "<TITLE>Human Trafficking</TITLE>\n<STYLE>td { font-size: 10pt }</STYLE>\n"
            "<SCRIPT language=\"JavaScript\">var hits = 0; // counter</SCRIPT>\n</HEAD>\n"
            "<BODY bgcolor=\"#FFFFFF\">\n<TABLE width=\"100%\" border=0 cellpadding=4>\n";
    const QStringList lines = pageText.split(u'\n');
    bool menu = true;
    int n = 0;
    html += "<TR>";
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        line.replace(QStringLiteral("  "), QStringLiteral("\u00A0 "));
        const QByteArray text = encodeText(line, charset);
        if (menu) {
            html += "<TD><FONT face=\"Arial\" size=1><A href=\"index.htm\">" + text + "</A></FONT></TD>";
            if (line.contains(QStringLiteral("Street Children"))) {
                menu = false;
                html += "</TR>\n<TR><TD colspan=3>\n";
            }
            continue;
        }
        if (line.startsWith(QStringLiteral("Description:"))) {
            html += "<IMG src=\"map.gif\" alt=\"" + text + "\" width=120><BR>\n";
            continue;
        }
        switch (n++ % 3) {
        case 0:
            html += "<FONT face=\"Verdana\" size=\"2\"><B>" + text + "</B></FONT><BR><BR>\n";
            break;
        case 1:
            html += "<P><FONT size=2>" + text + "</FONT></P>\n";
            break;
        default:
            html += "<font face=arial>" + text + "<br>\n<br>\n</font>";
            break;
        }
    }
    html += "</TD></TR></TABLE>\n<!-- hit counter --></BODY></HTML>\n";
    return html;
}

// A parse as JSON without what depends on where a line stands in the file.
QJsonValue withoutLines(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        o.remove(QStringLiteral("line"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutLines(*it);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = withoutLines(*it);
        return a;
    }
    return value;
}

QJsonValue comparable(const Page &page)
{
    return withoutLines(Json::page(page, true));
}

QString seedText()
{
    QFile f(seedPagePath());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class HtmlImportTest : public QObject
{
    Q_OBJECT

private slots:
    void seed_htmlAndTextGiveTheSameParse_data();
    void seed_htmlAndTextGiveTheSameParse();
    void variants_htmlAndTextGiveTheSameParse();
    void charset_comesFromBomMetaOrEvidence();
    void markup_endsLinesAndDropsScripts();
    void hostileHtml_givesAParseOrAClearError();
};

void HtmlImportTest::seed_htmlAndTextGiveTheSameParse_data()
{
    QTest::addColumn<int>("charset");
    QTest::addColumn<bool>("declare");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("windows-1252, declared") << int(Charset::Windows1252) << true << QStringLiteral("htm");
    QTest::newRow("windows-1252, by evidence") << int(Charset::Windows1252) << false << QStringLiteral("html");
    QTest::newRow("UTF-8, declared") << int(Charset::Utf8) << true << QStringLiteral("html");
    QTest::newRow("UTF-8, by evidence") << int(Charset::Utf8) << false << QStringLiteral("HTML");
}

void HtmlImportTest::seed_htmlAndTextGiveTheSameParse()
{
    QFETCH(int, charset);
    QFETCH(bool, declare);
    QFETCH(QString, suffix);
    const PageParser parser(referenceData());
    const PageParser::Result text = parser.parseFile(seedPagePath());
    QVERIFY2(text.ok, qPrintable(text.error));

    QTemporaryDir dir;
    const QString path = dir.filePath(QFileInfo(seedPagePath()).completeBaseName() + u'.' + suffix);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(handMadeHtml(seedText(), Charset(charset), declare));
    out.close();
    const PageParser::Result html = parser.parseFile(path);
    QVERIFY2(html.ok, qPrintable(html.error));
    QCOMPARE(html.page.articles.size(), 32);
    QCOMPARE(comparable(html.page), comparable(text.page));
}

void HtmlImportTest::variants_htmlAndTextGiveTheSameParse()
{
    QString error;
    const SeedModel seed = SeedModel::load(seedPagePath(), testDataPath(QStringLiteral("seed_expected.json")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PageParser parser(referenceData());
    QSet<QString> classes;
    int compared = 0;
    for (const PageVariant &v : PageVariantGenerator(seed).generate()) {
        // One of each class, and only classes whose change survives HTML (line ends,
        // runs of blanks and no-break spaces are the markup's own business).
        if (classes.contains(v.variantClass) || v.variantClass == u"line ends" || v.variantClass == u"blanks")
            continue;
        classes.insert(v.variantClass);
        const HtmlPageReader::Result html = HtmlPageReader::read(handMadeHtml(v.text, Charset::Windows1252, true));
        QVERIFY2(html.ok, qPrintable(html.error));
        const PageParser::Result fromHtml = parser.parseText(html.text, QStringLiteral("variant"));
        const PageParser::Result fromText = parser.parseText(v.text, QStringLiteral("variant"));
        QVERIFY(fromHtml.ok && fromText.ok);
        if (comparable(fromHtml.page) != comparable(fromText.page))
            QFAIL(qPrintable(QStringLiteral("%1 (%2): the HTML parses differently").arg(v.variantClass, v.name)));
        ++compared;
    }
    QVERIFY(compared >= 8);
}

void HtmlImportTest::charset_comesFromBomMetaOrEvidence()
{
    const QString line = QStringLiteral("PRIŠTINA “quoted” – 6 May 2004");
    const QByteArray body = "<p>" + encodeText(line, Charset::Utf8) + "</p>";
    // A byte-order mark wins over a wrong declaration.
    HtmlPageReader::Result r = HtmlPageReader::read(
        "\xEF\xBB\xBF<html><head><meta charset=\"windows-1252\"></head><body>" + body + "</body></html>");
    QVERIFY(r.ok);
    QCOMPARE(r.text.trimmed(), line);
    // Latin-1 declared is read as Windows-1252, as browsers do.
    r = HtmlPageReader::read("<html><head><meta http-equiv=content-type content='text/html; charset=ISO-8859-1'>"
                             "</head><body><p>"
        + encodeText(line, Charset::Windows1252) + "</p></body></html>");
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(r.text.trimmed(), line);
    // No declaration: valid UTF-8 is UTF-8.
    r = HtmlPageReader::read("<html><body>" + body + "</body></html>");
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.text.trimmed(), line);
    QVERIFY(r.wrongDeclaration.isEmpty());
    // A leftover declaration over UTF-8 bytes: the bytes win, and it is said.
    r = HtmlPageReader::read(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" + body
        + "</body></html>");
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.text.trimmed(), line);
    QCOMPARE(r.wrongDeclaration, QStringLiteral("windows-1252"));
}

void HtmlImportTest::markup_endsLinesAndDropsScripts()
{
    const HtmlPageReader::Result r = HtmlPageReader::read(
        "<html><head><title>T</title><script>alert(1)</script><style>p{}</style></head><body>"
        "<table><tr><td>Cell&nbsp;one</td><td>Cell two</td></tr></table>"
        "Line <b>one</b><br>Line&nbsp;&nbsp;two<br><br><img alt=\"Description: Serbia\" src=x.gif>"
        "<p>After\n   the\tpicture</p><script>document.write('no')</script></body></html>");
    QVERIFY(r.ok);
    QStringList lines = r.text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
        (QStringList { QStringLiteral("Cell\u00A0one"), QStringLiteral("Cell two"), QStringLiteral("Line one"),
            QStringLiteral("Line\u00A0\u00A0two"), QStringLiteral("Description: Serbia"),
            QStringLiteral("After the picture") }));
}

void HtmlImportTest::hostileHtml_givesAParseOrAClearError()
{
    const PageParser parser(referenceData());
    const QList<QByteArray> pages = {
        QByteArray("<div>").repeated(100000) + "deep" + QByteArray("</div>").repeated(100000),
        "<p>" + QByteArray("word ").repeated(1000000) + "</p>",
        "<table><tr><td><p><b>unclosed <i> &bogus; <a href=\"x <font <<<< &#99999999; &#0; </td></tr",
        QByteArray("<html><body>Before\0after</body></html>", 38),
        QByteArray("<html><meta charset=\"no-such-charset\"><body>\xff\xfe\xfd text</body></html>"),
        QByteArray(),
        "<html></html>",
        "<!-- only a comment -->",
    };
    for (const QByteArray &bytes : pages) {
        const HtmlPageReader::Result r = HtmlPageReader::read(bytes);
        if (!r.ok) {
            QVERIFY(!r.error.isEmpty());
            continue;
        }
        const PageParser::Result parsed = parser.parseText(r.text, QStringLiteral("hostile"));
        QVERIFY(parsed.ok || !parsed.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(HtmlImportTest)
#include "htmlimport_test.moc"
