#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Vigil::Ui {

// `vigil --print-pdf FILE (--open ID | --country CODE | --reading-list NAME)`:
// writes the handout to FILE and ends, with no window and without Qt WebEngine,
// for a teacher preparing many handouts and for the tests.
class HeadlessPrint final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessPrint)

public:
    struct Request
    {
        QString file;
        QString libraryPath;
        QString userDataPath;
        QString articleId; // one of these three
        QString country;
        QString readingList;
        // A CSL style as CslStyleCatalog::find() knows it: an id ("apa",
        // "harvard-cite-them-right"), a title, a .csl file; APA when empty.
        QString citationStyle;
    };

    // Whether the command line asks for it: then no display is needed, and
    // main() picks the offscreen platform before the application starts.
    static bool isRequested(const QStringList &arguments);
    // The exit status: 0 when the file is written; 2, with one sentence on
    // stderr, for a request that cannot be met (an unknown article, country,
    // list or citation style, a file that cannot be written); 1 when the library
    // cannot be opened or the citations cannot be formatted.
    static int run(const Request &request);
};

} // namespace Vigil::Ui
