#include "pageheadparser.h"

#include "countryprofileparser.h"
#include "reference/phonenumbers.h"
#include "reference/referencedata.h"
#include "tagger.h"

#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

void warn(Page &page, int line, const QString &message)
{
    page.warnings.append({ line, message });
}

qsizetype indexOf(const QList<PageLine> &lines, const RE &re, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (re.match(lines[i].text).hasMatch())
            return i;
    }
    return -1;
}

// "Serbia, Montenegro & Kosovo", "Resources for Teachers", "Women": a page
// title is written as a heading, its words capitalised, where a tagline or a
// subtitle ("Trafficking of women for sexual exploitation") reads as a phrase.
bool isTitleCase(const QString &text)
{
    static const QStringList small = { QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"),
        QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("in"),
        QStringLiteral("of"), QStringLiteral("on"), QStringLiteral("the"), QStringLiteral("to"),
        QStringLiteral("with") };
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 8 || !words.first().front().isUpper())
        return false;
    for (const QString &word : words) {
        if (word.front().isLetter() && !word.front().isUpper() && !small.contains(word))
            return false;
    }
    return true;
}

// The page's own "Cite this webpage as: ..." as a reader can use it. Saved
// pages lost their address, which leaves an empty field (",,"), and the
// "[accessed <date>]" placeholder is for a reader of the live page to fill in:
// both go, and the citation ends with a full stop. Nothing else is touched: the
// rest is the page's text.
QString givenCitation(const QString &text)
{
    static const RE placeholder(QStringLiteral("\\s*\\[\\s*accessed\\s*:?\\s*<\\s*date\\s*>\\s*\\]"), CI);
    static const RE emptyFields(QStringLiteral(",(?:\\s*,)+"));
    static const RE trailing(QStringLiteral("[\\s,;:]+$"));
    QString out = text;
    out.remove(placeholder);
    out.replace(emptyFields, QStringLiteral(","));
    out.remove(trailing);
    out = out.trimmed();
    if (!out.isEmpty() && !out.endsWith(u'.') && !out.endsWith(u'?') && !out.endsWith(u'!'))
        out += u'.';
    return out;
}

// "Published reports & articles from 2000 to 2025".
const RE &coverageLine()
{
    static const RE re(
        QStringLiteral("\\b(?:reports?|articles?)\\b.*\\bfrom\\s+(\\d{4})\\s*(?:to|-|–|—)\\s*(\\d{4})"), CI);
    return re;
}

const RE &helpLine()
{
    static const RE re(QStringLiteral("^help\\s+for\\s+victims\\b"), CI);
    return re;
}

} // namespace

qsizetype PageHeadParser::entriesMayStart(const QList<PageLine> &lines, qsizetype end)
{
    qsizetype from = -1;
    for (qsizetype i = 0; i < end; ++i) {
        if (lines[i].kind == LineKind::ArchivesSeparator || coverageLine().match(lines[i].text).hasMatch()
            || helpLine().match(lines[i].text).hasMatch())
            from = i + 1;
    }
    return from;
}

PageHeadParser::PageHeadParser(const ReferenceData &data, const Tagger &tagger)
    : m_data(data)
    , m_tagger(tagger)
{
}

