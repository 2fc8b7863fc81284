// BibTeX and RIS: the entries reference managers import. Kept apart from the
// prose styles because they answer to file formats, not to style guides.
#include "citation.h"
#include "citationnames.h"

namespace Vigil::Core {

using namespace CitationNames;

namespace {

QString texEscape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\textbackslash{}";
            break;
        case u'{':
            out += u"\\{";
            break;
        case u'}':
            out += u"\\}";
            break;
        case u'&':
            out += u"\\&";
            break;
        case u'%':
            out += u"\\%";
            break;
        case u'$':
            out += u"\\$";
            break;
        case u'#':
            out += u"\\#";
            break;
        case u'_':
            out += u"\\_";
            break;
        case u'~':
            out += u"\\textasciitilde{}";
            break;
        case u'^':
            out += u"\\textasciicircum{}";
            break;
        default:
            if (c.unicode() >= 0x20)
                out += c;
            break;
        }
    }
    return out;
}

QString risValue(const QString &text)
{
    // One line per tag: a line break inside a value would start a bogus record line.
    return text.simplified();
}

QString risDate(const PartialDate &d)
{
    // RIS DA is "YYYY/MM/DD/other" with unknown parts left empty.
    switch (d.precision()) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return QString::asprintf("%04d///", d.year());
    case DatePrecision::Month:
        return QString::asprintf("%04d/%02d//", d.year(), d.month());
    case DatePrecision::Day:
        return QString::asprintf("%04d/%02d/%02d/", d.year(), d.month(), d.day());
    }
    return {};
}

QString bibtexKey(const Article &a)
{
    static const QStringList stopWords = { QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("of"), QStringLiteral("on"), QStringLiteral("in") };
    QString prefix;
    if (!a.authors.isEmpty()) {
        const Name n = parse(a.authors.first());
        prefix = asciiKey(n.isOrganisation() ? n.whole.section(u' ', 0, 0) : n.family);
    } else if (!a.publishers.isEmpty()) {
        prefix = asciiKey(a.publishers.first().section(u' ', 0, 0));
    }
    QString word;
    for (const QString &w : a.title.split(u' ', Qt::SkipEmptyParts)) {
        const QString k = asciiKey(w);
        if (!k.isEmpty() && !stopWords.contains(k) && k != prefix) {
            word = k;
            break;
        }
    }
    if (prefix.isEmpty())
        prefix = QStringLiteral("anon");
    const QString year = a.date.isValid() ? QString::number(a.date.year()) : QStringLiteral("nd");
    return prefix + year + word;
}

// Notes joined as sentences: "PDF. Index Number: 5. Accessed 1 May 2020", with
// no doubled full stop after a note that ends one.
QString sentences(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        if (!out.isEmpty())
            out += endsSentence(out) ? u" " : u". ";
        out += part;
    }
    return out;
}

} // namespace

QString Citation::bibtex(const Article &input)
{
    const Article a = citable(input);
    static const char *const months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    QStringList fields;
    auto field = [&fields](const char *name, const QString &value) {
        fields << u"  " + QString::fromLatin1(name) + u" = {" + value + u'}';
    };

    QStringList authors;
    for (const QString &author : a.authors) {
        const Name n = parse(author);
        // A corporate name in its own braces, or BibTeX reads it as "Last, First".
        authors << (n.isOrganisation() ? u'{' + texEscape(n.whole) + u'}' : texEscape(invertedName(n)));
    }
    if (authors.isEmpty() && !a.publishers.isEmpty())
        authors << u'{' + texEscape(a.publishers.first()) + u'}';
    if (!authors.isEmpty())
        field("author", authors.join(QStringLiteral(" and ")));
    // Double braces keep the title's capitals from the bibliography style.
    field("title", u'{' + texEscape(a.title) + u'}');
    if (!a.publishers.isEmpty())
        field("howpublished", texEscape(a.publisher()));
    if (a.date.isValid()) {
        field("year", QString::number(a.date.year()));
        if (a.date.month() > 0)
            fields << u"  month = " + QString::fromLatin1(months[a.date.month() - 1]);
        field("date", a.date.toIso()); // biblatex reads the full date from here
    }
    QStringList notes;
    if (a.isPdf)
        notes << QStringLiteral("PDF");
    for (const QString &id : a.identifiers)
        notes << texEscape(id);
    const PartialDate accessed = lastAccessed(a);
    if (accessed.isValid())
        notes << u"Accessed " + accessed.toDisplay();
    if (!notes.isEmpty())
        field("note", sentences(notes));
    return u"@misc{" + bibtexKey(a) + u",\n" + fields.join(QStringLiteral(",\n")) + u"\n}\n";
}

QString Citation::ris(const Article &input)
{
    const Article a = citable(input);
    QStringList lines;
    auto tag = [&lines](const char *name, const QString &value) {
        // A tag with nothing to say is left out: an empty one reads as a blank field.
        if (const QString v = risValue(value); !v.isEmpty())
            lines << QString::fromLatin1(name) + u"  - " + v;
    };
    // ELEC (web page) for what was read online, RPRT for the PDF documents.
    tag("TY", a.isPdf ? QStringLiteral("RPRT") : QStringLiteral("ELEC"));
    for (const QString &author : a.authors) {
        const Name n = parse(author);
        tag("AU", invertedName(n));
    }
    tag("TI", a.title);
    if (!a.publishers.isEmpty())
        tag(a.isPdf ? "PB" : "T2", a.publisher());
    if (a.date.isValid()) {
        tag("PY", QString::number(a.date.year()));
        tag("DA", risDate(a.date));
    }
    const PartialDate accessed = lastAccessed(a);
    if (accessed.isValid())
        tag("Y2", risDate(accessed));
    for (const QString &id : a.identifiers)
        tag("N1", id);
    lines << QStringLiteral("ER  - ");
    // The RIS specification ends lines with CR LF; importers read it on every platform.
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace Vigil::Core
