#include "citationnames.h"

#include "highlight.h"
#include "text/folding.h"

#include <QRegularExpression>
#include <QSet>

namespace Vigil::Core::CitationNames {

namespace {

// Words that mark a body rather than a person: "Amnesty International",
// "BBC News", "Civilitas Research". A person called "News" is rarer than an
// organisation read as "News, B.".
bool isOrganisationWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("international"),
        QStringLiteral("news"),
        QStringLiteral("agency"),
        QStringLiteral("organization"),
        QStringLiteral("organisation"),
        QStringLiteral("office"),
        QStringLiteral("department"),
        QStringLiteral("dept"),
        QStringLiteral("bureau"),
        QStringLiteral("institute"),
        QStringLiteral("project"),
        QStringLiteral("council"),
        QStringLiteral("committee"),
        QStringLiteral("ministry"),
        QStringLiteral("association"),
        QStringLiteral("foundation"),
        QStringLiteral("centre"),
        QStringLiteral("center"),
        QStringLiteral("watch"),
        QStringLiteral("network"),
        QStringLiteral("press"),
        QStringLiteral("times"),
        QStringLiteral("union"),
        QStringLiteral("commission"),
        QStringLiteral("service"),
        QStringLiteral("services"),
        QStringLiteral("university"),
        QStringLiteral("research"),
        QStringLiteral("group"),
        QStringLiteral("radio"),
        QStringLiteral("report"),
        QStringLiteral("reports"),
        QStringLiteral("the"),
        QStringLiteral("of"),
        QStringLiteral("and"),
        QStringLiteral("for"),
        QStringLiteral("house"),
        QStringLiteral("nations"),
        QStringLiteral("federation"),
        QStringLiteral("mission"),
        QStringLiteral("television"),
        QStringLiteral("online"),
        QStringLiteral("staff"),
        QStringLiteral("editors"),
        QStringLiteral("team"),
        QStringLiteral("unit"),
    };
    return words.contains(word.toLower());
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles = {
        QStringLiteral("van"),
        QStringLiteral("von"),
        QStringLiteral("de"),
        QStringLiteral("der"),
        QStringLiteral("den"),
        QStringLiteral("del"),
        QStringLiteral("della"),
        QStringLiteral("di"),
        QStringLiteral("da"),
        QStringLiteral("du"),
        QStringLiteral("le"),
        QStringLiteral("la"),
        QStringLiteral("ten"),
        QStringLiteral("ter"),
        QStringLiteral("bin"),
        QStringLiteral("al"),
        QStringLiteral("dos"),
        QStringLiteral("das"),
    };
    return particles.contains(word);
}

} // namespace

Name parse(const QString &name)
{
    Name n;
    n.whole = name.simplified();
    const QStringList words = n.whole.split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression nameWord(QStringLiteral("^[\\p{L}][\\p{L}\\p{M}'’.-]*$"));
    if (words.size() < 2 || words.size() > 5)
        return n;
    for (const QString &w : words) {
        if (!nameWord.match(w).hasMatch() || isOrganisationWord(w))
            return n;
        // Acronyms ("BBC", "OSCE") are organisations; lower-case words may be particles.
        if (w.size() > 1 && w == w.toUpper() && !w.endsWith(u'.'))
            return n;
    }
    qsizetype familyStart = words.size() - 1;
    while (familyStart > 1 && isParticle(words.at(familyStart - 1)))
        --familyStart;
    n.given = words.mid(0, familyStart);
    n.family = words.mid(familyStart).join(u' ');
    return n;
}

bool endsSentence(const QString &text)
{
    static const QString enders = QStringLiteral(".?!");
    QString t = text.trimmed();
    // A sentence may end inside a closing quote: ...rights?” or ...rights?"
    while (!t.isEmpty() && (t.endsWith(u'"') || t.endsWith(u'”') || t.endsWith(u'’') || t.endsWith(u'\'')))
        t.chop(1);
    return !t.isEmpty() && enders.contains(t.back());
}

QString withPeriod(const QString &text)
{
    return endsSentence(text) ? text : text + u'.';
}

QString monthName(int month)
{
    static const char16_t *const names[] = { u"January", u"February", u"March", u"April", u"May", u"June", u"July",
        u"August", u"September", u"October", u"November", u"December" };
    return month >= 1 && month <= 12 ? QString::fromUtf16(names[month - 1]) : QString();
}

QString asciiKey(const QString &text)
{
    const QString folded = Text::fold(text);
    QString out;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

} // namespace Vigil::Core::CitationNames
