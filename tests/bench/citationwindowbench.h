#pragma once

#include <QList>
#include <QString>

namespace Vigil::Bench {

// The citation as the reader meets it in the window (ms): from the article on
// the pane to its citation under it, and what asking for it costs the article.
struct CitationWindowResult
{
    QList<double> firstShown; // article shown → citation shown, in a new window (cold worker)
    QList<double> warmShown; // another article, the style loaded
    QList<double> cachedShown; // an article whose citation was formatted before
    QList<double> openIdle; // opening an article on the window's thread, nothing being formatted
    QList<double> openWhileFormatting; // the same while a citation is being formatted
};

// Opens the library's first articles in a window, runs times; the reading pane
// without Qt WebEngine, whose drawing is in another process.
bool runCitationWindowBench(const QString &library, int runs, CitationWindowResult *result, QString *error);

} // namespace Vigil::Bench
