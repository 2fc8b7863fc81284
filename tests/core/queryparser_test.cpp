#include "search/queryparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>

using Vigil::Core::ParsedQuery;
using Vigil::Core::QueryParser;

namespace {

QString country(const QString &v)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("serbia"), QStringLiteral("RS") },
        { QStringLiteral("rs"), QStringLiteral("RS") },
        { QStringLiteral("kosovo"), QStringLiteral("XK") },
        { QStringLiteral("xk"), QStringLiteral("XK") },
        { QStringLiteral("united kingdom"), QStringLiteral("GB") },
        { QStringLiteral("uk"), QStringLiteral("GB") },
        { QStringLiteral("côte d'ivoire"), QStringLiteral("CI") },
    };
    return names.value(v.toLower());
}

QString topic(const QString &v)
{
    static const QHash<QString, QString> topics {
        { QStringLiteral("forced-labour"), QStringLiteral("forced-labour") },
        { QStringLiteral("forced labour"), QStringLiteral("forced-labour") },
        { QStringLiteral("corruption"), QStringLiteral("corruption") },
    };
    return topics.value(v.toLower());
}

const QueryParser &parser()
{
    static const QueryParser p(QueryParser::Lookups { &country, &topic });
    return p;
}

// The row name is the input, so a failure names what broke. hint: a part of the
// one hint expected, or empty for none.
void row(const char *input, const char *parsed, const char *hint = "")
{
    QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(parsed) << QString::fromUtf8(hint);
}

} // namespace

class QueryParserTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("parsed");
        QTest::addColumn<QString>("hint");

        // Words, and the last one still being typed.
        row("", "");
        row("   ", "");
        row("trafficking", "trafficking*");
        row("trafficking ", "trafficking");
        row("forced labor", "forced labor*");
        row("Forced LABOR ", "Forced LABOR");
        row("  forced   labor  ", "forced labor");
        row("traff", "traff*");
        row("kosovo*", "kosovo*");
        row("kos* police ", "kos* police");
        row("Priština", "Priština*");
        row("Pris\u030Ctina", "Priština*"); // decomposed input is composed first
        row("2004 report", "2004 report*");
        // Phrases.
        row("\"forced labor\"", "\"forced labor\"");
        row("\"forced labor\" victims", "\"forced labor\" victims*");
        row("\"debt bondage\"*", "\"debt bondage\"*");
        row("\"single\"", "single");
        row("\"\"", "");
        row("\"  \" kosovo", "kosovo*");
        row("co-operation", "\"co operation\"*");
        row("U.S. report ", "\"U S\" report");
        row("don't", "\"don t\"*");
        // Unbalanced quotes.
        row("\"forced lab", "forced lab*", "Unclosed quote");
        row("victims \"", "victims*", "Unclosed quote");
        row("\"a\" \"b", "a b*", "Unclosed quote");
        // OR.
        row("begging OR beggars", "(begging OR beggars*)");
        row("a OR b OR c d", "(a OR b OR c) d*");
        row("\"forced labor\" OR bondage ", "(\"forced labor\" OR bondage)");
        row("OR kosovo", "kosovo*", "OR needs");
        row("a OR OR b", "(a OR b*)", "OR needs");
        row("a OR", "a OR*");
        row("Lyon NOT", "Lyon NOT*");
        row("or else", "or else*");
        row("AND kosovo AND serbia ", "kosovo serbia");
        // Exclusions.
        row("trafficking -sexual ", "trafficking -sexual");
        row("trafficking -\"sexual exploitation\"", "trafficking -\"sexual exploitation\"");
        row("-kosovo", "-kosovo*");
        row("NOT kosovo serbia ", "-kosovo serbia");
        row("a -b OR -c ", "a -(b OR c)");
        row("a OR -b ", "a -b", "OR needs");
        row("- kosovo", "kosovo*");
        row("--kosovo ", "-kosovo");
        row("well-known", "\"well known\"*");
        // Fields.
        row("country:serbia", "| country=RS");
        row("country:RS trafficking", "trafficking* | country=RS");
        row("Country:Kosovo police ", "police | country=XK");
        row("country:\"united kingdom\" labor", "labor* | country=GB");
        row("country:atlantis", "", "No country");
        row("publisher:amnesty", "| publisher~amnesty");
        row("publisher:\"human rights watch\" ", "| publisher~human rights watch");
        row("author:smith report", "report* | author~smith");
        row("year:2004", "| year=2004..2004");
        row("year:2004..2008", "| year=2004..2008");
        row("year:2008..2004", "| year=2004..2008");
        row("year:2004-2008", "| year=2004..2008");
        row("year:..2008", "| year=..2008");
        row("year:2010..", "| year=2010..");
        row("year:soon", "", "not a year");
        row("year:20045", "", "not a year");
        row("topic:corruption police", "police* | topic=corruption");
        row("topic:\"forced labour\"", "| topic=forced-labour");
        row("topic:unicorns", "", "No topic");
        row("is:pdf", "| is=pdf");
        row("is:featured is:pdf ", "| is=pdf is=featured");
        row("is:archive", "| is=archive");
        row("is:video", "", "is:video");
        row("country:", "", "needs a value");
        row("-country:RS kosovo", "kosovo*", "cannot be excluded");
        row("title:kosovo", "title kosovo*", "Unknown field");
        row("http://example.org", "http \"example org\"*", "Unknown field");
        row("10:30 meeting ", "10 30 meeting");
        row("trafficking country:RS year:2010..2015 is:pdf", "trafficking | country=RS year=2010..2015 is=pdf");
        // note: is left for the caller to match against the reader's notes.
        row("note:interview", "| note~interview");
        row("Note:Interview police ", "police | note~Interview");
        row("note:\"border  crossing\" kosovo", "kosovo* | note~border crossing");
        row("note:\"border crossing", "| note~border crossing");
        row("note:a note:b note:a ", "| note~a note~b");
        row("note:Priština", "| note~Priština");
        row("note:", "", "needs a value");
        row("note:\"  \"", "", "needs a value");
        row("-note:draft report", "report*", "cannot be excluded");
        row("notes:interview", "notes interview*", "Unknown field");
        row("note:'); DROP TABLE notes; --", "DROP TABLE notes* | note~');");
        // FTS5 and SQL syntax is only ever separators.
        row("*", "");
        row("^kosovo", "kosovo*");
        row("NEAR(a b", "NEAR a b*");
        row("(((((", "");
        row("a:b", "a b*", "Unknown field");
        row("{title body}: x", "title body x*");
        row("'); DROP TABLE articles; --", "DROP TABLE articles*");
        row("x' OR '1'='1", "(x OR 1) 1*");
        row("kosovo) -*:^{", "kosovo*");
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, parsed);
        QFETCH(QString, hint);
        const ParsedQuery q = parser().parse(input);
        QCOMPARE(q.describe(), parsed);
        if (hint.isEmpty()) {
            QVERIFY2(q.hints.isEmpty(), qPrintable(q.hints.join(u'\n')));
        } else {
            QCOMPARE(q.hints.size(), 1);
            QVERIFY2(q.hints.first().contains(hint), qPrintable(q.hints.first()));
        }
        // Whatever the input, the expression holds only quoted words and our operators.
        const QString match = q.matchExpression();
        QString outside;
        bool inQuote = false;
        for (const QChar c : match) {
            if (c == u'"')
                inQuote = !inQuote;
            else if (!inQuote)
                outside += c;
        }
        QVERIFY(!inQuote);
        outside.remove(QStringLiteral("AND")).remove(QStringLiteral("OR")).remove(QStringLiteral("NOT"));
        for (const QChar c : std::as_const(outside))
            QVERIFY2(c == u' ' || c == u'(' || c == u')' || c == u'*', qPrintable(match));
    }

    void matchExpression()
    {
        const QueryParser &p = parser();
        QCOMPARE(p.parse(QStringLiteral("forced marriage")).matchExpression(),
            QStringLiteral("\"forced\" AND \"marriage\"*"));
        QCOMPARE(p.parse(QStringLiteral("a OR b c -d -e ")).matchExpression(),
            QStringLiteral("((\"a\" OR \"b\") AND \"c\") NOT (\"d\" OR \"e\")"));
        QCOMPARE(p.parse(QStringLiteral("-d")).matchExpression(), QString());
        QCOMPARE(p.parse(QStringLiteral("-d")).exclusionExpression(), QStringLiteral("\"d\"*"));
        QCOMPARE(p.parse(QStringLiteral("\"say \"\"hi\"")).matchExpression(), QStringLiteral("\"say\" AND \"hi\""));

        // The store hands the unfinished word to its vocabulary.
        const Vigil::Core::PrefixExpander expand = [](const QString &prefix, QStringList *words) {
            if (prefix == u"native")
                return false;
            if (prefix == u"traff")
                *words = { QStringLiteral("trafficking"), QStringLiteral("traffickers") };
            return true;
        };
        QCOMPARE(p.parse(QStringLiteral("child traff")).matchExpression(expand),
            QStringLiteral("\"child\" AND (\"trafficking\" OR \"traffickers\")"));
        QCOMPARE(p.parse(QStringLiteral("\"child traff\"*")).matchExpression(expand),
            QStringLiteral("(\"child trafficking\" OR \"child traffickers\")"));
        QCOMPARE(p.parse(QStringLiteral("zzz")).matchExpression(expand), QStringLiteral("\"zzz\""));
        QCOMPARE(p.parse(QStringLiteral("native")).matchExpression(expand), QStringLiteral("\"native\"*"));
    }

    void matchExpression_findsBothSpellings()
    {
        const QueryParser &p = parser();
        QCOMPARE(p.parse(QStringLiteral("forced labour ")).matchExpression(),
            QStringLiteral("\"forced\" AND (\"labour\" OR \"labor\")"));
        QCOMPARE(p.parse(QStringLiteral("forced labor ")).matchExpression(),
            QStringLiteral("\"forced\" AND (\"labor\" OR \"labour\")"));
        // A phrase in either spelling, word by word.
        QCOMPARE(p.parse(QStringLiteral("\"forced labour\"")).matchExpression(),
            QStringLiteral("(\"forced labour\" OR \"forced labor\")"));
        QCOMPARE(p.parse(QStringLiteral("\"labour organisation\"")).matchExpression(),
            QStringLiteral("(\"labour organisation\" OR \"labor organisation\" OR \"labour organization\" OR "
                           "\"labor organization\")"));
        // What is left out is left out in both spellings.
        QCOMPARE(
            p.parse(QStringLiteral("-labour ")).exclusionExpression(), QStringLiteral("(\"labour\" OR \"labor\")"));
        // Words that only look like a family's keep their one spelling.
        QCOMPARE(p.parse(QStringLiteral("our four hour for promise ")).matchExpression(),
            QStringLiteral("\"our\" AND \"four\" AND \"hour\" AND \"for\" AND \"promise\""));

        // An unfinished word: its completions and the other spelling's words the
        // library holds, never words that merely start like them ("laboratory").
        const Vigil::Core::PrefixExpander vocabulary = [](const QString &prefix, QStringList *words) {
            if (prefix == u"labour")
                *words = { QStringLiteral("labour"), QStringLiteral("labourers") };
            else if (prefix == u"labor")
                *words = { QStringLiteral("labor"), QStringLiteral("laboratory"), QStringLiteral("laborers") };
            else
                words->clear();
            return true;
        };
        QCOMPARE(p.parse(QStringLiteral("labour")).matchExpression(vocabulary),
            QStringLiteral("(\"labour\" OR \"labourers\" OR \"labor\" OR \"laborers\")"));
        // Without a vocabulary, the prefix and the other spelling's whole words.
        const QString unknown = p.parse(QStringLiteral("labour")).matchExpression();
        QVERIFY2(unknown.startsWith(QStringLiteral("(\"labour\"* OR \"labor\" OR \"labors\" OR")), qPrintable(unknown));
        QVERIFY(!unknown.contains(QStringLiteral("laborat")));
    }

    // Each operator Help explains is read as syntax, never searched as a word.
    void operators_areReadAsSyntax()
    {
        using Place = Vigil::Core::QueryOperator::Place;
        const QList<Vigil::Core::QueryOperator> ops = QueryParser::operators();
        QVERIFY(ops.size() >= 10);
        for (const Vigil::Core::QueryOperator &op : ops) {
            QString sample;
            switch (op.place) {
            case Place::Alone:
                sample = op.text.contains(u':') ? op.text : QStringLiteral("begging ") + op.text + u" beggars";
                break;
            case Place::Before: {
                QString rest = QStringLiteral("rs");
                if (op.text == u"\"")
                    rest = QStringLiteral("debt bondage\"");
                else if (op.text == u"year:")
                    rest = QStringLiteral("2004");
                else if (op.text == u"topic:")
                    rest = QStringLiteral("corruption");
                sample = QStringLiteral("trafficking ") + op.text + rest;
                break;
            }
            case Place::After:
                sample = QStringLiteral("traff") + op.text + u' ';
                break;
            case Place::Inside:
                sample = QStringLiteral("year:2004") + op.text + QStringLiteral("2008");
                break;
            }
            const ParsedQuery q = parser().parse(sample);
            QVERIFY2(q.hints.isEmpty(), qPrintable(sample + u' ' + q.hints.join(u' ')));
            const QString syntax = QString(op.text).remove(QRegularExpression(QStringLiteral("[^A-Za-z]"))).toLower();
            for (const QString &term : q.highlightTerms)
                QVERIFY2(syntax.isEmpty() || !term.toLower().split(u' ').contains(syntax), qPrintable(sample));
        }
    }

    // A note: field alone is a query (it filters), its words are not marked in
    // the article (they are in the note), and nothing of it reaches FTS5.
    void noteField_filtersButIsNeitherMarkedNorMatched()
    {
        const ParsedQuery q = parser().parse(QStringLiteral("note:\"border crossing\" victims "));
        QCOMPARE(q.noteTerms, QStringList { QStringLiteral("border crossing") });
        QCOMPARE(q.highlightTerms, QStringList { QStringLiteral("victims") });
        QCOMPARE(q.matchExpression(), QStringLiteral("\"victims\""));
        const ParsedQuery alone = parser().parse(QStringLiteral("note:interview"));
        QVERIFY(!alone.isEmpty());
        QVERIFY(!alone.hasPositive());
        QVERIFY(alone.matchExpression().isEmpty());
        QVERIFY(!parser().parse(QStringLiteral("interview")).isEmpty());
        QVERIFY(parser().parse(QStringLiteral("trafficking")).noteTerms.isEmpty());
    }

    void highlightTermsAndLimits()
    {
        const QueryParser &p = parser();
        const ParsedQuery q = p.parse(QStringLiteral("\"forced labor\" OR bondage -sexual Pristina"));
        QCOMPARE(q.highlightTerms,
            QStringList({ QStringLiteral("forced labor"), QStringLiteral("bondage"), QStringLiteral("Pristina") }));

        const ParsedQuery many = p.parse(QStringLiteral("a ").repeated(5000));
        QCOMPARE(many.clauses.size(), QueryParser::maxWords);
        QCOMPARE(many.hints.size(), 1);
        const ParsedQuery longWord = p.parse(QString(10000, u'x'));
        QCOMPARE(longWord.clauses.size(), 1);
        QVERIFY(p.parse(QString(QChar(0))).isEmpty());
        QVERIFY(p.parse(QString(QChar(0xD800)) + QStringLiteral("Lyon")).hasPositive());
    }
};

QTEST_GUILESS_MAIN(QueryParserTest)
#include "queryparser_test.moc"
