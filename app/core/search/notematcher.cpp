#include "notematcher.h"

#include "spellings.h"
#include "text/folding.h"

namespace Vigil::Core {

namespace {

// The words of a folded text, split as the index's tokenizer splits: letters
// and digits make words, everything else separates them.
QStringList wordsOf(const QString &folded)
{
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// A term's words in a row in the note; the last one a prefix when unfinished.
bool hasPhrase(const QStringList &note, const QueryTerm &term)
{
    QStringList wanted;
    for (const QString &w : term.words)
        wanted += wordsOf(Text::fold(w));
    if (wanted.isEmpty())
        return false;
    for (qsizetype start = 0; start + wanted.size() <= note.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < wanted.size() && all; ++k) {
            const QString &have = note.at(start + k);
            const bool last = k + 1 == wanted.size();
            all = (last && term.prefix) ? have.startsWith(wanted.at(k)) : have == wanted.at(k);
        }
        if (all)
            return true;
    }
    return false;
}

bool clauseMatches(const QStringList &note, const QueryClause &clause)
{
    for (const QueryTerm &term : clause.anyOf) {
        const QList<QueryTerm> spellings = spellingsOf(term);
        for (const QueryTerm &spelling : spellings) {
            if (hasPhrase(note, spelling))
                return true;
        }
    }
    return false;
}

bool wordsMatch(const QStringList &note, const ParsedQuery &query)
{
    for (const QueryClause &clause : query.clauses) {
        if (clauseMatches(note, clause) == clause.exclude)
            return false;
    }
    return true;
}

} // namespace

NoteMatches matchNotes(const ParsedQuery &query, const QList<Note> &notes)
{
    NoteMatches out;
    QStringList fieldValues;
    for (const QString &term : query.noteTerms)
        fieldValues.append(Text::fold(term).simplified());
    const bool byWords = query.hasPositive();
    if (fieldValues.isEmpty() && !byWords)
        return out;
    for (const Note &note : notes) {
        const QString folded = Text::fold(note.text);
        if (!fieldValues.isEmpty()) {
            const QString simplified = folded.simplified();
            const bool all = std::all_of(fieldValues.cbegin(), fieldValues.cend(),
                [&simplified](const QString &value) { return simplified.contains(value); });
            if (all)
                out.byField.append(note.articleId);
        }
        if (byWords && wordsMatch(wordsOf(folded), query))
            out.byWords.append(note.articleId);
    }
    return out;
}

} // namespace Vigil::Core
