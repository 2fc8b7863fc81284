#pragma once

// Internal to storage/: the statements UserDataStore's files share. Reads log
// what fails, since the store's read methods have no error channel; writes run in
// autocommit mode, each its own transaction, on disk when it returns.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Vigil::Core {
struct UserHotline;
}

namespace Vigil::Core::Storage {

QString nowUtc();
// False, with the reason in *error, when the store is not open.
bool requireOpen(const QSqlDatabase &db, QString *error);
bool runRead(QSqlQuery &q, const QString &sql, const QVariantList &values);
bool write(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error);

// The reader's hotlines (userdatastore_hotlines.cpp): why one cannot be kept
// (empty when it can), and its columns country … updated, in the table's order.
QString hotlineProblem(const UserHotline &hotline);
QVariantList hotlineValues(const UserHotline &hotline);

} // namespace Vigil::Core::Storage
