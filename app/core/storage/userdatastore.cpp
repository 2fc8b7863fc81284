#include "userdatastore.h"

#include "datafolders.h"
#include "sqlsupport.h"
#include "userdatasql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigil::Core {

using namespace Storage;

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigil-userdata-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

} // namespace

UserDataStore::UserDataStore()
    : m_connectionName(newConnectionName())
{
}

UserDataStore::~UserDataStore()
{
    close();
}

QString UserDataStore::defaultPath()
{
    return QDir(DataFolders::appData()).filePath(QStringLiteral("userdata.sqlite"));
}

bool UserDataStore::open(const QString &path, QString *error, Creation creation)
{
    close();
    const QFileInfo file(path);
    if (creation == Creation::OnFirstWrite && !path.isEmpty() && !file.exists() && !file.isSymLink()) {
        m_path = path;
        m_deferred = true;
        return true;
    }
    return openFile(path, error);
}

bool UserDataStore::openFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        setError(error, QStringLiteral("No file was given for the user data."));
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        setError(error, QStringLiteral("%1 is a folder, not a user data file.").arg(quoted(path)));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error,
            QStringLiteral("Cannot create the folder %1 for the user data; check its permissions.")
                .arg(quoted(info.absolutePath())));
        return false;
    }
    QString reason;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            reason = d.lastError().databaseText();
    }
    m_path = path;
    if (reason.isEmpty() && configure(&reason))
        return true;
    close();
    setError(error, QStringLiteral("Cannot open the user data %1: %2").arg(quoted(path), reason));
    return false;
}

bool UserDataStore::configure(QString *error)
{
    const QSqlDatabase d = db();
    int version = 0;
    {
        // The first read: a file that is not a database fails here, unchanged.
        QSqlQuery q(d);
        if (!run(q, QStringLiteral("PRAGMA user_version"), error) || !q.next())
            return false;
        version = q.value(0).toInt();
    }
    if (version > currentSchemaVersion) {
        setError(error,
            QStringLiteral("it was written by a newer version of Vigil (schema %1; this one knows %2). "
                           "Update Vigil to use it.")
                .arg(version)
                .arg(currentSchemaVersion));
        return false;
    }
    {
        QSqlQuery q(d);
        // journal_mode answers with the mode it got: on some file systems WAL is refused.
        if (!run(q, QStringLiteral("PRAGMA journal_mode = WAL"), error) || !q.next())
            return false;
        if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            setError(error,
                QStringLiteral("SQLite refused write-ahead logging here (journal mode %1); "
                               "keep the user data on a local disk.")
                    .arg(q.value(0).toString()));
            return false;
        }
    }
    {
        // Per connection, not stored in the file: set on every open. FULL syncs the
        // log at every commit, so an acknowledged write survives a power cut.
        QSqlQuery q(d);
        if (!run(q, QStringLiteral("PRAGMA synchronous = FULL"), error))
            return false;
    }
    {
        // Also per connection: deleting a list takes its entries with it, and no
        // entry can name a list that is not there.
        QSqlQuery q(d);
        if (!run(q, QStringLiteral("PRAGMA foreign_keys = ON"), error))
            return false;
    }
    return migrate(version, error);
}

