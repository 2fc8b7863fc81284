#include "librarystore.h"
#include "sqlsupport.h"

#include <QSqlQuery>

// The search box's text to a query: names resolved against the library, and the
// unfinished last word turned into the words it stands for.

namespace Vigil::Core {

using namespace Storage;

namespace {

// More completions make a longer OR for bm25 to score on every candidate; fewer
// miss words. 16 covers every completion of all but one- and two-letter
// prefixes in a library of 100,000 articles (README "Performance").
constexpr int maxCompletions = 16;

} // namespace

void LibraryStore::loadNameLookups() const
{
    if (!m_countryByName.isEmpty() || !isOpen())
        return;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (runLogged(q, QStringLiteral("SELECT code, name, official_name, aliases FROM countries"))) {
        while (q.next()) {
            const QString code = q.value(0).toString();
            QStringList names { code, q.value(1).toString(), q.value(2).toString() };
            names += stringListFromJson(q.value(3).toString());
            for (const QString &name : std::as_const(names)) {
                const QString key = ReferenceData::foldForMatching(name).simplified();
                if (!key.isEmpty() && !m_countryByName.contains(key))
                    m_countryByName.insert(key, code);
            }
        }
    }
    QSqlQuery t(db());
    t.setForwardOnly(true);
    if (runLogged(t, QStringLiteral("SELECT id, label FROM topics"))) {
        while (t.next()) {
            const QString id = t.value(0).toString();
            m_topicByName.insert(ReferenceData::foldForMatching(id), id);
            m_topicByName.insert(ReferenceData::foldForMatching(t.value(1).toString()).simplified(), id);
        }
    }
}

ParsedQuery LibraryStore::parseQuery(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    loadNameLookups();
    // Copies: implicitly shared, and the parser must not outlive a reload.
    const QHash<QString, QString> countries = m_countryByName;
    const QHash<QString, QString> topics = m_topicByName;
    QueryParser::Lookups lookups;
    lookups.country = [countries](const QString &name) {
        return countries.value(ReferenceData::foldForMatching(name).simplified());
    };
    lookups.topic
        = [topics](const QString &name) { return topics.value(ReferenceData::foldForMatching(name).simplified()); };
    return QueryParser(lookups).parse(text);
}

PrefixExpander LibraryStore::prefixExpander() const
{
    return [this](const QString &prefix, QStringList *words) { return expandPrefix(prefix, words); };
}

// FTS5 reads a prefix query by merging the postings of every word that starts
// so before it yields a row: 40 ms for "traff" at 100,000 articles, whatever
// the LIMIT. An OR of whole words streams like any other query. The words come
// from search_terms, most common first; a prefix with more completions than
// maxCompletions stands for its most common ones (a one- or two-letter prefix
// while typing). Without a fresh vocabulary, or for a prefix the index would
// fold differently than lower-casing does, FTS5 does it the exact way.
bool LibraryStore::expandPrefix(const QString &prefix, QStringList *words) const
{
    if (!m_searchTermsFresh || prefix.isEmpty())
        return false;
    for (const QChar c : prefix) {
        if (c.unicode() >= 0x80)
            return false;
    }
    const QString low = prefix.toLower();
    QString high = low;
    high.back() = QChar(high.back().unicode() + 1);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q,
            QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? "
                           "ORDER BY docs DESC, term LIMIT ?"),
            { low, high, maxCompletions })) {
        return false;
    }
    words->clear();
    while (q.next())
        words->append(q.value(0).toString());
    return true;
}

} // namespace Vigil::Core
