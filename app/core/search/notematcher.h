#pragma once

#include "domain/note.h"
#include "search/queryparser.h"

#include <QList>

namespace Vigil::Core {

// The articles a query finds through the reader's notes. The notes live in the
// user's database, which the library's queries do not see, so the window matches
// them here and hands the ids to the search in its ArticleFilter, as it does a
// reading list's. Notes are few (one per article the reader wrote on), so each
// search folds them afresh.
struct NoteMatches
{
    // Whose note holds every note: value of the query, folded as the search
    // folds (text/folding.h), spaces simplified: a part of the note, so
    // note:interview finds "interviews". Empty when the query has no note: field.
    QList<qint64> byField;
    // Whose note the query's words match as the index matches an article's text:
    // every clause, a phrase's words in a row, the unfinished last word as a
    // prefix, British and American spellings alike, no excluded term. Empty when
    // the query has no word to find.
    QList<qint64> byWords;
};

NoteMatches matchNotes(const ParsedQuery &query, const QList<Note> &notes);

} // namespace Vigil::Core
