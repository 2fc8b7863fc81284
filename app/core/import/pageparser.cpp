#include "pageparser.h"

#include "bylineparser.h"
#include "dateparser.h"
#include "entrybuilder.h"
#include "htmlpagereader.h"
#include "pageheadparser.h"
#include "pageline.h"
#include "reference/referencedata.h"
#include "tagger.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

bool isAnchor(const PageLine &line)
{
    return line.kind == LineKind::Accessed || line.kind == LineKind::AccessUnavailable
        || line.kind == LineKind::ArchivedCopyNote || line.linkLabel;
}

// A line that reads like excerpt prose rather than a title.
bool looksLikeProse(const QString &text)
{
    static const RE sentenceEnd(QStringLiteral("[.!?…][\"”’)]?$"));
    return text.size() > 250 || (sentenceEnd.match(text).hasMatch() && text.count(u' ') >= 14);
}

// Bylines nearly always carry a date or a comma ("Amnesty International, 6 May
// 2004"); a line with neither after a finished sentence is a title of its own.
bool looksLikeTitleAndByline(const QString &above, const QString &line)
{
    if (DateParser::findLast(line))
        return true;
    static const RE sentenceEnd(QStringLiteral("[.!?…][\"”’)]?$"));
    if (looksLikeProse(above))
        return false;
    return line.contains(u',') || !sentenceEnd.match(above).hasMatch();
}

// Above a citation line stands its title when the two agree (a "[PDF]" mark and
// punctuation aside); anything else there ends the entry before.
bool isTitleOfCitation(const QString &above, const QString &citation)
{
    const auto key = [](const QString &text) {
        static const RE pdf(QStringLiteral("[\\[(]\\s*pdf\\s*[\\])]"), CI);
        QString folded = ReferenceData::foldForMatching(QString(text).remove(pdf));
        folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
        return folded;
    };
    const QString title = key(BylineParser::quotedTitle(citation));
    return !title.isEmpty() && key(above) == title;
}

struct Group
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last anchor line
};

QList<Group> findGroups(const QList<PageLine> &lines, qsizetype from, qsizetype to)
{
    QList<Group> groups;
    for (qsizetype i = from; i < to; ++i) {
        if (!isAnchor(lines[i]))
            continue;
        Group g { i, i };
        while (g.end < to && isAnchor(lines[g.end]))
            ++g.end;
        groups.append(g);
        i = g.end - 1;
    }
    return groups;
}

} // namespace

PageParser::PageParser(const ReferenceData &data)
    : m_data(data)
    , m_tagger(std::make_unique<Tagger>(data))
    , m_bylines(std::make_unique<BylineParser>(*m_tagger))
{
}

PageParser::~PageParser() = default;

