#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Vigil::Core {

// What the article list shows: every field is a filter that is off when empty/0.
struct ArticleFilter
{
    enum class Section { Any, Featured, Archive };

    QString country; // ISO alpha-2
    QString region; // UN M49 code: countries in it or below it
    QString pageKey; // articles of one source page
    // A reading list of the reader's: only the articles it held when chosen. The
    // ids travel with the filter because the list lives in the user's database,
    // which the library's queries do not see.
    qint64 readingList = 0;
    QList<qint64> listArticles;
    QString text; // the search box as typed; the store parses it (QueryParser)
    // The reader's notes, also in the user's database: the articles whose note
    // holds every note: value of the text, and those whose note matches the
    // text's words (search/notematcher.h). The window fills them from the text;
    // the first counts only when the text has a note: field, the second only
    // when it has words to find.
    QList<qint64> noteArticles;
    QList<qint64> noteWordArticles;
    int yearFrom = 0;
    int yearTo = 0;
    QString topic; // topic id
    QString publisher; // publisher name, exact
    QString publisherLike; // part of a publisher's name, any case (publisher: in a query)
    QString author; // part of an author's name, any case (author: in a query)
    Section section = Section::Any;
    bool pdfOnly = false;

    bool operator==(const ArticleFilter &o) const
    {
        return country == o.country && region == o.region && pageKey == o.pageKey && readingList == o.readingList
            && sameIds(listArticles, o.listArticles) && text == o.text && sameIds(noteArticles, o.noteArticles)
            && sameIds(noteWordArticles, o.noteWordArticles) && yearFrom == o.yearFrom && yearTo == o.yearTo
            && topic == o.topic && publisher == o.publisher && publisherLike == o.publisherLike && author == o.author
            && section == o.section && pdfOnly == o.pdfOnly;
    }
    bool operator!=(const ArticleFilter &o) const { return !(*this == o); }

    // Qt 6.4's QList == hands memcmp a null pointer when an empty list has no
    // storage and the other has some: undefined, and the sanitizer stage says so.
    static bool sameIds(const QList<qint64> &a, const QList<qint64> &b)
    {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend());
    }
};

enum class ArticleSort { Relevance, DateNewest, DateOldest, Title, Publisher };

// One row of the article list: what the list shows, not the whole article.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString publisher; // publishers joined with ", "
    QString dateIso; // "2007-10", or empty
    QString dateDisplay; // "October 2007"
    bool isPdf = false;
    bool featured = false;
    QStringList countries; // alpha-2
    QStringList topics; // ids
    QString snippet; // with a text filter: body excerpt, matches between listSnippetMarks
};

struct FacetCount
{
    QString key; // topic id, publisher name, year as text
    QString label;
    int count = 0;
};

} // namespace Vigil::Core
