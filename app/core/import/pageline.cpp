#include "pageline.h"

#include "dateparser.h"

#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

// The word that opens an access line, as the pages write it: "accessed", "Last
// accessed", "date accessed:", "retrieved", and the slips of the hand seen in
// it ("acessed", "accesssed", "accesed").
const QString &accessWord()
{
    static const QString word = QStringLiteral("(?:(?:last|date)\\s+)?(?:ac{1,2}es{1,3}e?d|retrieved|retreived)\\b"
                                               "(?:\\s+on\\b)?\\s*:?");
    return word;
}

// An access line: "[accessed 6 May 2020]", also in round brackets, with a
// bracket missing, or with none. A line that is bracketed on both sides is an
// access line whatever its date says (an unreadable date is reported, not lost);
// with a bracket missing, the rest of the line must be a date, so that prose
// starting "Accessed ..." stays prose.
bool matchAccessLine(const QString &t, PartialDate *accessed)
{
    static const RE accessedRe(QStringLiteral("^([\\[(]?)\\s*%1\\s*(.*?)\\s*([\\])]?)[.,;]?$").arg(accessWord()), CI);
    const auto m = accessedRe.match(t);
    if (!m.hasMatch())
        return false;
    const QString open = m.captured(1);
    const QString close = m.captured(3);
    *accessed = DateParser::parse(m.captured(2));
    const bool paired = (open == u"[" && close == u"]") || (open == u"(" && close == u")");
    return paired || accessed->isValid();
}

LineKind kindOf(const QString &t, PartialDate *accessed)
{
    static const RE unavailableRe(
        QStringLiteral("^[\\[(]\\s*access(?:ed)?\\s+date\\s+(?:unavailable|unknown|not available)\\s*[\\])]\\W*$"), CI);
    static const RE archivedRe(
        QStringLiteral("^at one time this (?:article|report|page|document|item) (?:had been|was) archived"), CI);
    static const RE archivesRe(QStringLiteral("^\\*+\\s*archives?\\s*\\*+$"), CI);
    static const RE bracketNoteRe(QStringLiteral("^\\[[^\\[\\]]{1,200}\\]$"));
    static const RE pageMarkerOnlyRe(QStringLiteral("^\\[\\s*page\\s+\\d+\\s*\\]$"), CI);
    static const RE noteRe(QStringLiteral("^note\\s*::?\\s"), CI);
    static const RE captionRe(QStringLiteral("^description:\\s"), CI);
    static const RE closingRe(
        QStringLiteral("fair use exception|cite this (?:web)?page as|all material used herein"), CI);

    if (matchAccessLine(t, accessed))
        return LineKind::Accessed;
    if (unavailableRe.match(t).hasMatch())
        return LineKind::AccessUnavailable;
    if (archivedRe.match(t).hasMatch())
        return LineKind::ArchivedCopyNote;
    if (archivesRe.match(t).hasMatch())
        return LineKind::ArchivesSeparator;
    if (noteRe.match(t).hasMatch() || (bracketNoteRe.match(t).hasMatch() && !pageMarkerOnlyRe.match(t).hasMatch()))
        return LineKind::NavigationNote;
    if (captionRe.match(t).hasMatch())
        return LineKind::ImageCaption;
    if (closingRe.match(t).hasMatch())
        return LineKind::Closing;
    return LineKind::Text;
}

bool isAccessLine(LineKind kind)
{
    return kind == LineKind::Accessed || kind == LineKind::AccessUnavailable;
}

} // namespace

bool isShortHeading(const QString &text)
{
    return text.size() <= 90 && text.count(u' ') < 12 && !text.endsWith(u'.') && !text.contains(u'[');
}

QList<PageLine> classifyLines(const QString &text)
{
    QList<PageLine> lines;
    int number = 0;
    // Pages written over twenty years end their lines with LF, CRLF or a lone CR
    // (old Mac editors); a CRLF is one line end, not two.
    const QStringView all(text);
    for (qsizetype from = 0; from <= all.size();) {
        qsizetype end = from;
        while (end < all.size() && all[end] != u'\n' && all[end] != u'\r')
            ++end;
        const QStringView raw = all.mid(from, end - from);
        from = end + (end + 1 < all.size() && all[end] == u'\r' && all[end + 1] == u'\n' ? 2 : 1);
        ++number;
        QString t = raw.toString();
        // Keep tabs and line breaks out; other C0/C1 controls are noise from saving.
        t.replace(QChar(0x00A0), u' ');
        for (QChar &c : t) {
            if (c.category() == QChar::Other_Control || c == QChar(0xFEFF))
                c = u' ';
        }
        t = t.simplified();
        if (t.isEmpty())
            continue;
        // "Amnesty International, 6 May 2004 [accessed 8 February 2016]" (or
        // "(accessed ...)"): a byline and its access line written on one line
        // are read as two.
        static const RE inlineAccess(
            QStringLiteral("^(.*[^\\s\\]])\\s*(\\[\\s*%1[^\\[\\]]*\\]|\\(\\s*%1[^()]*\\))$").arg(accessWord()), CI);
        if (const auto m = inlineAccess.match(t); m.hasMatch()) {
            PageLine before;
            before.number = number;
            before.text = m.captured(1);
            before.kind = kindOf(before.text, &before.accessed);
            if (before.kind == LineKind::Text) {
                lines.append(before);
                t = m.captured(2);
            }
        }
        PageLine line;
        line.number = number;
        line.text = t;
        line.kind = kindOf(t, &line.accessed);
        if (line.kind == LineKind::NavigationNote) {
            // "Note:: ..." and "NOTE : ..." are slips of the hand for one label.
            static const RE noteLabel(QStringLiteral("^note\\s*::?\\s*"), CI);
            line.text.replace(noteLabel, QStringLiteral("Note: "));
        }
        lines.append(line);
    }

    // A link collection lists "Serbia -", "[accessed ...]", "Montenegro -", ...:
    // a short label ending in a dash or colon that its own access line follows.
    static const RE labelRe(QStringLiteral("^(.{1,60}?)\\s*[-–—:]$"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].kind == LineKind::Text && isAccessLine(lines[i + 1].kind)
            && labelRe.match(lines[i].text).hasMatch()) {
            lines[i].linkLabel = true;
        }
    }
    return lines;
}

} // namespace Vigil::Core
