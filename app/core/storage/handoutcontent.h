#pragma once

#include "content/handout.h"
#include "domain/readinglist.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Vigil::Core {

class ArticleQueries;
class CatalogueQueries;
class UserDataStore;

// What a printed handout holds, read from a library (and, for a reading list,
// the reader's data): the one place handouts are put together, for the window
// and for `vigil --print-pdf` alike. Each article comes with the page it was
// excerpted in; each page with its citation and fair-use notice. The articles'
// citations are the CSL engine's, which core does not run: the caller adds them
// (ui/print/handoutcitations.h).

// Empty when the library has no article with this id.
std::optional<Handout> articleHandout(const ArticleQueries &articles, const CatalogueQueries &catalogue, qint64 id);
// The country's profile and hotlines, and its articles in page order; only the
// chosen ones, in their order, when some were chosen (the list narrowed by a
// search, say), even none.
Handout countryDossier(const ArticleQueries &articles, const CatalogueQueries &catalogue, const QString &code,
    const QString &name, const std::optional<QList<qint64>> &chosen);
// The list's articles, newest entry first, each with the reader's note on it.
// Entries whose article this library does not have are left out.
Handout readingListHandout(const ArticleQueries &articles, const CatalogueQueries &catalogue,
    const UserDataStore &userData, const ReadingList &list);

// "5 December 2026": the day a handout was made.
QString handoutDate(const QDate &day);

} // namespace Vigil::Core
