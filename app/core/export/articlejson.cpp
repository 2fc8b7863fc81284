#include "articlejson.h"

namespace Vigil::Core::Json {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray isoDates(const QList<PartialDate> &dates)
{
    QJsonArray out;
    for (const PartialDate &d : dates)
        out.append(d.toIso());
    return out;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject paragraph(const Paragraph &p)
{
    return {
        { QStringLiteral("text"), p.text },
        { QStringLiteral("page"), p.page > 0 ? QJsonValue(p.page) : QJsonValue() },
        { QStringLiteral("section"), orNull(p.section) },
        { QStringLiteral("section_label"), orNull(p.sectionLabel) },
    };
}

QJsonObject article(const Article &a)
{
    QJsonArray links;
    for (const EntryLink &l : a.links) {
        links.append(QJsonObject {
            { QStringLiteral("label"), l.label },
            { QStringLiteral("country"), orNull(l.country) },
            { QStringLiteral("accessed"), isoDates(l.accessed) },
        });
    }
    QJsonArray paragraphs;
    for (const Paragraph &p : a.paragraphs)
        paragraphs.append(paragraph(p));
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("page"), a.pageKey },
        { QStringLiteral("line"), a.line },
        { QStringLiteral("title"), a.title },
        { QStringLiteral("byline"), a.byline },
        { QStringLiteral("publisher"), orNull(a.publisher()) },
        { QStringLiteral("publishers"), strings(a.publishers) },
        { QStringLiteral("authors"), strings(a.authors) },
        { QStringLiteral("dateline"), orNull(a.dateline) },
        { QStringLiteral("identifiers"), strings(a.identifiers) },
        { QStringLiteral("byline_notes"), strings(a.bylineNotes) },
        { QStringLiteral("date"), orNull(a.date.toIso()) },
        { QStringLiteral("date_precision"), PartialDate::precisionName(a.date.precision()) },
        { QStringLiteral("accessed"), isoDates(a.accessed) },
        { QStringLiteral("access_unavailable"), a.accessUnavailable },
        { QStringLiteral("is_pdf"), a.isPdf },
        { QStringLiteral("featured"), a.featured },
        { QStringLiteral("archived_copy_note"), a.archivedCopyNote },
        { QStringLiteral("notes"), strings(a.notes) },
        { QStringLiteral("countries"), strings(a.countries) },
        { QStringLiteral("topics"), strings(a.topics) },
        { QStringLiteral("links"), links },
        { QStringLiteral("paragraphs"), paragraphs },
    };
}

QJsonObject hotline(const Hotline &h)
{
    return {
        { QStringLiteral("country"), orNull(h.country) },
        { QStringLiteral("label"), h.label },
        { QStringLiteral("number"), h.e164 },
        { QStringLiteral("display"), h.display },
        { QStringLiteral("source"), h.source },
        { QStringLiteral("as_of"), orNull(h.asOf.toIso()) },
    };
}

QJsonObject profile(const CountryProfile &p)
{
    return {
        { QStringLiteral("country"), orNull(p.country) },
        { QStringLiteral("official_name"), p.officialName },
        { QStringLiteral("background"), strings(p.background) },
        { QStringLiteral("background_citation"), orNull(p.backgroundCitation) },
        { QStringLiteral("tip_excerpt"), orNull(p.tipExcerpt) },
        { QStringLiteral("tip_citation"), orNull(p.tipCitation) },
    };
}

QJsonArray warnings(const QList<ParseWarning> &list)
{
    QJsonArray out;
    for (const ParseWarning &w : list)
        out.append(QJsonObject { { QStringLiteral("line"), w.line }, { QStringLiteral("message"), w.message } });
    return out;
}

QJsonObject page(const Page &p, bool withArticles)
{
    QJsonArray profiles;
    for (const CountryProfile &c : p.profiles)
        profiles.append(profile(c));
    QJsonArray hotlines;
    for (const Hotline &h : p.hotlines)
        hotlines.append(hotline(h));
    QJsonObject o {
        { QStringLiteral("key"), p.key },
        { QStringLiteral("site_title"), p.siteTitle },
        { QStringLiteral("title"), p.title },
        { QStringLiteral("tagline"), p.tagline },
        { QStringLiteral("coverage"), p.coverage },
        { QStringLiteral("coverage_from"), p.coverageFrom },
        { QStringLiteral("coverage_to"), p.coverageTo },
        { QStringLiteral("countries"), strings(p.countries) },
        { QStringLiteral("profiles"), profiles },
        { QStringLiteral("caution"), p.caution },
        { QStringLiteral("student_note"), strings(p.studentNote) },
        { QStringLiteral("hotlines"), hotlines },
        { QStringLiteral("fair_use"), p.fairUse },
        { QStringLiteral("citation"), p.citation },
    };
    if (withArticles) {
        QJsonArray articles;
        for (const Article &a : p.articles)
            articles.append(article(a));
        o.insert(QStringLiteral("articles"), articles);
    }
    return o;
}

} // namespace Vigil::Core::Json
