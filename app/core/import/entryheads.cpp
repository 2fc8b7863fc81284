#include "entryheads.h"

#include "bylineparser.h"
#include "dateparser.h"
#include "reference/referencedata.h"

#include <QRegularExpression>

#include <algorithm>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

bool isAnchor(const PageLine &line)
{
    return line.kind == LineKind::Accessed || line.kind == LineKind::AccessUnavailable
        || line.kind == LineKind::ArchivedCopyNote || line.linkLabel;
}

bool endsSentence(const QString &text)
{
    static const RE sentenceEnd(QStringLiteral("[.!?…][\"”’)]?$"));
    return sentenceEnd.match(text).hasMatch();
}

qsizetype wordCount(const QString &text)
{
    return text.count(u' ') + 1;
}

// A line that reads like excerpt prose rather than a title.
bool looksLikeProse(const QString &text)
{
    return text.size() > 250 || (endsSentence(text) && text.count(u' ') >= 14);
}

bool hasPdfMark(const QString &text)
{
    static const RE pdf(QStringLiteral("[\\[(]\\s*pdf\\s*[\\])]"), CI);
    return pdf.match(text).hasMatch();
}

// A line short enough to be a title or a subtitle, and not a sentence of text.
bool isHeadingLike(const QString &text)
{
    return !looksLikeProse(text) && text.size() <= 200 && wordCount(text) <= 25;
}

// A title line that cannot be the end of an excerpt: no closing punctuation.
bool isOpenHeading(const QString &text)
{
    static const RE closing(QStringLiteral("[.,;:!?…–-][\"”’)]?$"));
    return isHeadingLike(text) && text.size() <= 150 && !closing.match(text).hasMatch();
}

// "Save the Children", "UNICEF", "Human Rights Watch": a publisher's name and
// nothing else, which may stand as a byline with neither comma nor date.
bool isBareName(const QString &text)
{
    static const QStringList small = { QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("for"),
        QStringLiteral("and"), QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("de"), QStringLiteral("la"),
        QStringLiteral("to"), QStringLiteral("at"), QStringLiteral("&") };
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6 || text.size() > 60 || endsSentence(text) || text.endsWith(u':'))
        return false;
    for (const QString &word : words) {
        if (!word.front().isUpper() && !word.front().isDigit() && !small.contains(word))
            return false;
    }
    return words.first().front().isUpper();
}

// Words of a title for comparing it with a citation's quoted title.
QStringList titleWords(const QString &text)
{
    static const RE pdf(QStringLiteral("[\\[(]\\s*pdf\\s*[\\])]"), CI);
    QString folded = ReferenceData::foldForMatching(QString(text).remove(pdf));
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

// Above a citation line stands its title when the two agree, or nearly
// ("Children Sold at the Border [PDF]" over "Children sold on the border,"), or
// when the line above is a heading that no excerpt would end with.
bool isTitleAboveCitation(const QString &above, const QString &citation)
{
    if (!isHeadingLike(above))
        return false;
    const QStringList title = titleWords(BylineParser::quotedTitle(citation));
    const QStringList words = titleWords(above);
    if (title.isEmpty() || words.isEmpty())
        return false;
    if (title == words || hasPdfMark(above) || isOpenHeading(above))
        return true;
    qsizetype shared = 0;
    for (const QString &w : words)
        shared += title.contains(w);
    return shared * 2 >= qMax(words.size(), title.size());
}

// A line that can close an entry's excerpt: the entry before ends there.
bool endsText(const PageLine &line)
{
    return line.kind == LineKind::Text && (endsSentence(line.text) || looksLikeProse(line.text));
}

// A byline line an entry without an access line can be told by: short, not a
// sentence, and ending in a date ("AP, 3 May 2009", "Reuters (12 March 2009)").
bool isDatedByline(const QString &text)
{
    if (text.size() > 300 || looksLikeProse(text))
        return false;
    const auto date = DateParser::findLast(text);
    if (!date)
        return BylineParser::isFullCitation(text);
    const QString tail = text.mid(date->start + date->length).trimmed();
    const QString before = text.left(date->start).trimmed();
    static const RE sentence(QStringLiteral("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}"), RE::UseUnicodePropertiesOption);
    if (tail.size() > 12 || sentence.match(before).hasMatch())
        return false;
    // Names and places between commas, not the clauses of a sentence.
    const QStringList parts = before.split(u',', Qt::SkipEmptyParts);
    return parts.size() <= 8 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return wordCount(part.trimmed()) <= 8;
    });
}

// A title that starts an entry with no access line; a line that leads into
// what follows ("The report said:") is no title.
bool isUnanchoredTitle(const QString &text)
{
    static const RE leadIn(QStringLiteral("[:,;–-]$"));
    return isHeadingLike(text) && wordCount(text) <= 20 && !text.front().isLower() && !leadIn.match(text).hasMatch()
        && !isDatedByline(text);
}

} // namespace

EntryHeadFinder::EntryHeadFinder(const BylineParser &bylines)
    : m_bylines(bylines)
{
}

