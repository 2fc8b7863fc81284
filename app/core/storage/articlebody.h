#pragma once

// Internal to storage/: how schema 3 keeps an article's text and finds it in the
// search index.

#include "domain/article.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Vigil::Core::Storage {

// The paragraphs of one article as one zlib-compressed blob. Bodies are most of
// a library's bytes and are only ever read whole, for the article or a snippet;
// compressed they take about a third of the space.
QByteArray packParagraphs(const QList<Paragraph> &paragraphs);
QList<Paragraph> unpackParagraphs(const QByteArray &blob);

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
