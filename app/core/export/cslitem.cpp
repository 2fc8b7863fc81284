#include "cslitem.h"

#include "content/citation.h"
#include "content/citationnames.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Vigil::Core {

namespace {

// The words of a name, lower case, split at anything that is not a letter.
bool hasWordOf(const QString &text, const QSet<QString> &words)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    for (const QString &word : text.toLower().split(nonLetters, Qt::SkipEmptyParts)) {
        if (words.contains(word))
            return true;
    }
    return false;
}

// A publisher that is a newspaper, a news agency or a broadcaster: what it
// publishes is a news report in that publication.
bool isNewsOutlet(const QString &publisher)
{
    static const QSet<QString> words = { QStringLiteral("news"), QStringLiteral("times"), QStringLiteral("press"),
        QStringLiteral("presse"), QStringLiteral("agence"), QStringLiteral("radio"), QStringLiteral("television"),
        QStringLiteral("tv"), QStringLiteral("broadcasting"), QStringLiteral("daily"), QStringLiteral("weekly"),
        QStringLiteral("gazette"), QStringLiteral("herald"), QStringLiteral("tribune"), QStringLiteral("telegraph"),
        QStringLiteral("journal"), QStringLiteral("magazine"), QStringLiteral("chronicle"),
        QStringLiteral("independent"), QStringLiteral("guardian"), QStringLiteral("mirror"), QStringLiteral("post"),
        QStringLiteral("express"), QStringLiteral("observer"), QStringLiteral("scotsman"),
        QStringLiteral("reporting") };
    return hasWordOf(publisher, words);
}

// A court's decision or a judgment: legal material, whoever published it.
bool isLegalMaterial(const Article &a)
{
    static const QSet<QString> courts = { QStringLiteral("court"), QStringLiteral("tribunal") };
    static const QSet<QString> decisions = { QStringLiteral("judgment"), QStringLiteral("judgement"),
        QStringLiteral("verdict"), QStringLiteral("indictment"), QStringLiteral("ruling") };
    for (const QString &p : a.publishers) {
        if (hasWordOf(p, courts))
            return true;
    }
    return hasWordOf(a.title, decisions);
}

// A title that names itself a report or its findings.
bool isReportTitle(const QString &title)
{
    static const QSet<QString> words = { QStringLiteral("report"), QStringLiteral("reports"),
        QStringLiteral("findings"), QStringLiteral("analysis") };
    return hasWordOf(title, words);
}

CslType typeOf(const Article &a)
{
    if (isLegalMaterial(a))
        return CslType::LegalCase;
    if (a.isPdf)
        return CslType::Report;
    for (const QString &p : a.publishers) {
        if (isNewsOutlet(p))
            return CslType::ArticleNewspaper;
    }
    if (isReportTitle(a.title))
        return CslType::Report;
    return a.publishers.isEmpty() ? CslType::Document : CslType::Webpage;
}

QList<CslName> namesOf(const QStringList &authors)
{
    QList<CslName> out;
    for (const QString &author : authors) {
        const CitationNames::Name n = CitationNames::parse(author);
        out << (n.isOrganisation() ? CslName::institution(n.whole) : CslName::person(n.family, n.given.join(u' ')));
    }
    return out;
}

QJsonValue dateJson(const PartialDate &d)
{
    QJsonArray parts { d.year() };
    if (d.precision() == DatePrecision::Month || d.precision() == DatePrecision::Day)
        parts.append(d.month());
    if (d.precision() == DatePrecision::Day)
        parts.append(d.day());
    return QJsonObject { { QStringLiteral("date-parts"), QJsonArray { parts } } };
}

QJsonObject nameJson(const CslName &n)
{
    if (n.isInstitution())
        return { { QStringLiteral("literal"), n.literal } };
    QJsonObject o { { QStringLiteral("family"), n.family } };
    if (!n.given.isEmpty())
        o.insert(QStringLiteral("given"), n.given);
    return o;
}

} // namespace

CslItem CslItem::fromArticle(const Article &input, const Page *source)
{
    const Article a = Citation::citable(input);
    CslItem item;
    item.articleId = a.id;
    item.type = typeOf(a);
    item.title = a.title;
    item.authors = namesOf(a.authors);
    const QString publishers = a.publishers.join(QStringLiteral("; "));
    if (item.type == CslType::ArticleNewspaper) {
        item.containerTitle = publishers;
    } else {
        item.publisher = publishers;
        if (item.type == CslType::Webpage) {
            item.containerTitle = a.publishers.value(0);
            // The site that is its own publisher is named once: styles print both
            // fields, and "MakFaxOnline. MakFaxOnline." reads as a mistake.
            if (a.publishers.size() == 1)
                item.publisher.clear();
        }
        // APA's rule: with no person named, the body that issued the work is its author.
        if (item.authors.isEmpty() && !a.publishers.isEmpty())
            item.authors << CslName::institution(a.publishers.first());
    }
    item.issued = a.date;
    item.accessed = Citation::lastAccessed(a);
    item.number = a.identifiers.join(QStringLiteral("; "));
    if (a.isPdf)
        item.medium = QStringLiteral("PDF");
    if (source)
        item.note = Citation::sourcePage(*source);
    return item;
}

CslItem CslItem::fromPage(const Page &page)
{
    const Article record = Citation::pageRecord(page);
    CslItem item;
    item.type = CslType::Webpage;
    item.title = record.title;
    item.authors = namesOf(record.authors);
    item.containerTitle
        = page.siteTitle.isEmpty() ? QStringLiteral("Human Trafficking & Modern-day Slavery") : page.siteTitle;
    return item;
}

QString CslItem::typeName(CslType type)
{
    switch (type) {
    case CslType::Report:
        return QStringLiteral("report");
    case CslType::ArticleNewspaper:
        return QStringLiteral("article-newspaper");
    case CslType::Webpage:
        return QStringLiteral("webpage");
    case CslType::LegalCase:
        return QStringLiteral("legal_case");
    case CslType::Document:
        return QStringLiteral("document");
    }
    return {};
}

QJsonObject CslItem::toJson(const QString &id) const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("type"), typeName(type) },
        { QStringLiteral("title"), title } };
    if (!authors.isEmpty()) {
        QJsonArray names;
        for (const CslName &n : authors)
            names.append(nameJson(n));
        o.insert(QStringLiteral("author"), names);
    }
    auto text = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    text("container-title", containerTitle);
    text("publisher", publisher);
    text("URL", url);
    text("number", number);
    text("medium", medium);
    text("note", note);
    if (issued.isValid())
        o.insert(QStringLiteral("issued"), dateJson(issued));
    if (accessed.isValid())
        o.insert(QStringLiteral("accessed"), dateJson(accessed));
    return o;
}

} // namespace Vigil::Core
