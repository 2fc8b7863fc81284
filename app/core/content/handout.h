#pragma once

#include "content/profilerenderer.h"
#include "domain/article.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil::Core {

// One article of a printed handout, with what is printed beside it.
struct HandoutEntry
{
    Article article;
    QString excerptedIn; // Citation::sourcePage() of its page; empty when the page is unknown
    QString readerNote; // the reader's own note (reading lists), printed as theirs
    // The article's citation as a CSL engine wrote it: HTML with <i>, <b> and
    // entities. Only those formatting tags are kept when it is printed
    // (content/cslmarkup.h); empty prints no citation.
    QString citation;
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
    // The name of the style the citations were written in, "Harvard" ...
    QString citationStyle;
    // Every entry's citation in the order the style sorts a bibliography, as the
    // engine wrote them (like HandoutEntry::citation).
    QStringList bibliography;
};

} // namespace Vigil::Core
