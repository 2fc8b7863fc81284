#pragma once

#include "domain/page.h"

#include <QString>

namespace Vigil::Core {

// An article as the citation formats read it, and the page it was excerpted
// in. The prose styles (APA, MLA, Chicago and every other) are the CSL engine's
// (app/csl/), from the article's CslItem (export/cslitem.h); BibTeX and RIS are
// the export's own writers.
class Citation final
{
public:
    // One entry of the export (core/export/: its types, fields and key scheme).
    static QString bibtex(const Article &a);
    static QString ris(const Article &a);

    // The article as the styles read it: blank authors, publishers and
    // identifiers dropped, spaces tidied, "[Untitled]" for a missing title. No
    // style writes an empty field.
    static Article citable(const Article &a);
    // The page itself as a citable work: a web page by the site's author (as the
    // page's own citation names him), titled "Site – Page", with no date (the page
    // is kept up to date and does not say when).
    static Article pageRecord(const Page &page);

    // Where the excerpt was read, to follow a citation of the article:
    // "Excerpted in: Patt, Martin. Human Trafficking & Modern-day Slavery – Serbia, ...".
    static QString sourcePage(const Page &page);

    // The latest of the article's access dates; invalid when it has none.
    static PartialDate lastAccessed(const Article &a);
};

} // namespace Vigil::Core
