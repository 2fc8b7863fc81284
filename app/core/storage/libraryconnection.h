#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Vigil::Core {

struct CheckResult
{
    bool ok = false;
    int schemaVersion = 0;
    QStringList problems; // one sentence each: what is wrong and what to do
};

// One connection to a library database: opening (and upgrading), stopping a
// query, checking and compacting. What is read and written goes through the
// classes given this connection: LibraryImporter writes, ArticleQueries and
// CatalogueQueries read; nobody else writes SQL against the library. Like the
// Qt SQL connection it owns, it is used only in the thread that opened it;
// another thread opens a connection of its own.
class LibraryConnection final
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };
    static constexpr int currentSchemaVersion = 4;

    LibraryConnection();
    ~LibraryConnection();
    LibraryConnection(const LibraryConnection &) = delete;
    LibraryConnection &operator=(const LibraryConnection &) = delete;

    // ReadOnly never writes to or beside the file (but for playing back the
    // journal of an interrupted import), and opens only a library of the
    // current schema: an older one is refused with the command that upgrades
    // it. ReadWrite upgrades an older schema. Create makes the file when it
    // does not exist or is empty. A file with a newer schema than this program
    // knows, or one that is not a Vigil library, is refused.
    bool open(const QString &path, OpenMode mode, QString *error);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The schema the file had before this open upgraded it; 0 when it was not.
    int upgradedFrom() const { return m_upgradedFrom; }

    // Stops the statement running on this connection, from any thread: the
    // statement fails (and is not taken for damage), the connection stays
    // usable. For a search worker whose query a newer keystroke made stale.
    void interrupt() const;
    // Whether interrupt() can stop a statement: Qt's SQLite driver and Vigil
    // load the same SQLite (compared by source id at open).
    bool canInterrupt() const;

    CheckResult check() const;
    // Compacts the file so that the same input gives the same bytes.
    bool vacuum(QString *error);

    // For the importer and the queries.
    QSqlDatabase database() const;
    // Runs a read. On failure (but for interrupt()) logs it and keeps SQLite's
    // reason as readFailure(), so that a damaged library is told apart from an
    // empty answer.
    bool read(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;
    // A single integer such as SELECT count(*); -1 on failure (noted as read() does).
    qint64 readScalar(const QString &sql, const QVariantList &values = {}) const;
    // For a read that failed where read() cannot see it: at a row after the
    // first, or with a value that cannot be used. Noted as read() notes its own
    // failures; reason goes in parentheses after "could not be read".
    void noteReadFailure(const QSqlQuery &query, const QString &reason) const;
    // After a loop over query.next(): SQLite reports a damaged page when a row
    // on it is stepped to, which ends the loop as quietly as the last row does.
    // Notes that failure as read() does; false if there was one.
    bool noteIfCutShort(const QSqlQuery &query) const;
    // The first read that failed since the last clearReadFailure(), in a
    // sentence for the reader; empty when every read succeeded.
    QString readFailure() const { return m_readFailure; }
    void clearReadFailure() const { m_readFailure.clear(); }
    // Called with readFailure() when a read fails and none had since the last
    // clearReadFailure(), in the connection's thread: for a window to say so.
    void setReadFailureHandler(std::function<void(const QString &)> handler) { m_onReadFailure = std::move(handler); }

    // Changes when what the queries may have cached is stale: at open, at close
    // and with every write through a LibraryImporter.
    quint64 generation() const { return m_generation; }
    void noteWrite() { ++m_generation; }
    // search_terms matches the search index (the importer clears it, vacuum()
    // writes the vocabulary again).
    bool searchTermsFresh() const { return m_searchTermsFresh; }
    void setSearchTermsFresh(bool fresh) { m_searchTermsFresh = fresh; }
    // Why a write cannot happen now (no library open, or open read-only), in
    // the sentence "Cannot <action>: …"; empty when it can.
    QString whyNotWritable(const QString &action) const;

private:
    bool openConnection(const QString &path, OpenMode mode, QString *error);
    void publishHandle();
    bool rollBackInterruptedWrite(const QString &path, QString *error);
    static bool sameSqliteAsQt(const QSqlDatabase &d);
    // Decides whether the open file is a library this program can use; *version is
    // its schema version, 0 for a new empty file.
    bool inspect(OpenMode mode, int *version, QString *error) const;
    bool readSearchTermsFresh() const;

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    bool m_searchTermsFresh = false;
    quint64 m_generation = 0;
    mutable QString m_readFailure;
    std::function<void(const QString &)> m_onReadFailure;
    mutable QMutex m_handleLock;
    void *m_handle = nullptr; // the sqlite3 connection, for interrupt(); under m_handleLock
    void *m_openingHandle = nullptr; // the same while open() runs, on the owning thread only
};

} // namespace Vigil::Core
