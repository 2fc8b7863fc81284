#pragma once

#include "domain/page.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vigil::Core {

// A name as CSL writes it: a person with family and given names, or an
// institution as one literal name that no style may invert or abbreviate.
struct CslName
{
    QString family;
    QString given;
    QString literal;

    bool isInstitution() const { return !literal.isEmpty(); }
    static CslName person(const QString &family, const QString &given) { return { family, given, {} }; }
    static CslName institution(const QString &name) { return { {}, {}, name }; }
};

// The kind of work, as CSL names it. Chosen from what the article says of
// itself (see CslItem::fromArticle); never from a guess at its address.
enum class CslType { Report, ArticleNewspaper, Webpage, LegalCase, Document };

// An article, or a source page, once, as CSL-JSON describes a work: every
// export (BibTeX, RIS, CSL-JSON) is written from this and from nothing else, so
// the formats cannot disagree about who wrote what, and when.
//
// Like the prose styles (content/citation.h) it claims no more than the source
// has: dates to their precision, no URL when the library has none (the pages
// were saved without their links), institutions as literal names.
struct CslItem
{
    qint64 articleId = 0; // 0 for a source page
    CslType type = CslType::Document;
    QList<CslName> authors;
    QString title;
    QString containerTitle; // the newspaper, or the website the page is on
    QString publisher; // the publishing bodies, "; " between them
    PartialDate issued;
    PartialDate accessed; // the latest access date the source gives
    QString url;
    QString number; // identifiers the byline gives ("Index Number: EUR 70/001/2005")
    QString medium; // "PDF" for a PDF document
    QString note; // where the excerpt was read ("Excerpted in: ...")

    // The article as an item. A named person is an author; with no person, a
    // report or web page is authored by its first publisher (as APA does); a news
    // report with no person has no author. With the source page, the note says
    // where the excerpt was read.
    static CslItem fromArticle(const Article &article, const Page *source = nullptr);
    // The source page itself as a web page by the site's author (see Citation::pageRecord).
    static CslItem fromPage(const Page &page);

    static QString typeName(CslType type); // "report", "article-newspaper", ...
    // The item as CSL-JSON, with id as its "id" (the citation key).
    QJsonObject toJson(const QString &id) const;
};

} // namespace Vigil::Core
