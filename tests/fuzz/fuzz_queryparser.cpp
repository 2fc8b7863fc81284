// Bytes (UTF-8) -> QueryParser::parse -> the FTS5 expressions it writes, then the
// same text through the path the search box takes: ArticleFilter::text into
// ArticleQueries::findArticles and countArticles on a small library built from the
// seed page. The search box takes anything a reader types or pastes, so:
// - the expressions hold nothing but quoted words, "*", parentheses and the
//   AND/OR/NOT the parser writes, and SQLite's FTS5 accepts every one of them
//   (an expression FTS5 refuses means input reached it as syntax);
// - the store never logs a failed query (see fuzzsupport.h), and a page of the
//   list agrees with the count of the list;
// - the same holds with the reader's notes in play: the window matches the text
//   against them (search/notematcher.h) and hands the ids to the filter, which
//   then reads the index and the notes' articles as one selection.

#include "fuzzsupport.h"
#include "search/notematcher.h"
#include "search/queryparser.h"
#include "seedlibrary.h"
#include "testlibrary.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Vigil::Core;
using Vigil::Test::TestLibrary;

namespace {

const QStringList &vocabulary()
{
    static const QStringList words = {
        QStringLiteral("trafficking"),
        QStringLiteral("traffickers"),
        QStringLiteral("trafficked"),
        QStringLiteral("serbia"),
        QStringLiteral("serbian"),
        QStringLiteral("pristina"),
        QStringLiteral("forced"),
        QStringLiteral("labour"),
        QStringLiteral("labor"),
        QStringLiteral("victim"),
        QStringLiteral("victims"),
        QStringLiteral("or"),
        QStringLiteral("not"),
        QStringLiteral("and"),
        QStringLiteral("near"),
    };
    return words;
}

// Both ways a prefix can go: left to FTS5 as "word"*, or expanded into words
// (none, one or several).
bool expand(const QString &prefix, QStringList *words)
{
    if (prefix.size() % 3 == 0)
        return false;
    words->clear();
    const QString low = prefix.toLower();
    for (const QString &w : vocabulary()) {
        if (w.startsWith(low))
            words->append(w);
    }
    return true;
}

QueryParser::Lookups lookups()
{
    QueryParser::Lookups l;
    l.country = [](const QString &name) {
        const QString code = Vigil::Test::referenceData().countryCodeForName(name);
        if (!code.isEmpty())
            return code;
        return Vigil::Test::referenceData().country(name.toUpper()) ? name.toUpper() : QString();
    };
    l.topic = [](const QString &name) {
        const QString folded = ReferenceData::foldForMatching(name);
        for (const Topic &t : Vigil::Test::referenceData().topics()) {
            if (t.id == folded || ReferenceData::foldForMatching(t.label) == folded)
                return t.id;
        }
        return QString();
    };
    return l;
}

// The promise of matchExpression(): outside double quotes only parentheses, "*",
// blanks and the words AND, OR and NOT; inside, any text with '"' doubled.
QString syntaxProblem(const QString &expr)
{
    qsizetype i = 0;
    const qsizetype n = expr.size();
    int depth = 0;
    while (i < n) {
        const QChar c = expr.at(i);
        if (c == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return QStringLiteral("unclosed quote");
                if (expr.at(i) == u'"') {
                    if (i + 1 < n && expr.at(i + 1) == u'"') {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
        } else if (c == u'(') {
            ++depth;
            ++i;
        } else if (c == u')') {
            if (--depth < 0)
                return QStringLiteral("unbalanced ')'");
            ++i;
        } else if (c == u' ' || c == u'*') {
            ++i;
        } else {
            qsizetype j = i;
            while (j < n && expr.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(expr).mid(i, j - i);
            if (word != u"AND" && word != u"OR" && word != u"NOT")
                return u"bare text at " + QString::number(i);
            i = j;
        }
    }
    return depth == 0 ? QString() : QStringLiteral("unbalanced '('");
}

// An FTS5 table like the library's index, for asking SQLite whether it accepts
// an expression without going through the store.
class FtsProbe
{
public:
    FtsProbe()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            Vigil::Fuzz::fail("in-memory SQLite", db.lastError().text());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                                   "tokenize = 'unicode61 remove_diacritics 2')"))
            || !q.exec(QStringLiteral("INSERT INTO t VALUES ('Trafficking in Serbia', "
                                      "'PRIŠTINA: forced labour and begging; victims of traffickers')")))
            Vigil::Fuzz::fail("FTS5 table", q.lastError().text());
    }

