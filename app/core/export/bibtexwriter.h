#pragma once

#include "cslitem.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// BibTeX entries of CSL items, for BibTeX and biblatex alike: @techreport for
// reports, @article for news reports, @misc for the rest. Web pages are @misc,
// not biblatex's @online: classic styles and bibtexparser's default settings
// know no @online, and the latter drops such an entry without a word. biblatex
// reads the access date from urldate, BibTeX from the note.
// Text stays UTF-8 (biber and bibtexu read it; with classic BibTeX, load inputenc);
// the characters TeX treats as commands are escaped, braces as \textbraceleft{}
// and \textbraceright{} so that an unmatched one cannot end a field. A title is
// kept in a second pair of braces: its capitals stay as the source wrote them,
// since a style that lowers them cannot know which words are proper names.
namespace Bibtex {
QString escape(const QString &text);
QString entry(const CslItem &item, const QString &key);
// Every item, with keys from CitationKeys::assign(), an empty line between entries.
QString write(const QList<CslItem> &items);
} // namespace Bibtex

} // namespace Vigil::Core
