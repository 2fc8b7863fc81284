#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Vigil::Core::Text {

// The one folding of text for matching, used by the reference data (country,
// place and topic names), the tagger, article ids, the query parser, the
// highlighter and the snippets: lower case, diacritics removed ("PRIŠTINA" ->
// "pristina"), letters without a decomposition given their plain form
// ("Đakovica" -> "dakovica", "ß" -> "ss"), Serbian Cyrillic in Latin script
// ("Приштина" -> "pristina"), typographic quotes made plain. The search index
// holds text folded by it too (storage/sqlsupport.h searchText).
// One code point at a time, so positions map back to the original.
QString fold(QStringView text);

struct FoldedText
{
    QString folded;
    QList<qsizetype> origin; // origin[i]: where folded[i] came from in the original
};
FoldedText foldWithOrigins(QStringView text);

} // namespace Vigil::Core::Text
