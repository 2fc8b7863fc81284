#include "highlight.h"

#include "search/spellings.h"
#include "text/folding.h"
#include "text/spellingvariants.h"

#include <algorithm>

namespace Vigil::Core {

namespace {

QString cleanTerm(const QString &term)
{
    QString t = term.trimmed();
    // Query syntax the search box accepts is not part of the words to mark.
    while (t.startsWith(u'"'))
        t.remove(0, 1);
    while (t.endsWith(u'"') || t.endsWith(u'*'))
        t.chop(1);
    return Text::fold(t.trimmed());
}

// The term in its other English spellings too: "forced labour" is also
// "forced labor". Matches are found inside words, so the last word stands for
// the words it starts, and its other spellings for theirs: "organisa" marks
// "organization" through "organiza".
QStringList spellingsOf(const QString &term)
{
    const QStringList words = term.split(u' ', Qt::SkipEmptyParts);
    QList<QStringList> choices;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringList choice = QStringList { words.at(i) } + Text::spellingVariants(words.at(i));
        if (i + 1 == words.size()) {
            const QString start = Text::commonPrefix(Text::spellingVariantsOfPrefix(words.at(i)));
            if (start.size() >= 3)
                choice.append(start);
        }
        choices.append(choice);
    }
    QStringList out { term };
    for (const QStringList &run : Text::combinations(choices, maxSpellings))
        out.append(run.join(u' '));
    return out;
}

} // namespace

Highlighter::Highlighter(const QStringList &terms)
{
    for (const QString &term : terms) {
        for (const QString &t : spellingsOf(cleanTerm(term))) {
            if (!t.isEmpty() && !m_terms.contains(t))
                m_terms.append(t);
        }
    }
    std::sort(m_terms.begin(), m_terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QList<std::pair<qsizetype, qsizetype>> Highlighter::matches(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (m_terms.isEmpty() || text.isEmpty())
        return ranges;
    const Text::FoldedText f = Text::foldWithOrigins(text);
    // The end of a match is the end of the original code point its last folded
    // character came from, so "ß" matched by "ss" is marked whole.
    auto originalEnd = [&](qsizetype foldedIndex) {
        const qsizetype start = f.origin.at(foldedIndex);
        qsizetype end = start + ((QChar::isHighSurrogate(text[start].unicode()) && start + 1 < text.size()) ? 2 : 1);
        // Marks written after their letter (decomposed text) belong to it.
        while (end < text.size() && text[end].isMark())
            ++end;
        return end;
    };
    for (const QString &term : m_terms) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = f.folded.indexOf(term, from);
            if (at < 0)
                break;
            ranges.append({ f.origin.at(at), originalEnd(at + term.size() - 1) });
            from = at + term.size();
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}

HtmlFragment Highlighter::toHtml(QStringView text) const
{
    // Matched on the raw text, escaped piece by piece: matching the escaped text
    // would find "amp" in every "&amp;" and could cut an entity in half.
    HtmlFragment out;
    qsizetype at = 0;
    for (const auto &[begin, end] : matches(text)) {
        out += HtmlFragment::text(text.mid(at, begin - at));
        out += HtmlFragment::markup(u"<mark>") + HtmlFragment::text(text.mid(begin, end - begin))
            + HtmlFragment::markup(u"</mark>");
        at = end;
    }
    out += HtmlFragment::text(text.mid(at));
    return out;
}

} // namespace Vigil::Core
