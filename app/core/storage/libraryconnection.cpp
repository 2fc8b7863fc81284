#include "libraryconnection.h"

#include "articlebody.h"
#include "migrations.h"
#include "sqlsupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>
#include <utility>

namespace Vigil::Core {

Q_LOGGING_CATEGORY(lcStorage, "vigil.core.storage")

using namespace Storage;

static_assert(LibraryConnection::currentSchemaVersion == Migrations::latestVersion,
    "the store and the migrations must agree on the schema version");

namespace {

const QString driverName = QStringLiteral("QSQLITE");

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigil-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// One integer from a statement such as SELECT count(*).
bool readCount(const QSqlDatabase &d, const QString &sql, qint64 *count, QString *reason)
{
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!run(q, sql, reason))
        return false;
    if (!q.next()) {
        if (readToEnd(q, reason))
            setError(reason, QStringLiteral("no row"));
        return false;
    }
    *count = q.value(0).toLongLong();
    return true;
}

} // namespace

bool LibraryConnection::sameSqliteAsQt(const QSqlDatabase &d)
{
    // interrupt() calls sqlite3_interrupt of the SQLite Vigil links on the
    // handle of the SQLite Qt's driver loaded: safe only when the two are one
    // and the same build. Where they differ (a Qt with its own SQLite built in),
    // searches are not interrupted; a stale one runs to its end and is dropped.
    QSqlQuery q(d);
    q.setForwardOnly(true);
    QString reason;
    const bool same = run(q, QStringLiteral("SELECT sqlite_source_id()"), &reason) && q.next()
        && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    if (!same) {
        static bool said = false;
        if (!std::exchange(said, true))
            qCWarning(lcStorage) << "Qt's SQLite driver uses another SQLite than Vigil (" << q.value(0).toString()
                                 << "against" << sqlite3_sourceid() << "); searches will not be interrupted";
    }
    return same;
}

bool LibraryConnection::canInterrupt() const
{
    const QMutexLocker lock(&m_handleLock);
    return m_handle != nullptr;
}

LibraryConnection::LibraryConnection()
    : m_connectionName(newConnectionName())
{
}

LibraryConnection::~LibraryConnection()
{
    close();
}

bool LibraryConnection::open(const QString &path, OpenMode mode, QString *error)
{
    close();
    if (path.isEmpty()) {
        setError(error, QStringLiteral("No library file was given."));
        return false;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        setError(error, QStringLiteral("%1 is a folder, not a library file.").arg(quoted(path)));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        setError(error,
            QStringLiteral("%1 is not a regular file (a device, a pipe or a socket), so it cannot be a "
                           "library. Give the path of a library file.")
                .arg(quoted(path)));
        return false;
    }
    if (info.exists() && mode != OpenMode::ReadOnly && !info.isWritable()) {
        // SQLite would quietly open it read-only and fail at the first write.
        setError(error,
            QStringLiteral("Cannot open the library %1 for writing: the file is "
                           "read-only. Check its permissions, or open it read-only.")
                .arg(quoted(path)));
        return false;
    }
    if (!info.exists() && mode != OpenMode::Create) {
        setError(error, QStringLiteral("Cannot open the library %1: the file does not exist.").arg(quoted(path)));
        return false;
    }
    if (mode == OpenMode::ReadOnly && !rollBackInterruptedWrite(path, error))
        return false;
    if (!openConnection(path, mode, error))
        return false;

    int version = 0;
    if (!inspect(mode, &version, error)) {
        close();
        return false;
    }
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_schemaVersion = version;
    ++m_generation;
    {
        // Reads through a memory map: no copy into SQLite's page cache and no
        // system call per page, which halves the time of a search that walks a
        // long posting list. Pages not touched take no memory.
        QSqlQuery q(database());
        QString ignored; // without it SQLite reads as before
        run(q, QStringLiteral("PRAGMA mmap_size = 1073741824"), &ignored);
    }
    if (m_readOnly) {
        m_searchTermsFresh = readSearchTermsFresh();
        publishHandle();
        return true;
    }

    // DELETE, never WAL: the built library ships as one self-contained file.
    QSqlDatabase d = database();
    QString reason;
    bool ok = false;
    {
        QSqlQuery q(d);
        ok = run(q, QStringLiteral("PRAGMA foreign_keys = ON"), &reason)
            && run(q, QStringLiteral("PRAGMA journal_mode = DELETE"), &reason);
        // journal_mode answers with a row; left unread, it would block every COMMIT.
    }
    ok = ok && Migrations::migrate(d, version, currentSchemaVersion, &reason);
    if (!ok) {
        d = QSqlDatabase();
        close();
        setError(error, QStringLiteral("Cannot open the library %1: %2").arg(quoted(path), reason));
        return false;
    }
    if (version > 0 && version < currentSchemaVersion)
        m_upgradedFrom = version;
    m_schemaVersion = currentSchemaVersion;
    m_searchTermsFresh = readSearchTermsFresh();
    publishHandle();
    return true;
}

