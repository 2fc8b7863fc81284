#pragma once

#include "search/queryparser.h"

#include <QString>
#include <QStringView>

namespace Vigil::Core {

// A few words of text around the first match of the query's terms, every match
// among them wrapped in [ and ], and "…" where the text goes on: what FTS5's
// snippet() gives, made from the stored body, since the contentless index keeps
// no text. Matching folds case and diacritics as the index does; a phrase
// matches its words in a row, an unfinished word any word it starts, and a
// word its other English spellings (search/spellings.h).
struct SnippetMarks
{
    QChar open = u'[';
    QChar close = u']';
};
// For the article list: private-use characters, which no stored text is left
// holding, so that a match is never mistaken for a bracket of the text.
inline constexpr SnippetMarks listSnippetMarks { QChar(0xE000), QChar(0xE001) };

QString makeSnippet(QStringView text, const ParsedQuery &query, int words = 12, SnippetMarks marks = {});

} // namespace Vigil::Core
