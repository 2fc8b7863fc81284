#pragma once

// Internal to storage/: small pieces the store, the migrations and the article
// reader and writer share. Nothing outside storage/ includes this.

#include "domain/article.h"

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Vigil::Core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Storage {

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse;
// text() turns it into the empty string. textOrNull() is for optional columns
// (foreign keys above all, where '' would be a dangling reference).
QVariant text(const QString &value);
QVariant textOrNull(const QString &value);

void setError(QString *error, const QString &message);
QString sqlError(const QSqlQuery &query);

// prepare() + exec() with the statement and SQLite's reason in *error on failure.
bool run(QSqlQuery &query, const QString &sql, QString *error);
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
bool execPrepared(QSqlQuery &query, QString *error);
// Whether every row was read: SQLite reports a damaged page when a row on it is
// stepped to, which ends a loop over next() as quietly as the last row does.
bool readToEnd(const QSqlQuery &query, QString *error);

// JSON arrays for the list fields; the columns are never queried inside, and a
// JSON array keeps the order and any character without an escaping scheme of ours.
QString toJson(const QStringList &values);
QStringList stringListFromJson(const QString &json);
QString datesToJson(const QList<PartialDate> &dates);
QList<PartialDate> datesFromJson(const QString &json);
QString linksToJson(const QList<EntryLink> &links);
QList<EntryLink> linksFromJson(const QString &json);

// What the search index holds for a piece of text: the text folded by
// Text::fold, the one folding the query, the highlighter and the snippets use,
// so "dakovica" finds "Đakovica" and "Приштина" finds "Priština" (the
// tokenizer's remove_diacritics alone leaves Đ, Ł or Cyrillic as they are).
QString searchText(const QString &value);
QString searchBody(const QStringList &paragraphs);

// After a deferred foreign key failed at COMMIT (still inside the transaction):
// names the codes that are missing from the reference tables, in one sentence,
// and says so when a table could not be read to find them.
QString describeMissingReferences(const QSqlDatabase &db);

// One transaction on a connection: begun by the constructor, rolled back by the
// destructor unless commit() succeeded, so that no early return can leave a
// transaction open or half-applied.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed; beginError() says why.
    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }
    // COMMIT; on failure the transaction is rolled back and *error says why (for
    // a foreign key, which rows refer to what does not exist).
    bool commit(QString *error);

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_beginError;
};

// Commits; when COMMIT fails (deferred foreign keys) explains why and rolls back.
bool commitOrRollback(QSqlDatabase &db, QString *error);

} // namespace Storage
} // namespace Vigil::Core
