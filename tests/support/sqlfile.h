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
namespace Detail {
// The page size and the root page of a table or index; false when not found.
inline bool rootPage(const QString &path, const char *table, qint64 *pageSize, qint64 *root)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    sqlite3_stmt *stmt = nullptr;
    *pageSize = 0;
    *root = 0;
    if (sqlite3_open(name.constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db,
               "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master WHERE name = ?", -1, &stmt,
               nullptr)
            == SQLITE_OK
        && sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        *pageSize = sqlite3_column_int64(stmt, 0);
        *root = sqlite3_column_int64(stmt, 1);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return *pageSize > 0 && *root > 1;
}

inline bool overwritePage(QFile &file, qint64 pageSize, qint64 page)
{
    return file.seek((page - 1) * pageSize) && file.write(QByteArray(pageSize, '\xee')) == pageSize;
}
} // namespace Detail

inline bool damageTable(const QString &path, const char *table, QString *error)
{
    qint64 pageSize = 0;
    qint64 root = 0;
    QFile file(path);
    if (!Detail::rootPage(path, table, &pageSize, &root) || !file.open(QIODevice::ReadWrite)
        || !Detail::overwritePage(file, pageSize, root)) {
        *error = QStringLiteral("could not damage table %1 of %2").arg(QString::fromLatin1(table), path);
        return false;
    }
    return true;
}

// Overwrites the last leaf page of a table of several pages: its first rows
// read, and a scan fails only on reaching the rows of that page, as a loop
// over them would otherwise take for the end.
inline bool damageLastPage(const QString &path, const char *table, QString *error)
{
    qint64 pageSize = 0;
    qint64 page = 0;
    QFile file(path);
    bool ok = Detail::rootPage(path, table, &pageSize, &page) && file.open(QIODevice::ReadWrite);
    bool interior = false;
    // An interior table page (type 5) keeps its right-most child at bytes 8-11.
    for (int depth = 0; ok && depth < 8; ++depth) {
        if (!file.seek((page - 1) * pageSize))
            return false;
        const QByteArray header = file.read(12);
        if (header.size() < 12 || header.at(0) != 5)
            break;
        interior = true;
        page = (qint64(quint8(header.at(8))) << 24) | (quint8(header.at(9)) << 16) | (quint8(header.at(10)) << 8)
            | quint8(header.at(11));
    }
    if (!ok || !interior || !Detail::overwritePage(file, pageSize, page)) {
        *error = QStringLiteral("could not damage the last page of table %1 of %2 (does it have more than one?)")
                     .arg(QString::fromLatin1(table), path);
        return false;
    }
    return true;
}

} // namespace Vigil::Test
