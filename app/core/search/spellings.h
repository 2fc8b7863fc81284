#pragma once

#include "search/queryparser.h"

#include <QList>

namespace Vigil::Core {

// A term and its other English spellings (text/spellingvariants.h): "forced
// labour" is also "forced labor", "organise" (unfinished) also "organize"
// and "organized". The term itself comes first, as it was; the others are
// folded. An unfinished last word stays a prefix; its other spellings are the
// whole words of its family, and with a vocabulary (the library's words, as a
// PrefixExpander gives them) only those the library holds. At most
// maxSpellings terms.
inline constexpr int maxSpellings = 16;
QList<QueryTerm> spellingsOf(const QueryTerm &term, const PrefixExpander &vocabulary = {});

} // namespace Vigil::Core
