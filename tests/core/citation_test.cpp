// A citation is copied into a reference manager as it is: every entry of the
// library, and the page itself, in BibTeX and RIS, must read cleanly, with no
// empty field and no doubled punctuation where a field was missing. (The prose
// styles are the CSL engine's: tests/csl/ checks them against pandoc.)
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

struct Formatted
{
    QString what; // "BibTeX author", "RIS TI", ...
    QString text;
};

// Each field of the file formats of one entry on its own.
QList<Formatted> everyField(const Article &a)
{
    QList<Formatted> out;
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
    void everyEntryAndThePage_inTheFileFormats_readCleanly();
    void thePagesOwnCitation_hasNoEmptyFieldOrPlaceholder();
    void missingFields_inTheFileFormats_readCleanly_data();
    void missingFields_inTheFileFormats_readCleanly();
    void blankFields_areLeftOut();
    void fileFormats_writeNoEmptyField();
};

void CitationTest::everyEntryAndThePage_inTheFileFormats_readCleanly()
{
    QList<Article> entries = seedPage().articles;
    QVERIFY(entries.size() > 0);
    entries << Citation::pageRecord(seedPage());
    QStringList failures;
    for (const Article &a : std::as_const(entries)) {
        for (const Formatted &f : everyField(a)) {
            if (const QStringList d = defectsIn(f.text); !d.isEmpty())
                failures << QStringLiteral("%1, %2: %3 in: %4").arg(a.title.left(40), f.what, d.join(u' '), f.text);
        }
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
    // The page is cited by its author and its title, as every format names them.
    const Article record = Citation::pageRecord(page);
    QVERIFY(record.title.contains(page.title));
    QCOMPARE(record.authors.size(), 1);
    QVERIFY2(page.citation.startsWith(record.authors.first().section(u' ', -1)), qPrintable(page.citation));
}

void CitationTest::missingFields_inTheFileFormats_readCleanly_data()
{
    QTest::addColumn<Article>("entry");

    Article noAuthorNoDate = article(QStringLiteral("Serbia: Trafficking Report"));
    noAuthorNoDate.publishers = { QStringLiteral("Amnesty International") };
    noAuthorNoDate.accessed = { PartialDate::ofDay(2020, 5, 6) };
    QTest::newRow("no author, no date") << noAuthorNoDate;

    Article noPublisherNoDate = article(QStringLiteral("The route to hell"));
    noPublisherNoDate.authors = { QStringLiteral("Louisa Waugh") };
    QTest::newRow("no publisher, no date") << noPublisherNoDate;

    Article noAuthorNoPublisher = article(QStringLiteral("Country report?"));
    noAuthorNoPublisher.date = PartialDate::ofMonth(2018, 6);
    QTest::newRow("no author, no publisher") << noAuthorNoPublisher;

    QTest::newRow("title only") << article(QStringLiteral("Report"));

    QTest::newRow("nothing at all") << Article {};

    Article abbreviation = article(QStringLiteral("Annual report"));
    abbreviation.publishers = { QStringLiteral("Office to Monitor Trafficking, U.S. Dept.") };
    QTest::newRow("publisher ends with a full stop") << abbreviation;
}

void CitationTest::missingFields_inTheFileFormats_readCleanly()
{
    QFETCH(Article, entry);
    for (const Formatted &f : everyField(entry))
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