void LibraryConnection::publishHandle()
{
    const QMutexLocker lock(&m_handleLock);
    m_handle = m_openingHandle;
}

bool LibraryConnection::readSearchTermsFresh() const
{
    return readScalar(QStringLiteral("SELECT count(*) FROM vigil_meta WHERE key = 'search_terms' AND value = 'fresh'"))
        == 1;
}

bool LibraryConnection::rollBackInterruptedWrite(const QString &path, QString *error)
{
    // An import stopped by a full disk, a crash or kill -9 leaves the library as
    // it was before it, plus a rollback journal that SQLite plays back at the
    // next open that may write. A read-only open cannot, and would call an
    // intact library damaged. So a journal beside the file is played back first,
    // by a connection that may write and only reads; SQLite itself decides
    // whether the journal is hot (a live import elsewhere keeps its lock, and
    // its journal is left alone).
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return true;
    if (!QFileInfo(path).isWritable() || !QFileInfo(journal.absolutePath()).isWritable()) {
        setError(error,
            QStringLiteral("An import into the library %1 was interrupted, and its journal %2 must be "
                           "played back before the library can be read; this needs write access to "
                           "the folder. Run any vigil-library command on the library as a user who may "
                           "write there (the library is then as it was before that import).")
                .arg(quoted(path), quoted(journal.filePath())));
        return false;
    }
    const QString name = m_connectionName + QStringLiteral("-recovery");
    QString reason;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(driverName, name);
        d.setDatabaseName(path);
        if (d.open()) {
            QSqlQuery q(d);
            if (run(q, QStringLiteral("PRAGMA user_version"), &reason))
                qCInfo(lcStorage) << "played back the journal of an interrupted write:" << path;
            q.finish();
            d.close();
        } else {
            reason = d.lastError().databaseText();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // What could not be played back is said by the read-only open that follows.
    if (!reason.isEmpty())
        qCWarning(lcStorage) << "could not play back the journal of" << path << ":" << reason;
    return true;
}

bool LibraryConnection::openConnection(const QString &path, OpenMode mode, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        setError(error,
            QStringLiteral("Qt's SQLite driver (QSQLITE) is missing; install the Qt "
                           "SQL plugin for SQLite."));
        return false;
    }
    QString reason;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(driverName, m_connectionName);
        d.setDatabaseName(path);
        if (mode == OpenMode::ReadOnly)
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open()) {
            const QVariant handle = d.driver()->handle();
            // Only a handle of the SQLite this program links is safe to touch.
            // Given to interrupt() only once open() has ended: an interrupt
            // meant for a search must not stop the reads that open the file.
            m_openingHandle = nullptr;
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 && sameSqliteAsQt(d))
                m_openingHandle = *static_cast<void *const *>(handle.constData());
            return true;
        }
        reason = d.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    setError(error, QStringLiteral("Cannot open the library %1: %2").arg(quoted(path), reason));
    return false;
}

bool LibraryConnection::inspect(OpenMode mode, int *version, QString *error) const
{
    const QSqlDatabase d = database();
    const QString name = quoted(d.databaseName());
    QString reason;
    const auto damaged = [&] {
        setError(error,
            QStringLiteral("%1 is damaged (SQLite: %2); rebuild the library or "
                           "restore it from a copy.")
                .arg(name, reason));
        return false;
    };
    // The first read of the file: a text file or a truncated copy fails here.
    if (!Migrations::readUserVersion(d, version, &reason)) {
        setError(error,
            QStringLiteral("%1 is not a Vigil library or is damaged (SQLite: %2); "
                           "choose another file or rebuild the library.")
                .arg(name, reason));
        return false;
    }
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT count(*), sum(name = 'vigil_meta') FROM sqlite_master"), &reason) || !q.next()) {
        return damaged();
    }
    const int objects = q.value(0).toInt();
    const bool hasMeta = q.value(1).toInt() > 0;
    q.finish();
    if (objects == 0 && *version == 0) {
        if (mode == OpenMode::Create)
            return true;
        setError(error, QStringLiteral("%1 is an empty database, not a Vigil library.").arg(name));
        return false;
    }
    if (!hasMeta) {
        setError(error,
            QStringLiteral("%1 is an SQLite database but not a Vigil library (it has "
                           "no vigil_meta table).")
                .arg(name));
        return false;
    }
    if (!prepare(q, QStringLiteral("SELECT value FROM vigil_meta WHERE key = ?"), &reason))
        return damaged();
    q.addBindValue(Migrations::formatKey());
    if (!execPrepared(q, &reason))
        return damaged();
    const QString format = q.next() ? q.value(0).toString() : QString();
    if (format != Migrations::formatValue()) {
        setError(error,
            QStringLiteral("%1 is an SQLite database but not a Vigil library (its "
                           "vigil_meta table has no format “%2”).")
                .arg(name, Migrations::formatValue()));
        return false;
    }
    if (*version > currentSchemaVersion) {
        setError(error,
            QStringLiteral("%1 was made by a newer version of Vigil (library schema "
                           "%2; this version reads up to %3). Update Vigil to open it.")
                .arg(name)
                .arg(*version)
                .arg(currentSchemaVersion));
        return false;
    }
    if (*version < 1) {
        setError(error,
            QStringLiteral("%1 is a damaged Vigil library: it has no schema version. "
                           "Rebuild the library.")
                .arg(name));
        return false;
    }
    if (*version < currentSchemaVersion && mode == OpenMode::ReadOnly) {
        // Reading every older schema would take a branch in every query for files
        // that upgrading makes current in one step.
        setError(error,
            QStringLiteral("%1 was made by an older version of Vigil (library schema %2; this version "
                           "reads %3). Run “vigil-library upgrade %4” once, then open it again.")
                .arg(name)
                .arg(*version)
                .arg(currentSchemaVersion)
                .arg(QDir::toNativeSeparators(database().databaseName())));
        return false;
    }
    return true;
}

