#pragma once

#include "partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

// One excerpt paragraph. Structure found in the text is kept apart from the text:
// a "[page 3]" marker becomes page 3, a "SERBIA -- " lead becomes section RS.
struct Paragraph
{
    QString text;
    int page = 0; // 0 when the paragraph carries no "[page N]" marker
    QString section; // ISO alpha-2 of a per-country section, or empty
    QString sectionLabel; // the section lead as written ("SERBIA"), or empty

    friend bool operator==(const Paragraph &a, const Paragraph &b)
    {
        return a.text == b.text && a.page == b.page && a.section == b.section && a.sectionLabel == b.sectionLabel;
    }
};

// A link of a link-collection entry ("Serbia -" followed by its own accessed date).
struct EntryLink
{
    QString label;
    QString country; // ISO alpha-2 when the label names a country
    QList<PartialDate> accessed;
};

// Where a line of the page could not be placed with certainty. It is kept in the
// text and reported with its line number, never dropped silently.
struct ParseWarning
{
    int line = 0;
    QString message;
};

struct Article
{
    qint64 id = 0; // stable: derived from the page and the title (see ArticleId)
    QString pageKey; // the source page this entry came from
    int ordinal = 0; // position on the page, from 0
    int line = 0; // line number of the title on the page
    QString title;
    bool isPdf = false;
    bool featured = false; // before "*** ARCHIVES ***"
    QString byline; // the byline as written (fragments removed)
    QStringList publishers;
    QStringList authors;
    QString dateline; // place in the byline ("PRIŠTINA", "Podgorica")
    QStringList identifiers; // "Index Number: EUR 70/001/2005"
    QStringList bylineNotes; // byline parts that are none of the above
    PartialDate date;
    QList<PartialDate> accessed;
    bool accessUnavailable = false;
    bool archivedCopyNote = false; // "At one time this article had been archived ..."
    QStringList notes; // "[scroll down]", "[Select ...]", "Note:: ..."
    QList<EntryLink> links; // link collections only
    QList<Paragraph> paragraphs;
    QStringList countries; // ISO alpha-2, in order of first evidence
    QStringList topics; // topic ids

    QString publisher() const { return publishers.join(QStringLiteral(", ")); }
    bool isLinkCollection() const { return !links.isEmpty(); }
};

} // namespace Vigil::Core
