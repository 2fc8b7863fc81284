#include "riswriter.h"

#include <QStringList>

namespace Vigil::Core::Ris {

namespace {

QString risType(CslType type)
{
    switch (type) {
    case CslType::Report:
        return QStringLiteral("RPRT");
    case CslType::ArticleNewspaper:
        return QStringLiteral("NEWS");
    case CslType::Webpage:
        return QStringLiteral("ELEC");
    case CslType::LegalCase:
        return QStringLiteral("CASE");
    case CslType::Document:
        return QStringLiteral("GEN");
    }
    return QStringLiteral("GEN");
}

QString risDate(const PartialDate &d)
{
    // RIS dates are "YYYY/MM/DD/other" with unknown parts left empty.
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

} // namespace

QString record(const CslItem &item)
{
    QStringList lines;
    auto tag = [&lines](const char *name, const QString &value) {
        // One line per tag, and none with nothing to say: an empty tag reads as
        // a blank field, a line break as a bogus line of the record.
        if (const QString v = value.simplified(); !v.isEmpty())
            lines << QString::fromLatin1(name) + u"  - " + v;
    };
    tag("TY", risType(item.type));
    for (const CslName &n : item.authors) {
        if (n.isInstitution())
            tag("AU", n.literal + u',');
        else
            tag("AU", n.given.isEmpty() ? n.family : n.family + u", " + n.given);
    }
    tag("TI", item.title);
    tag("T2", item.containerTitle);
    tag("PB", item.publisher);
    if (item.issued.isValid()) {
        tag("PY", QString::number(item.issued.year()));
        tag("DA", risDate(item.issued));
    }
    tag("Y2", risDate(item.accessed));
    tag("UR", item.url);
    tag("M3", item.medium);
    tag("N1", item.number);
    tag("N1", item.note);
    lines << QStringLiteral("ER  - ");
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString write(const QList<CslItem> &items)
{
    QStringList records;
    for (const CslItem &item : items)
        records << record(item);
    return records.join(QStringLiteral("\r\n"));
}

} // namespace Vigil::Core::Ris
