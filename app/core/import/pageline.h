#pragma once

#include "domain/partialdate.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

// What a non-blank line of a saved page is, judged by its own text. Where a line
// stands (head, entry, closing) is decided later by the parser.
enum class LineKind {
    Text,
    Accessed, // "[accessed 26 February 2015]"
    AccessUnavailable, // "[access date unavailable]"
    ArchivedCopyNote, // "At one time this article had been archived ..."
    NavigationNote, // "[scroll down]", "[Select Serbia ...]", "Note:: ..."
    ArchivesSeparator, // "*** ARCHIVES ***"
    ImageCaption, // "Description: ..." left by images when saved as text
    Closing, // the fair-use notice and the page's citation
};

struct PageLine
{
    int number = 0; // 1-based line number in the file
    QString text; // trimmed, blanks collapsed
    LineKind kind = LineKind::Text;
    PartialDate accessed; // for Accessed
    bool linkLabel = false; // "Serbia -" right before its own access line
};

// Splits text into classified non-blank lines.
QList<PageLine> classifyLines(const QString &text);

// A line short enough to be a heading of the page head ("Republic of Serbia",
// "Serbia, Montenegro & Kosovo"), not a sentence or a citation.
bool isShortHeading(const QString &text);

} // namespace Vigil::Core
