// A citation is copied into a term paper as it is: every entry of the library,
// and the page itself, in every style, must read cleanly, with no empty field and
// no doubled punctuation where a field was missing.
#include "content/citation.h"
#include "seedpage.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Vigil::Core;
using Vigil::Test::seedPage;

namespace {

// The defects a reader would see, or an empty list.
QStringList defectsIn(const QString &value)
{
    QString text = value;
    // APA's ellipsis before the last of 21 or more authors, and an ellipsis a
    // title itself holds, are not doubled full stops.
    text.replace(QStringLiteral(", . . . "), QStringLiteral(", "));
    text.replace(QStringLiteral("..."), QStringLiteral("…"));
    QStringList found;
    for (const char16_t *needle : { u",,", u". .", u"..", u" ,", u" .", u", .", u";;", u"; ;", u"()", u"( ", u" )",
             u"[]", u"“”", u"‘’", u"\"\"", u"  ", u"<", u">" }) {
        if (text.contains(QStringView(needle)))
            found << u'"' + QString::fromUtf16(needle) + u'"';
    }
    if (text != text.trimmed())
        found << QStringLiteral("space at an end");
    if (text.isEmpty())
        found << QStringLiteral("empty");
    return found;
}

// The HTML form, as the reader sees it.
QString plainOf(const HtmlFragment &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html.toString();
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

struct Formatted
{
    QString what; // "APA 7", "BibTeX author", ...
    QString text;
};

// Every style of one entry, each field of the file formats on its own.
QList<Formatted> everyStyle(const Article &a)
{
    QList<Formatted> out;
    for (const Citation::Style style : { Citation::Style::Apa, Citation::Style::Mla, Citation::Style::Chicago }) {
        out.append({ Citation::styleName(style), Citation::text(style, a) });
        out.append({ Citation::styleName(style) + u" (HTML)", plainOf(Citation::html(style, a)) });
    }
    static const QRegularExpression bibField(QStringLiteral("^  (\\w+) = \\{?(.*?)\\}?,?$"));
    const QStringList bib = Citation::bibtex(a).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i + 1 < bib.size(); ++i) {
        const auto m = bibField.match(bib.at(i));
        out.append(
            { u"BibTeX " + (m.hasMatch() ? m.captured(1) : bib.at(i)), m.hasMatch() ? m.captured(2) : QString() });
    }
    for (const QString &line : Citation::ris(a).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line != u"ER  - ")
            out.append({ u"RIS " + line.left(2), line.mid(6) });
    }
    return out;
}

Article article(const QString &title)
{
    Article a;
    a.title = title;
    return a;
}

} // namespace

class CitationTest : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryAndThePage_inEveryStyle_readCleanly();
    void thePagesOwnCitation_hasNoEmptyFieldOrPlaceholder();
    void missingFields_data();
    void missingFields();
    void blankFields_areLeftOut();
    void fileFormats_writeNoEmptyField();
};

void CitationTest::everyEntryAndThePage_inEveryStyle_readCleanly()
{
    QList<Article> entries = seedPage().articles;
    QVERIFY(entries.size() > 0);
    entries << Citation::pageRecord(seedPage());
    QStringList failures;
    for (const Article &a : std::as_const(entries)) {
        for (const Formatted &f : everyStyle(a)) {
            if (const QStringList d = defectsIn(f.text); !d.isEmpty())
                failures << QStringLiteral("%1, %2: %3 in: %4").arg(a.title.left(40), f.what, d.join(u' '), f.text);
        }
        // What is copied and what is shown are the same words.
        for (const Citation::Style style : { Citation::Style::Apa, Citation::Style::Mla, Citation::Style::Chicago })
            QCOMPARE(plainOf(Citation::html(style, a)), Citation::text(style, a));
    }
    for (const QString &f : std::as_const(failures))
        qWarning().noquote() << f;
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 citation(s) with defects").arg(failures.size())));
}

void CitationTest::thePagesOwnCitation_hasNoEmptyFieldOrPlaceholder()
{
    const Page &page = seedPage();
    QVERIFY(!page.citation.isEmpty());
    QVERIFY2(
        defectsIn(page.citation).isEmpty(), qPrintable(defectsIn(page.citation).join(u' ') + u": " + page.citation));
    QVERIFY2(defectsIn(Citation::sourcePage(page)).isEmpty(), qPrintable(Citation::sourcePage(page)));
    // The page is cited by its author and its title, as every style names them.
    const Article record = Citation::pageRecord(page);
    QVERIFY(record.title.contains(page.title));
    QCOMPARE(record.authors.size(), 1);
    QVERIFY2(page.citation.startsWith(record.authors.first().section(u' ', -1)), qPrintable(page.citation));
}

