#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Vigil::Core::Text {

// British and American spellings of one English word: "labour" and "labor",
// "organisation" and "organization", "centre" and "center", "travelled" and
// "traveled", "defence" and "defense", "programme" and "program". Words are
// folded (fold()); a word with anything but the letters a-z has no other
// spelling. The spellings come from a table of word families
// (spellingvariants.cpp), never from a guess about a word the table does not
// know: "our", "four", "hour", "author", "promise" and "size" keep their one
// spelling.

// The other spellings of a whole word, without the word; the commonest forms
// first. "labour" -> "labor".
QStringList spellingVariants(QStringView word);

// The other spellings of the words that start with prefix, as whole words:
// for "labour", "labor", "labors", "labored", "laborer" and the other forms of
// the family. Nothing until the prefix reaches the letters that differ (for
// -ise and -yse words, one letter further), nor for fewer than four letters:
// "labo" has none, "labou" has the forms of "labor", "organise" those of
// "organize".
QStringList spellingVariantsOfPrefix(QStringView prefix);

// Every way to pick one choice for each word of a run, at most limit of them,
// the first choice of every word first: {{a, b}, {c, d}} -> {a c}, {b c},
// {a d}, {b d}. Empty when a word has no choice.
QList<QStringList> combinations(const QList<QStringList> &choices, int limit);

// The letters that every one of words starts with.
QString commonPrefix(const QStringList &words);

} // namespace Vigil::Core::Text
