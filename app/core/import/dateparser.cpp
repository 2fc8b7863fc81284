#include "dateparser.h"

#include <array>
#include <vector>

namespace Vigil::Core {

namespace {

// Outside this window a four-digit number on a source page is a page count, an
// identifier or a price far more often than the date of the source.
constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;

enum class Kind { Number, Word, Space, Punct };

struct Token
{
    Kind kind;
    qsizetype start;
    qsizetype length;
};

// The text cut once into runs of ASCII digits, of letters and of blanks; any other
// character is a token of its own. Every matcher below looks only a few tokens ahead
// of where it starts, so a search is linear in the text whatever it holds, which a
// regular expression with optional parts cannot promise on 10,000 characters of junk.
class Tokens
{
public:
    explicit Tokens(QStringView text)
        : m_text(text)
    {
        for (qsizetype i = 0; i < text.size();) {
            const Kind kind = kindOf(text.at(i));
            qsizetype j = i + 1;
            while (kind != Kind::Punct && j < text.size() && kindOf(text.at(j)) == kind)
                ++j;
            m_tokens.push_back({ kind, i, j - i });
            i = j;
        }
    }

    qsizetype size() const { return qsizetype(m_tokens.size()); }
    const Token &at(qsizetype i) const { return m_tokens[size_t(i)]; }
    QStringView view(qsizetype i) const { return m_text.mid(at(i).start, at(i).length); }
    bool is(qsizetype i, Kind kind) const { return i >= 0 && i < size() && at(i).kind == kind; }
    bool isPunct(qsizetype i, QStringView chars) const
    {
        return is(i, Kind::Punct) && chars.contains(m_text.at(at(i).start));
    }
    bool isWord(qsizetype i, QStringView word) const
    {
        return is(i, Kind::Word) && view(i).compare(word, Qt::CaseInsensitive) == 0;
    }
    qsizetype skipSpace(qsizetype i) const { return is(i, Kind::Space) ? i + 1 : i; }
    // The value of a run of minDigits..maxDigits digits, or -1.
    int number(qsizetype i, qsizetype minDigits, qsizetype maxDigits) const
    {
        if (!is(i, Kind::Number) || at(i).length < minDigits || at(i).length > maxDigits)
            return -1;
        return view(i).toInt();
    }

private:
    static Kind kindOf(QChar c)
    {
        // Only ASCII digits: other scripts' digits never carry these sources' dates.
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            return Kind::Number;
        if (c.isLetter())
            return Kind::Word;
        return c.isSpace() ? Kind::Space : Kind::Punct;
    }