void CitationTest::missingFields_data()
{
    QTest::addColumn<Article>("entry");
    QTest::addColumn<QString>("apa");
    QTest::addColumn<QString>("mla");
    QTest::addColumn<QString>("chicago");

    Article noAuthorNoDate = article(QStringLiteral("Serbia: Trafficking Report"));
    noAuthorNoDate.publishers = { QStringLiteral("Amnesty International") };
    noAuthorNoDate.accessed = { PartialDate::ofDay(2020, 5, 6) };
    QTest::newRow("no author, no date") << noAuthorNoDate
                                        << QStringLiteral("Amnesty International. (n.d.). Serbia: Trafficking Report.")
                                        << QStringLiteral("“Serbia: Trafficking Report.” Amnesty International. "
                                                          "Accessed 6 May 2020.")
                                        << QStringLiteral("“Serbia: Trafficking Report.” Amnesty International, n.d. "
                                                          "Accessed May 6, 2020.");

    Article noPublisherNoDate = article(QStringLiteral("The route to hell"));
    noPublisherNoDate.authors = { QStringLiteral("Louisa Waugh") };
    QTest::newRow("no publisher, no date")
        << noPublisherNoDate << QStringLiteral("Waugh, L. (n.d.). The route to hell.")
        << QStringLiteral("Waugh, Louisa. The route to hell.")
        << QStringLiteral("Waugh, Louisa. The route to hell. n.d.");

    Article noAuthorNoPublisher = article(QStringLiteral("Country report?"));
    noAuthorNoPublisher.date = PartialDate::ofMonth(2018, 6);
    QTest::newRow("no author, no publisher")
        << noAuthorNoPublisher << QStringLiteral("Country report? (2018, June).")
        << QStringLiteral("Country report? June 2018.") << QStringLiteral("Country report? June 2018.");

    QTest::newRow("title only") << article(QStringLiteral("Report")) << QStringLiteral("Report. (n.d.).")
                                << QStringLiteral("Report.") << QStringLiteral("Report. n.d.");

    QTest::newRow("nothing at all") << Article {} << QStringLiteral("[Untitled]. (n.d.).")
                                    << QStringLiteral("[Untitled].") << QStringLiteral("[Untitled]. n.d.");

    Article abbreviation = article(QStringLiteral("Annual report"));
    abbreviation.publishers = { QStringLiteral("Office to Monitor Trafficking, U.S. Dept.") };
    QTest::newRow("publisher ends with a full stop")
        << abbreviation << QStringLiteral("Office to Monitor Trafficking, U.S. Dept. (n.d.). Annual report.")
        << QStringLiteral("“Annual report.” Office to Monitor Trafficking, U.S. Dept.")
        << QStringLiteral("“Annual report.” Office to Monitor Trafficking, U.S. Dept., n.d.");
}

void CitationTest::missingFields()
{
    QFETCH(Article, entry);
    QFETCH(QString, apa);
    QFETCH(QString, mla);
    QFETCH(QString, chicago);
    QCOMPARE(Citation::apa(entry), apa);
    QCOMPARE(Citation::mla(entry), mla);
    QCOMPARE(Citation::chicago(entry), chicago);
    for (const Formatted &f : everyStyle(entry))
        QVERIFY2(defectsIn(f.text).isEmpty(), qPrintable(f.what + u": " + f.text));
}

void CitationTest::blankFields_areLeftOut()
{
    // Blank authors, publishers and identifiers (a byline that was half read)
    // cite as if they were not there.
    Article clean = article(QStringLiteral("The route to hell"));
    clean.authors = { QStringLiteral("Louisa Waugh") };
    clean.publishers = { QStringLiteral("The Scotsman") };
    clean.date = PartialDate::ofDay(2006, 8, 22);
    Article blanks = clean;
    blanks.title = QStringLiteral("  The route  to hell ");
    blanks.authors = { QStringLiteral(" "), QStringLiteral("Louisa Waugh"), QString() };
    blanks.publishers = { QString(), QStringLiteral("The Scotsman "), QStringLiteral("  ") };
    blanks.identifiers = { QStringLiteral(" ") };
    QCOMPARE(Citation::apa(blanks), Citation::apa(clean));
    QCOMPARE(Citation::mla(blanks), Citation::mla(clean));
    QCOMPARE(Citation::chicago(blanks), Citation::chicago(clean));
    QCOMPARE(Citation::bibtex(blanks), Citation::bibtex(clean));
    QCOMPARE(Citation::ris(blanks), Citation::ris(clean));
}

void CitationTest::fileFormats_writeNoEmptyField()
{
    const Article bare = article(QStringLiteral("Report"));
    QCOMPARE(Citation::bibtex(bare), QStringLiteral("@misc{anonndreport,\n  title = {{Report}}\n}\n"));
    QCOMPARE(Citation::ris(bare), QStringLiteral("TY  - RPRT\r\nTI  - Report\r\nER  - \r\n"));
    Article notes = bare;
    notes.isPdf = true;
    notes.identifiers = { QStringLiteral("Doc. no. 5.") };
    notes.accessed = { PartialDate::ofYear(2020) };
    const QString bib = Citation::bibtex(notes);
    QVERIFY2(bib.contains(u"note = {PDF. Doc. no. 5. Accessed 2020}"), qPrintable(bib));
}

QTEST_GUILESS_MAIN(CitationTest)
#include "citation_test.moc"