void PageHeadParser::parse(const QList<PageLine> &head, Page &page) const
{
    static const RE siteTitleRe(QStringLiteral("trafficking.*slavery|slavery.*trafficking"), CI);
    const RE &coverageRe = coverageLine();
    static const RE cautionRe(QStringLiteral("^caution\\s*:"), CI);
    const RE &helpRe = helpLine();

    // The site title stands under the site's menu, however long the menu is;
    // the menu carries no content.
    const qsizetype caution0 = indexOf(head, cautionRe);
    const qsizetype help0 = indexOf(head, helpRe);
    const qsizetype headEnd = caution0 >= 0 ? caution0 : (help0 >= 0 ? help0 : head.size());
    qsizetype site = -1;
    for (qsizetype i = 0; i < headEnd; ++i) {
        if (siteTitleRe.match(head[i].text).hasMatch() && head[i].text.size() < 80) {
            site = i;
            break;
        }
    }
    if (site >= 0)
        page.siteTitle = head[site].text;

    qsizetype coverage = indexOf(head, coverageRe, site + 1);
    // The short lines under the site title: a tagline, the page title, maybe a
    // subtitle, down to the coverage line or the first line that is none of these.
    qsizetype titlesEnd = site + 1;
    while (titlesEnd < head.size() && (coverage < 0 || titlesEnd < coverage) && head[titlesEnd].kind == LineKind::Text
        && isShortHeading(head[titlesEnd].text) && !cautionRe.match(head[titlesEnd].text).hasMatch()
        && !helpRe.match(head[titlesEnd].text).hasMatch())
        ++titlesEnd;
    if (coverage >= 0) {
        const auto m = coverageRe.match(head[coverage].text);
        page.coverage = head[coverage].text;
        page.coverageFrom = m.captured(1).toInt();
        page.coverageTo = m.captured(2).toInt();
    } else {
        warn(page, site >= 0 ? head[site].number : 1,
            QStringLiteral("No coverage line (\"Published reports & articles from ... to ...\") was found."));
    }
    // The title stands above the coverage line. Without one, a country page's
    // title names its countries and a topic page's is its theme, the last line
    // written as a heading; failing both, the last short line.
    qsizetype title = -1;
    const auto isTitle
        = [&](qsizetype i) { return isTitleCase(head[i].text) || !m_tagger.countriesIn(head[i].text).isEmpty(); };
    if (coverage >= 0) {
        // The line above the coverage line, unless it is a subtitle under a
        // heading ("Women" / "Trafficking of women for sexual exploitation").
        title = coverage - 1 > site ? coverage - 1 : -1;
        for (qsizetype i = coverage - 2; title >= 0 && !isTitle(title) && i > site; --i) {
            if (head[i].kind == LineKind::Text && isShortHeading(head[i].text) && isTitleCase(head[i].text))
                title = i;
        }
    }
    for (qsizetype i = site + 1; i < titlesEnd && title < 0; ++i) {
        if (isTitleCase(head[i].text) && !m_tagger.countriesIn(head[i].text).isEmpty())
            title = i;
    }
    for (qsizetype i = titlesEnd - 1; i > site && title < 0; --i) {
        if (isTitleCase(head[i].text))
            title = i;
    }
    for (qsizetype i = site + 1; i < titlesEnd && title < 0; ++i) {
        if (!m_tagger.countriesIn(head[i].text).isEmpty())
            title = i;
    }
    if (title < 0 && titlesEnd > site + 1)
        title = titlesEnd - 1;
    qsizetype bodyStart = qMax(qMax(coverage, title), site) + 1;
    if (title >= 0) {
        page.title = head[title].text;
        page.countries = m_tagger.countriesIn(page.title);
        QStringList tagline;
        for (qsizetype i = site + 1; i < title; ++i)
            tagline << head[i].text;
        // A subtitle ("Trafficking of women for sexual exploitation") goes with
        // the tagline: any line between the title and the coverage line, and on
        // a topic page the short lines under its title. On a country page with
        // no coverage line, those are the profiles' headings.
        const qsizetype subtitlesEnd = coverage >= 0 ? coverage : (page.countries.isEmpty() ? titlesEnd : title + 1);
        for (qsizetype i = title + 1; i < subtitlesEnd; ++i)
            tagline << head[i].text;
        bodyStart = qMax(bodyStart, subtitlesEnd);
        page.tagline = tagline.join(u' ');
    } else {
        warn(page, 1, QStringLiteral("No page title was found above the entries."));
    }

    qsizetype caution = indexOf(head, cautionRe, bodyStart);
    qsizetype help = indexOf(head, helpRe, bodyStart);
    const qsizetype profilesEnd = caution >= 0 ? caution : (help >= 0 ? help : head.size());
    CountryProfileParser(m_tagger).parse(head.mid(bodyStart, profilesEnd - bodyStart), page);

    if (page.countries.isEmpty()) {
        for (const CountryProfile &p : std::as_const(page.profiles)) {
            if (!p.country.isEmpty() && !page.countries.contains(p.country))
                page.countries << p.country;
        }
    }

    if (caution >= 0) {
        static const RE lead(QStringLiteral("^caution\\s*:\\s*"), CI);
        page.caution = head[caution].text;
        page.caution.remove(lead);
        const qsizetype notesEnd = help >= 0 && help > caution ? help : head.size();
        for (qsizetype i = caution + 1; i < notesEnd; ++i) {
            if (head[i].kind == LineKind::Text)
                page.studentNote << head[i].text;
            else if (head[i].kind != LineKind::ImageCaption && head[i].kind != LineKind::ArchivesSeparator)
                warn(page, head[i].number, QStringLiteral("Unexpected line in the note for students: ") + head[i].text);
        }
    }
    // A topic page has no hotlines block to miss.
    if (help >= 0)
        parseHotlines(head.mid(help + 1), page);
    else if (!page.isTopicPage())
        warn(page, bodyStart < head.size() ? head[bodyStart].number : 1,
            QStringLiteral("No \"HELP for Victims\" block: the page gives no hotline."));

    // Lines above the site title are the site's menu; they carry no content.
    Q_UNUSED(m_data);
}

