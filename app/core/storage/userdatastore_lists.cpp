// UserDataStore's reading lists: the default list, which every store has from
// schema 2 on, and the lists the reader names.
#include "sqlsupport.h"
#include "userdatasql.h"
#include "userdatastore.h"

namespace Vigil::Core {

using namespace Storage;

QList<ReadingList> UserDataStore::readingLists() const
{
    QList<ReadingList> lists;
    if (m_deferred) // what the file will hold when it is made
        return { { defaultListId, QStringLiteral("Reading list"), 0, true } };
    QSqlQuery q(db());
    if (!hasFile()
        || !runRead(q,
            QStringLiteral("SELECT l.id, l.name, count(e.article_id) FROM lists l "
                           "LEFT JOIN list_entries e ON e.list_id = l.id GROUP BY l.id "
                           "ORDER BY l.id <> ?, l.name COLLATE NOCASE, l.id"),
            { defaultListId })) {
        return lists;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        lists.append({ id, q.value(1).toString(), q.value(2).toInt(), id == defaultListId });
    }
    return lists;
}

QString UserDataStore::nameProblem(const QString &name, qint64 exceptId) const
{
    if (name.isEmpty())
        return QStringLiteral("A list needs a name.");
    QSqlQuery q(db());
    if (runRead(
            q, QStringLiteral("SELECT name FROM lists WHERE name = ? COLLATE NOCASE AND id <> ?"), { name, exceptId })
        && q.next()) {
        return QStringLiteral("There is a list called “%1” already.").arg(q.value(0).toString());
    }
    return {};
}

qint64 UserDataStore::createList(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!prepareWrite(error))
        return 0;
    if (const QString problem = nameProblem(trimmed, 0); !problem.isEmpty()) {
        setError(error, problem);
        return 0;
    }
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("INSERT INTO lists (name, created) VALUES (?, ?)"), { trimmed, nowUtc() }, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool UserDataStore::renameList(qint64 listId, const QString &name, QString *error)
{
    if (listId == defaultListId) {
        setError(error, QStringLiteral("The reading list keeps its name; create a list to give one."));
        return false;
    }
    const QString trimmed = name.trimmed();
    if (!prepareWrite(error))
        return false;
    if (const QString problem = nameProblem(trimmed, listId); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("UPDATE lists SET name = ? WHERE id = ?"), { trimmed, listId }, error))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    setError(error, QStringLiteral("There is no list %1.").arg(listId));
    return false;
}

bool UserDataStore::deleteList(qint64 listId, QString *error)
{
    if (listId == defaultListId) {
        setError(error, QStringLiteral("The reading list cannot be deleted; remove its articles instead."));
        return false;
    }
    if (!prepareWrite(error))
        return false;
    // Its entries go with it (ON DELETE CASCADE), in the same statement.
    return write(db(), QStringLiteral("DELETE FROM lists WHERE id = ?"), { listId }, error);
}

bool UserDataStore::addToList(qint64 listId, qint64 articleId, QString *error)
{
    if (!prepareWrite(error))
        return false;
    // OR IGNORE keeps the first entry; a list that is not there still fails,
    // since conflict clauses do not apply to foreign keys.
    return write(db(),
        QStringLiteral("INSERT OR IGNORE INTO list_entries (list_id, article_id, added) VALUES (?, ?, ?)"),
        { listId, articleId, nowUtc() }, error);
}

bool UserDataStore::removeFromList(qint64 listId, qint64 articleId, QString *error)
{
    if (m_deferred)
        return true; // no file, no entry to remove
    return write(db(), QStringLiteral("DELETE FROM list_entries WHERE list_id = ? AND article_id = ?"),
        { listId, articleId }, error);
}

bool UserDataStore::isInList(qint64 listId, qint64 articleId) const
{
    QSqlQuery q(db());
    return hasFile()
        && runRead(
            q, QStringLiteral("SELECT 1 FROM list_entries WHERE list_id = ? AND article_id = ?"), { listId, articleId })
        && q.next();
}

QList<ListEntry> UserDataStore::listEntries(qint64 listId) const
{
    QList<ListEntry> entries;
    QSqlQuery q(db());
    if (!hasFile()
        || !runRead(q,
            QStringLiteral("SELECT article_id, added FROM list_entries WHERE list_id = ? "
                           "ORDER BY added DESC, article_id DESC"),
            { listId })) {
        return entries;
    }
    while (q.next())
        entries.append({ q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) });
    return entries;
}

QList<qint64> UserDataStore::listArticleIds(qint64 listId) const
{
    QList<qint64> ids;
    for (const ListEntry &entry : listEntries(listId))
        ids.append(entry.articleId);
    return ids;
}

QList<qint64> UserDataStore::listsHolding(qint64 articleId) const
{
    QSqlQuery q(db());
    if (!hasFile()
        || !runRead(q, QStringLiteral("SELECT list_id FROM list_entries WHERE article_id = ? ORDER BY list_id"),
            { articleId })) {
        return {};
    }
    QList<qint64> lists;
    while (q.next())
        lists.append(q.value(0).toLongLong());
    return lists;
}

} // namespace Vigil::Core
