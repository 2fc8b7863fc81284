#pragma once

#include "domain/page.h"
#include "htmltemplate.h"

#include <QString>

namespace Vigil::Core {

// Bibliography entries for an excerpted article in APA 7, MLA 9 and Chicago 17
// (notes-bibliography, bibliography form), and as BibTeX and RIS.
//
// They claim no more than the article has: a date only to its precision ("n.d."
// when there is none; MLA omits it, as MLA does), no URL (the addresses were lost
// when the pages were saved, and an invented one would send readers astray), and
// titles as the source wrote them (turning them into APA sentence case would need
// to know which words are proper names). An article with a publisher that is not
// a PDF is treated as a piece in a publication (title plain, publication in
// italics); a PDF, or an article with no publisher, as a work of its own (title
// in italics).
class Citation final
{
public:
    enum class Style { Apa, Mla, Chicago };

    static QString apa(const Article &a);
    static QString mla(const Article &a);
    static QString chicago(const Article &a);
    static QString text(Style style, const Article &a);
    // The same entry with italics as <i>, every part escaped.
    static HtmlFragment html(Style style, const Article &a);

    // One entry of the export (core/export/: its types, fields and key scheme).
    static QString bibtex(const Article &a);
    static QString ris(const Article &a);

    // The article as the styles read it: blank authors, publishers and
    // identifiers dropped, spaces tidied, "[Untitled]" for a missing title. No
    // style writes an empty field.
    static Article citable(const Article &a);
    // The page itself as a citable work: a web page by the site's author (as the
    // page's own citation names him), titled "Site – Page", with no date (the page
    // is kept up to date and does not say when). Every style formats it.
    static Article pageRecord(const Page &page);

    // Where the excerpt was read, to follow a citation of the article:
    // "Excerpted in: Patt, Martin. Human Trafficking & Modern-day Slavery – Serbia, ...".
    static QString sourcePage(const Page &page);

    static QString styleKey(Style style); // "apa", "mla", "chicago" (used in vigil: links)
    static QString styleName(Style style); // "APA 7", "MLA 9", "Chicago 17"
    // The latest of the article's access dates; invalid when it has none.
    static PartialDate lastAccessed(const Article &a);
};

} // namespace Vigil::Core