void LibraryConnection::close()
{
    {
        const QMutexLocker lock(&m_handleLock);
        m_handle = nullptr;
    }
    m_openingHandle = nullptr;
    m_searchTermsFresh = false;
    m_readFailure.clear();
    m_upgradedFrom = 0;
    ++m_generation;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_readOnly = false;
    m_schemaVersion = 0;
}

bool LibraryConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void LibraryConnection::interrupt() const
{
    const QMutexLocker lock(&m_handleLock);
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

int LibraryConnection::schemaVersion() const
{
    return isOpen() ? m_schemaVersion : 0;
}

QSqlDatabase LibraryConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString LibraryConnection::whyNotWritable(const QString &action) const
{
    if (!isOpen())
        return QStringLiteral("Cannot %1: no library is open.").arg(action);
    if (m_readOnly)
        return QStringLiteral("Cannot %1: the library %2 is open read-only.").arg(action, quoted(m_path));
    return {};
}

bool LibraryConnection::read(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    QString reason;
    if (run(query, sql, values, &reason))
        return true;
    noteReadFailure(query, QStringLiteral("SQLite: %1").arg(reason));
    return false;
}

void LibraryConnection::noteReadFailure(const QSqlQuery &query, const QString &reason) const
{
    // SQLITE_INTERRUPT: interrupt() stopped a query gone stale, as asked.
    if (query.lastError().nativeErrorCode() == QStringLiteral("9")) {
        qCDebug(lcStorage) << "query interrupted:" << query.lastQuery().left(80);
        return;
    }
    qCWarning(lcStorage) << "query failed:" << reason << "in" << query.lastQuery();
    if (!m_readFailure.isEmpty())
        return;
    m_readFailure = QStringLiteral("The library %1 could not be read (%2). It may be damaged: "
                                   "run “vigil-library check %3” for what is wrong, and rebuild it or "
                                   "restore it from a copy.")
                        .arg(quoted(m_path), reason, QDir::toNativeSeparators(m_path));
    if (m_onReadFailure)
        m_onReadFailure(m_readFailure);
}

bool LibraryConnection::noteIfCutShort(const QSqlQuery &query) const
{
    QString reason;
    if (readToEnd(query, &reason))
        return true;
    noteReadFailure(query, QStringLiteral("SQLite: %1").arg(reason));
    return false;
}

qint64 LibraryConnection::readScalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!read(q, sql, values) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

CheckResult LibraryConnection::check() const
{
    CheckResult result;
    if (!isOpen()) {
        result.problems.append(QStringLiteral("No library is open; open one before checking it."));
        return result;
    }
    // Every read here answers for the file: one that fails is a problem in the
    // result, never a step skipped or an answer taken for "ok".
    const QSqlDatabase d = database();
    QString reason;
    const auto unreadable = [&result, &reason](const QString &what) {
        result.problems.append(
            QStringLiteral("%1 (SQLite: %2); rebuild the library or restore it from a copy.").arg(what, reason));
    };
    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("PRAGMA integrity_check"), &reason)) {
            result.problems.append(QStringLiteral("SQLite could not check the file (%1); rebuild "
                                                  "the library or restore it from a copy.")
                                       .arg(reason));
        } else {
            QStringList damage;
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QStringLiteral("ok") && damage.size() < 5)
                    damage.append(line);
            }
            if (!readToEnd(q, &reason))
                damage.append(reason);
            if (!damage.isEmpty()) {
                result.problems.append(QStringLiteral("The file is damaged (%1); rebuild the "
                                                      "library or restore it from a copy.")
                                           .arg(damage.join(QStringLiteral("; "))));
            }
        }
    }

    int version = 0;
    if (!Migrations::readUserVersion(d, &version, &reason)) {
        result.problems.append(QStringLiteral("The schema version cannot be read (%1); rebuild "
                                              "the library.")
                                   .arg(reason));
    } else if (version < 1) {
        result.problems.append(QStringLiteral("The library has no schema version; rebuild the library."));
    } else if (version < currentSchemaVersion) {
        result.problems.append(QStringLiteral("The library uses schema version %1, older than "
                                              "this program's %2; run “vigil-library upgrade” on it.")
                                   .arg(version)
                                   .arg(currentSchemaVersion));
    } else if (version > currentSchemaVersion) {
        result.problems.append(QStringLiteral("The library uses schema version %1, newer than "
                                              "this program's %2; update Vigil.")
                                   .arg(version)
                                   .arg(currentSchemaVersion));
    }
    result.schemaVersion = version;

    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("SELECT value FROM vigil_meta WHERE key = ?"), { Migrations::formatKey() },
                &reason)) {
            unreadable(QStringLiteral("The vigil_meta table cannot be read"));
        } else if (!q.next() || q.value(0).toString() != Migrations::formatValue()) {
            result.problems.append(QStringLiteral("The vigil_meta table does not mark the file as "
                                                  "a Vigil library (key “format”); rebuild the "
                                                  "library with vigil-library."));
        }
    }

    {
        qint64 articles = 0;
        qint64 indexed = 0;
        if (!readCount(d, QStringLiteral("SELECT count(*) FROM articles"), &articles, &reason)) {
            unreadable(QStringLiteral("The articles cannot be counted"));
        } else if (!readCount(d, QStringLiteral("SELECT count(*) FROM article_fts"), &indexed, &reason)) {
            unreadable(QStringLiteral("The search index cannot be read"));
        } else if (articles != indexed) {
            result.problems.append(QStringLiteral("The search index holds %1 entries for %2 "
                                                  "articles; re-import the pages or rebuild the "
                                                  "library so that search finds every article.")
                                       .arg(indexed)
                                       .arg(articles));
        }
    }

    {
        BodyCodec codec(d);
        if (!codec.load(&reason)) {
            result.problems.append(QStringLiteral("Articles would show without their text: %1; rebuild the "
                                                  "library or restore it from a copy.")
                                       .arg(reason));
        }
    }

    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        const bool ran = run(q, QStringLiteral("PRAGMA foreign_key_check"), &reason);
        QSet<QString> tables;
        int rows = 0;
        while (ran && q.next()) {
            ++rows;
            tables.insert(q.value(0).toString());
        }
        if (!ran || !readToEnd(q, &reason)) {
            unreadable(QStringLiteral("The references between rows cannot be checked"));
        } else if (rows > 0) {
            QStringList names(tables.cbegin(), tables.cend());
            names.sort();
            result.problems.append(QStringLiteral("%1 rows (in %2) refer to rows that do not "
                                                  "exist; write the reference data again or "
                                                  "rebuild the library.")
                                       .arg(rows)
                                       .arg(names.join(QStringLiteral(", "))));
        }
    }

    result.ok = result.problems.isEmpty();
    return result;
}

bool LibraryConnection::vacuum(QString *error)
{
    if (const QString why = whyNotWritable(QStringLiteral("compact the library")); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QSqlDatabase d = database();
    QString reason;
    QSqlQuery q(d);
    // 'optimize' merges the index segments that each import added into one.
    bool ok = run(q, QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('optimize')"), &reason);
    if (ok) {
        // The vocabulary the prefix expansion reads, now that the index is final.
        Transaction transaction(d);
        if (!transaction.isActive())
            reason = transaction.beginError();
        ok = transaction.isActive() && Migrations::refreshSearchTerms(d, &reason) && transaction.commit(&reason);
        m_searchTermsFresh = ok;
    }
    // 16 KiB pages: compressed bodies of a kilobyte or two pack with less waste.
    ok = ok && run(q, QStringLiteral("PRAGMA page_size = 16384"), &reason) && run(q, QStringLiteral("VACUUM"), &reason);
    if (!ok) {
        if (reason.isEmpty())
            reason = d.lastError().text();
        setError(error, QStringLiteral("Compacting the library %1 failed: %2").arg(quoted(m_path), reason));
    }
    return ok;
}

} // namespace Vigil::Core
