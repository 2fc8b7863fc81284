#include "countryprofileparser.h"

#include "tagger.h"

#include <QHash>
#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = RE::CaseInsensitiveOption;

void warn(Page &page, int line, const QString &message)
{
    page.warnings.append({ line, message });
}

CountryProfile *profileFor(Page &page, const QString &country)
{
    for (CountryProfile &p : page.profiles) {
        if (!country.isEmpty() && p.country == country)
            return &p;
    }
    return nullptr;
}

// The World Factbook citation closing a profile's background: "[The World
// Factbook, U.S.C.I.A. 2009]", "[CIA World Factbook, 2009]".
const RE &factbookCitation()
{
    static const RE re(
        QStringLiteral("\\s*\\[\\s*((?:the\\s+)?(?:C\\.?I\\.?A\\.?\\s+)?world\\s+factbook[^\\]]*)\\]\\s*$"), CI);
    return re;
}

// The citation after a Trafficking in Persons excerpt, in the forms the pages
// give it: " - U.S. State Dept Trafficking in Persons Report, June, 2009",
// " [U.S. State Dept Trafficking in Persons Report, June, 2010]", " - U.S.
// State Dept TIP Report, June 2010", " - 2010 Trafficking in Persons Report,
// U.S. Department of State". Group 1 is the citation, group 2 what follows it.
const RE &tipCitation()
{
    static const RE re(QStringLiteral("\\s+(?:[-–—]\\s+|\\[\\s*)("
                                      "(?:U\\.?S\\.?|United States)[^\\[\\]\\n]{0,60}?(?:Trafficking in Persons|TIP) "
                                      "Report[^\\[\\]\\n]*?\\d{4}"
                                      "|(?:\\d{4}\\s+)?(?:Trafficking in Persons|TIP) Report\\b[^\\[\\]\\n]{0,60}?"
                                      "(?:Department of State|State Dep(?:artmen)?t\\b\\.?|\\d{4}))"
                                      "\\s*\\]?(.*)$"),
        CI);
    return re;
}

// A citation on a line of its own ("[The World Factbook, ...]", "- U.S. State
// Dept Trafficking in Persons Report, June, 2009") closes the paragraph above
// it: the two are read as one line, as most pages write them.
QList<PageLine> joinCitationLines(const QList<PageLine> &lines)
{
    static const RE factbookAlone(
        QStringLiteral("^\\[\\s*(?:the\\s+)?(?:C\\.?I\\.?A\\.?\\s+)?world\\s+factbook[^\\]]*\\]$"), CI);
    QList<PageLine> out;
    for (const PageLine &line : lines) {
        const auto tip = tipCitation().match(u' ' + line.text);
        const bool citation
            = factbookAlone.match(line.text).hasMatch() || (tip.hasMatch() && tip.capturedStart(0) == 0);
        if (citation && !out.isEmpty() && out.last().kind == LineKind::Text
            && !factbookCitation().match(out.last().text).hasMatch()
            && !tipCitation().match(out.last().text).hasMatch()) {
            out.last().text += u' ' + line.text;
            continue;
        }
        out.append(line);
    }
    return out;
}

} // namespace

CountryProfileParser::CountryProfileParser(const Tagger &tagger)
    : m_tagger(tagger)
{
}

