#include "snippet.h"

#include "content/highlight.h"
#include "search/spellings.h"
#include "text/folding.h"

namespace Vigil::Core {

namespace {

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isWordAt(QStringView text, qsizetype i, qsizetype *width)
{
    const char16_t c = text[i].unicode();
    *width = 1;
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
        return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
    }
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// The word starting at or after from; an empty span at the end of the text.
Span nextWord(QStringView text, qsizetype from)
{
    qsizetype width = 1;
    while (from < text.size() && !isWordAt(text, from, &width))
        from += width;
    Span s { from, from };
    while (s.end < text.size() && isWordAt(text, s.end, &width))
        s.end += width;
    return s;
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString fold(QStringView word)
{
    return isAscii(word) ? word.toString().toLower() : Text::fold(word);
}

// Bodies are mostly ASCII: compared in place without folding, which would
// allocate for every word of every body.
bool sameWord(QStringView word, const QString &folded, bool prefix)
{
    if (isAscii(word))
        return prefix ? word.startsWith(folded, Qt::CaseInsensitive) : word.compare(folded, Qt::CaseInsensitive) == 0;
    const QString f = fold(word);
    return prefix ? f.startsWith(folded) : f == folded;
}

struct Term
{
    QStringList words; // folded
    bool prefix = false;
};

// One past the end of the match starting with the word at `at`, or -1.
qsizetype matchAt(QStringView text, Span at, const QList<Term> &terms)
{
    qsizetype best = -1;
    for (const Term &t : terms) {
        Span w = at;
        bool ok = true;
        for (qsizetype k = 0; ok && k < t.words.size(); ++k) {
            if (k > 0)
                w = nextWord(text, w.end);
            ok = w.end > w.begin
                && sameWord(text.mid(w.begin, w.end - w.begin), t.words[k], t.prefix && k == t.words.size() - 1);
        }
        if (ok)
            best = std::max(best, w.end);
    }
    return best;
}

} // namespace

QString makeSnippet(QStringView text, const ParsedQuery &query, int words, SnippetMarks marks)
{
    QList<Term> terms;
    for (const QueryClause &c : query.clauses) {
        if (c.exclude)
            continue;
        for (const QueryTerm &t : c.anyOf) {
            // Every spelling the search matched: "labour" marks "labor".
            const QList<QueryTerm> spellings = spellingsOf(t);
            for (const QueryTerm &s : spellings) {
                Term term;
                for (const QString &w : s.words)
                    term.words.append(fold(w));
                term.prefix = s.prefix;
                terms.append(term);
            }
        }
    }
    // The first match, and the few words before it that lead into it.
    const int lead = words / 4;
    QList<qsizetype> recent; // starts of the last `lead` words
    qsizetype start = -1;
    for (Span w = nextWord(text, 0); w.end > w.begin; w = nextWord(text, w.end)) {
        if (matchAt(text, w, terms) >= 0) {
            start = recent.isEmpty() ? w.begin : recent.first();
            break;
        }
        recent.append(w.begin);
        if (recent.size() > lead)
            recent.removeFirst();
    }
    const bool cutBefore = start > 0 && nextWord(text, 0).begin < start;
    if (start < 0)
        start = 0;

    QString out;
    // The text never supplies a mark itself.
    const auto copy = [&out, &text, &marks](qsizetype from, qsizetype n) {
        const QStringView part = text.mid(from, n);
        for (const QChar c : part) {
            if (c != marks.open && c != marks.close)
                out += c;
        }
    };
    if (cutBefore)
        out += u'…';
    qsizetype at = -1; // where the copied text has got to
    qsizetype openUntil = -1; // end of the match being marked
    Span w = nextWord(text, start);
    for (int n = 0; n < words && w.end > w.begin; ++n) {
        if (at < 0)
            at = w.begin;
        if (openUntil < 0) {
            const qsizetype end = matchAt(text, w, terms);
            if (end >= 0) {
                copy(at, w.begin - at);
                out += marks.open;
                at = w.begin;
                openUntil = end;
            }
        }
        if (openUntil >= 0 && w.end >= openUntil) {
            copy(at, w.end - at);
            out += marks.close;
            at = w.end;
            openUntil = -1;
        }
        const Span next = nextWord(text, w.end);
        if (n + 1 == words || next.end == next.begin) {
            copy(at, w.end - at);
            if (openUntil >= 0)
                out += marks.close;
            if (next.end > next.begin)
                out += u'…';
            break;
        }
        w = next;
    }
    return out;
}

} // namespace Vigil::Core
