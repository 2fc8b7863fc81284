#include "userdatasql.h"

#include "sqlsupport.h"

#include <QDateTime>

namespace Vigil::Core::Storage {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool runRead(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    QString error;
    q.setForwardOnly(true);
    if (!prepare(q, sql, &error)) {
        qCWarning(lcStorage) << "user data:" << error;
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!execPrepared(q, &error)) {
        qCWarning(lcStorage) << "user data:" << error;
        return false;
    }
    return true;
}

bool requireOpen(const QSqlDatabase &db, QString *error)
{
    if (db.isOpen())
        return true;
    setError(error, QStringLiteral("The user data store is not open."));
    return false;
}

bool write(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    if (!requireOpen(db, error))
        return false;
    QSqlQuery q(db);
    if (!prepare(q, sql, error))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return execPrepared(q, error);
}

} // namespace Vigil::Core::Storage