void CountryProfileParser::parse(const QList<PageLine> &lines, Page &page) const
{
    const bool topicPage = page.countries.isEmpty();
    const RE &factbookRe = factbookCitation();
    const RE &tipRe = tipCitation();
    static const RE captionLead(QStringLiteral("^(?:description:\\s*)+"), CI);

    // A profile is known by what it holds, not by a heading: an optional heading
    // naming the country, background paragraphs closed by their Factbook
    // citation, and the caption lines of its map or flag, which may stand
    // above the heading, among the paragraphs or after the citation.
    struct Block
    {
        CountryProfile profile;
        int firstLine = 0;
        bool closed = false; // the Factbook citation was seen
        bool captioned = false; // a caption gave the country
    };
    QList<Block> blocks;
    // Captions after a finished profile, or grouped above the texts: the next
    // profiles', in order.
    QStringList pendingCaptions;
    QList<PageLine> tips;

    auto startBlock = [&](int lineNumber) {
        blocks.append(Block {});
        blocks.last().firstLine = lineNumber;
        if (!pendingCaptions.isEmpty()) {
            blocks.last().profile.country = pendingCaptions.takeFirst();
            blocks.last().captioned = true;
        }
    };
    for (const PageLine &line : joinCitationLines(lines)) {
        if (line.kind == LineKind::ImageCaption) {
            QString named = line.text;
            named.remove(captionLead);
            QString country = m_tagger.countryForName(named);
            if (country.isEmpty())
                country = m_tagger.countriesIn(named).value(0);
            if (country.isEmpty())
                continue; // the alt text of a picture that names no country
            Block *last = blocks.isEmpty() ? nullptr : &blocks.last();
            if (last && !last->captioned && (last->profile.country.isEmpty() || last->profile.country == country)) {
                last->profile.country = country;
                last->captioned = true;
            } else if ((!last || last->closed) && !pendingCaptions.contains(country)) {
                pendingCaptions << country;
            }
            continue;
        }
        // "*** ARCHIVES ***" right under the head: a page with no featured entries.
        if (line.kind == LineKind::ArchivesSeparator)
            continue;
        if (line.kind != LineKind::Text) {
            warn(page, line.number, QStringLiteral("Unexpected line among the country profiles: ") + line.text);
            continue;
        }
        if (tipRe.match(line.text).hasMatch()) {
            tips << line;
            continue;
        }
        if (isShortHeading(line.text)) {
            QString country = m_tagger.countryForName(line.text);
            if (country.isEmpty())
                country = m_tagger.countriesIn(line.text).value(0);
            if (country.isEmpty() && !topicPage) {
                warn(page, line.number,
                    QStringLiteral("Could not tell which country this profile is for: ") + line.text);
            }
            // A caption just above the heading already opened the block.
            Block *last = blocks.isEmpty() ? nullptr : &blocks.last();
            const bool reuse = last && last->profile.officialName.isEmpty() && last->profile.background.isEmpty();
            if (!reuse)
                startBlock(line.number);
            Block &block = blocks.last();
            block.profile.officialName = line.text;
            if (!country.isEmpty())
                block.profile.country = country;
            continue;
        }
        if (blocks.isEmpty() || blocks.last().closed)
            startBlock(line.number);
        Block &block = blocks.last();
        QString text = line.text;
        if (const auto m = factbookRe.match(text); m.hasMatch()) {
            block.profile.backgroundCitation = m.captured(1).trimmed();
            block.closed = true;
            text.truncate(m.capturedStart(0));
        }
        block.profile.background << text.trimmed();
    }
    if (!pendingCaptions.isEmpty() && !blocks.isEmpty() && blocks.last().profile.background.isEmpty()
        && blocks.last().profile.country.isEmpty())
        blocks.last().profile.country = pendingCaptions.first();

    QHash<qsizetype, int> profileLines; // where each profile read here begins
    for (Block &block : blocks) {
        CountryProfile &p = block.profile;
        if (p.background.isEmpty() && p.officialName.isEmpty())
            continue;
        // A topic page has no profiles: a heading and text under its title are
        // a profile only if they hold one's marks (a Factbook citation, a
        // country named by a heading or a caption).
        const bool marked = !p.country.isEmpty() || !p.backgroundCitation.isEmpty();
        if (topicPage && !marked) {
            if (!p.officialName.isEmpty())
                warn(page, block.firstLine,
                    QStringLiteral("Text in the page head outside any country profile: ") + p.officialName.left(80));
            for (const QString &paragraph : std::as_const(p.background))
                warn(page, block.firstLine,
                    QStringLiteral("Text in the page head outside any country profile: ") + paragraph.left(80));
            continue;
        }
        if (p.country.isEmpty() && p.background.isEmpty()) {
            page.profiles.append(p);
            continue;
        }
        if (marked || !p.officialName.isEmpty()) {
            // With no heading and no caption, the country is told below: by the
            // TIP excerpt in the profile's place, else by the text.
            page.profiles.append(p);
            profileLines.insert(page.profiles.size() - 1, block.firstLine);
        } else {
            for (qsizetype i = 0; i < p.background.size(); ++i)
                warn(page, block.firstLine,
                    QStringLiteral("Text in the page head outside any country profile: ") + p.background[i].left(80));
        }
    }

    int tipCount = 0;
    for (const PageLine &line : std::as_const(tips)) {
        const auto m = tipRe.match(line.text);
        const QString excerpt = line.text.left(m.capturedStart(0)).trimmed();
        const QStringList named = m_tagger.countriesIn(excerpt.left(160), page.countries);
        CountryProfile *target = named.isEmpty() ? nullptr : profileFor(page, named.first());
        if (!target && tipCount < page.profiles.size() && page.profiles[tipCount].tipExcerpt.isEmpty())
            target = &page.profiles[tipCount];
        if (!target) {
            page.profiles.append(CountryProfile {});
            target = &page.profiles.last();
            target->country = named.value(0);
            if (target->country.isEmpty())
                warn(page, line.number,
                    QStringLiteral("A Trafficking in Persons excerpt names no country of the page: ")
                        + excerpt.left(80));
        }
        // A profile with neither heading nor caption is the country its TIP
        // excerpt names ("Bulgaria is a source ...").
        if (target->country.isEmpty() && !named.isEmpty() && !profileFor(page, named.first()))
            target->country = named.first();
        target->tipExcerpt = excerpt;
        target->tipCitation = m.captured(1).trimmed();
        ++tipCount;
    }
    for (auto it = profileLines.cbegin(); it != profileLines.cend(); ++it) {
        CountryProfile &p = page.profiles[it.key()];
        if (!p.country.isEmpty())
            continue;
        // The page's country the text names first, among those no other
        // profile holds ("Serbia and Montenegro" in Montenegro's background).
        const QStringList named = m_tagger.countriesIn(p.background.join(u'\n'), page.countries);
        for (const QString &country : named) {
            if (!profileFor(page, country)) {
                p.country = country;
                break;
            }
        }
        if (p.country.isEmpty())
            warn(page, it.value(), QStringLiteral("Could not tell which country this profile is for."));
    }
}

} // namespace Vigil::Core