EntryHead EntryHeadFinder::headAbove(const QList<PageLine> &lines, qsizetype floor, qsizetype anchorStart) const
{
    EntryHead h;
    h.anchorStart = anchorStart;
    qsizetype run = 0;
    while (anchorStart - run - 1 >= floor && lines[anchorStart - run - 1].kind == LineKind::Text)
        ++run;
    if (run == 0)
        return h;
    const qsizetype last = anchorStart - 1;
    const qsizetype runStart = anchorStart - run;
    const auto setByline = [&h](qsizetype from, qsizetype to) {
        h.byline = from;
        h.bylineEnd = to;
    };
    // Whether the line at i can be the first of an entry's head: the excerpt of
    // the entry before ends right above it, or the run of text lines starts
    // after another entry or the archives line. Above the first entry stands
    // the page head, whose last lines ("Call any time, day or night") cannot be
    // told from a title line, so there a head is at most a title and a byline.
    const auto startsHead = [&](qsizetype i) {
        if (i > runStart)
            return endsText(lines[i - 1]);
        return floor > 0 || (i > 0 && lines[i - 1].kind == LineKind::ArchivesSeparator);
    };

    if (BylineParser::isFullCitation(lines[last].text)) {
        // The title is the title, never a byline: a citation line gives its
        // quoted title only when no title line stands above it.
        setByline(last, last + 1);
        h.title = run >= 2 && isTitleAboveCitation(lines[last - 1].text, lines[last].text) ? last - 1 : last;
        return h;
    }
    if (run < 2) {
        h.title = last;
        return h;
    }
    const QString &above = lines[last - 1].text;
    const QString &line = lines[last].text;
    // Bylines nearly always carry a date or a comma ("Amnesty International, 6
    // May 2004"); a line with neither after a finished sentence is a title of
    // its own, unless it is a bare name under a short title that ends in "?" or
    // "." ("Why do girls go abroad?" / "Save the Children").
    bool pair = DateParser::findLast(line).has_value();
    if (!pair && !looksLikeProse(above))
        pair = line.contains(u',') || !endsSentence(above)
            || (isBareName(line) && wordCount(above) <= 15 && startsHead(last - 1)
                && (above.endsWith(u'?') || last - 1 > runStart || (runStart > 0 && !isAnchor(lines[runStart - 1]))));
    if (!pair) {
        h.title = last;
        return h;
    }
    h.title = last - 1;
    setByline(last, last + 1);
    // Three head lines: a title over an author line and the byline ("Trafficked
    // to Italy" / "Jane Smith" / "The Guardian, 4 June 2006"), or a title over
    // its subtitle ("Sold for sex" / "The untold story of Moldova's girls").
    // A bracketed line ("[page 4]") closing the excerpt above is no title.
    const QString top = run >= 3 ? lines[last - 2].text : QString();
    if (run >= 3 && isOpenHeading(top) && !top.startsWith(u'[') && !top.startsWith(u'(') && startsHead(last - 2)) {
        static const RE byLead(QStringLiteral("^by\\s+"), CI);
        if (m_bylines.looksLikePerson(QString(above).remove(byLead))) {
            h.title = last - 2;
            setByline(last - 1, last + 1);
        } else if (isOpenHeading(above) && !DateParser::findLast(above) && !m_bylines.looksLikePerson(line)) {
            h.title = last - 2;
            h.subtitle = last - 1;
        }
    }
    return h;
}

void EntryHeadFinder::addUnanchored(
    const QList<PageLine> &lines, qsizetype from, qsizetype to, bool underHead, QList<EntryHead> &out) const
{
    for (qsizetype i = from; i + 1 < to; ++i) {
        const PageLine &title = lines[i];
        const PageLine &byline = lines[i + 1];
        if (title.kind != LineKind::Text || byline.kind != LineKind::Text || !isUnanchoredTitle(title.text)
            || !isDatedByline(byline.text))
            continue;
        // The excerpt of the entry before ends above the title, or nothing does;
        // under the page head, a hotline or a coverage line may.
        if (!underHead && i > from && lines[i - 1].kind == LineKind::Text && !endsText(lines[i - 1]))
            continue;
        EntryHead h;
        h.title = i;
        h.byline = i + 1;
        h.bylineEnd = i + 2;
        h.anchorStart = h.anchorEnd = i + 2;
        out.append(h);
        ++i;
    }
}

QList<EntryHead> EntryHeadFinder::find(const QList<PageLine> &lines, qsizetype from, qsizetype to) const
{
    QList<EntryHead> anchored;
    for (qsizetype i = 0; i < to; ++i) {
        if (!isAnchor(lines[i]))
            continue;
        qsizetype end = i;
        while (end < to && isAnchor(lines[end]))
            ++end;
        EntryHead h = headAbove(lines, anchored.isEmpty() ? 0 : anchored.last().anchorEnd, i);
        h.anchorEnd = end;
        anchored.append(h);
        i = end - 1;
    }

    QList<EntryHead> heads;
    // Entries above the first access line, or on a page that has none.
    const qsizetype firstAnchored = anchored.isEmpty() ? to : anchored.first().first();
    if (from < firstAnchored)
        addUnanchored(lines, from, firstAnchored, true, heads);
    for (qsizetype k = 0; k < anchored.size(); ++k) {
        heads.append(anchored[k]);
        const qsizetype bodyEnd = k + 1 < anchored.size() ? anchored[k + 1].first() : to;
        addUnanchored(lines, anchored[k].anchorEnd, bodyEnd, false, heads);
    }
    return heads;
}

} // namespace Vigil::Core
