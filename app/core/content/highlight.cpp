#include "highlight.h"

#include <algorithm>

namespace Vigil::Core {

namespace {

// Letters that carry no decomposition in Unicode, so NFKD alone would keep them
// apart from their plain forms, yet readers type the plain form.
QString foldSpecial(char32_t cp)
{
    switch (cp) {
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return QStringLiteral("d");
    case U'ł':
    case U'Ł':
        return QStringLiteral("l");
    case U'ø':
    case U'Ø':
        return QStringLiteral("o");
    case U'ß':
    case U'ẞ':
        return QStringLiteral("ss");
    case U'æ':
    case U'Æ':
        return QStringLiteral("ae");
    case U'œ':
    case U'Œ':
        return QStringLiteral("oe");
    case U'þ':
    case U'Þ':
        return QStringLiteral("th");
    case U'ı':
        return QStringLiteral("i");
    case U'ħ':
    case U'Ħ':
        return QStringLiteral("h");
    case U'‘':
    case U'’':
    case U'‛':
    case U'′':
        return QStringLiteral("'");
    case U'“':
    case U'”':
    case U'„':
    case U'″':
        return QStringLiteral("\"");
    default:
        return {};
    }
}

QString foldCodePoint(char32_t cp)
{
    if (cp < 0x80) {
        const char16_t c = char16_t(cp);
        return QString(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
    }
    QString special = foldSpecial(cp);
    if (!special.isEmpty())
        return special;
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_SpacingCombining && cat != QChar::Mark_Enclosing)
            out += c;
    }
    // A lone combining mark folds to nothing; keep it so positions stay mapped.
    return out.isEmpty() ? QString::fromUcs4(&cp, 1) : out.toCaseFolded();
}

QString cleanTerm(const QString &term)
{
    QString t = term.trimmed();
    // Query syntax the search box accepts is not part of the words to mark.
    while (t.startsWith(u'"'))
        t.remove(0, 1);
    while (t.endsWith(u'"') || t.endsWith(u'*'))
        t.chop(1);
    return Highlighter::fold(t.trimmed()).folded;
}

} // namespace

Highlighter::Folded Highlighter::fold(QStringView text)
{
    Folded f;
    f.folded.reserve(text.size());
    f.origin.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t cp = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const QString folded = foldCodePoint(cp);
        f.folded += folded;
        for (qsizetype k = 0; k < folded.size(); ++k)
            f.origin.append(i);
        i += width;
    }
    return f;
}

Highlighter::Highlighter(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QString t = cleanTerm(term);
        if (!t.isEmpty() && !m_terms.contains(t))
            m_terms.append(t);
    }
    std::sort(m_terms.begin(), m_terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QList<std::pair<qsizetype, qsizetype>> Highlighter::matches(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (m_terms.isEmpty() || text.isEmpty())
        return ranges;
    const Folded f = fold(text);
    // The end of a match is the end of the original code point its last folded
    // character came from, so "ß" matched by "ss" is marked whole.
    auto originalEnd = [&](qsizetype foldedIndex) {
        const qsizetype start = f.origin.at(foldedIndex);
        return start + ((QChar::isHighSurrogate(text[start].unicode()) && start + 1 < text.size()) ? 2 : 1);
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
