#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Test {

// What a parse of a page must give, in the fields the variety corpus checks.
struct ExpectedArticle
{
    QString title;
    QString date; // ISO, empty when none
    QStringList publishers;
    QStringList authors;
    QStringList accessed; // ISO dates
    int paragraphs = 0;
};

struct ExpectedProfile
{
    QString country;
    QString officialName;
    QString backgroundCitation;
    QString tipCitation;
    int background = 0;
};

struct ExpectedPage
{
    QString title;
    bool checkProfiles = true;
    QList<ExpectedProfile> profiles;
    QList<ExpectedArticle> articles;
};

// One entry of the seed page: its raw lines (blank lines included) and what it parses to.
struct SeedEntry
{
    QStringList lines;
    int title = 0; // index in lines
    int byline = -1; // index in lines, -1 when none
    int firstAccess = -1; // index in lines of the first "[accessed ...]" line
    ExpectedArticle expected;
};

// The seed page cut into its head, its entries and its tail, with the golden
// parse attached, so that a variant changes the text and its expected parse by
// the same transformation.
struct SeedModel
{
    QStringList head; // every line above the first entry
    QList<SeedEntry> featured;
    QStringList separator; // "*** ARCHIVES ***" and the blank lines around it
    QList<SeedEntry> archive;
    QStringList tail; // the closing notice
    ExpectedPage expected; // articles are filled by render()

    static SeedModel load(const QString &seedPath, const QString &goldenPath, QString *error);
    // The page text with \n line ends, and its expected parse.
    QString render(ExpectedPage *expected) const;
};

} // namespace Vigil::Test
