#include "queryparser.h"

#include "spellings.h"

namespace Vigil::Core {

namespace {

bool isMark(char32_t c)
{
    const auto cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// What the unicode61 tokenizer keeps as part of a word: letters, digits and the
// marks that follow them. Everything else separates words, so splitting the same
// way here means a term never holds a character FTS5 would read as syntax.
bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || isMark(c);
}

QString quoted(const QString &words)
{
    QString escaped = words;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

struct Token
{
    enum Kind { Term, Field, Operator } kind = Term;
    QStringList words; // Term
    bool quoted = false; // a closed "..." phrase: never a prefix by position
    bool star = false; // an explicit trailing *
    bool minus = false;
    QString name; // Field: lower-case name; Operator: OR, AND or NOT
    QString value;
};

// The syntax this file reads, listed once: QueryParser::operators() hands it to Help.
const QStringList wordOperators = { QStringLiteral("OR"), QStringLiteral("AND"), QStringLiteral("NOT") };
const QStringList knownFields = { QStringLiteral("country"), QStringLiteral("publisher"), QStringLiteral("author"),
    QStringLiteral("year"), QStringLiteral("topic"), QStringLiteral("is"), QStringLiteral("note") };
const QString isPdf = QStringLiteral("pdf");
const QString isFeatured = QStringLiteral("featured");
const QString isArchive = QStringLiteral("archive");
const QStringList isValues = { isPdf, isFeatured, isArchive };
const QString yearRange = QStringLiteral("..");

class Lexer
{
public:
    Lexer(const QList<char32_t> &text, QStringList *hints)
        : m_s(text)
        , m_hints(hints)
    {
    }

    QList<Token> run()
    {
        QList<Token> tokens;
        while (skipSpace()) {
            Token t;
            while (m_i < m_s.size() && m_s[m_i] == U'-') {
                t.minus = true;
                ++m_i;
            }
            if (m_i >= m_s.size() || isBreak(m_s[m_i]))
                continue; // a lone "-" excludes nothing
            if (m_s[m_i] == U'"') {
                if (phrase(&t))
                    tokens.append(t);
                continue;
            }
            if (field(&t)) {
                tokens.append(t);
                continue;
            }
            chunk(&tokens, t.minus);
        }
        return tokens;
    }

private:
    static bool isSpace(char32_t c) { return QChar::isSpace(c) || c == 0; }
    // A colon that no field name precedes separates like a space ("10:30").
    static bool isBreak(char32_t c) { return isSpace(c) || c == U':'; }

    bool skipSpace()
    {
        while (m_i < m_s.size() && isBreak(m_s[m_i]))
            ++m_i;
        return m_i < m_s.size();
    }

    QString take(qsizetype from, qsizetype to) const { return QString::fromUcs4(m_s.constData() + from, to - from); }

    QStringList wordsIn(qsizetype from, qsizetype to) const
    {
        QStringList words;
        qsizetype start = -1;
        for (qsizetype k = from; k <= to; ++k) {
            // A mark after a separator has no letter to sit on: it separates too.
            const bool inWord = k < to && isWordChar(m_s[k]) && (start >= 0 || !isMark(m_s[k]));
            if (inWord && start < 0)
                start = k;
            else if (!inWord && start >= 0) {
                words.append(take(start, k));
                start = -1;
            }
        }
        return words;
    }

    // m_i is on a quote. A closed phrase becomes one term; an unclosed quote is
    // dropped and what follows is read as words.
    bool phrase(Token *t)
    {
        const qsizetype close = m_s.indexOf(U'"', m_i + 1);
        if (close < 0) {
            m_hints->append(QStringLiteral("Unclosed quote: searched as words."));
            ++m_i;
            return false;
        }
        t->words = wordsIn(m_i + 1, close);
        t->quoted = true;
        m_i = close + 1;
        if (m_i < m_s.size() && m_s[m_i] == U'*') {
            t->star = true;
            ++m_i;
        }
        return !t->words.isEmpty();
    }

    // name:value with a known name; an unknown name is left to be read as words.
    bool field(Token *t)
    {
        qsizetype j = m_i;
        while (j < m_s.size() && m_s[j] < 0x80 && QChar::isLetter(m_s[j]))
            ++j;
        if (j == m_i || j >= m_s.size() || m_s[j] != U':')
            return false;
        const QString name = take(m_i, j).toLower();
        if (!knownFields.contains(name)) {
            m_hints->append(QStringLiteral("Unknown field “%1:”, searched as words. Fields are country:, "
                                           "publisher:, author:, year:, topic:, is: and note:.")
                                .arg(take(m_i, j)));
            return false;
        }
        t->kind = Token::Field;
        t->name = name;
        m_i = j + 1;
        if (m_i < m_s.size() && m_s[m_i] == U'"') {
            qsizetype close = m_s.indexOf(U'"', m_i + 1);
            const qsizetype end = close < 0 ? m_s.size() : close;
            t->value = take(m_i + 1, end).simplified();
            m_i = close < 0 ? end : close + 1;
        } else {
            const qsizetype from = m_i;
            while (m_i < m_s.size() && !isSpace(m_s[m_i]))
                ++m_i;
            t->value = take(from, m_i);
        }
        return true;
    }

    // Punctuation inside a word joins its parts into a phrase ("co-operation",
    // "U.S.", "don't"), as the index saw them side by side; other punctuation
    // separates words.
    static bool isConnector(char32_t c)
    {
        return c == U'-' || c == U'.' || c == U'\'' || c == U'\u2019' || c == U'/' || c == U'_' || c == U'@'
            || c == U'&';
    }

    // A run of anything but spaces, colons and quotes: an operator, or terms.
    void chunk(QList<Token> *tokens, bool minus)
    {
        const qsizetype from = m_i;
        while (m_i < m_s.size() && !isBreak(m_s[m_i]) && m_s[m_i] != U'"')
            ++m_i;
        const QString raw = take(from, m_i);
        if (!minus && wordOperators.contains(raw)) {
            Token t;
            t.kind = Token::Operator;
            t.name = raw;
            tokens->append(t);
            return;
        }
        qsizetype k = from;
        while (k < m_i) {
            while (k < m_i && !isWordChar(m_s[k]))
                ++k;
            qsizetype end = k;
            while (end < m_i
                && (isWordChar(m_s[end]) || (isConnector(m_s[end]) && end + 1 < m_i && isWordChar(m_s[end + 1]))))
                ++end;
            if (end > k) {
                Token t;
                t.minus = minus;
                t.words = wordsIn(k, end);
                t.star = end < m_i && m_s[end] == U'*';
                if (!t.words.isEmpty())
                    tokens->append(t);
            }
            k = end;
        }
    }

    const QList<char32_t> &m_s;
    QStringList *m_hints;
    qsizetype m_i = 0;
};

void applyYear(const QString &value, ParsedQuery &q)
{
    QString v = value;
    v.replace(QStringLiteral("..."), yearRange);
    QStringList parts = v.split(yearRange);
    if (parts.size() == 1 && v.size() == 9 && v.at(4) == u'-')
        parts = v.split(u'-');
    auto year = [](const QString &s, bool *ok) {
        const int y = s.toInt(ok);
        *ok = *ok && s.size() == 4 && y >= 1000 && y <= 9999;
        return y;
    };
    bool okFrom = true;
    bool okTo = true;
    int from = 0;
    int to = 0;
    if (parts.size() == 1) {
        from = to = year(parts.at(0), &okFrom);
    } else if (parts.size() == 2) {
        if (!parts.at(0).isEmpty())
            from = year(parts.at(0), &okFrom);
        if (!parts.at(1).isEmpty())
            to = year(parts.at(1), &okTo);
    }
    if (parts.size() > 2 || !okFrom || !okTo || (from == 0 && to == 0)) {
        q.hints.append(QStringLiteral("“year:%1” is not a year: write year:2004 or year:2004..2008.").arg(value));
        return;
    }
    if (from > 0 && to > 0 && from > to)
        std::swap(from, to);
    q.fields.yearFrom = from;
    q.fields.yearTo = to;
}

void applyField(const Token &t, const QueryParser::Lookups &lookups, ParsedQuery &q)
{
    if (t.minus) {
        q.hints.append(QStringLiteral("A field cannot be excluded: “-%1:%2” was ignored.").arg(t.name, t.value));
        return;
    }
    if (t.value.isEmpty()) {
        q.hints.append(QStringLiteral("“%1:” needs a value.").arg(t.name));
        return;
    }
    if (t.name == u"country") {
        QString code = lookups.country ? lookups.country(t.value) : QString();
        if (code.isEmpty() && !lookups.country && t.value.size() == 2)
            code = t.value.toUpper();
        if (code.isEmpty())
            q.hints.append(QStringLiteral("No country “%1”: the country filter was ignored.").arg(t.value));
        else
            q.fields.country = code;
    } else if (t.name == u"publisher") {
        q.fields.publisherLike = t.value;
    } else if (t.name == u"author") {
        q.fields.author = t.value;
    } else if (t.name == u"year") {
        applyYear(t.value, q);
    } else if (t.name == u"topic") {
        const QString id = lookups.topic ? lookups.topic(t.value) : t.value;
        if (id.isEmpty())
            q.hints.append(QStringLiteral("No topic “%1”: the topic filter was ignored.").arg(t.value));
        else
            q.fields.topic = id;
    } else if (t.name == u"note") {
        // Matched against the reader's notes by the caller; as typed, so that the
        // folding is the matcher's alone.
        q.noteTerms.append(t.value.simplified());
    } else if (t.name == u"is") {
        QString v = t.value.toLower();
        if (v == u"archived")
            v = isArchive;
        if (v == isPdf)
            q.fields.pdfOnly = true;
        else if (v == isFeatured)
            q.fields.section = ArticleFilter::Section::Featured;
        else if (v == isArchive)
            q.fields.section = ArticleFilter::Section::Archive;
        else
            q.hints.append(QStringLiteral("“is:%1” is unknown: use is:pdf, is:featured or is:archive.").arg(t.value));
    }
}

// The phrases one spelling of a term stands for: itself, or for an unfinished
// word the whole words it stands for.
void addPhrases(const QueryTerm &t, const PrefixExpander &expand, QStringList *phrases)
{
    const QString joined = t.words.join(u' ');
    if (!t.prefix) {
        phrases->append(quoted(joined));
        return;
    }
    QStringList completions;
    if (!expand || !expand(t.words.last(), &completions)) {
        phrases->append(quoted(joined) + u'*');
        return;
    }
    if (completions.isEmpty()) {
        phrases->append(quoted(joined)); // no word starts so: the exact word is not there either
        return;
    }
    QStringList head = t.words;
    head.removeLast();
    for (const QString &c : std::as_const(completions))
        phrases->append(quoted((head + QStringList { c }).join(u' ')));
}

// A term in every spelling: "labour" is ("labour" OR "labor").
QString termExpression(const QueryTerm &t, const PrefixExpander &expand)
{
    QStringList phrases;
    const QList<QueryTerm> spellings = spellingsOf(t, expand);
    for (const QueryTerm &s : spellings)
        addPhrases(s, expand, &phrases);
    phrases.removeDuplicates();
    return phrases.size() == 1 ? phrases.first() : u'(' + phrases.join(QStringLiteral(" OR ")) + u')';
}

QString clauseExpression(const QueryClause &c, const PrefixExpander &expand)
{
    QStringList parts;
    for (const QueryTerm &t : c.anyOf)
        parts.append(termExpression(t, expand));
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

bool ParsedQuery::hasPositive() const
{
    return std::any_of(clauses.cbegin(), clauses.cend(), [](const QueryClause &c) { return !c.exclude; });
}

bool ParsedQuery::hasExcluded() const
{
    return std::any_of(clauses.cbegin(), clauses.cend(), [](const QueryClause &c) { return c.exclude; });
}

bool ParsedQuery::hasFields() const
{
    ArticleFilter none;
    return fields != none;
}

QString ParsedQuery::matchExpression(const PrefixExpander &expand) const
{
    QStringList positive;
    for (const QueryClause &c : clauses) {
        if (!c.exclude)
            positive.append(clauseExpression(c, expand));
    }
    if (positive.isEmpty())
        return {};
    QString expr = positive.join(QStringLiteral(" AND "));
    if (hasExcluded())
        expr = u'(' + expr + QStringLiteral(") NOT (") + exclusionExpression(expand) + u')';
    return expr;
}

QString ParsedQuery::exclusionExpression(const PrefixExpander &expand) const
{
    QStringList excluded;
    for (const QueryClause &c : clauses) {
        if (c.exclude)
            excluded.append(clauseExpression(c, expand));
    }
    return excluded.join(QStringLiteral(" OR "));
}

QString ParsedQuery::describe() const
{
    QStringList out;
    for (const QueryClause &c : clauses) {
        QStringList terms;
        for (const QueryTerm &t : c.anyOf) {
            const QString w = t.words.join(u' ');
            terms.append((t.words.size() > 1 ? quoted(w) : w) + (t.prefix ? QStringLiteral("*") : QString()));
        }
        const QString group = terms.size() == 1 ? terms.first() : u'(' + terms.join(QStringLiteral(" OR ")) + u')';
        out.append(c.exclude ? u'-' + group : group);
    }
    QStringList f;
    if (!fields.country.isEmpty())
        f << QStringLiteral("country=") + fields.country;
    if (!fields.publisherLike.isEmpty())
        f << QStringLiteral("publisher~") + fields.publisherLike;
    if (!fields.author.isEmpty())
        f << QStringLiteral("author~") + fields.author;
    if (fields.yearFrom > 0 || fields.yearTo > 0) {
        f << QStringLiteral("year=%1..%2")
                 .arg(fields.yearFrom > 0 ? QString::number(fields.yearFrom) : QString(),
                     fields.yearTo > 0 ? QString::number(fields.yearTo) : QString());
    }
    if (!fields.topic.isEmpty())
        f << QStringLiteral("topic=") + fields.topic;
    for (const QString &note : noteTerms)
        f << QStringLiteral("note~") + note;
    if (fields.pdfOnly)
        f << QStringLiteral("is=pdf");
    if (fields.section == ArticleFilter::Section::Featured)
        f << QStringLiteral("is=featured");
    else if (fields.section == ArticleFilter::Section::Archive)
        f << QStringLiteral("is=archive");
    QString s = out.join(u' ');
    if (!f.isEmpty())
        s += (s.isEmpty() ? QStringLiteral("| ") : QStringLiteral(" | ")) + f.join(u' ');
    return s;
}

QList<QueryOperator> QueryParser::operators()
{
    using Place = QueryOperator::Place;
    QList<QueryOperator> out;
    for (const QString &op : wordOperators)
        out.append({ op, Place::Alone });
    out.append({ QStringLiteral("-"), Place::Before });
    out.append({ QStringLiteral("\""), Place::Before });
    out.append({ QStringLiteral("*"), Place::After });
    for (const QString &field : knownFields) {
        if (field != u"is")
            out.append({ field + u':', Place::Before });
    }
    out.append({ yearRange, Place::Inside });
    for (const QString &value : isValues)
        out.append({ QStringLiteral("is:") + value, Place::Alone });
    return out;
}

ParsedQuery QueryParser::parse(const QString &text) const
{
    ParsedQuery q;
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QList<char32_t> codePoints = [&] {
        QList<char32_t> out;
        for (const uint u : normalized.toUcs4())
            out.append(char32_t(u));
        return out;
    }();
    QList<Token> tokens = Lexer(codePoints, &q.hints).run();

    // An operator with nothing after it is the word being typed ("a OR" on the
    // way to "a ORganised").
    if (!tokens.isEmpty() && tokens.last().kind == Token::Operator) {
        tokens.last().kind = Token::Term;
        tokens.last().words = { tokens.last().name };
    }
    const bool typing = !normalized.isEmpty() && !normalized.back().isSpace();
    int lastTerm = -1;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Term)
            lastTerm = i;
    }

    int words = 0;
    bool joinNext = false;
    bool negateNext = false;
    bool dangling = false;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Field) {
            applyField(t, m_lookups, q);
            continue;
        }
        if (t.kind == Token::Operator) {
            if (t.name == u"OR") {
                if (q.clauses.isEmpty() || joinNext)
                    dangling = true;
                else
                    joinNext = true;
            } else if (t.name == u"NOT") {
                negateNext = true;
            }
            continue;
        }
        if (words + t.words.size() > maxWords) {
            q.hints.append(QStringLiteral("Only the first %1 words are searched.").arg(maxWords));
            break;
        }
        words += int(t.words.size());
        QueryTerm term;
        term.words = t.words;
        term.prefix = t.star || (i == lastTerm && typing && !t.quoted && i == tokens.size() - 1);
        const bool exclude = t.minus || negateNext;
        negateNext = false;
        if (joinNext && q.clauses.last().exclude == exclude) {
            q.clauses.last().anyOf.append(term);
        } else {
            if (joinNext)
                dangling = true;
            q.clauses.append(QueryClause { { term }, exclude });
        }
        joinNext = false;
        if (!exclude)
            q.highlightTerms.append(term.words.join(u' '));
    }
    if (dangling)
        q.hints.append(QStringLiteral("OR needs a search term on each side; the lone OR was ignored."));
    q.highlightTerms.removeDuplicates();
    q.noteTerms.removeDuplicates();
    return q;
}

} // namespace Vigil::Core