    QString refusal(const QString &expr) const
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("fuzz-fts")));
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?")))
            return q.lastError().text();
        q.addBindValue(expr);
        if (!q.exec())
            return q.lastError().text();
        return {};
    }
};

void checkExpression(const FtsProbe &fts, const QString &input, const QString &expr)
{
    const QString problem = syntaxProblem(expr);
    FUZZ_CHECK(problem.isEmpty(), problem + u"\n  input: " + input + u"\n  expression: " + expr);
    const QString refusal = fts.refusal(expr);
    FUZZ_CHECK(refusal.isEmpty(), refusal + u"\n  input: " + input + u"\n  expression: " + expr);
}

struct Library
{
    QTemporaryDir dir;
    TestLibrary store;

    Library()
    {
        if (!dir.isValid())
            Vigil::Fuzz::fail("temporary folder", dir.errorString());
        const QString path = Vigil::Test::buildSeedLibrary(dir.path());
        QString error;
        if (!store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error))
            Vigil::Fuzz::fail("seed library", error);
    }
    ~Library() { store.connection.close(); }
};

std::unique_ptr<Library> library;
std::unique_ptr<FtsProbe> fts;

// A few notes on the library's first articles, with words the dictionary has.
QList<Note> notes()
{
    static const QList<Note> list = [] {
        const QList<Article> articles = library->store.articles.articles();
        const QStringList texts = { QStringLiteral("Interview at the border crossing: forced labour, PRIŠTINA"),
            QStringLiteral("trafficking victims; ask the NGO"), QStringLiteral("note: \"quoted\" -- OR NOT *") };
        QList<Note> out;
        for (qsizetype i = 0; i < texts.size() && i < articles.size(); ++i)
            out.append({ articles.at(i).id, texts.at(i), {} });
        return out;
    }();
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Vigil::Fuzz::init(argc, argv);
    fts = std::make_unique<FtsProbe>();
    library = std::make_unique<Library>();
    // Closed before exit so that the temporary library is removed.
    std::atexit([] {
        library.reset();
        fts.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("fuzz-fts"));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    static const QueryParser parser(lookups());
    const ParsedQuery q = parser.parse(text);
    q.describe();
    for (const QueryClause &c : q.clauses)
        FUZZ_CHECK(!c.anyOf.isEmpty(), text);
    const QString match = q.matchExpression();
    FUZZ_CHECK(match.isEmpty() == !q.hasPositive(), text + u" -> " + match);
    if (!match.isEmpty()) {
        checkExpression(*fts, text, match);
        checkExpression(*fts, text, q.matchExpression(expand));
    }
    const QString excluded = q.exclusionExpression(expand);
    FUZZ_CHECK(excluded.isEmpty() == !q.hasExcluded(), text + u" -> " + excluded);
    if (!excluded.isEmpty())
        checkExpression(*fts, text, excluded);

    // The search box's path, with the library's own name lookups and prefix
    // expansion. One sort order per input keeps each run short; the inputs
    // cover all of them.
    const TestLibrary &store = library->store;
    store.articles.parseQuery(text);
    ArticleFilter filter;
    filter.text = text;
    if (size % 2 == 0) {
        const NoteMatches found = matchNotes(q, notes());
        filter.noteArticles = found.byField;
        filter.noteWordArticles = found.byWords;
    }
    const auto sort = ArticleSort(size % 5);
    const QList<ArticleSummary> all = store.articles.findArticles(filter, sort, 0, -1);
    const int count = store.articles.countArticles(filter);
    FUZZ_CHECK(
        all.size() == count, text + u": " + QString::number(all.size()) + u" rows, count " + QString::number(count));
    const QList<ArticleSummary> page = store.articles.findArticles(filter, sort, 2, 5);
    FUZZ_CHECK(page.size() == qBound(0, count - 2, 5), text);
    for (int k = 0; k < page.size(); ++k)
        FUZZ_CHECK(page.at(k).id == all.at(k + 2).id, text + u": pages disagree with the list");
    store.articles.findArticlesQuick(filter, sort, 10);
    store.articles.topicFacets(filter);
    return 0;
}
