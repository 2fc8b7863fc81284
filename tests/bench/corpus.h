#pragma once

#include <QString>
#include <QStringList>

namespace Vigil::Core {
class ReferenceData;
}

namespace Vigil::Bench {

// A synthetic library the size of a big one, written as saved country pages in
// the format the importer reads (see data/sources/), so that a benchmark times
// the real parser, the real import and the real queries.
//
// Deterministic: the same options give the same bytes on every platform (the
// only randomness is std::mt19937, which the standard specifies exactly, used
// without the implementation-defined distributions). One page per country, ~200
// of them; titles of 8-15 words, bodies of 150-600 words, dates from 2000 to
// 2025 (a few undated), ~80 publishers; words from a Zipf-distributed
// vocabulary of real domain words, common English and a long tail of made-up
// words, with the field's phrases ("forced labor", "debt bondage") mixed in and
// "trafficking" in about 98% of the articles.
struct CorpusOptions
{
    int articles = 1000;
    quint32 seed = 20251128;
};

struct CorpusInfo
{
    int pages = 0;
    int articles = 0;
    qint64 bytes = 0;
};

// Writes the pages into dir (which must exist). False with *error on failure.
bool writeCorpus(const QString &dir, const CorpusOptions &options, const Core::ReferenceData &reference,
    CorpusInfo *info, QString *error);

// Words the benchmark's queries need to know: one in a few dozen articles, one
// in none.
QString rareWord();
QString absentWord();

} // namespace Vigil::Bench
