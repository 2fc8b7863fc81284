#pragma once

#include "pageline.h"

#include <QList>

namespace Vigil::Core {

class BylineParser;

// Where one entry of a page begins, by the lines of its head.
struct EntryHead
{
    qsizetype title = -1; // -1: access lines with no title above them
    qsizetype subtitle = -1; // a second title line under the title, or -1
    qsizetype byline = -1; // first byline line, or -1 when the entry has none
    qsizetype bylineEnd = -1; // one past the last byline line
    qsizetype anchorStart = 0; // access lines, archived-copy note, link labels
    qsizetype anchorEnd = 0; // equal to anchorStart when the entry has no access line

    qsizetype first() const { return title >= 0 ? title : anchorStart; }
    bool hasAnchor() const { return anchorEnd > anchorStart; }
};

// Finds the entries of a page by their anatomy. Most entries are anchored on
// their access lines ("[accessed 6 May 2020]"), and the text lines right above
// those are the head: a title, maybe a subtitle or an author line, a byline.
// An entry whose access line was left out is still an entry: a title-like line
// followed by a byline-like line inside another entry's text starts a new one,
// so that no entry is merged silently into the one before.
class EntryHeadFinder final
{
public:
    explicit EntryHeadFinder(const BylineParser &bylines);

    // The entries among lines [from, to), in page order. from is where entries
    // may begin without an access line (below the page head).
    QList<EntryHead> find(const QList<PageLine> &lines, qsizetype from, qsizetype to) const;

private:
    EntryHead headAbove(const QList<PageLine> &lines, qsizetype floor, qsizetype anchorStart) const;
    void addUnanchored(
        const QList<PageLine> &lines, qsizetype from, qsizetype to, bool underHead, QList<EntryHead> &out) const;

    const BylineParser &m_bylines;
};

} // namespace Vigil::Core
