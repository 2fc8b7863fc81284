#pragma once

#include "domain/partialdate.h"

#include <QString>
#include <QStringList>

// Internal to the citation code: names and dates as the styles write them.
namespace Vigil::Core::CitationNames {

struct Name
{
    QString whole; // as written
    QStringList given; // "Louisa"; empty for an organisation
    QString family; // "Waugh"; empty for an organisation
    bool isOrganisation() const { return family.isEmpty(); }
};

// "Louisa Waugh" -> given {Louisa}, family Waugh; "Ludwig van Beethoven" keeps
// "van" with the family name. Something that does not read as a personal name
// (one word, digits, an organisation word, more than five words) stays whole.
Name parse(const QString &name);

QString apaName(const Name &n); // "Waugh, L."
QString invertedName(const Name &n); // "Waugh, Louisa"
QString directName(const Name &n); // "Louisa Waugh"

// Adds a full stop unless the text already ends a sentence.
QString withPeriod(const QString &text);
bool endsSentence(const QString &text);

QString monthName(int month); // "August"
QString mlaMonth(int month); // "Aug.", "June", "Sept."

QString apaDate(const PartialDate &d); // "2006, August 22", "2002, June", "n.d."
QString mlaDate(const PartialDate &d); // "22 Aug. 2006", "June 2002", "" when unknown
QString chicagoDate(const PartialDate &d); // "August 22, 2006", "June 2002", "n.d."

// Lower-case ASCII letters and digits only, for BibTeX keys.
QString asciiKey(const QString &text);

} // namespace Vigil::Core::CitationNames
