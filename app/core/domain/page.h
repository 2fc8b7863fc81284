#pragma once

#include "article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

struct Hotline
{
    QString country; // ISO alpha-2
    QString label; // "SOS hotline"
    // Empty when libphonenumber did not validate the number: then display holds it
    // exactly as written, it is shown "not verified" and never made a tel: link.
    QString e164; // "+381113347817"
    QString display; // "+381 11 3347817", libphonenumber's international format
    // Where the number was read, in words for readers: "From the page “Serbia,
    // Montenegro & Kosovo” (section Help for victims)". Never a file or a line.
    QString source;
    // The latest date of the source (a page's coverage), not a check of the number.
    PartialDate asOf;
    // A hotline the reader added ("My hotlines"), with what they wrote of it.
    bool addedByUser = false;
    QString hours;
    QString languages;
    QString notes;

    bool isVerified() const { return !e164.isEmpty(); }

    // The source of a number read on a page, named by its title and section.
    static QString sourceFromPage(const QString &pageTitle, const QString &section)
    {
        QString words = pageTitle.trimmed().isEmpty() ? QStringLiteral("From the source page")
                                                      : QStringLiteral("From the page “%1”").arg(pageTitle.trimmed());
        if (!section.trimmed().isEmpty())
            words += QStringLiteral(" (section %1)").arg(section.trimmed());
        return words;
    }
};

// One country block of the page head: official name, background, TIP excerpt.
struct CountryProfile
{
    QString country; // ISO alpha-2, empty when it could not be resolved
    QString officialName; // "Republic of Serbia"
    QStringList background; // paragraphs, citation removed
    QString backgroundCitation; // "The World Factbook, U.S.C.I.A. 2009"
    QString tipExcerpt; // Trafficking in Persons Report excerpt
    QString tipCitation; // "U.S. State Dept Trafficking in Persons Report, June, 2009"
};

struct Page
{
    QString key; // stable key: the file's base name
    QString siteTitle; // "Human Trafficking & Modern-day Slavery"
    QString title; // "Serbia, Montenegro & Kosovo"
    QString tagline;
    QString coverage; // "Published reports & articles from 2000 to 2025"
    int coverageFrom = 0;
    int coverageTo = 0;
    QStringList countries; // ISO alpha-2 the page covers, in title order
    QList<CountryProfile> profiles;
    QString caution;
    QStringList studentNote; // paragraphs of the note for students and teachers
    QList<Hotline> hotlines;
    QString fairUse; // the closing fair-use notice
    QString citation; // "Cite this webpage as: ..."
    QList<Article> articles;
    QList<ParseWarning> warnings;

    // A country page names the countries it covers; a topic page (children,
    // prevention, resources for teachers …) names none and has no profiles.
    bool isTopicPage() const { return countries.isEmpty() && profiles.isEmpty(); }
};

} // namespace Vigil::Core
