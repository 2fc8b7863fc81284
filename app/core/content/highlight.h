#pragma once

#include "htmltemplate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace Vigil::Core {

// Search terms marked in text as the reader typed them: "pristina" must find
// "PRIŠTINA", "dont" need not find "don't" but "don't" finds "don’t". A term
// also marks its other English spellings, as the search finds them: "labor"
// marks "labour" (text/spellingvariants.h).
class Highlighter final
{
public:
    explicit Highlighter(const QStringList &terms);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // [begin, end) ranges in the original text, sorted and merged.
    QList<std::pair<qsizetype, qsizetype>> matches(QStringView text) const;
    // The text escaped, with every match wrapped in <mark>.
    HtmlFragment toHtml(QStringView text) const;

private:
    QStringList m_terms; // folded, longest first so that a long term wins an overlap
};

} // namespace Vigil::Core
