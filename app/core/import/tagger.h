#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

class ReferenceData;

// Finds countries and topics in text, from the place, country and topic tables.
// Matching is whole-word on folded text (lower case, no diacritics), so
// "PRIŠTINA", "Priština" and "Pristina" are one place.
class Tagger final
{
public:
    explicit Tagger(const ReferenceData &data);

    // The country a whole name stands for (a place, a country name or an alias).
    QString countryForName(const QString &name) const;
    // Countries named in the text, in order of first mention. With restrictTo, only
    // those countries are reported.
    QStringList countriesIn(const QString &text, const QStringList &restrictTo = {}) const;
    // Topic ids whose keywords occur in the text, in table order.
    QStringList topicsIn(const QString &text) const;

private:
    QHash<QString, QString> m_nameToCountry; // folded name -> alpha-2
    QRegularExpression m_namePattern;
    QList<QPair<QString, QRegularExpression>> m_topicPatterns;
};

} // namespace Vigil::Core
