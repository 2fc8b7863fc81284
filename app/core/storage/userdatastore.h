#pragma once

#include "domain/note.h"
#include "domain/readinglist.h"
#include "domain/userhotline.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Vigil::Core {

struct ListsAndNotes;

// The reader's own data: reading lists and notes, keyed by the stable article ids of
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
    // 1: bookmarks and notes. 2: bookmarks became the default reading list.
    // 3: the reader's own hotlines.
    static constexpr int currentSchemaVersion = 3;
    // The list every store has, which cannot be renamed or deleted.
    static constexpr qint64 defaultListId = 1;

    UserDataStore();
    ~UserDataStore();
    UserDataStore(const UserDataStore &) = delete;
    UserDataStore &operator=(const UserDataStore &) = delete;

    // <AppDataLocation>/userdata.sqlite
    static QString defaultPath();

    // Now: the file is made at once. OnFirstWrite: a missing file (and its folder)
    // is made only when something is saved, so that a reader who saves nothing
    // leaves no trace of Vigil; until then the store reads as a new one would.
    enum class Creation { Now, OnFirstWrite };

    // Creates the file (and its folder) when missing and migrates an older schema.
    // A file that is not a database, or one written by a newer Vigil, is refused
    // and left as it is.
    bool open(const QString &path, QString *error, Creation creation = Creation::Now);
    void close();
    // Open, or waiting for the first write to make the file.
    bool isOpen() const;
    QString path() const { return m_path; }

    // Reading lists (userdatastore_lists.cpp). The default list first, then the
    // others by name, each with its count.
    QList<ReadingList> readingLists() const;
    // Names are trimmed, must not be empty and are unique without regard to case.
    // Returns the new list's id, or 0.
    qint64 createList(const QString &name, QString *error);
    bool renameList(qint64 listId, const QString &name, QString *error);
    // Deletes the list and its entries; the default list stays.
    bool deleteList(qint64 listId, QString *error);
    // Adding an article twice keeps the first entry (and its time).
    bool addToList(qint64 listId, qint64 articleId, QString *error);
    bool removeFromList(qint64 listId, qint64 articleId, QString *error);
    bool isInList(qint64 listId, qint64 articleId) const;
    QList<ListEntry> listEntries(qint64 listId) const; // newest first
    QList<qint64> listArticleIds(qint64 listId) const; // newest first
    QList<qint64> listsHolding(qint64 articleId) const;

    // An empty text deletes the note.
    bool setNote(qint64 articleId, const QString &text, QString *error);
    QString note(qint64 articleId) const; // empty when there is none
    QList<Note> notes() const; // every note, by article id

    // The reader's own hotlines (userdatastore_hotlines.cpp), by country and name;
    // with a country, that country's only. A hotline needs a country (alpha-2), a
    // name, a number and a source; the number is kept as typed, with its E.164
    // form when it validates for the country. Returns the new hotline's id, or 0.
    QList<UserHotline> myHotlines(const QString &country = {}) const;
    qint64 addHotline(const UserHotline &hotline, QString *error);
    bool updateHotline(const UserHotline &hotline, QString *error);
    bool removeHotline(qint64 id, QString *error);

    // Moving lists and notes to another computer (userdatastore_exchange.cpp).
    // Every list with its entries and every note; the articles they name are for
    // the caller to describe, who has the library.
    ListsAndNotes exportData() const;
    // What an import adds. Lists are matched by name, without regard to case
    // (the file's default list is the reading list); an entry a list has is not
    // added again. A note is added where the article has none; one whose text
    // the article's note already holds is skipped; one that holds the article's
    // note (the same note, written on) replaces it; any other is put under the
    // article's note, after a line saying it was imported: both texts are kept.
    struct ImportCounts
    {
        int listsAdded = 0;
        int entriesAdded = 0;
        int notesAdded = 0;
        int notesMerged = 0; // replaced by a longer one, or kept with the imported text under it
        int notesSkipped = 0; // already there
        // My hotlines: one of the same country and service (without regard to
        // case) is changed to the file's, where anything differs; any other is added.
        int hotlinesAdded = 0;
        int hotlinesChanged = 0;
        bool changesSomething() const
        {
            return listsAdded + entriesAdded + notesAdded + notesMerged + hotlinesAdded + hotlinesChanged > 0;
        }
    };
    // What importData() would do, writing nothing.
    ImportCounts planImport(const ListsAndNotes &data) const;
    // All of it in one transaction: on failure nothing changed. An import that
    // adds nothing writes nothing (and makes no file).
    bool importData(const ListsAndNotes &data, ImportCounts *done, QString *error);

    // PRAGMA integrity_check: true when SQLite finds the file sound.
    bool checkIntegrity(QString *error) const;
    // Diagnostics: a PRAGMA's value on this connection ("journal_mode",
    // "synchronous"); invalid for a name that is not a plain identifier.
    QVariant pragma(const QString &name) const;

    // "Clear my data": deletes the database and its -wal and -shm files. Close
    // every store on the path first. True when none of the three is left.
    static bool removeAll(const QString &path, QString *error);

private:
    bool openFile(const QString &path, QString *error);
    bool hasFile() const;
    // Makes the file a deferred open left for later; false when it cannot be used.
    bool prepareWrite(QString *error);
    bool configure(QString *error);
    bool migrate(int from, QString *error);
    // Why a name cannot be given to a list (other than exceptId), or empty.
    QString nameProblem(const QString &name, qint64 exceptId) const;
    QSqlDatabase db() const;

    QString m_connectionName;
    QString m_path;
    bool m_deferred = false; // opened OnFirstWrite, and nothing written yet
};

} // namespace Vigil::Core
