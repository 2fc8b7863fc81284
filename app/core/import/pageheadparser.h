#pragma once

#include "domain/page.h"
#include "pageline.h"

#include <QList>

namespace Vigil::Core {

class ReferenceData;
class Tagger;

// The part of a page above its first entry: titles, coverage, country profiles,
// the caution notice, the note for students and the "HELP for Victims" hotlines.
class PageHeadParser final
{
public:
    PageHeadParser(const ReferenceData &data, const Tagger &tagger);

    // Fills the head fields of page from the lines before the first entry.
    void parse(const QList<PageLine> &head, Page &page) const;
    // Where, above line end, the page head has certainly ended and an entry may
    // begin without an access line: after the last of the coverage line, the
    // "HELP for Victims" line and "*** ARCHIVES ***"; -1 when none is there.
    static qsizetype entriesMayStart(const QList<PageLine> &lines, qsizetype end);
    // Splits the closing line into the fair-use notice and the page's citation.
    static void parseClosing(const QString &text, Page &page);

private:
    void parseHotlines(const QList<PageLine> &lines, Page &page) const;

    const ReferenceData &m_data;
    const Tagger &m_tagger;
};

} // namespace Vigil::Core
