#pragma once

#include "domain/articlefilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vigil::Core {

// One thing to find: a word, or a phrase of words in a row. prefix: the last word
// is unfinished ("traff" finds "trafficking").
struct QueryTerm
{
    QStringList words;
    bool prefix = false;

    bool operator==(const QueryTerm &o) const { return words == o.words && prefix == o.prefix; }
};

// Clauses are ANDed. A clause holds one term, or several joined by OR; an
// excluded clause removes what it matches.
struct QueryClause
{
    QList<QueryTerm> anyOf;
    bool exclude = false;
};

// Turns the unfinished last word into the whole words it stands for (*words; an
// empty list when no word of the library starts so). Returns false to leave the
// prefix to FTS5, which is exact but reads every completion's postings.
using PrefixExpander = std::function<bool(const QString &prefix, QStringList *words)>;

struct ParsedQuery
{
    QList<QueryClause> clauses;
    // Criteria written as fields (country:, year:, ...). Its text is empty.
    ArticleFilter fields;
    // The values of note: fields, as typed (spaces simplified): the reader's notes
    // are not in the library, so the caller finds the articles whose note holds
    // every one of them (search/notematcher.h) and passes them in the filter.
    QStringList noteTerms;
    // For the reader, one sentence each: what was not understood and what was done.
    QStringList hints;
    // Words and phrases to mark in snippets and the article, as typed.
    QStringList highlightTerms;

    bool hasPositive() const;
    bool hasExcluded() const;
    bool hasFields() const;
    // Nothing to search and nothing to filter: every article.
    bool isEmpty() const { return clauses.isEmpty() && !hasFields() && noteTerms.isEmpty(); }

    // The FTS5 MATCH expression of the positive clauses, with the excluded ones as
    // NOT when there is something to exclude them from. It holds nothing but
    // double-quoted words, "*", parentheses and the AND, OR and NOT this class
    // writes, so no input reaches FTS5 as syntax. Empty when nothing is positive.
    QString matchExpression(const PrefixExpander &expand = {}) const;
    // Every excluded clause ORed: what a query with only exclusions leaves out.
    QString exclusionExpression(const PrefixExpander &expand = {}) const;
    // A stable one-line form for tests and logs: clauses, then " | " and fields.
    QString describe() const;
};

// A piece of the query language as a reader writes it, for Help.
struct QueryOperator
{
    enum class Place {
        Alone, // a word of its own: OR, is:pdf
        Before, // written onto the start of a word: -word, "phrase", country:RS
        After, // onto the end: traff*
        Inside, // inside a word: year:2004..2008
    };
    QString text;
    Place place = Place::Alone;
};

// The query language of the search box:
//   words are ANDed               forced labor
//   "exact phrase"                "debt bondage"
//   OR between two terms          begging OR beggars
//   -word, -"phrase", NOT word    trafficking -sexual
//   fields                        country:serbia  country:RS  publisher:amnesty
//                                 author:smith  year:2004  year:2004..2008
//                                 topic:forced-labour  is:pdf  is:featured  is:archive
//                                 note:interview  note:"border crossing"
//   word*                         traff*
// Case and diacritics do not matter (the index folds them), nor British or
// American spelling (search/spellings.h: labour finds labor). The last word is
// a prefix while typing, unless the text ends with a space. Any input parses:
// syntax that cannot be honoured is dropped or searched as words, with a hint.
class QueryParser final
{
public:
    struct Lookups
    {
        // Name, alias or alpha-2 code -> alpha-2 code; empty when unknown.
        std::function<QString(const QString &)> country;
        // Id or label -> topic id; empty when unknown.
        std::function<QString(const QString &)> topic;
    };

    static constexpr int maxWords = 32;

    QueryParser() = default;
    explicit QueryParser(const Lookups &lookups)
        : m_lookups(lookups)
    {
    }

    ParsedQuery parse(const QString &text) const;

    // Every operator and field this parser reads, each value of is: on its own:
    // what Help must show an example of.
    static QList<QueryOperator> operators();

private:
    Lookups m_lookups;
};

} // namespace Vigil::Core
