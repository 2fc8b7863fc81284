#pragma once

#include "content/citation.h"
#include "content/profilerenderer.h"
#include "domain/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vigil::Core {

// One article of a printed handout, with what is printed beside it.
struct HandoutEntry
{
    Article article;
    QString excerptedIn; // Citation::sourcePage() of its page; empty when the page is unknown
    QString readerNote; // the reader's own note (reading lists), printed as theirs
};

// A source page whose content a handout reproduces. Its citation and fair-use
// notice are printed with the handout: that is the condition of the reproduction.
struct HandoutSource
{
    QString title;
    QString citation;
    QString fairUse;
};

// Everything a printed handout holds, gathered from the library by
// storage/handoutcontent.h and laid out by HandoutRenderer.
struct Handout
{
    enum class Kind { Article, ReadingList, CountryDossier };

    Kind kind = Kind::Article;
    QString title; // the article's title, the list's name or the country's name
    QString made; // the day the handout was made, as a reader writes a date
    std::optional<CountryProfileView> country; // the dossier's profile and hotlines
    QList<HandoutEntry> entries;
    QList<HandoutSource> sources;
    // The style of every citation and of the bibliography.
    Citation::Style style = Citation::Style::Apa;
};

} // namespace Vigil::Core
