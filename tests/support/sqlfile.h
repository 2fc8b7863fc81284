#pragma once

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace Vigil::Test {

// Makes a database at path from an SQL text, such as tests/data/libraries: the
// files older versions of Vigil wrote, kept as the statements that make them.
// Needs SQLite::SQLite3.
inline bool loadSqlFile(const QString &path, const QString &sqlPath, QString *error)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = sqlPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QByteArray sql = file.readAll();
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    bool ok = sqlite3_open(name.constData(), &db) == SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

// Overwrites the root page of a table with bytes no b-tree page has, leaving the
// rest of the file (its header and schema) intact: the file opens, and every
// read of that table fails as on a damaged disk.
inline bool damageTable(const QString &path, const char *table, QString *error)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    qint64 pageSize = 0;
    qint64 root = 0;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_open(name.constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db,
               "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master WHERE name = ?", -1, &stmt,
               nullptr)
            == SQLITE_OK
        && sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        pageSize = sqlite3_column_int64(stmt, 0);
        root = sqlite3_column_int64(stmt, 1);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    QFile file(path);
    if (pageSize <= 0 || root <= 1 || !file.open(QIODevice::ReadWrite) || !file.seek((root - 1) * pageSize)
        || file.write(QByteArray(pageSize, '\xee')) != pageSize) {
        *error = QStringLiteral("could not damage table %1 of %2").arg(QString::fromLatin1(table), path);
        return false;
    }
    return true;
}

} // namespace Vigil::Test
