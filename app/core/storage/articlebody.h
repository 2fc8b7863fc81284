#pragma once

// Internal to storage/: how schema 3 keeps an article's text and finds it in the
// search index.

#include "domain/article.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace Vigil::Core {
class LibraryConnection;
}

namespace Vigil::Core::Storage {

// The paragraphs of one article as one compressed blob. Bodies are most of a
// library's bytes and are only ever read whole, for the article or a snippet.
// One article at a time compresses poorly (the words that recur are spread over
// many articles), so a library of some size gets a zstd dictionary trained on
// its first large import, which every later body is compressed with: 1,280
// bytes an article with zlib, 890 with the dictionary, at 100,000 articles of
// the benchmark's corpus. Blobs name their dictionary (the frame's dictionary
// id), so bodies written before a dictionary existed stay readable, and so do
// zlib blobs of early schema-3 files.
class BodyCodec
{
public:
    // For readers: the dictionaries are read through the connection, so that a
    // library whose dictionaries cannot be read says so in its readFailure(),
    // instead of showing the articles that need them without their text.
    explicit BodyCodec(const LibraryConnection &connection);
    // For writers inside a transaction, which report what load() says.
    explicit BodyCodec(const QSqlDatabase &db);
    ~BodyCodec();
    BodyCodec(const BodyCodec &) = delete;
    BodyCodec &operator=(const BodyCodec &) = delete;

    // Reads the library's dictionaries, once; pack() and unpack() do when first
    // needed. False when they cannot be read or one is damaged, with why in
    // *error ("the dictionaries … cannot be read (…)").
    bool load(QString *error = nullptr);
    QByteArray pack(const QList<Paragraph> &paragraphs);
    // Empty for a blob that is damaged, or that names a dictionary the library
    // lacks or load() could not read: a broken body shows as an article without
    // text, never as a crash.
    QList<Paragraph> unpack(const QByteArray &blob);
    // When the library has no dictionary yet and these bodies are enough to learn
    // from, trains one on them and keeps it in the library. A corpus too small or
    // too uniform to train on is not an error: bodies are then compressed alone.
    bool trainIfWorthIt(const QList<const QList<Paragraph> *> &bodies, QString *error);

    static constexpr int minTrainingBodies = 256;

private:
    struct Dictionaries;
    // *reason is what goes in the parentheses of the failure.
    bool readDictionaries(QSqlQuery &q, QString *reason);

    QSqlDatabase m_db;
    const LibraryConnection *m_connection = nullptr; // null for a writer
    std::unique_ptr<Dictionaries> m_d;
};

// The rowid of an article in the search index: its date first, so that the
// index, which hands out rows in rowid order without sorting anything, yields
// "newest first" for free. That is what lets the first page of any search come
// without ranking. The keys are dense, since every posting in the index stores
// the gap to the previous rowid: a day is a slot of 64 keys (a year-only or
// month-only date sorts before the days of its year or month, as date_sort
// does), and bits of the article id spread a day's articles over its slot. An
// article that finds its key taken takes the next free one.
qint64 searchKeyFor(int dateSort, qint64 id);
// Keys below this belong to undated articles.
constexpr qint64 firstDatedSearchKey = qint64(1) << 21;

} // namespace Vigil::Core::Storage
