#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Bench {

// Times the fixed query set on a built library, through the path the reader
// uses: text -> ArticleQueries (QueryParser, SQL) -> rows shown by
// ArticleListModel; first the unranked first rows (findArticlesQuick), then the
// ranked page, then the count (a worker would run the three in that order). The same run times the raw FTS5 floors on
// the same file: ORDER BY bm25 LIMIT 50, and rowid order LIMIT 100.
struct ClassResult
{
    QString name;
    QStringList queries;
    QList<double> firstRows; // ms, every run of every query
    QList<double> ranked; // ms from the start of the query, first rows included
    QList<double> counted; // ms from the start until the count is shown too
    QList<double> floorBm25;
    QList<double> floorRowid;
    int hits = 0; // the most any query of the class found
    QStringList details; // one line per query: its medians and hits
};

struct SearchBenchOptions
{
    QString library;
    int runs = 7;
};

bool runSearchBench(const SearchBenchOptions &options, QList<ClassResult> *results, QString *error);

double percentile(QList<double> values, double p);

} // namespace Vigil::Bench
