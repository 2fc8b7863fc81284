#pragma once

#include "domain/page.h"
#include "pageline.h"

#include <QList>

namespace Vigil::Core {

class Tagger;

// The country profiles of a page's head: one per country, each known by what it
// holds rather than by a heading. A profile has an optional heading naming the
// country ("Republic of Serbia"), background paragraphs closed by their World
// Factbook citation, and the caption lines of its map or flag, which may stand
// above the heading, among the paragraphs, after the citation or all grouped
// above the first profile. The Trafficking in Persons excerpts follow, one per
// country, each closed by its citation on the same line or the next.
class CountryProfileParser final
{
public:
    explicit CountryProfileParser(const Tagger &tagger);

    // Reads the profiles among lines (the head between the coverage line and
    // the caution notice) into page.profiles; warnings go to page.warnings.
    void parse(const QList<PageLine> &lines, Page &page) const;

private:
    const Tagger &m_tagger;
};

} // namespace Vigil::Core
