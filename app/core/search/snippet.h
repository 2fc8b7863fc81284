#pragma once

#include "search/queryparser.h"

#include <QString>
#include <QStringView>

namespace Vigil::Core {

// A few words of text around the first match of the query's terms, every match
// among them wrapped in [ and ], and "…" where the text goes on: what FTS5's
// snippet() gives, made from the stored body, since the contentless index keeps
// no text. Matching folds case and diacritics as the index does; a phrase
// matches its words in a row, an unfinished word any word it starts.
QString makeSnippet(QStringView text, const ParsedQuery &query, int words = 12);

} // namespace Vigil::Core
