#include "bylineparser.h"

#include "dateparser.h"
#include "tagger.h"

#include <QRegularExpression>

namespace Vigil::Core {

namespace {

// Words that mark a name as an organisation or a publication, not a person.
const QStringList &organisationWords()
{
    static const QStringList words = {
        QStringLiteral("agency"),
        QStringLiteral("agence"),
        QStringLiteral("alliance"),
        QStringLiteral("association"),
        QStringLiteral("broadcasting"),
        QStringLiteral("bulletin"),
        QStringLiteral("bureau"),
        QStringLiteral("campaign"),
        QStringLiteral("center"),
        QStringLiteral("centre"),
        QStringLiteral("chronicle"),
        QStringLiteral("coalition"),
        QStringLiteral("commission"),
        QStringLiteral("committee"),
        QStringLiteral("corporation"),
        QStringLiteral("council"),
        QStringLiteral("court"),
        QStringLiteral("daily"),
        QStringLiteral("department"),
        QStringLiteral("dept"),
        QStringLiteral("embassy"),
        QStringLiteral("express"),
        QStringLiteral("federation"),
        QStringLiteral("force"),
        QStringLiteral("forum"),
        QStringLiteral("foundation"),
        QStringLiteral("fund"),
        QStringLiteral("gazette"),
        QStringLiteral("government"),
        QStringLiteral("group"),
        QStringLiteral("guardian"),
        QStringLiteral("herald"),
        QStringLiteral("independent"),
        QStringLiteral("initiative"),
        QStringLiteral("insight"),
        QStringLiteral("mail"),
        QStringLiteral("nation"),
        QStringLiteral("standard"),
        QStringLiteral("star"),
        QStringLiteral("today"),
        QStringLiteral("voice"),
        QStringLiteral("wire"),
        QStringLiteral("institute"),
        QStringLiteral("international"),
        QStringLiteral("journal"),
        QStringLiteral("magazine"),
        QStringLiteral("media"),
        QStringLiteral("ministry"),
        QStringLiteral("mirror"),
        QStringLiteral("mission"),
        QStringLiteral("monitor"),
        QStringLiteral("nations"),
        QStringLiteral("network"),
        QStringLiteral("news"),
        QStringLiteral("newsletter"),
        QStringLiteral("observer"),
        QStringLiteral("office"),
        QStringLiteral("online"),
        QStringLiteral("organisation"),
        QStringLiteral("organization"),
        QStringLiteral("pact"),
        QStringLiteral("parliament"),
        QStringLiteral("police"),
        QStringLiteral("post"),
        QStringLiteral("press"),
        QStringLiteral("presse"),
        QStringLiteral("program"),
        QStringLiteral("programme"),
        QStringLiteral("project"),
        QStringLiteral("radio"),
        QStringLiteral("report"),
        QStringLiteral("reports"),
        QStringLiteral("research"),
        QStringLiteral("review"),
        QStringLiteral("section"),
        QStringLiteral("service"),
        QStringLiteral("services"),
        QStringLiteral("society"),
        QStringLiteral("telegraph"),
        QStringLiteral("television"),
        QStringLiteral("times"),
        QStringLiteral("tribune"),
        QStringLiteral("tv"),
        QStringLiteral("union"),
        QStringLiteral("unit"),
        QStringLiteral("university"),
        QStringLiteral("watch"),
        QStringLiteral("weekly"),
        QStringLiteral("world"),
    };
    return words;
}

// Parts that say what kind of document it is rather than who made it.
bool isDocumentKind(const QString &segment)
{
    static const QRegularExpression re(
        QStringLiteral("^(media briefing|press release|news release|public statement|statement|summary|"
                       "briefing|fact ?sheet|editorial|opinion|interview|op-ed|commentary|analysis)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(segment).hasMatch();
}

// Splits on commas and on spaced dashes, then mends the lists that belong to one
// name: in "A, B, and C" the "and C" part takes back the two parts before it.
QStringList splitSegments(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*,\\s*|\\s+[-–—]\\s+|\\s*;\\s*|\\s+\\|\\s+"));
    QStringList raw = text.split(separators, Qt::SkipEmptyParts);
    QStringList segments;
    static const QRegularExpression conjunction(
        QStringLiteral("^(and|&)\\s"), QRegularExpression::CaseInsensitiveOption);
    for (QString part : raw) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (conjunction.match(part).hasMatch() && !segments.isEmpty()) {
            const int take = segments.size() >= 2 ? 2 : 1;
            QStringList joined = segments.mid(segments.size() - take);
            segments.resize(segments.size() - take);
            joined << part;
            segments << joined.join(QStringLiteral(", "));
            continue;
        }
        segments << part;
    }
    return segments;
}

// Parts that belong to the date or to the person, not to who published:
// a weekday ("Thursday"), a time ("12:30 GMT"), a degree ("Ph.D."), pages.
bool isDateCompanion(const QString &part)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?"
                       "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,4}\\)?)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(part).hasMatch();
}

bool isDegreeOrPages(const QString &part)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:Ph\\.?\\s?D\\.?|M\\.?D\\.?|M\\.?A\\.?|M\\.?Sc\\.?|B\\.?A\\.?|J\\.?D\\.?|LL\\.?M\\.?|MPH|Esq\\.?"
        "|pp?\\.\\s*[A-Z]?\\d{1,4}(?:\\s*[-–]\\s*[A-Z]?\\d{1,4})?|\\d{1,4}\\s*[-–]\\s*\\d{1,4})$"));
    return re.match(part).hasMatch();
}

