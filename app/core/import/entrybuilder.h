#pragma once

#include "domain/page.h"
#include "pageline.h"

#include <QList>

namespace Vigil::Core {

class BylineParser;
class Tagger;

// Turns the lines of one entry (title, byline, access lines, notes, excerpt) into
// an Article, tagged with countries and topics.
class EntryBuilder final
{
public:
    EntryBuilder(const Tagger &tagger, const BylineParser &bylines);

    struct Span
    {
        qsizetype title = -1;
        qsizetype subtitle = -1; // -1 when the entry has none
        qsizetype byline = -1; // -1 when the entry has none
        qsizetype bylineEnd = -1; // one past the last byline line (an author line may come first)
        qsizetype anchorStart = 0; // access lines, archived-copy note, link labels
        qsizetype anchorEnd = 0;
        qsizetype bodyEnd = 0; // one past the entry's last line
    };

    // Warnings go to page.warnings; page.countries restricts text-based tagging.
    Article build(const QList<PageLine> &lines, const Span &span, Page &page) const;

private:
    void addParagraphs(const QString &text, QString *section, QString *sectionLabel, Article &a) const;

    const Tagger &m_tagger;
    const BylineParser &m_bylines;
};

} // namespace Vigil::Core
