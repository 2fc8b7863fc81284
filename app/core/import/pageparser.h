#pragma once

#include "domain/page.h"

#include <QString>

#include <memory>

namespace Vigil::Core {

class ReferenceData;
class Tagger;
class BylineParser;

// Reads a country page of the "Human Trafficking & Modern-day Slavery" site saved
// as text. The format, top to bottom: site menu, site title, tagline, page title,
// coverage line; one profile per country (official name, background with its
// World Factbook citation, Trafficking in Persons excerpt); a caution notice; a
// note for students; "HELP for Victims" with hotlines; the entries (featured, then
// "*** ARCHIVES ***", then the archive); a closing fair-use line with the page's
// citation.
//
// An entry is anchored on its access lines ("[accessed 6 May 2020]"): the text
// lines before them are its title and byline, the lines after them its notes and
// excerpt. An entry whose access line is missing is told by its title and byline
// (EntryHeadFinder), so that it is never merged into the entry before.
class PageParser final
{
public:
    explicit PageParser(const ReferenceData &data);
    ~PageParser();
    PageParser(const PageParser &) = delete;
    PageParser &operator=(const PageParser &) = delete;

    struct Result
    {
        bool ok = false;
        Page page;
        QString error; // set when ok is false: one sentence, what and what to do
    };

    Result parseFile(const QString &path) const;
    // key identifies the page in the library (the file's base name).
    Result parseText(const QString &text, const QString &key) const;

    // The id an entry keeps across re-imports: from the page key, the title and how
    // many entries with the same title came before it on the page.
    static qint64 stableArticleId(const QString &pageKey, const QString &title, int occurrence);

private:
    const ReferenceData &m_data;
    std::unique_ptr<Tagger> m_tagger;
    std::unique_ptr<BylineParser> m_bylines;
};

} // namespace Vigil::Core
