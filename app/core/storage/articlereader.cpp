#include "articlebody.h"
#include "articlerows.h"
#include "libraryconnection.h"
#include "sqlsupport.h"

namespace Vigil::Core::Storage {

namespace {

// Runs one child-table query (article id in column 0, rows in position order) and
// hands each row to the article it belongs to. One query per child table for the
// whole selection, rather than one per article.
template<typename Apply>
bool forEachChildRow(const LibraryConnection &connection, const QString &sql, const QVariantList &values,
    const QHash<qint64, qsizetype> &index, QList<Article> *out, Apply apply)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!connection.read(q, sql, values))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            apply((*out)[it.value()], q);
    }
    return connection.noteIfCutShort(q);
}

} // namespace

bool readArticles(
    const LibraryConnection &connection, const QString &idsSql, const QVariantList &values, QList<Article> *out)
{
    out->clear();
    const QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT id, page_key, ordinal, line, title, is_pdf, featured, byline, authors, dateline, "
                         "identifiers, byline_notes, date_iso, accessed, access_unavailable, archived_copy_note, "
                         "notes, links FROM articles WHERE id IN (%1) ORDER BY page_key, ordinal")
              .arg(idsSql);
    if (!connection.read(q, sql, values))
        return false;

    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Article a;
        a.id = q.value(0).toLongLong();
        a.pageKey = q.value(1).toString();
        a.ordinal = q.value(2).toInt();
        a.line = q.value(3).toInt();
        a.title = q.value(4).toString();
        a.isPdf = q.value(5).toInt() != 0;
        a.featured = q.value(6).toInt() != 0;
        a.byline = q.value(7).toString();
        a.authors = stringListFromJson(q.value(8).toString());
        a.dateline = q.value(9).toString();
        a.identifiers = stringListFromJson(q.value(10).toString());
        a.bylineNotes = stringListFromJson(q.value(11).toString());
        a.date = PartialDate::fromIso(q.value(12).toString());
        a.accessed = datesFromJson(q.value(13).toString());
        a.accessUnavailable = q.value(14).toInt() != 0;
        a.archivedCopyNote = q.value(15).toInt() != 0;
        a.notes = stringListFromJson(q.value(16).toString());
        a.links = linksFromJson(q.value(17).toString());
        index.insert(a.id, out->size());
        out->append(a);
    }
    if (!connection.noteIfCutShort(q)) {
        out->clear(); // what was read is not all that was asked for
        return false;
    }
    if (out->isEmpty())
        return true;

    const QString where = QStringLiteral(" WHERE article_id IN (%1) ").arg(idsSql);
    BodyCodec codec(connection);
    const bool whole = forEachChildRow(connection,
                           QStringLiteral("SELECT ap.article_id, p.name FROM article_publishers ap "
                                          "JOIN publishers p ON p.id = ap.publisher_id")
                               + where + QStringLiteral("ORDER BY ap.article_id, ap.position"),
                           values, index, out,
                           [](Article &a, const QSqlQuery &row) { a.publishers.append(row.value(1).toString()); })
        && codec.load()
        && forEachChildRow(connection, QStringLiteral("SELECT article_id, paragraphs FROM article_bodies") + where,
            values, index, out,
            [&codec](Article &a, const QSqlQuery &row) { a.paragraphs = codec.unpack(row.value(1).toByteArray()); })
        && forEachChildRow(connection,
            QStringLiteral("SELECT article_id, country_code FROM article_countries") + where
                + QStringLiteral("ORDER BY article_id, position"),
            values, index, out, [](Article &a, const QSqlQuery &row) { a.countries.append(row.value(1).toString()); })
        && forEachChildRow(connection,
            QStringLiteral("SELECT article_id, topic_id FROM article_topics") + where
                + QStringLiteral("ORDER BY article_id, position"),
            values, index, out, [](Article &a, const QSqlQuery &row) { a.topics.append(row.value(1).toString()); });
    // An article is read whole or not at all: never shown without its text.
    if (!whole)
        out->clear();
    return whole;
}

bool unindexPage(const QSqlDatabase &db, const QString &pageKey, QString *error)
{
    QSqlQuery old(db);
    old.setForwardOnly(true);
    QSqlQuery forget(db);
    BodyCodec codec(db);
    if (!prepare(old,
            QStringLiteral("SELECT a.search_key, a.title, a.byline, b.paragraphs FROM articles a "
                           "LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.page_key = ?"),
            error)
        || !prepare(forget,
            QStringLiteral("INSERT INTO article_fts (article_fts, rowid, title, byline, body) "
                           "VALUES ('delete', ?, ?, ?, ?)"),
            error)
        || !codec.load(error)) {
        return false;
    }
    old.addBindValue(pageKey);
    if (!execPrepared(old, error))
        return false;
    while (old.next()) {
        QStringList texts;
        const QList<Paragraph> paragraphs = codec.unpack(old.value(3).toByteArray());
        for (const Paragraph &p : paragraphs)
            texts.append(p.text);
        // The very values ArticleWriter indexed, or the index would keep stray words.
        forget.bindValue(0, old.value(0));
        forget.bindValue(1, searchText(old.value(1).toString()));
        forget.bindValue(2, searchText(old.value(2).toString()));
        forget.bindValue(3, searchBody(texts));
        if (!execPrepared(forget, error))
            return false;
    }
    return true;
}

} // namespace Vigil::Core::Storage