    QStringView m_text;
    std::vector<Token> m_tokens;
};

// A date-shaped run of tokens [first, end). An impossible date ("31 February 2005")
// still has a shape: the search steps over it instead of reading "February 2005" in it.
struct Candidate
{
    qsizetype first = 0;
    qsizetype end = 0;
    PartialDate date;
    bool ambiguous = false;
    bool monthFirst = false;
    bool bareYear = false; // a lone year, trusted only where a byline puts its date
};

// Words that introduce a date in a byline, two-word ones first so that "Date Published"
// is taken whole rather than as "Published" after a stray "Date".
constexpr std::array<std::array<const char16_t *, 2>, 16> Leads = { {
    { u"date", u"published" },
    { u"published", u"on" },
    { u"posted", u"on" },
    { u"updated", u"on" },
    { u"last", u"updated" },
    { u"date", u"accessed" },
    { u"last", u"accessed" },
    { u"accessed", u"on" },
    { u"retrieved", u"on" },
    { u"published", nullptr },
    { u"posted", nullptr },
    { u"updated", nullptr },
    { u"accessed", nullptr },
    { u"retrieved", nullptr },
    { u"date", nullptr },
    { u"dated", nullptr },
} };

constexpr std::array<const char16_t *, 12> MonthNames = { u"january", u"february", u"march", u"april", u"may", u"june",
    u"july", u"august", u"september", u"october", u"november", u"december" };

// word is name with one letter left out ("Febuary"), one letter typed twice
// ("Augusst") or two letters side by side swapped ("Janaury", "Octobre").
bool isSlipOf(QStringView word, QStringView name)
{
    if (word.size() == name.size()) {
        for (qsizetype at = 0; at + 1 < name.size(); ++at) {
            if (word.at(at).toLower() != word.at(at + 1).toLower()
                && word.left(at).compare(name.left(at), Qt::CaseInsensitive) == 0
                && word.at(at).toLower() == name.at(at + 1) && word.at(at + 1).toLower() == name.at(at)
                && word.mid(at + 2).compare(name.mid(at + 2), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    if (word.size() == name.size() - 1) {
        for (qsizetype skip = 0; skip < name.size(); ++skip) {
            if (word.left(skip).compare(name.left(skip), Qt::CaseInsensitive) == 0
                && word.mid(skip).compare(name.mid(skip + 1), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    if (word.size() == name.size() + 1) {
        for (qsizetype twice = 1; twice < word.size(); ++twice) {
            if (word.at(twice).toLower() == word.at(twice - 1).toLower()
                && word.left(twice).compare(name.left(twice), Qt::CaseInsensitive) == 0
                && word.mid(twice + 1).compare(name.mid(twice), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// A month name with a slip of the hand, when exactly one month fits; short words
// are left alone ("Jne" is too little to go on).
int repairedMonthOf(QStringView word)
{
    if (word.size() < 4 || word.size() > 10)
        return 0;
    int found = 0;
    for (int m = 0; m < 12; ++m) {
        if (isSlipOf(word, QStringView(MonthNames[size_t(m)]))) {
            if (found)
                return 0;
            found = m + 1;
        }
    }
    return found;
}

int monthOf(QStringView word)
{
    for (int m = 0; m < 12; ++m) {
        const QStringView full(MonthNames[size_t(m)]);
        if (word.compare(full, Qt::CaseInsensitive) == 0
            || (word.size() == 3 && word.compare(full.left(3), Qt::CaseInsensitive) == 0))
            return m + 1;
    }
    if (word.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    return repairedMonthOf(word);
}

bool isJoiner(const Tokens &t, qsizetype i)
{
    return t.isPunct(i, u"/-._");
}
bool isAlnum(const Tokens &t, qsizetype i)
{
    return t.is(i, Kind::Number) || t.is(i, Kind::Word);
}

// A number glued to digits or letters, directly or by / - . _, belongs to an identifier
// such as "EUR 70/001/2005" or "report-2004.pdf", not to a date.
bool gluedBefore(const Tokens &t, qsizetype i)
{
    return isAlnum(t, i - 1) || (isJoiner(t, i - 1) && isAlnum(t, i - 2));
}
bool gluedAfter(const Tokens &t, qsizetype i)
{
    return isAlnum(t, i + 1) || (isJoiner(t, i + 1) && isAlnum(t, i + 2));
}

int yearAt(const Tokens &t, qsizetype i)
{
    const int y = t.number(i, 4, 4);
    return y >= MinYear && y <= MaxYear ? y : 0;
}

// A day "3", "03", "3rd"; sets *next past it. Any other letters glued to it ("3km") are
// not a day.
int readDay(const Tokens &t, qsizetype i, qsizetype *next)
{
    const int d = t.number(i, 1, 2);
    if (d < 1 || d > 31)
        return 0;
    qsizetype j = i + 1;
    if (t.is(j, Kind::Word)) {
        const QStringView s = t.view(j);
        if (s.size() != 2 || !QStringView(u"st nd rd th").contains(s, Qt::CaseInsensitive))
            return 0;
        ++j;
    }
    if (t.is(j, Kind::Number))
        return 0;
    *next = j;
    return d;
}

int readMonth(const Tokens &t, qsizetype i, qsizetype *next)
{
    const int m = t.is(i, Kind::Word) ? monthOf(t.view(i)) : 0;
    if (m)
        *next = t.isPunct(i + 1, u".") ? i + 2 : i + 1;
    return m;
}

// What may stand between the parts of a written date: a comma, blanks, or both; a month
// abbreviation's dot is enough on its own ("Sept.12"). -1 when the parts touch.
qsizetype skipGap(const Tokens &t, qsizetype j)
{
    const qsizetype from = j;
    if (t.isPunct(j, u","))
        ++j;
    j = t.skipSpace(j);
    return j > from || t.isPunct(from - 1, u".") ? j : -1;
}

// 12/06/2002, 05/04/05, 12.06.2002, 12-06-2002, 2002-06-12, 2002-06.
std::optional<Candidate> matchNumeric(const Tokens &t, qsizetype i)
{
    // 12. 3. 2009: a dot and a blank between the parts, as Central European dates go.
    if (t.isPunct(i + 1, u".") && t.is(i + 2, Kind::Space) && t.is(i + 3, Kind::Number) && t.isPunct(i + 4, u".")
        && t.is(i + 5, Kind::Space) && t.is(i + 6, Kind::Number) && !gluedBefore(t, i) && !gluedAfter(t, i + 6)) {
        const int d = t.number(i, 1, 2);
        const int m = t.number(i + 3, 1, 2);
        const int y = yearAt(t, i + 6);
        if (d < 0 || m < 0 || !y)
            return {};
        return Candidate { i, i + 7, PartialDate::ofDay(y, m, d) };
    }
    if (!t.isPunct(i + 1, u"/.-") || !t.is(i + 2, Kind::Number) || gluedBefore(t, i))
        return {};
    const QStringView sep = t.view(i + 1);
    const bool three = t.isPunct(i + 3, sep) && t.is(i + 4, Kind::Number);
    const qsizetype last = three ? i + 4 : i + 2;
    if (gluedAfter(t, last))
        return {};
    Candidate c { i, last + 1, PartialDate() };
    if (t.at(i).length == 4) {
        // A two-part form only as ISO "2002-06": "2002/06" is as often a span of years.
        const int y = yearAt(t, i);
        const int m = t.number(i + 2, three ? 1 : 2, 2);
        const int d = three ? t.number(i + 4, 1, 2) : 0;
        if (m < 0 || d < 0 || (!three && sep != u"-"))
            return {};
        c.date = !y ? PartialDate() : three ? PartialDate::ofDay(y, m, d) : PartialDate::ofMonth(y, m);
        return c;
    }
    const int a = t.number(i, 1, 2);
    const int b = t.number(i + 2, 1, 2);
    int y = three ? t.number(i + 4, 2, 4) : -1;
    if (a < 0 || b < 0 || y < 0 || t.at(i + 4).length == 3)
        return {};
    if (t.at(i + 4).length == 2)
        y += y <= 50 ? 2000 : 1900;
    // House rule: day first. Month first only when nothing else can be meant.
    const bool swap = b > 12 && a <= 12;
    c.monthFirst = swap;
    c.ambiguous = a <= 12 && b <= 12;
    const bool yearOk = y >= MinYear && y <= MaxYear;
    c.date = yearOk ? PartialDate::ofDay(y, swap ? a : b, swap ? b : a) : PartialDate();
    return c;
}

// 1 February 2005, 1st March 2005, 12 Sep. 2004, 1 February, 2005, 12th of
// March 2009, 12-Mar-2009; a range of days gives its first (1-2 March 2009).
std::optional<Candidate> matchDayMonthYear(const Tokens &t, qsizetype i)
{
    qsizetype j = 0;
    const int d = readDay(t, i, &j);
    if (!d || gluedBefore(t, i))
        return {};
    // 12-Mar-2009, 12/Mar/2009: the same joiner on both sides of the month.
    if (t.isPunct(j, u"-/") && t.is(j + 1, Kind::Word)) {
        const QStringView joiner = t.view(j);
        qsizetype k = 0;
        const int m = readMonth(t, j + 1, &k);
        const int y = m && t.isPunct(k, joiner) ? yearAt(t, k + 1) : 0;
        if (y && !gluedAfter(t, k + 1))
            return Candidate { i, k + 2, PartialDate::ofDay(y, m, d) };
        return {};
    }
    // 1-2 March 2009, 1–2 March 2009.
    if (t.isPunct(j, u"-\u2013") && t.number(j + 1, 1, 2) > d && t.number(j + 1, 1, 2) <= 31)
        j += 2;
    if ((j = skipGap(t, j)) < 0)
        return {};
    if (t.isWord(j, u"of"))
        j = t.skipSpace(j + 1);
    const int m = readMonth(t, j, &j);
    if (!m || (j = skipGap(t, j)) < 0)
        return {};
    const int y = yearAt(t, j);
    if (!y || gluedAfter(t, j))
        return {};
    return Candidate { i, j + 1, PartialDate::ofDay(y, m, d) };
}

// 2009 March 12: year, month name, day.
std::optional<Candidate> matchYearMonthDay(const Tokens &t, qsizetype i)
{
    const int y = yearAt(t, i);
    if (!y || gluedBefore(t, i) || !t.is(i + 1, Kind::Space))
        return {};
    qsizetype j = 0;
    const int m = readMonth(t, i + 2, &j);
    if (!m || (j = skipGap(t, j)) < 0)
        return {};
    qsizetype k = 0;
    const int d = readDay(t, j, &k);
    if (!d || t.is(k, Kind::Word) || t.isPunct(k, u"/-"))
        return {};
    return Candidate { i, k, PartialDate::ofDay(y, m, d) };
}

// Spring 2008, Winter 2008: a season is known to its year.
std::optional<Candidate> matchSeason(const Tokens &t, qsizetype i)
{
    static constexpr std::array<const char16_t *, 5> Seasons = { u"spring", u"summer", u"autumn", u"fall", u"winter" };
    bool season = false;
    for (const char16_t *name : Seasons)
        season = season || t.isWord(i, name);
    const qsizetype j = i + 2;
    if (!season || !t.is(i + 1, Kind::Space))
        return {};
    const int y = yearAt(t, j);
    if (!y || gluedAfter(t, j))
        return {};
    return Candidate { i, j + 1, PartialDate::ofYear(y) };
}

// August 3, 2004, July 8 2003, May 12th, 2004, October 2007, Feb. 2004; a
// range of months gives its first (March-April 2009).
std::optional<Candidate> matchMonthFirst(const Tokens &t, qsizetype i)
{
    qsizetype j = 0;
    const int m = readMonth(t, i, &j);
    if (!m)
        return matchSeason(t, i);
    if (t.isPunct(j, u"-/\u2013") && t.is(j + 1, Kind::Word)) {
        qsizetype k = 0;
        if (const int to = readMonth(t, j + 1, &k); to && (k = skipGap(t, k)) >= 0) {
            if (const int y = yearAt(t, k); y && !gluedAfter(t, k))
                return Candidate { i, k + 1, PartialDate::ofMonth(y, m) };
        }
        return {};
    }
    if ((j = skipGap(t, j)) < 0)
        return {};
    qsizetype k = 0;
    if (const int d = readDay(t, j, &k); d && (k = skipGap(t, k)) >= 0) {
        if (const int y = yearAt(t, k); y && !gluedAfter(t, k))
            return Candidate { i, k + 1, PartialDate::ofDay(y, m, d) };
    }
    if (const int y = yearAt(t, j); y && !gluedAfter(t, j))
        return Candidate { i, j + 1, PartialDate::ofMonth(y, m) };
    return {};
}

// 2018 Edition, 2020 Editions, or a lone 2004 (which the caller weighs).
std::optional<Candidate> matchYear(const Tokens &t, qsizetype i)
{
    const int y = yearAt(t, i);
    if (!y || gluedBefore(t, i))
        return {};
    const qsizetype j = i + 2;
    if (t.is(i + 1, Kind::Space) && (t.isWord(j, u"edition") || t.isWord(j, u"editions")))
        return Candidate { i, j + 1, PartialDate::ofYear(y) };
    if (gluedAfter(t, i))
        return {};
    return Candidate { i, i + 1, PartialDate::ofYear(y), false, false, /* bareYear */ true };
}

// Longest shapes first, so "12 Sep 2004" is not taken for "12" then "Sep 2004".
std::optional<Candidate> matchAt(const Tokens &t, qsizetype i)
{
    if (t.is(i, Kind::Word))
        return matchMonthFirst(t, i);
    if (!t.is(i, Kind::Number))
        return {};
    if (auto c = matchNumeric(t, i))
        return c;
    if (auto c = matchDayMonthYear(t, i))
        return c;
    if (auto c = matchYearMonthDay(t, i))
        return c;
    return matchYear(t, i);
}

// The first token of a lead ending just before token i ("Date Published: "), or i.
qsizetype leadBefore(const Tokens &t, qsizetype i)
{
    qsizetype j = i - 1;
    if (t.is(j, Kind::Space))
        --j;
    if (t.isPunct(j, u":"))
        j = t.is(j - 1, Kind::Space) ? j - 2 : j - 1;
    for (const auto &lead : Leads) {
        if (!lead[1] && t.isWord(j, lead[0]))
            return j;
        if (lead[1] && t.isWord(j, lead[1]) && t.is(j - 1, Kind::Space) && t.isWord(j - 2, lead[0]))
            return j - 2;
    }
    return i;
}

// The first token after a lead starting at token i, with its colon and blanks, or i.
qsizetype leadAfter(const Tokens &t, qsizetype i)
{
    for (const auto &lead : Leads) {
        qsizetype j = i;
        if (!t.isWord(j, lead[0]))
            continue;
        if (lead[1] && !(t.is(j + 1, Kind::Space) && t.isWord(j + 2, lead[1])))
            continue;
        j += lead[1] ? 3 : 1;
        const qsizetype wordsEnd = j;
        j = t.skipSpace(j);
        if (t.isPunct(j, u":"))
            j = t.skipSpace(j + 1);
        if (j > wordsEnd)
            return j;
    }
    return i;
}

// A lone year counts only as the last item of a byline ("Some Org, 2004"): elsewhere it
// is mostly part of a title ("2020 Country Reports on ...") or a count.
bool standsAlone(const Tokens &t, qsizetype first, qsizetype end)
{
    const qsizetype before = t.is(first - 1, Kind::Space) ? first - 2 : first - 1;
    if (before >= 0 && !t.isPunct(before, u",;[(\u2013\u2014"))
        return false;
    for (qsizetype j = end; j < t.size(); ++j)
        if (!t.is(j, Kind::Space) && !t.isPunct(j, u".;])"))
            return false;
    return true;
}

} // namespace

PartialDate DateParser::parse(QStringView text)
{
    const auto junk = [](QChar c, QStringView marks) { return c.isSpace() || marks.contains(c); };
    while (!text.isEmpty() && junk(text.front(), u"[("))
        text = text.mid(1);
    while (!text.isEmpty() && junk(text.back(), u"]).,;:"))
        text.chop(1);
    const Tokens t(text);
    const std::optional<Candidate> c = matchAt(t, leadAfter(t, 0));
    return c && c->end == t.size() ? c->date : PartialDate();
}

namespace {

struct Found
{
    std::optional<DateMatch> date; // the last real date
    std::optional<DateMatch> impossible; // the last date-shaped run that is no date, if after it
};

Found scan(QStringView text)
{
    const Tokens t(text);
    Found found;
    // Leftmost-longest from the start, keeping the last: a date is never read out of the
    // middle of a longer one ("Sep 2004" in "12 Sep 2004").
    for (qsizetype i = 0; i < t.size();) {
        const std::optional<Candidate> c = matchAt(t, i);
        if (!c) {
            ++i;
            continue;
        }
        i = c->end;
        const qsizetype first = leadBefore(t, c->first);
        if (c->bareYear && !standsAlone(t, first, c->end))
            continue;
        const qsizetype start = t.at(first).start;
        const Token &last = t.at(c->end - 1);
        const DateMatch match { c->date, start, last.start + last.length - start, c->ambiguous, c->monthFirst };
        if (c->date.isValid()) {
            found.date = match;
            found.impossible.reset();
        } else if (!c->bareYear) {
            found.impossible = match;
        }
    }
    return found;
}

} // namespace

std::optional<DateMatch> DateParser::findLast(QStringView text)
{
    return scan(text).date;
}

std::optional<DateMatch> DateParser::findLastImpossible(QStringView text)
{
    return scan(text).impossible;
}

} // namespace Vigil::Core
