#pragma once

#include "domain/partialdate.h"

#include <QString>
#include <QStringList>

namespace Vigil::Core {

class Tagger;

struct Byline
{
    QString text; // as written, address fragments removed
    QStringList publishers;
    QStringList authors;
    QString dateline; // the place the piece was filed from
    QStringList identifiers; // "Index Number: EUR 70/001/2005"
    QStringList notes; // parts that are none of the above ("Media Briefing")
    // Whole sentences addressed to the reader after the byline proper
    // ("Earlier editions are posted below."): notes on the entry, not on its source.
    QStringList remarks;
    // The title quoted in a byline that is a whole citation:
    // Louisa Waugh, "The route to hell", The Scotsman, 22 August 2006.
    QString quotedTitle;
    PartialDate date;
    bool dateAmbiguous = false;
    // A date as written that is no real date ("31 June 2005"): kept out of the
    // other parts, for a warning.
    QString impossibleDate;
};

// Splits a byline such as "Imogen Foulkes, BBC News, Geneva, 31 March 2005" into
// its parts. Bylines on the source site follow no fixed order, so each comma
// separated part is judged on its own: a date, an identifier, a place, a person
// or an organisation. Comma lists inside a name ("Bureau of Democracy, Human
// Rights, and Labor") are kept whole.
class BylineParser final
{
public:
    explicit BylineParser(const Tagger &tagger);

    Byline parse(const QString &line) const;
    // A line that is a whole citation: a quoted title among comma parts, and a date.
    static bool isFullCitation(const QString &line);
    // The quoted title of such a line, or an empty string.
    static QString quotedTitle(const QString &line);

    // "Jane Smith", "Nicholas D. Kristof": a person's name and nothing else.
    bool looksLikePerson(const QString &segment) const;

    // Leftovers of links lost when the page was saved ("montenegro/", "www.x.org").
    static QString removeAddressFragments(const QString &text);

private:
    enum class Kind { Identifier, Place, Person, Organisation, Note };
    Kind classify(const QString &segment) const;
    static QString takeRemarks(QString *text, QStringList *remarks);
    static QString takeQuotedTitle(const QString &text, QString *title);

    const Tagger &m_tagger;
};

} // namespace Vigil::Core
