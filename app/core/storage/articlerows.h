#pragma once

// Internal to storage/: an Article to rows and back, in the current schema. The
// importer owns the transaction; these only run statements inside it.

#include "articlebody.h"
#include "domain/article.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Vigil::Core {
class LibraryConnection;
}

namespace Vigil::Core::Storage {

class ArticleWriter final
{
public:
    explicit ArticleWriter(const QSqlDatabase &db);

    bool prepare(QString *error);
    // Bodies are packed with the library's dictionary; an import trains it first.
    BodyCodec &codec() { return m_codec; }
    // The article is stored under pageKey, the page being imported, whatever its own
    // pageKey says.
    bool write(const QString &pageKey, const Article &article, QString *error);

private:
    bool publisherId(const QString &name, qint64 *id, QString *error);
    bool readTakenKeys(QString *error);
    qint64 freeSearchKey(qint64 key);

    QSqlDatabase m_db;
    QSqlQuery m_article;
    QSqlQuery m_paragraph;
    QSqlQuery m_findPublisher;
    QSqlQuery m_insertPublisher;
    QSqlQuery m_articlePublisher;
    QSqlQuery m_country;
    QSqlQuery m_topic;
    QSqlQuery m_searchIndex;
    BodyCodec m_codec;
    QSet<qint64> m_takenKeys; // every search key in use, read once per import
    QHash<QString, qint64> m_publisherIds; // names seen in this import
};

// Reads the articles whose ids the subquery idsSql selects (it may use ? bound to
// values), complete with their child rows, ordered by page key then ordinal.
// Returns false on an SQL error.
bool readArticles(
    const LibraryConnection &connection, const QString &idsSql, const QVariantList &values, QList<Article> *out);

// Removes the page's articles from the contentless index, which can
// only forget a row when told the exact text it was given.
bool unindexPage(const QSqlDatabase &db, const QString &pageKey, QString *error);

} // namespace Vigil::Core::Storage
