#include "citation.h"

#include "citationnames.h"

#include <QList>
#include <QRegularExpression>

namespace Vigil::Core {

using namespace CitationNames;

namespace {

// A citation as runs of plain and italic text, so that the plain form the UI
// copies and the HTML form shown on the page cannot drift apart.
struct Run
{
    QString text;
    bool italic = false;
};
using Runs = QList<Run>;

Runs &operator<<(Runs &runs, const QString &text)
{
    if (!runs.isEmpty() && !runs.last().italic)
        runs.last().text += text;
    else
        runs.append({ text, false });
    return runs;
}

Run italic(const QString &text)
{
    return { text, true };
}

QString plain(const Runs &runs)
{
    QString out;
    for (const Run &r : runs)
        out += r.text;
    return out;
}

QList<Name> names(const Article &a)
{
    QList<Name> out;
    for (const QString &author : a.authors)
        out << parse(author);
    return out;
}

bool isPartOfPublication(const Article &a)
{
    return !a.isPdf && !a.publishers.isEmpty();
}

// "Title." after an italic run: the full stop is left out when the italic text
// already ends a sentence ("U.S. Dept. of State.", not "... State..").
QString periodAfter(const QString &text)
{
    return endsSentence(text) ? QString() : QStringLiteral(".");
}

// MLA and Chicago quote a title; quotation marks inside it become single ones.
QString quoted(const QString &title)
{
    QString inner;
    bool open = true;
    for (const QChar c : title) {
        if (c == u'"') {
            inner += open ? u'‘' : u'’';
            open = !open;
        } else if (c == u'“') {
            inner += u'‘';
        } else if (c == u'”') {
            inner += u'’';
        } else {
            inner += c;
        }
    }
    return u'“' + withPeriod(inner) + u'”';
}

// "Title." or "Title?" ; the full stop after an italic title is not italic.
void appendItalicTitle(Runs &r, const QString &title, const QString &after = {})
{
    r << italic(title);
    r << (after + (endsSentence(title) && after.isEmpty() ? QString() : QStringLiteral(".")));
}

QString apaAuthors(const QList<Name> &list)
{
    QStringList parts;
    for (const Name &n : list)
        parts << apaName(n);
    if (parts.size() == 1)
        return parts.first();
    if (parts.size() > 20)
        return QStringList(parts.mid(0, 19)).join(QStringLiteral(", ")) + u", . . . " + parts.last();
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + u", & " + last;
}

QString mlaAuthors(const QList<Name> &list)
{
    if (list.size() == 1)
        return invertedName(list.first());
    if (list.size() == 2)
        return invertedName(list.at(0)) + u", and " + directName(list.at(1));
    return invertedName(list.first()) + u", et al";
}

QString chicagoAuthors(const QList<Name> &list)
{
    if (list.size() == 1)
        return invertedName(list.first());
    if (list.size() == 2)
        return invertedName(list.at(0)) + u", and " + directName(list.at(1));
    QStringList parts { invertedName(list.first()) };
    if (list.size() > 10) {
        for (qsizetype i = 1; i < 7; ++i)
            parts << directName(list.at(i));
        return parts.join(QStringLiteral(", ")) + u", et al";
    }
    for (qsizetype i = 1; i < list.size() - 1; ++i)
        parts << directName(list.at(i));
    return parts.join(QStringLiteral(", ")) + u", and " + directName(list.last());
}

Runs apaRuns(const Article &a)
{
    Runs r;
    const QList<Name> authors = names(a);
    const QString date = u" (" + apaDate(a.date) + u"). ";
    QString identifiers;
    if (!a.identifiers.isEmpty())
        identifiers = u" (" + a.identifiers.join(QStringLiteral("; ")) + u')';

    if (!authors.isEmpty()) {
        r << withPeriod(apaAuthors(authors)) + date;
        if (isPartOfPublication(a)) {
            r << withPeriod(a.title + identifiers) + u' ';
            appendItalicTitle(r, a.publishers.join(QStringLiteral("; ")));
        } else {
            appendItalicTitle(r, a.title, identifiers);
            if (!a.publishers.isEmpty())
                r << u' ' + withPeriod(a.publishers.join(QStringLiteral("; ")));
        }
    } else if (!a.publishers.isEmpty()) {
        // APA: with no person named, the organisation is the author; the most
        // specific body (the first one given) leads and the others publish.
        r << withPeriod(a.publishers.first()) + date;
        appendItalicTitle(r, a.title, identifiers);
        if (a.publishers.size() > 1)
            r << u' ' + withPeriod(a.publishers.mid(1).join(QStringLiteral("; ")));
    } else {
        appendItalicTitle(r, a.title, identifiers);
        r << u" (" + apaDate(a.date) + u").";
    }
    return r;
}

// MLA 9 and Chicago 17 share their shape: author, title, container or
// publisher, date, access date. They differ in names, dates and details.
Runs mlaOrChicagoRuns(const Article &a, Citation::Style style)
{
    const bool mla = style == Citation::Style::Mla;
    Runs r;
    const QList<Name> authors = names(a);
    if (!authors.isEmpty())
        r << withPeriod(mla ? mlaAuthors(authors) : chicagoAuthors(authors)) + u' ';
    const QString date = mla ? mlaDate(a.date) : chicagoDate(a.date);
    // MLA separates co-publishers with a slash; a comma cannot separate names that
    // hold commas themselves ("Office of Child Labor, Forced Labor, and ...").
    const QString publishers = a.publishers.join(mla ? QStringLiteral(" / ") : QStringLiteral("; "));

    if (isPartOfPublication(a)) {
        r << quoted(a.title) + u' ';
        r << italic(publishers);
        r << (date.isEmpty() ? periodAfter(publishers) : u", " + withPeriod(date));
    } else {
        QStringList rest;
        if (!publishers.isEmpty())
            rest << publishers;
        if (!date.isEmpty())
            rest << date;
        appendItalicTitle(r, a.title);
        if (!rest.isEmpty())
            r << u' ' + withPeriod(rest.join(QStringLiteral(", ")));
    }
    const PartialDate accessed = Citation::lastAccessed(a);
    if (accessed.isValid())
        r << u" Accessed " + (mla ? mlaDate(accessed) : chicagoDate(accessed)) + u'.';
    return r;
}

Runs runs(Citation::Style style, const Article &input)
{
    const Article a = Citation::citable(input);
    return style == Citation::Style::Apa ? apaRuns(a) : mlaOrChicagoRuns(a, style);
}

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

QString Citation::apa(const Article &a)
{
    return text(Style::Apa, a);
}

QString Citation::mla(const Article &a)
{
    return text(Style::Mla, a);
}

QString Citation::chicago(const Article &a)
{
    return text(Style::Chicago, a);
}

QString Citation::text(Style style, const Article &a)
{
    return plain(runs(style, a));
}

HtmlFragment Citation::html(Style style, const Article &a)
{
    HtmlFragment out;
    for (const Run &run : runs(style, a)) {
        if (run.italic)
            out += HtmlFragment::markup(u"<i>") + HtmlFragment::text(run.text) + HtmlFragment::markup(u"</i>");
        else
            out += HtmlFragment::text(run.text);
    }
    return out;
}

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

QString Citation::styleKey(Style style)
{
    switch (style) {
    case Style::Apa:
        return QStringLiteral("apa");
    case Style::Mla:
        return QStringLiteral("mla");
    case Style::Chicago:
        return QStringLiteral("chicago");
    }
    return {};
}

QString Citation::styleName(Style style)
{
    switch (style) {
    case Style::Apa:
        return QStringLiteral("APA 7");
    case Style::Mla:
        return QStringLiteral("MLA 9");
    case Style::Chicago:
        return QStringLiteral("Chicago 17");
    }
    return {};
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
