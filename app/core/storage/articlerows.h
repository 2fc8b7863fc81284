#pragma once

// Internal to storage/: an Article to rows and back. LibraryStore owns the
// transaction; these only run statements inside it.

#include "domain/article.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Vigil::Core::Storage {

class ArticleWriter final
{
public:
    // withSearchIndex is false for a schema-1 file, which has no article_fts yet.
    ArticleWriter(const QSqlDatabase &db, bool withSearchIndex);

    bool prepare(QString *error);
    // The article is stored under pageKey, the page being imported, whatever its own
    // pageKey says.
    bool write(const QString &pageKey, const Article &article, QString *error);

private:
    bool publisherId(const QString &name, qint64 *id, QString *error);

    bool m_withSearchIndex;
    QSqlQuery m_article;
    QSqlQuery m_paragraph;
    QSqlQuery m_findPublisher;
    QSqlQuery m_insertPublisher;
    QSqlQuery m_articlePublisher;
    QSqlQuery m_country;
    QSqlQuery m_topic;
    QSqlQuery m_searchIndex;
    QHash<QString, qint64> m_publisherIds;  // names seen in this import
};

// Reads the articles whose ids the subquery idsSql selects (it may use ? bound to
// values), complete with their child rows, ordered by page key then ordinal.
// Returns false on an SQL error.
bool readArticles(const QSqlDatabase &db, const QString &idsSql, const QVariantList &values,
                  QList<Article> *out);

} // namespace Vigil::Core::Storage