qint64 PageParser::stableArticleId(const QString &pageKey, const QString &title, int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(pageKey.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(ReferenceData::foldForMatching(title).simplified().toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(QByteArray::number(occurrence));
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<unsigned char>(digest.at(i));
    // 52 bits: exact in JSON numbers and in JavaScript, and never 0.
    const auto id = static_cast<qint64>(value & ((quint64(1) << 52) - 1));
    return id == 0 ? 1 : id;
}

PageParser::Result PageParser::parseFile(const QString &path) const
{
    QByteArray bytes;
    Result failed;
    if (!TextDecoder::readFile(path, &bytes, &failed.error))
        return failed;
    TextDecoder::Result decoded;
    if (HtmlPageReader::isHtml(path, bytes.left(512))) {
        const HtmlPageReader::Result html = HtmlPageReader::read(bytes);
        decoded.ok = html.ok;
        decoded.text = html.text;
        decoded.encoding = html.encoding;
        decoded.error = html.error;
    } else {
        decoded = TextDecoder::decode(bytes);
    }
    if (!decoded.ok) {
        failed.error = path + QStringLiteral(": ") + decoded.error;
        return failed;
    }
    Result r = parseText(decoded.text, QFileInfo(path).completeBaseName());
    if (r.ok && !decoded.encoding.startsWith(u"UTF-"))
        r.page.warnings.prepend(
            { 0, QStringLiteral("The file is not UTF-8; it was read as %1.").arg(decoded.encoding) });
    if (r.ok) {
        for (auto line = decoded.replacedLines.crbegin(); line != decoded.replacedLines.crend(); ++line)
            r.page.warnings.prepend({ *line,
                QStringLiteral("A byte on this line is not UTF-8; it is shown as “\uFFFD”. "
                               "Check the character in the saved page.") });
    }
    return r;
}

PageParser::Result PageParser::parseText(const QString &text, const QString &key) const
{
    Result result;
    Page &page = result.page;
    page.key = key;
    const QList<PageLine> lines = classifyLines(text);
    if (lines.isEmpty()) {
        result.error = QStringLiteral("The page has no text.");
        return result;
    }

    qsizetype closing = lines.size();
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines[i].kind == LineKind::Closing) {
            closing = i;
            break;
        }
    }

    const QList<Group> groups = findGroups(lines, 0, closing);
    // An entry's title and byline are the text lines right before its anchors.
    struct Head
    {
        qsizetype title = -1;
        qsizetype byline = -1;
    };
    QList<Head> heads;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const qsizetype floor = g == 0 ? 0 : groups[g - 1].end;
        qsizetype run = 0;
        while (groups[g].start - run - 1 >= floor && lines[groups[g].start - run - 1].kind == LineKind::Text)
            ++run;
        Head h;
        const qsizetype last = groups[g].start - 1;
        if (run >= 1 && BylineParser::isFullCitation(lines[last].text)) {
            // The title is the title, never a byline: a citation line gives its
            // quoted title when no title line stands above it.
            h.byline = last;
            h.title = run >= 2 && isTitleOfCitation(lines[last - 1].text, lines[last].text) ? last - 1 : last;
        } else if (run >= 2 && looksLikeTitleAndByline(lines[last - 1].text, lines[last].text)) {
            h.title = last - 1;
            h.byline = last;
        } else if (run >= 1) {
            h.title = last;
        }
        heads.append(h);
    }

    const qsizetype firstEntry
        = heads.isEmpty() ? closing : (heads.first().title >= 0 ? heads.first().title : groups.first().start);
    PageHeadParser(m_data, *m_tagger).parse(lines.mid(0, firstEntry), page);
    if (closing < lines.size())
        PageHeadParser::parseClosing(lines[closing].text, page);
    for (qsizetype i = closing + 1; i < lines.size(); ++i)
        page.warnings.append(
            { lines[i].number, QStringLiteral("Text after the closing notice: ") + lines[i].text.left(80) });

    qsizetype archives = -1;
    for (qsizetype i = 0; i < closing; ++i) {
        if (lines[i].kind == LineKind::ArchivesSeparator) {
            archives = i;
            break;
        }
    }

    QHash<QString, int> titleCounts;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Head &h = heads[g];
        if (h.title < 0) {
            // Access lines with no title above them belong to the entry before.
            if (!page.articles.isEmpty()) {
                for (qsizetype i = groups[g].start; i < groups[g].end; ++i) {
                    page.warnings.append({ lines[i].number,
                        QStringLiteral("Access line with no title above it; kept with the entry before.") });
                    if (lines[i].kind == LineKind::Accessed && lines[i].accessed.isValid())
                        page.articles.last().accessed << lines[i].accessed;
                }
            } else {
                page.warnings.append({ lines[groups[g].start].number,
                    QStringLiteral("Access line with no entry title above it: ") + lines[groups[g].start].text });
            }
            continue;
        }
        const qsizetype bodyEnd
            = g + 1 < groups.size() ? (heads[g + 1].title >= 0 ? heads[g + 1].title : groups[g + 1].start) : closing;
        const EntryBuilder::Span span { h.title, h.byline, groups[g].start, groups[g].end, bodyEnd };
        Article a = EntryBuilder(*m_tagger, *m_bylines).build(lines, span, page);
        a.pageKey = page.key;
        a.ordinal = static_cast<int>(page.articles.size());
        a.featured = archives >= 0 && h.title < archives;
        // Counted under the same key the id hashes: folding can leave blanks that
        // simplified() then merges ("rights ˙of" and "rights of"), and titles
        // that meet there must not both be occurrence 0 of one id.
        a.id = stableArticleId(page.key, a.title, titleCounts[ReferenceData::foldForMatching(a.title).simplified()]++);
        page.articles.append(a);
    }

    if (page.articles.isEmpty())
        page.warnings.append({ 0, QStringLiteral("The page has no entries: no \"[accessed ...]\" line was found.") });
    else if (archives < 0)
        page.warnings.append({ 0,
            QStringLiteral("No \"*** ARCHIVES ***\" line: every entry is treated as archive, none as featured.") });
    result.ok = true;
    return result;
}

} // namespace Vigil::Core
