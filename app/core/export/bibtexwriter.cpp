#include "bibtexwriter.h"

#include "citationkeys.h"
#include "content/citationnames.h"

#include <QHash>
#include <QStringList>

namespace Vigil::Core::Bibtex {

namespace {

QString entryType(const CslItem &item)
{
    switch (item.type) {
    case CslType::Report:
        // @techreport wants an institution; a report with none is a @misc.
        return item.publisher.isEmpty() ? QStringLiteral("misc") : QStringLiteral("techreport");
    case CslType::ArticleNewspaper:
        return QStringLiteral("article");
    case CslType::Webpage:
    case CslType::LegalCase:
    case CslType::Document:
        return QStringLiteral("misc");
    }
    return QStringLiteral("misc");
}

QString name(const CslName &n)
{
    // An institution in its own braces, or BibTeX reads it as "Last, First"
    // and splits it at an "and".
    if (n.isInstitution())
        return u'{' + escape(n.literal) + u'}';
    return n.given.isEmpty() ? escape(n.family) : escape(n.family) + u", " + escape(n.given);
}

// Notes joined as sentences: "PDF. Index Number: 5. Accessed 1 May 2020", with
// no doubled full stop after a note that ends one.
QString sentences(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        if (!out.isEmpty())
            out += CitationNames::endsSentence(out) ? u" " : u". ";
        out += part;
    }
    return out;
}

} // namespace

QString escape(const QString &text)
{
    static const QHash<char16_t, QString> commands = {
        { u'\\', QStringLiteral("\\textbackslash{}") },
        { u'{', QStringLiteral("\\textbraceleft{}") },
        { u'}', QStringLiteral("\\textbraceright{}") },
        { u'~', QStringLiteral("\\textasciitilde{}") },
        { u'^', QStringLiteral("\\textasciicircum{}") },
        { u'&', QStringLiteral("\\&") },
        { u'%', QStringLiteral("\\%") },
        { u'$', QStringLiteral("\\$") },
        { u'#', QStringLiteral("\\#") },
        { u'_', QStringLiteral("\\_") },
    };
    QString out;
    for (const QChar c : text.simplified()) {
        if (const auto command = commands.constFind(c.unicode()); command != commands.cend())
            out += *command;
        else if (c.unicode() >= 0x20)
            out += c;
    }
    return out;
}

QString entry(const CslItem &item, const QString &key)
{
    QStringList fields;
    auto field = [&fields](const char *fieldName, const QString &value) {
        if (!value.isEmpty())
            fields << u"  " + QString::fromLatin1(fieldName) + u" = {" + value + u'}';
    };
    QStringList authors;
    for (const CslName &n : item.authors)
        authors << name(n);
    field("author", authors.join(QStringLiteral(" and ")));
    field("title", u'{' + escape(item.title) + u'}');
    const QString type = entryType(item);
    if (type == u"article") {
        field("journal", escape(item.containerTitle));
    } else if (type == u"techreport") {
        field("institution", escape(item.publisher));
        field("number", escape(item.number));
    } else {
        field("howpublished", escape(item.publisher));
    }
    if (item.issued.isValid()) {
        field("year", QString::number(item.issued.year()));
        // The month in words, braced, not the jan...dec macros: a parser that
        // does not define them (bibtexparser by default) stops at the entry.
        field("month", CitationNames::monthName(item.issued.month()));
        field("date", item.issued.toIso()); // biblatex reads the date to its precision here
    }
    if (item.accessed.isValid())
        field("urldate", item.accessed.toIso());
    field("url", item.url);
    QStringList notes;
    if (!item.medium.isEmpty())
        notes << escape(item.medium);
    if (type != u"techreport" && !item.number.isEmpty())
        notes << escape(item.number);
    if (item.accessed.isValid())
        notes << u"Accessed " + item.accessed.toDisplay();
    if (!item.note.isEmpty())
        notes << escape(item.note);
    field("note", sentences(notes));
    return u'@' + type + u'{' + key + u",\n" + fields.join(QStringLiteral(",\n")) + u"\n}\n";
}

QString write(const QList<CslItem> &items)
{
    const QStringList keys = CitationKeys::assign(items);
    QStringList entries;
    for (qsizetype i = 0; i < items.size(); ++i)
        entries << entry(items.at(i), keys.at(i));
    return entries.join(u'\n');
}

} // namespace Vigil::Core::Bibtex
