#pragma once

#include "domain/note.h"
#include "domain/readinglist.h"
#include "domain/userhotline.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Vigil::Core {

// An article as a file of lists and notes names it: by its stable id (made from
// the source page's name and the title, PageParser::stableArticleId, so the same
// page gives the same ids on every computer), with what lets a reader recognise
// it in a library that lacks it. Title, date and page are empty when the library
// that wrote the file did not have the article either.
struct ArticleRecord
{
    qint64 id = 0;
    QString title;
    QString date; // ISO, as precise as the article's date: "2007", "2007-10", "2007-10-02"
    QString page; // the source page's key: its file's base name
};

struct ListRecord
{
    QString name;
    bool isDefault = false; // the reading list every store has
    QList<ListEntry> entries;
};

// What the reader keeps, as one value: what an export writes and an import reads.
struct ListsAndNotes
{
    QList<ListRecord> lists;
    QList<Note> notes;
    QList<ArticleRecord> articles; // each article the lists and notes name, once
    QList<UserHotline> hotlines; // My hotlines; ids are not carried

    // No entry, no note, no hotline and no list but the (empty) reading list:
    // nothing to export.
    bool isEmpty() const;
    // Every article id the lists and notes name, each once, in the order met.
    QList<qint64> articleIds() const;
};

// The file "Export my lists and notes" writes and "Import lists and notes" reads:
// JSON, described field by field in the README ("Moving your lists and notes").
// Reading is strict: a file that is not JSON, is cut short, is of another
// format or of a newer version, or has a field of the wrong kind is refused
// whole, with one sentence saying why.
class ListsAndNotesFile final
{
public:
    static constexpr int currentVersion = 1;
    // Far above what a reader writes (a note of 100,000 characters in each of
    // 100 articles is 10 MB); a larger file is not read into memory at all.
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    static constexpr int maxNameLength = 200;
    static QString formatName(); // "vigil-lists-and-notes"

    static QByteArray toJson(const ListsAndNotes &data, const QDateTime &exported);
    // Atomically (QSaveFile): the file is whole or, on failure, as it was.
    static bool write(const QString &path, const ListsAndNotes &data, QString *error);

    struct Result
    {
        bool ok = false;
        ListsAndNotes data;
        QString error; // one sentence when ok is false
    };
    static Result read(const QString &path);
    static Result parse(const QByteArray &json);
};

} // namespace Vigil::Core
