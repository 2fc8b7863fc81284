#include "spellings.h"

#include "text/folding.h"
#include "text/spellingvariants.h"

namespace Vigil::Core {

namespace {

// The words the library holds: those among the completions of what they all
// start with. The completions are the commonest ones, so a rare form may be
// left out, as it is from the completions of a prefix. Without a vocabulary,
// every word.
QStringList inVocabulary(const QStringList &words, const PrefixExpander &vocabulary)
{
    const QString prefix = Text::commonPrefix(words);
    QStringList known;
    if (!vocabulary || prefix.isEmpty() || !vocabulary(prefix, &known))
        return words;
    QStringList out;
    for (const QString &w : words) {
        if (known.contains(w))
            out.append(w);
    }
    return out;
}

} // namespace

QList<QueryTerm> spellingsOf(const QueryTerm &term, const PrefixExpander &vocabulary)
{
    // Each word folded as the index is (storage/sqlsupport.h searchText): the
    // tokenizer takes accents off, but makes no "d" of "Đ" and no Latin of Cyrillic.
    QList<QStringList> choices;
    for (qsizetype i = 0; i < term.words.size(); ++i) {
        const QString folded = Text::fold(term.words.at(i));
        const bool unfinished = term.prefix && i + 1 == term.words.size();
        const QStringList others = unfinished ? inVocabulary(Text::spellingVariantsOfPrefix(folded), vocabulary)
                                              : Text::spellingVariants(folded);
        choices.append(QStringList { folded } + others);
    }
    QList<QueryTerm> out;
    for (const QStringList &words : Text::combinations(choices, maxSpellings)) {
        QueryTerm spelling;
        spelling.words = words;
        // Only the word as typed is unfinished; its other spellings are whole words.
        spelling.prefix = term.prefix && words.last() == choices.last().first();
        out.append(spelling);
    }
    return out;
}

} // namespace Vigil::Core