// "Smith, Jane" or "Smith, J.": a surname, then the given name or initials.
bool isInvertedName(const QString &surname, const QString &given, bool initialsOnly)
{
    static const QRegularExpression surnameRe(QStringLiteral("^\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression givenRe(
        QStringLiteral("^(?:\\p{Lu}[\\p{Ll}]+|\\p{Lu}\\.)(?:\\s*(?:\\p{Lu}[\\p{Ll}]+|\\p{Lu}\\.))?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression initialsRe(
        QStringLiteral("^\\p{Lu}\\.(?:\\s*\\p{Lu}\\.)?$"), QRegularExpression::UseUnicodePropertiesOption);
    if (!surnameRe.match(surname).hasMatch() || !givenRe.match(given).hasMatch())
        return false;
    if (organisationWords().contains(surname.toLower()) || organisationWords().contains(given.toLower()))
        return false;
    return !initialsOnly || initialsRe.match(given).hasMatch();
}

} // namespace

BylineParser::BylineParser(const Tagger &tagger)
    : m_tagger(tagger)
{
}

QString BylineParser::removeAddressFragments(const QString &text)
{
    // A lone lower-case path ending in a slash, or a bare web address.
    static const QRegularExpression fragment(
        QStringLiteral("(^|\\s)((?:https?://|www\\.)\\S+|[a-z0-9][a-z0-9._~%-]*(?:/[a-z0-9._~%-]+)*/)(?=\\s|$)"));
    QString cleaned = text;
    cleaned.replace(fragment, QStringLiteral("\\1"));
    return cleaned.simplified();
}

bool BylineParser::looksLikePerson(const QString &segment) const
{
    static const QRegularExpression nameWord(
        QStringLiteral("^(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}\\.|\\p{Lu}\\p{Ll}+\\.|de|van|von|der|"
                       "da|di|el|al|bin|ibn)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = segment.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5 || words.first() == u"The")
        return false;
    for (const QString &word : words) {
        if (!nameWord.match(word).hasMatch())
            return false;
        if (organisationWords().contains(word.toLower()))
            return false;
        if (!m_tagger.countryForName(word).isEmpty())
            return false;
    }
    return !words.first().front().isLower();
}

BylineParser::Kind BylineParser::classify(const QString &segment) const
{
    static const QRegularExpression identifier(
        QStringLiteral("^(index number|index|isbn|issn|doi|report no\\.?|document no\\.?|doc\\.? no\\.?|no\\.|ref\\.?|"
                       "reference|vol\\.?|volume|issue|e/cn\\.|a/hrc)(?!\\p{L})|^[\\p{L} .]{2,30}:\\s*\\S*\\d"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (identifier.match(segment).hasMatch())
        return Kind::Identifier;
    if (isDocumentKind(segment))
        return Kind::Note;
    if (!m_tagger.countryForName(segment).isEmpty())
        return Kind::Place;
    // A sentence ("if ready. Earlier editions are posted below.") is a remark; the
    // full stops of abbreviations ("U.S. Dept of State") are not sentence ends.
    static const QRegularExpression sentence(
        QStringLiteral("\\p{Ll}{2,}[.!?](?:\\s+\\p{Lu}|$)"), QRegularExpression::UseUnicodePropertiesOption);
    if (segment.front().isLower() || sentence.match(segment).hasMatch())
        return Kind::Note;
    if (looksLikePerson(segment))
        return Kind::Person;
    return Kind::Organisation;
}

QString BylineParser::takeRemarks(QString *text, QStringList *remarks)
{
    // A finished sentence ("... if ready.") followed by another that starts with a
    // capitalised word and reads on in lower case; abbreviations ("U.S. Dept")
    // do not end a sentence. A tail that holds a date is kept: it is the byline's.
    static const QRegularExpression sentenceBreak(
        QStringLiteral("\\p{Ll}{2,}[.!?]\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+\\s)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = sentenceBreak.match(*text);
    if (!m.hasMatch())
        return *text;
    const QString tail = text->mid(m.capturedEnd(0)).trimmed();
    if (DateParser::findLast(tail))
        return *text;
    *remarks << tail;
    return text->left(m.capturedEnd(0)).trimmed();
}

QString BylineParser::takeQuotedTitle(const QString &text, QString *title)
{
    // Louisa Waugh, "The route to hell", The Scotsman, 22 August 2006 (or, in the
    // American way, "The route to hell," The Scotsman): the quoted part is a whole
    // comma part, so a quotation inside a name is left alone.
    static const QRegularExpression quoted(QStringLiteral("(^|[,.;:–—-]\\s*|\\s[-–—]\\s*)[\"“”]([^\"“”]{2,300})[\"“”]"
                                                          "(?:\\s*(?=[,.;:–—-]|$)|(?<=[,.][\"”])\\s+)"));
    // Jane Smith, 'Sold at the border', The Guardian: in single quotes only as a
    // whole comma part, with no blank inside the quotes at either end, so that
    // an apostrophe ("Moldova's girls", "the girls' fate") is no quote.
    static const QRegularExpression singleQuoted(QStringLiteral("(^|[,.;:]\\s*)['‘](\\S.{0,298}?\\S)['’]"
                                                                "(?:\\s*(?=[,.;:]|$)|(?<=[,.]['’])\\s+)"));
    // Jane Smith "Bought and sold" The Guardian 12 March 2009: with no commas at
    // all, the quotation between a name and a capital still stands apart; it
    // becomes a comma so that the parts around it stay apart too.
    static const QRegularExpression bareQuoted(QStringLiteral("(?<=\\S)\\s+[\"“]([^\"“”]{2,300})[\"”]\\s+(?=\\p{Lu})"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "Trafficked twice." The Nation: the full stop closes the citation's part,
    // not the title; an abbreviation's ("U.S.") stays.
    static const QRegularExpression endPunctuation(
        QStringLiteral("[\\s,;:]+$|(?<![.\\s]\\p{Lu}|\\.)\\.$"), QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression *re : { &quoted, &singleQuoted }) {
        const auto m = re->match(text);
        if (m.hasMatch()) {
            *title = m.captured(2).remove(endPunctuation).trimmed();
            // Jane Smith. "Title." The Nation: the full stop parts the author from
            // the title as a comma would, and is no part of the name.
            const QString lead = m.captured(1).startsWith(u'.') ? QStringLiteral(", ") : m.captured(1);
            return text.left(m.capturedStart(0)) + lead + text.mid(m.capturedEnd(0));
        }
    }
    if (const auto m = bareQuoted.match(text); m.hasMatch()) {
        const QString rest = text.left(m.capturedStart(0)) + QStringLiteral(", ") + text.mid(m.capturedEnd(0));
        if (rest.count(u',') == 1) {
            *title = m.captured(1).remove(endPunctuation).trimmed();
            return rest;
        }
    }
    return text;
}

QString BylineParser::quotedTitle(const QString &line)
{
    QString title;
    takeQuotedTitle(line, &title);
    return title;
}

bool BylineParser::isFullCitation(const QString &line)
{
    QString title;
    const QString rest = takeQuotedTitle(line, &title);
    return !title.isEmpty() && rest.contains(u',') && DateParser::findLast(rest).has_value();
}

Byline BylineParser::parse(const QString &line) const
{
    Byline result;
    QString rest = removeAddressFragments(line);
    result.text = rest;
    rest = takeRemarks(&rest, &result.remarks);
    rest = takeQuotedTitle(rest, &result.quotedTitle);
    if (const auto impossible = DateParser::findLastImpossible(rest)) {
        result.impossibleDate = rest.mid(impossible->start, impossible->length);
        rest = rest.left(impossible->start) + u' ' + rest.mid(impossible->start + impossible->length);
    }
    QString edition;
    if (const auto match = DateParser::findLast(rest)) {
        result.date = match->date;
        result.dateAmbiguous = match->ambiguous;
        if (rest.mid(match->start, match->length).contains(QStringLiteral("edition"), Qt::CaseInsensitive))
            edition = rest.mid(match->start, match->length);
        QString before = rest.left(match->start).trimmed();
        QString after = rest.mid(match->start + match->length).trimmed();
        // "Radio Sweden (31 August 2005)": the brackets go with the date.
        if (before.endsWith(u'(') && after.startsWith(u')')) {
            before.chop(1);
            after.remove(0, 1);
        }
        // "B92 News | 16 September 2006": so does a bar before it.
        if (before.endsWith(u'|') && !before.endsWith(QStringLiteral("||")))
            before.chop(1);
        rest = before + u' ' + after;
    }

    QStringList segments = splitSegments(rest.simplified());
    // "Smith, Jane, "Title," Outlet" or "Smith, J., ...": a citation names its
    // author surname first. Without a quoted title only initials tell it from
    // "Reuters, Geneva".
    if (segments.size() >= 2
        && isInvertedName(segments[0].trimmed(), segments[1].trimmed(), result.quotedTitle.isEmpty())
        && m_tagger.countryForName(segments[0].trimmed()).isEmpty()
        && m_tagger.countryForName(segments[1].trimmed()).isEmpty()) {
        result.authors << segments[1].trimmed() + u' ' + segments[0].trimmed();
        segments.remove(0, 2);
    }
    for (const QString &segment : std::as_const(segments)) {
        static const QRegularExpression trimPunctuation(QStringLiteral("^(?:[\\s,;:–—-]|[Bb]y\\s)+|[\\s,;:–—-]+$"));
        static const QRegularExpression byLead(
            QStringLiteral("^[\\s,;:–—-]*by\\s+"), QRegularExpression::CaseInsensitiveOption);
        const bool byPerson = byLead.match(segment).hasMatch();
        // "Belgrade Thursday, 22 December 2006": a weekday that the date's comma
        // parted from the date.
        static const QRegularExpression trailingWeekday(
            QStringLiteral("\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$"),
            QRegularExpression::CaseInsensitiveOption);
        QString part = segment;
        part.remove(trimPunctuation);
        part.remove(trailingWeekday);
        if (part.isEmpty() || isDateCompanion(part))
            continue;
        if (isDegreeOrPages(part)) {
            result.notes << part;
            continue;
        }
        // "BBC News, 12 March 2009, by Jane Smith": "by" names the author
        // wherever it stands.
        if (byPerson && looksLikePerson(part)) {
            result.authors << part;
            continue;
        }

        // "Robert Herschbach for Southeast European Times", "Ekrem Krasniqi in Brussels".
        static const QRegularExpression byFor(
            QStringLiteral("^(.+?)\\s+(for|in)\\s+(\\p{Lu}.*)$"), QRegularExpression::UseUnicodePropertiesOption);
        const auto m = byFor.match(part);
        if (m.hasMatch() && looksLikePerson(m.captured(1))) {
            result.authors << m.captured(1);
            if (m.captured(2) == u"in" && result.dateline.isEmpty())
                result.dateline = m.captured(3);
            else
                result.publishers << m.captured(3);
            continue;
        }

        // "John Smith and Jane Doe": two authors.
        static const QRegularExpression andSplit(QStringLiteral("\\s+(?:and|&)\\s+"));
        const QStringList pair = part.split(andSplit);
        if (pair.size() == 2 && looksLikePerson(pair[0]) && looksLikePerson(pair[1])) {
            result.authors << pair;
            continue;
        }

        switch (classify(part)) {
        case Kind::Identifier:
            result.identifiers << part;
            break;
        case Kind::Note:
            result.notes << part;
            break;
        case Kind::Place:
            if (result.dateline.isEmpty())
                result.dateline = part;
            else
                result.notes << part;
            break;
        case Kind::Person:
            // A second person-like part after a publisher is more likely a
            // publication named like a person ("London Independent" is caught
            // earlier by its place word); before any publisher, a co-author.
            if (result.publishers.isEmpty())
                result.authors << part;
            else
                result.publishers << part;
            break;
        case Kind::Organisation: {
            // "ONASA News Agency & Agence France-Presse AFP" is two publishers.
            const QStringList names = part.split(QStringLiteral(" & "), Qt::SkipEmptyParts);
            for (const QString &name : names)
                result.publishers << name.trimmed();
            break;
        }
        }
    }
    // "2020 Editions, if ready.": the qualifier only makes sense with its edition.
    if (!edition.isEmpty() && !result.notes.isEmpty() && result.notes.first().front().isLower()) {
        QString qualifier = result.notes.first();
        while (qualifier.endsWith(u'.'))
            qualifier.chop(1);
        result.notes.first() = edition + QStringLiteral(", ") + qualifier;
    }
    return result;
}

} // namespace Vigil::Core
