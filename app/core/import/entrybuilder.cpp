#include "entrybuilder.h"

#include "bylineparser.h"
#include "tagger.h"

#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using RE = QRegularExpression;

QString stripPdfMarker(QString title, bool *isPdf)
{
    static const RE pdf(QStringLiteral("\\s*[\\[(]\\s*pdf\\s*[\\])]\\s*"), RE::CaseInsensitiveOption);
    *isPdf = pdf.match(title).hasMatch();
    title.replace(pdf, QStringLiteral(" "));
    return title.simplified();
}

void addUnique(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list << item;
    }
}

} // namespace

EntryBuilder::EntryBuilder(const Tagger &tagger, const BylineParser &bylines)
    : m_tagger(tagger)
    , m_bylines(bylines)
{
}

void EntryBuilder::addParagraphs(const QString &text, QString *section, QString *sectionLabel, Article &a) const
{
    // "SERBIA -- ...", "MONTENEGRO – ...": a country section runs until the next one.
    static const RE sectionRe(
        QStringLiteral("^(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)\\s*(?:--|–|—|-)\\s+(\\S.*)$"), RE::UseUnicodePropertiesOption);
    static const RE pageRe(QStringLiteral("\\[\\s*page\\s+(\\d{1,6})\\s*\\]"), RE::CaseInsensitiveOption);

    QString body = BylineParser::removeAddressFragments(text);
    if (const auto m = sectionRe.match(body); m.hasMatch()) {
        const QString country = m_tagger.countryForName(m.captured(1));
        if (!country.isEmpty()) {
            *section = country;
            *sectionLabel = m.captured(1).trimmed();
            body = m.captured(2);
        }
    }

    // "[page 3] ..." starts a paragraph on page 3; a marker inside the text
    // starts a new paragraph there.
    int page = 0;
    qsizetype from = 0;
    auto flush = [&](qsizetype to) {
        const QString part = body.mid(from, to - from).trimmed();
        if (!part.isEmpty())
            a.paragraphs.append({ part, page, *section, *sectionLabel });
    };
    auto it = pageRe.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart(0));
        page = m.captured(1).toInt();
        from = m.capturedEnd(0);
    }
    flush(body.size());
}

Article EntryBuilder::build(const QList<PageLine> &lines, const Span &span, Page &page) const
{
    Article a;
    const PageLine &titleLine = lines[span.title];
    a.line = titleLine.number;
    a.title = stripPdfMarker(BylineParser::removeAddressFragments(titleLine.text), &a.isPdf);
    if (span.subtitle >= 0) {
        // "Sold for sex" over "The untold story of Moldova's girls": one title,
        // written as citations write a subtitle.
        bool pdf = false;
        a.title += QStringLiteral(": ")
            + stripPdfMarker(BylineParser::removeAddressFragments(lines[span.subtitle].text), &pdf);
        a.isPdf = a.isPdf || pdf;
    }
    Byline byline;
    if (span.byline >= 0) {
        // An author line over the byline ("Jane Smith" / "The Guardian, 4 June
        // 2006") is read as one byline.
        QStringList parts;
        for (qsizetype i = span.byline; i < qMax(span.bylineEnd, span.byline + 1); ++i)
            parts << lines[i].text;
        byline = m_bylines.parse(parts.join(QStringLiteral(", ")));
    }
    if (span.byline == span.title && !byline.quotedTitle.isEmpty()) {
        bool pdf = false;
        a.title = stripPdfMarker(byline.quotedTitle, &pdf);
        a.isPdf = a.isPdf || pdf;
    }
    if (a.title.size() > 300)
        page.warnings.append({ a.line, QStringLiteral("Unusually long entry title; check where this entry begins.") });

    if (span.byline >= 0) {
        const Byline &b = byline;
        a.byline = b.text;
        a.publishers = b.publishers;
        a.authors = b.authors;
        a.dateline = b.dateline;
        a.identifiers = b.identifiers;
        a.bylineNotes = b.notes;
        a.notes << b.remarks;
        a.date = b.date;
        if (!b.impossibleDate.isEmpty()) {
            a.bylineNotes << b.impossibleDate;
            page.warnings.append({ lines[span.byline].number,
                QStringLiteral("The byline's date “%1” is no date of the calendar; it is kept in the byline and "
                               "the entry has no date.")
                    .arg(b.impossibleDate) });
        }
    } else {
        page.warnings.append({ a.line, QStringLiteral("Entry \"%1\" has no byline line.").arg(a.title.left(60)) });
    }

    auto addAccess = [](QList<PartialDate> &list, const PartialDate &d) {
        if (d.isValid() && !list.contains(d))
            list << d;
    };
    for (qsizetype i = span.anchorStart; i < span.anchorEnd; ++i) {
        const PageLine &line = lines[i];
        if (line.linkLabel) {
            static const RE dash(QStringLiteral("\\s*[-–—:]$"));
            EntryLink link;
            link.label = BylineParser::removeAddressFragments(line.text).remove(dash);
            link.country = m_tagger.countryForName(link.label);
            a.links.append(link);
            continue;
        }
        switch (line.kind) {
        case LineKind::Accessed:
            if (!line.accessed.isValid())
                page.warnings.append({ line.number, QStringLiteral("Access date not understood: ") + line.text });
            addAccess(a.accessed, line.accessed);
            if (!a.links.isEmpty())
                addAccess(a.links.last().accessed, line.accessed);
            break;
        case LineKind::AccessUnavailable:
            a.accessUnavailable = true;
            break;
        case LineKind::ArchivedCopyNote:
            a.archivedCopyNote = true;
            break;
        default:
            break;
        }
    }

    QString section;
    QString sectionLabel;
    for (qsizetype i = span.anchorEnd; i < span.bodyEnd; ++i) {
        const PageLine &line = lines[i];
        switch (line.kind) {
        case LineKind::Text:
            addParagraphs(line.text, &section, &sectionLabel, a);
            break;
        case LineKind::NavigationNote:
            a.notes << line.text;
            break;
        case LineKind::ArchivedCopyNote:
            a.archivedCopyNote = true;
            break;
        case LineKind::ArchivesSeparator:
            break;
        default:
            // Kept in the text so nothing is lost, and reported for a look.
            page.warnings.append({ line.number,
                QStringLiteral("Unexpected line inside entry \"%1\": %2").arg(a.title.left(40), line.text.left(80)) });
            addParagraphs(line.text, &section, &sectionLabel, a);
            break;
        }
    }

    // Countries: sections first, then links, then names in title, dateline and text;
    // only the page's own countries count, and with no evidence the entry is about
    // all of them.
    for (const Paragraph &p : std::as_const(a.paragraphs)) {
        if (!p.section.isEmpty() && !a.countries.contains(p.section))
            a.countries << p.section;
    }
    for (const EntryLink &l : std::as_const(a.links)) {
        if (!l.country.isEmpty() && !a.countries.contains(l.country))
            a.countries << l.country;
    }
    QStringList text { a.title, a.dateline, a.byline };
    for (const Paragraph &p : std::as_const(a.paragraphs))
        text << p.text;
    addUnique(a.countries, m_tagger.countriesIn(text.join(u'\n'), page.countries));
    if (a.countries.isEmpty())
        a.countries = page.countries;

    QStringList topicText { a.title };
    for (const Paragraph &p : std::as_const(a.paragraphs))
        topicText << p.text;
    a.topics = m_tagger.topicsIn(topicText.join(u'\n'));
    return a;
}

} // namespace Vigil::Core