void PageHeadParser::parseHotlines(const QList<PageLine> &lines, Page &page) const
{
    static const RE countryCodeRe(QStringLiteral("^country\\s+code\\s*:?\\s*\\+?\\s*(\\d{1,4})\\s*[-–]?$"), CI);
    static const RE labelledRe(
        QStringLiteral("^(.*?\\p{L}.*?)\\s*:\\s*(\\+?[\\d(][\\d\\s().\\/-]{2,})$"), RE::UseUnicodePropertiesOption);
    static const RE numberRe(QStringLiteral("^\\+?[\\d(][\\d\\s().\\/-]{2,}$"));

    struct Pending
    {
        QString label;
        QString number;
        int line;
    };
    QList<Pending> pending;
    QString label;
    QString callingCode;
    auto flush = [&]() {
        for (const Pending &p : std::as_const(pending)) {
            Hotline h;
            h.label = p.label.isEmpty() ? QStringLiteral("Hotline") : p.label;
            const QString written = p.number.simplified();
            // A "Country code: 381" line gives the code for the numbers above it;
            // a number without one is read as a number of the page's only country.
            QString region;
            QString text = written;
            if (!written.startsWith(u'+') && !callingCode.isEmpty()) {
                text = u'+' + callingCode + u' ' + written;
                region = PhoneNumbers::regionForCallingCode(callingCode);
            } else if (!written.startsWith(u'+') && page.countries.size() == 1) {
                region = page.countries.first();
                warn(page, p.line,
                    QStringLiteral("The hotline gives no country code; read as a number of %1, the page's country.")
                        .arg(region));
            } else if (!written.startsWith(u'+')) {
                warn(page, p.line,
                    QStringLiteral(
                        "The hotline gives no country code and the page covers several countries; it is not imported: ")
                        + p.number);
                continue;
            }
            const PhoneNumber number = PhoneNumbers::parse(text, region);
            if (number.isValid()) {
                h.e164 = number.e164;
                h.display = number.international;
                h.country = number.region;
            } else {
                // Kept exactly as the page wrote it, and never offered for dialling.
                h.display = written;
                h.country = !number.region.isEmpty()                 ? number.region
                    : region.isEmpty() && page.countries.size() == 1 ? page.countries.first()
                                                                     : region;
                if (h.country.isEmpty()) {
                    warn(page, p.line,
                        QStringLiteral("The hotline number “%1” is not a valid telephone number and names no "
                                       "country the page covers; it is not imported.")
                            .arg(written));
                    continue;
                }
                warn(page, p.line,
                    QStringLiteral("The hotline number “%1” is not a valid telephone number; it is kept as "
                                   "written and marked “not verified”.")
                        .arg(written));
            }
            if (!page.countries.isEmpty() && !page.countries.contains(h.country))
                warn(page, p.line,
                    QStringLiteral("Hotline %1 is for a country the page does not cover.").arg(h.display));
            // For readers, the page and its section in words; the line is in the
            // parser's warnings, where a developer looks.
            h.source = Hotline::sourceFromPage(page.title, QStringLiteral("Help for victims"));
            if (page.coverageTo > 0)
                h.asOf = PartialDate::ofYear(page.coverageTo);
            page.hotlines.append(h);
        }
        pending.clear();
    };

    for (const PageLine &line : lines) {
        if (line.kind == LineKind::ArchivesSeparator)
            continue;
        if (const auto m = countryCodeRe.match(line.text); m.hasMatch()) {
            callingCode = m.captured(1);
            flush();
            callingCode.clear();
            continue;
        }
        if (const auto m = labelledRe.match(line.text); m.hasMatch()) {
            pending.append({ m.captured(1).trimmed(), m.captured(2), line.number });
            continue;
        }
        if (numberRe.match(line.text).hasMatch()) {
            pending.append({ label, line.text, line.number });
            continue;
        }
        if (line.text.endsWith(u':') && line.text.size() < 80) {
            label = line.text.chopped(1).trimmed();
            continue;
        }
        warn(page, line.number,
            QStringLiteral("Unexpected line in the \"HELP for Victims\" block: ") + line.text.left(80));
    }
    flush();
}

void PageHeadParser::parseClosing(const QString &text, Page &page)
{
    static const RE citeRe(QStringLiteral("cite this (?:web)?page as\\s*:?\\s*"), CI);
    const auto m = citeRe.match(text);
    if (m.hasMatch()) {
        page.fairUse = text.left(m.capturedStart(0)).trimmed();
        page.citation = givenCitation(text.mid(m.capturedEnd(0)));
    } else {
        page.fairUse = text;
    }
}

} // namespace Vigil::Core
