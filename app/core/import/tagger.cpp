#include "tagger.h"

#include "reference/referencedata.h"

#include <algorithm>

namespace Vigil::Core {

namespace {

// One alternation, longest names first, so "Bijelo Polje" wins over a shorter
// name inside it and "Papua New Guinea" over "Guinea".
QString alternation(QStringList names)
{
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    names.removeDuplicates();
    for (QString &name : names)
        name = QRegularExpression::escape(name);
    return names.join(u'|');
}

QString keywordPattern(const QString &keyword)
{
    if (keyword.endsWith(u'*'))
        return QRegularExpression::escape(keyword.chopped(1)) + QStringLiteral("\\w*");
    return QRegularExpression::escape(keyword);
}

} // namespace

Tagger::Tagger(const ReferenceData &data)
{
    auto add = [this](const QString &name, const QString &code) {
        const QString folded = ReferenceData::foldForMatching(name).trimmed();
        // Names of two letters or less ("UK" aside) collide with ordinary words.
        if (folded.size() < 3 && folded != u"uk")
            return;
        if (!m_nameToCountry.contains(folded))
            m_nameToCountry.insert(folded, code);
    };
    for (const CountryInfo &c : data.countries()) {
        add(c.name, c.code);
        if (!c.officialName.isEmpty())
            add(c.officialName, c.code);
        for (const QString &alias : c.aliases)
            add(alias, c.code);
    }
    for (const Place &p : data.places())
        add(p.name, p.country);

    m_namePattern = QRegularExpression(
        QStringLiteral("(?<![\\w])(") + alternation(m_nameToCountry.keys()) + QStringLiteral(")(?![\\w])"),
        QRegularExpression::UseUnicodePropertiesOption);
    m_namePattern.optimize();

    for (const Topic &topic : data.topics()) {
        QStringList parts;
        for (const QString &keyword : topic.keywords)
            parts << keywordPattern(ReferenceData::foldForMatching(keyword));
        QRegularExpression re(QStringLiteral("(?<![\\w])(?:") + parts.join(u'|') + QStringLiteral(")(?![\\w])"),
            QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        m_topicPatterns.append({ topic.id, re });
    }
}

QString Tagger::countryForName(const QString &name) const
{
    return m_nameToCountry.value(ReferenceData::foldForMatching(name).simplified());
}

QStringList Tagger::countriesIn(const QString &text, const QStringList &restrictTo) const
{
    QStringList found;
    if (text.isEmpty() || m_nameToCountry.isEmpty())
        return found;
    const QString folded = ReferenceData::foldForMatching(text);
    auto it = m_namePattern.globalMatch(folded);
    while (it.hasNext()) {
        const QString code = m_nameToCountry.value(it.next().captured(1));
        if (code.isEmpty() || found.contains(code))
            continue;
        if (!restrictTo.isEmpty() && !restrictTo.contains(code))
            continue;
        found << code;
    }
    return found;
}

QStringList Tagger::topicsIn(const QString &text) const
{
    QStringList found;
    const QString folded = ReferenceData::foldForMatching(text);
    for (const auto &[id, pattern] : m_topicPatterns) {
        if (pattern.match(folded).hasMatch())
            found << id;
    }
    return found;
}

} // namespace Vigil::Core
