#pragma once

#include "domain/partialdate.h"

#include <QString>
#include <QStringList>

// Internal to the citation code: names as the formats read them, and the words they share.
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

// Adds a full stop unless the text already ends a sentence.
QString withPeriod(const QString &text);
bool endsSentence(const QString &text);

QString monthName(int month); // "August"

// Lower-case ASCII letters and digits only, for BibTeX keys.
QString asciiKey(const QString &text);

} // namespace Vigil::Core::CitationNames