bool UserDataStore::migrate(int from, QString *error)
{
    if (from >= currentSchemaVersion)
        return true;
    const QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!run(q, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    // Each step takes the schema one version up; all of them in one transaction.
    QStringList steps;
    if (from < 1) {
        steps << QStringLiteral("CREATE TABLE bookmarks (article_id INTEGER PRIMARY KEY, created TEXT NOT NULL)")
              << QStringLiteral("CREATE INDEX bookmarks_by_created ON bookmarks (created)")
              << QStringLiteral("CREATE TABLE notes (article_id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                                "updated TEXT NOT NULL)");
    }
    if (from < 2) {
        // Bookmarks become the entries of the default list, with the times they
        // were made. Times are written as Qt::ISODateWithMs writes them.
        steps << QStringLiteral("CREATE TABLE lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                                "created TEXT NOT NULL)")
              << QStringLiteral("CREATE TABLE list_entries (list_id INTEGER NOT NULL REFERENCES lists (id) "
                                "ON DELETE CASCADE, article_id INTEGER NOT NULL, added TEXT NOT NULL, "
                                "PRIMARY KEY (list_id, article_id)) WITHOUT ROWID")
              << QStringLiteral("CREATE INDEX list_entries_by_article ON list_entries (article_id)")
              << QStringLiteral("INSERT INTO lists (id, name, created) VALUES (%1, 'Reading list', "
                                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
                     .arg(defaultListId)
              << QStringLiteral("INSERT INTO list_entries (list_id, article_id, added) "
                                "SELECT %1, article_id, created FROM bookmarks")
                     .arg(defaultListId)
              << QStringLiteral("DROP TABLE bookmarks");
    }
    if (from < 3) {
        // number as the reader typed it; e164 empty when it did not validate.
        steps << QStringLiteral("CREATE TABLE my_hotlines (id INTEGER PRIMARY KEY, country TEXT NOT NULL, "
                                "label TEXT NOT NULL, number TEXT NOT NULL, e164 TEXT NOT NULL DEFAULT '', "
                                "hours TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '', "
                                "notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, updated TEXT NOT NULL)")
              << QStringLiteral("CREATE INDEX my_hotlines_by_country ON my_hotlines (country)");
    }
    steps << QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion);
    for (const QString &sql : std::as_const(steps)) {
        QSqlQuery step(d);
        if (!run(step, sql, error)) {
            QSqlQuery rollback(d);
            run(rollback, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    QSqlQuery commit(d);
    return run(commit, QStringLiteral("COMMIT"), error);
}

void UserDataStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_deferred = false;
}

bool UserDataStore::isOpen() const
{
    return m_deferred || hasFile();
}

bool UserDataStore::hasFile() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

bool UserDataStore::prepareWrite(QString *error)
{
    if (!m_deferred)
        return requireOpen(db(), error);
    const QString path = m_path;
    m_deferred = false;
    return openFile(path, error);
}

QSqlDatabase UserDataStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool UserDataStore::setNote(qint64 articleId, const QString &text, QString *error)
{
    if (text.isEmpty() && m_deferred)
        return true; // no file, no note to delete
    if (!prepareWrite(error))
        return false;
    if (text.isEmpty())
        return write(db(), QStringLiteral("DELETE FROM notes WHERE article_id = ?"), { articleId }, error);
    return write(db(),
        QStringLiteral("INSERT INTO notes (article_id, text, updated) VALUES (?, ?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, updated = excluded.updated"),
        { articleId, text, nowUtc() }, error);
}

QString UserDataStore::note(qint64 articleId) const
{
    QSqlQuery q(db());
    if (!hasFile() || !runRead(q, QStringLiteral("SELECT text FROM notes WHERE article_id = ?"), { articleId })
        || !q.next())
        return {};
    return q.value(0).toString();
}

QList<Note> UserDataStore::notes() const
{
    QList<Note> out;
    QSqlQuery q(db());
    if (!hasFile()
        || !runRead(q, QStringLiteral("SELECT article_id, text, updated FROM notes ORDER BY article_id"), {}))
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs) });
    }
    return out;
}

bool UserDataStore::checkIntegrity(QString *error) const
{
    if (m_deferred)
        return true; // no file yet: nothing to be damaged
    if (!hasFile()) {
        setError(error, QStringLiteral("The user data store is not open."));
        return false;
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("PRAGMA integrity_check"), error))
        return false;
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList { QStringLiteral("ok") })
        return true;
    setError(error, QStringLiteral("SQLite found the user data damaged: %1").arg(problems.mid(0, 5).join(u"; ")));
    return false;
}

QVariant UserDataStore::pragma(const QString &name) const
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!hasFile() || !identifier.match(name).hasMatch())
        return {};
    QSqlQuery q(db());
    if (!runRead(q, u"PRAGMA " + name, {}) || !q.next())
        return {};
    return q.value(0);
}

bool UserDataStore::removeAll(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        setError(error, QStringLiteral("No file was given for the user data."));
        return false;
    }
    // The log first: a -wal left beside a new, empty database would be replayed
    // into it, and cleared notes would come back. The database last, so that a
    // failure half-way leaves the database, which the reader can see and retry,
    // rather than a lone log, which nobody sees.
    QStringList failed;
    for (const QString &suffix :
        { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QString() }) {
        QFile file(path + suffix);
        if (!QFileInfo(file.fileName()).exists() && !QFileInfo(file.fileName()).isSymLink())
            continue;
        if (!file.remove())
            failed << QStringLiteral("%1 (%2)").arg(quoted(file.fileName()), file.errorString());
    }
    if (failed.isEmpty())
        return true;
    setError(error,
        QStringLiteral("Could not delete %1; close Vigil and delete the files by hand.")
            .arg(failed.join(QStringLiteral(", "))));
    return false;
}

} // namespace Vigil::Core
