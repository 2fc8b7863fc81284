#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Vigil::Core {

struct Bookmark
{
    qint64 articleId = 0;
    QDateTime created; // UTC
};

// The reader's own data: bookmarks and notes, keyed by the stable article ids of
// the library. It lives in a database of its own, because the library is built
// elsewhere and replaced whole, and what a reader wrote must survive that.
//
// Unlike the library, this file is written while the app runs, and a crash or a
// power cut must not cost an acknowledged write: WAL with synchronous=FULL, so a
// method that returned true has its change on disk. Like LibraryConnection, a store is
// used only in the thread that opened it.
class UserDataStore final
{
public:
    static constexpr int currentSchemaVersion = 1;

    UserDataStore();
    ~UserDataStore();
    UserDataStore(const UserDataStore &) = delete;
    UserDataStore &operator=(const UserDataStore &) = delete;

    // <AppDataLocation>/userdata.sqlite
    static QString defaultPath();

    // Creates the file (and its folder) when missing and migrates an older schema.
    // A file that is not a database, or one written by a newer Vigil, is refused
    // and left as it is.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Adding a bookmark twice keeps the first one (and its time).
    bool addBookmark(qint64 articleId, QString *error);
    bool removeBookmark(qint64 articleId, QString *error);
    bool isBookmarked(qint64 articleId) const;
    QList<Bookmark> bookmarks() const; // newest first

    // An empty text deletes the note.
    bool setNote(qint64 articleId, const QString &text, QString *error);
    QString note(qint64 articleId) const; // empty when there is none

    // PRAGMA integrity_check: true when SQLite finds the file sound.
    bool checkIntegrity(QString *error) const;
    // Diagnostics: a PRAGMA's value on this connection ("journal_mode",
    // "synchronous"); invalid for a name that is not a plain identifier.
    QVariant pragma(const QString &name) const;

    // "Clear my data": deletes the database and its -wal and -shm files. Close
    // every store on the path first. True when none of the three is left.
    static bool removeAll(const QString &path, QString *error);

private:
    bool configure(QString *error);
    bool migrate(int from, QString *error);
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_path;
};

} // namespace Vigil::Core
