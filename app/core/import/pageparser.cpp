#include "pageparser.h"

#include "bylineparser.h"
#include "entrybuilder.h"
#include "entryheads.h"
#include "htmlpagereader.h"
#include "pageheadparser.h"
#include "pageline.h"
#include "reference/referencedata.h"
#include "tagger.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace Vigil::Core {

namespace {

// The longest line a page may hold. The longest paragraphs of the site run to
// a few tens of thousands of characters, and a megabyte line is still read; a
// line of several is a file that lost its line breaks (or is no page), and
// would become one absurd entry.
constexpr qsizetype MaxLineChars = 4 * 1024 * 1024;

// The 1-based number and the length of the first line longer than MaxLineChars,
// or a length of 0.
std::pair<int, qsizetype> firstOverlongLine(QStringView text)
{
    int number = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'\n' && text[i] != u'\r')
            continue;
        if (i - start > MaxLineChars)
            return { number, i - start };
        if (i + 1 < text.size() && text[i] == u'\r' && text[i + 1] == u'\n')
            ++i;
        ++number;
        start = i + 1;
    }
    return { 0, 0 };
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
    QString wrongDeclaration;
    if (HtmlPageReader::isHtml(path, bytes.left(512))) {
        const HtmlPageReader::Result html = HtmlPageReader::read(bytes);
        wrongDeclaration = html.wrongDeclaration;
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
    if (r.ok && !wrongDeclaration.isEmpty())
        r.page.warnings.prepend({ 0,
            QStringLiteral("The page declares the character set %1, but its bytes are UTF-8; it was read as UTF-8. "
                           "Correct the <meta charset> of the saved page.")
                .arg(wrongDeclaration) });
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
    if (const auto [number, length] = firstOverlongLine(text); length > 0) {
        result.error = QStringLiteral("Line %1 of the page is %2 characters long; a line can hold at most %3. "
                                      "Save the page again with its line breaks and import that file.")
                           .arg(number)
                           .arg(length)
                           .arg(MaxLineChars);
        return result;
    }
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

    qsizetype archives = -1;
    for (qsizetype i = 0; i < closing; ++i) {
        if (lines[i].kind == LineKind::ArchivesSeparator) {
            archives = i;
            break;
        }
    }

    // Above the first access line, an entry may begin without one only below
    // the page head's last landmark (coverage, hotlines, archives line).
    qsizetype firstAnchor = 0;
    while (firstAnchor < closing && lines[firstAnchor].kind != LineKind::Accessed
        && lines[firstAnchor].kind != LineKind::AccessUnavailable)
        ++firstAnchor;
    const qsizetype headEnd = PageHeadParser::entriesMayStart(lines, firstAnchor);
    const QList<EntryHead> heads = EntryHeadFinder(*m_bylines).find(lines, headEnd >= 0 ? headEnd : closing, closing);
    const qsizetype firstEntry = heads.isEmpty() ? closing : heads.first().first();
    PageHeadParser(m_data, *m_tagger).parse(lines.mid(0, firstEntry), page);
    if (closing < lines.size())
        PageHeadParser::parseClosing(lines[closing].text, page);
    for (qsizetype i = closing + 1; i < lines.size(); ++i)
        page.warnings.append(
            { lines[i].number, QStringLiteral("Text after the closing notice: ") + lines[i].text.left(80) });

    QHash<QString, int> titleCounts;
    for (qsizetype g = 0; g < heads.size(); ++g) {
        const EntryHead &h = heads[g];
        if (h.title < 0) {
            // Access lines with no title above them belong to the entry before.
            if (!page.articles.isEmpty()) {
                for (qsizetype i = h.anchorStart; i < h.anchorEnd; ++i) {
                    page.warnings.append({ lines[i].number,
                        QStringLiteral("Access line with no title above it; kept with the entry before.") });
                    if (lines[i].kind == LineKind::Accessed && lines[i].accessed.isValid())
                        page.articles.last().accessed << lines[i].accessed;
                }
            } else {
                page.warnings.append({ lines[h.anchorStart].number,
                    QStringLiteral("Access line with no entry title above it: ") + lines[h.anchorStart].text });
            }
            continue;
        }
        const qsizetype bodyEnd = g + 1 < heads.size() ? heads[g + 1].first() : closing;
        const EntryBuilder::Span span { h.title, h.subtitle, h.byline, h.bylineEnd, h.anchorStart, h.anchorEnd,
            bodyEnd };
        Article a = EntryBuilder(*m_tagger, *m_bylines).build(lines, span, page);
        if (!h.hasAnchor())
            page.warnings.append({ lines[h.title].number,
                QStringLiteral("Entry \"%1\" has no access line (\"[accessed ...]\"); it was told from the entry "
                               "before by its title and byline.")
                    .arg(a.title.left(60)) });
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
