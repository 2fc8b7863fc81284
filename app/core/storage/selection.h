#pragma once

// Internal to storage/: the articles a filter selects, as SQL with bound values.

#include "domain/articlefilter.h"
#include "search/queryparser.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Vigil::Core::Storage {

// A facet counts what choosing each of its values would give, so its own
// criterion is left out of the selection it counts.
enum class Without { Nothing, Topic, Publisher, Years };

// A FROM/WHERE over articles `a`, joined with article_fts when the query has
// words to find, with the values to bind in order.
struct Selection
{
    bool text = false; // article_fts is joined: its rowid order and bm25() are at hand
    QStringList where;
    QVariantList values;

    QString clause() const
    {
        // CROSS: the index drives (select() puts every criterion on its side).
        QString sql = text ? QStringLiteral("article_fts CROSS JOIN articles a ON a.search_key = article_fts.rowid")
                           : QStringLiteral("articles a");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        return sql;
    }
    // Every criterion is on the index's side: FTS5 alone answers.
    bool indexOnly() const { return text; }
    // clause(), without the join when the index alone can answer.
    QString searchClause() const
    {
        return indexOnly() ? QStringLiteral("article_fts WHERE ") + where.join(QStringLiteral(" AND ")) : clause();
    }
    // The ids of the selection, for `... IN (%1)`.
    QString ids() const { return QStringLiteral("SELECT a.id FROM ") + clause(); }
    void add(const QString &condition, const QVariantList &bound = {})
    {
        where.append(condition);
        values.append(bound);
    }
};

// The codes of the countries of a region (bound to ?) and of the regions under it.
QString countriesInRegionSql();

// The filter's criteria and the query's (words and fields), all ANDed.
Selection select(const ArticleFilter &filter, const ParsedQuery &query, const PrefixExpander &expand,
    Without without = Without::Nothing);

} // namespace Vigil::Core::Storage
