#include "articlebody.h"
#include "articlerows.h"
#include "sqlsupport.h"

namespace Vigil::Core::Storage {

namespace {

// Binds values to ? in order, so a statement's columns read like its VALUES list.
class Binder
{
public:
    explicit Binder(QSqlQuery &query)
        : m_query(query)
    {
    }
    Binder &operator<<(const QVariant &value)
    {
        m_query.bindValue(m_next++, value);
        return *this;
    }

private:
    QSqlQuery &m_query;
    int m_next = 0;
};

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_article(db)
    , m_paragraph(db)
    , m_findPublisher(db)
    , m_insertPublisher(db)
    , m_articlePublisher(db)
    , m_country(db)
    , m_topic(db)
    , m_searchIndex(db)
    , m_codec(db)
{
}

bool ArticleWriter::prepare(QString *error)
{
    m_findPublisher.setForwardOnly(true);
    return Storage::prepare(m_article,
               QStringLiteral("INSERT INTO articles (id, page_key, ordinal, line, title, is_pdf, featured, "
                              "byline, authors, dateline, identifiers, byline_notes, date_iso, date_precision, "
                              "date_sort, accessed, access_unavailable, archived_copy_note, notes, links, "
                              "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               error)
        && Storage::prepare(
            m_paragraph, QStringLiteral("INSERT INTO article_bodies (article_id, paragraphs) VALUES (?, ?)"), error)
        && readTakenKeys(error)
        && Storage::prepare(m_findPublisher, QStringLiteral("SELECT id FROM publishers WHERE name = ?"), error)
        && Storage::prepare(m_insertPublisher, QStringLiteral("INSERT INTO publishers (name) VALUES (?)"), error)
        && Storage::prepare(m_articlePublisher,
            QStringLiteral("INSERT INTO article_publishers (article_id, position, publisher_id, search_key) "
                           "VALUES (?, ?, ?, ?)"),
            error)
        && Storage::prepare(m_country,
            QStringLiteral("INSERT INTO article_countries (article_id, position, country_code, search_key) "
                           "VALUES (?, ?, ?, ?)"),
            error)
        && Storage::prepare(m_topic,
            QStringLiteral("INSERT INTO article_topics (article_id, position, topic_id, search_key) "
                           "VALUES (?, ?, ?, ?)"),
            error)
        && Storage::prepare(m_searchIndex,
            QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) VALUES (?, ?, ?, ?)"), error)
        && m_codec.load(error);
}

bool ArticleWriter::publisherId(const QString &name, qint64 *id, QString *error)
{
    if (const auto it = m_publisherIds.constFind(name); it != m_publisherIds.cend()) {
        *id = it.value();
        return true;
    }
    // An existing row keeps its id, so a re-import does not renumber publishers.
    m_findPublisher.bindValue(0, text(name));
    if (!execPrepared(m_findPublisher, error))
        return false;
    if (m_findPublisher.next()) {
        *id = m_findPublisher.value(0).toLongLong();
    } else {
        m_insertPublisher.bindValue(0, text(name));
        if (!execPrepared(m_insertPublisher, error))
            return false;
        *id = m_insertPublisher.lastInsertId().toLongLong();
    }
    m_findPublisher.finish();
    m_publisherIds.insert(name, *id);
    return true;
}

bool ArticleWriter::readTakenKeys(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT search_key FROM articles"), error))
        return false;
    while (q.next())
        m_takenKeys.insert(q.value(0).toLongLong());
    return true;
}

// Two articles of the same day whose ids share their low bits would get the
// same key; the later one takes the next free key. Deterministic, since pages
// are imported in a fixed order. In memory: a page of thousands of entries of
// one date probes long runs of taken keys.
qint64 ArticleWriter::freeSearchKey(qint64 key)
{
    while (m_takenKeys.contains(key))
        ++key;
    m_takenKeys.insert(key);
    return key;
}

bool ArticleWriter::write(const QString &pageKey, const Article &a, QString *error)
{
    const QVariant id = a.id;
    const qint64 searchKey = freeSearchKey(searchKeyFor(a.date.sortKey(), a.id));
    Binder article(m_article);
    article << id << text(pageKey) << a.ordinal << a.line << text(a.title) << flag(a.isPdf) << flag(a.featured)
            << text(a.byline) << toJson(a.authors) << text(a.dateline) << toJson(a.identifiers) << toJson(a.bylineNotes)
            << textOrNull(a.date.toIso()) << PartialDate::precisionName(a.date.precision()) << a.date.sortKey()
            << datesToJson(a.accessed) << flag(a.accessUnavailable) << flag(a.archivedCopyNote) << toJson(a.notes)
            << linksToJson(a.links) << searchKey;
    if (!execPrepared(m_article, error))
        return false;

    QStringList body;
    body.reserve(a.paragraphs.size());
    for (const Paragraph &p : a.paragraphs)
        body.append(p.text);
    Binder(m_paragraph) << id << m_codec.pack(a.paragraphs);
    if (!execPrepared(m_paragraph, error))
        return false;

    for (int i = 0; i < a.publishers.size(); ++i) {
        qint64 publisher = 0;
        if (!publisherId(a.publishers.at(i), &publisher, error))
            return false;
        Binder(m_articlePublisher) << id << i << publisher << searchKey;
        if (!execPrepared(m_articlePublisher, error))
            return false;
    }
    for (int i = 0; i < a.countries.size(); ++i) {
        Binder(m_country) << id << i << text(a.countries.at(i)) << searchKey;
        if (!execPrepared(m_country, error))
            return false;
    }
    for (int i = 0; i < a.topics.size(); ++i) {
        Binder(m_topic) << id << i << text(a.topics.at(i)) << searchKey;
        if (!execPrepared(m_topic, error))
            return false;
    }
    Binder(m_searchIndex) << searchKey << searchText(a.title) << searchText(a.byline) << searchBody(body);
    return execPrepared(m_searchIndex, error);
}

} // namespace Vigil::Core::Storage
