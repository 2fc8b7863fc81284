#pragma once

#include <QList>
#include <QString>

namespace Vigil::Bench {

// Times of the reading pane's citation, each run with a fresh formatter (ms).
struct CitationBenchResult
{
    QList<double> engineStart; // citeproc-js loaded into a new QJSEngine
    QList<double> first; // request to answer with a cold worker: engine, style and entry
    QList<double> warm; // another article in the same style, engine and style loaded
    QList<double> cached; // an article formatted before: the formatter's cache
    QList<double> request; // what request() costs the calling (UI) thread
};

// Formats the first articles of library in APA, runs times.
bool runCitationBench(const QString &library, int runs, CitationBenchResult *result, QString *error);

} // namespace Vigil::Bench
