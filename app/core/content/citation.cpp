#include "citation.h"

#include "citationnames.h"

#include <QRegularExpression>

namespace Vigil::Core {

using CitationNames::withPeriod;

namespace {

// Strips a list of blank entries and of the spaces around each.
QStringList cleaned(const QStringList &list)
{
    QStringList out;
    for (const QString &item : list) {
        if (const QString s = item.simplified(); !s.isEmpty())
            out << s;
    }
    return out;
}

// The author of the site's pages, as the page's own citation gives it
// ("Patt, Prof. Martin, ..."); the site's author when it gives none.
QString pageAuthor(const QString &givenCitation)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "^\\s*([\\p{L}'’-]+),\\s*(?:(?:Prof|Dr|Mr|Mrs|Ms)\\.?\\s+)*([\\p{L}][\\p{L}'’.-]*(?:\\s+[\\p{L}]["
            "\\p{L}'’.-]*)*)\\s*,"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = lead.match(givenCitation);
    return m.hasMatch() ? m.captured(2) + u' ' + m.captured(1) : QStringLiteral("Martin Patt");
}

} // namespace

Article Citation::citable(const Article &a)
{
    Article out = a;
    out.title = a.title.simplified();
    if (out.title.isEmpty())
        out.title = QStringLiteral("[Untitled]");
    out.authors = cleaned(a.authors);
    out.publishers = cleaned(a.publishers);
    out.identifiers = cleaned(a.identifiers);
    return out;
}

Article Citation::pageRecord(const Page &page)
{
    Article a;
    a.pageKey = page.key;
    const QString site
        = page.siteTitle.isEmpty() ? QStringLiteral("Human Trafficking & Modern-day Slavery") : page.siteTitle;
    a.title = page.title.isEmpty() ? site : site + u" – " + page.title;
    a.authors = { pageAuthor(page.citation) };
    return a;
}

QString Citation::sourcePage(const Page &page)
{
    const QString site
        = page.siteTitle.isEmpty() ? QStringLiteral("Human Trafficking & Modern-day Slavery") : page.siteTitle;
    QString work = site;
    if (!page.title.isEmpty())
        work += u" – " + page.title;
    return u"Excerpted in: Patt, Martin. " + withPeriod(work);
}

PartialDate Citation::lastAccessed(const Article &a)
{
    PartialDate latest;
    for (const PartialDate &d : a.accessed) {
        if (d.isValid() && d.sortKey() > latest.sortKey())
            latest = d;
    }
    return latest;
}

} // namespace Vigil::Core
