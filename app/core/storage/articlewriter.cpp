#include "articlerows.h"

#include "sqlsupport.h"

namespace Vigil::Core::Storage {

namespace {

// Binds values to ? in order, so a statement's columns read like its VALUES list.
class Binder
{
public:
    explicit Binder(QSqlQuery &query) : m_query(query) {}
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

ArticleWriter::ArticleWriter(const QSqlDatabase &db, bool withSearchIndex)
    : m_withSearchIndex(withSearchIndex)
    , m_article(db)
    , m_paragraph(db)
    , m_findPublisher(db)
    , m_insertPublisher(db)
    , m_articlePublisher(db)
    , m_country(db)
    , m_topic(db)
    , m_searchIndex(db)
{
}

bool ArticleWriter::prepare(QString *error)
{
    m_findPublisher.setForwardOnly(true);
    return Storage::prepare(
               m_article,
               QStringLiteral(
                   "INSERT INTO articles (id, page_key, ordinal, line, title, is_pdf, featured, "
                   "byline, authors, dateline, identifiers, byline_notes, date_iso, date_precision, "
                   "date_sort, accessed, access_unavailable, archived_copy_note, notes, links) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               error)
        && Storage::prepare(m_paragraph,
                            QStringLiteral("INSERT INTO paragraphs (article_id, position, text, "
                                           "page_no, section, section_label) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            error)
        && Storage::prepare(m_findPublisher,
                            QStringLiteral("SELECT id FROM publishers WHERE name = ?"), error)
        && Storage::prepare(m_insertPublisher,
                            QStringLiteral("INSERT INTO publishers (name) VALUES (?)"), error)
        && Storage::prepare(m_articlePublisher,
                            QStringLiteral("INSERT INTO article_publishers (article_id, position, "
                                           "publisher_id) VALUES (?, ?, ?)"),
                            error)
        && Storage::prepare(m_country,
                            QStringLiteral("INSERT INTO article_countries (article_id, position, "
                                           "country_code) VALUES (?, ?, ?)"),
                            error)
        && Storage::prepare(m_topic,
                            QStringLiteral("INSERT INTO article_topics (article_id, position, "
                                           "topic_id) VALUES (?, ?, ?)"),
                            error)
        && (!m_withSearchIndex
            || Storage::prepare(m_searchIndex,
                                QStringLiteral("INSERT INTO article_fts (rowid, title, byline, "
                                               "body) VALUES (?, ?, ?, ?)"),
                                error));
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

bool ArticleWriter::write(const QString &pageKey, const Article &a, QString *error)
{
    const QVariant id = a.id;
    Binder(m_article) << id << text(pageKey) << a.ordinal << a.line << text(a.title)
                      << flag(a.isPdf) << flag(a.featured) << text(a.byline) << toJson(a.authors)
                      << text(a.dateline) << toJson(a.identifiers) << toJson(a.bylineNotes)
                      << textOrNull(a.date.toIso())
                      << PartialDate::precisionName(a.date.precision()) << a.date.sortKey()
                      << datesToJson(a.accessed) << flag(a.accessUnavailable)
                      << flag(a.archivedCopyNote) << toJson(a.notes) << linksToJson(a.links);
    if (!execPrepared(m_article, error))
        return false;

    QStringList body;
    body.reserve(a.paragraphs.size());
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph &p = a.paragraphs.at(i);
        Binder(m_paragraph) << id << i << text(p.text)
                            << (p.page > 0 ? QVariant(p.page) : QVariant(QMetaType(QMetaType::Int)))
                            << textOrNull(p.section) << textOrNull(p.sectionLabel);
        if (!execPrepared(m_paragraph, error))
            return false;
        body.append(p.text);
    }

    for (int i = 0; i < a.publishers.size(); ++i) {
        qint64 publisher = 0;
        if (!publisherId(a.publishers.at(i), &publisher, error))
            return false;
        Binder(m_articlePublisher) << id << i << publisher;
        if (!execPrepared(m_articlePublisher, error))
            return false;
    }

    for (int i = 0; i < a.countries.size(); ++i) {
        Binder(m_country) << id << i << text(a.countries.at(i));
        if (!execPrepared(m_country, error))
            return false;
    }

    for (int i = 0; i < a.topics.size(); ++i) {
        Binder(m_topic) << id << i << text(a.topics.at(i));
        if (!execPrepared(m_topic, error))
            return false;
    }

    if (m_withSearchIndex) {
        Binder(m_searchIndex) << id << searchText(a.title) << searchText(a.byline)
                              << searchBody(body);
        if (!execPrepared(m_searchIndex, error))
            return false;
    }
    return true;
}

} // namespace Vigil::Core::Storage
