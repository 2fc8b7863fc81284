#include "articlebody.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace Vigil::Core::Storage {

// [[text, page, section, label], ...], with the trailing defaults left out: most
// paragraphs are just [text].
QByteArray packParagraphs(const QList<Paragraph> &paragraphs)
{
    QJsonArray array;
    for (const Paragraph &p : paragraphs) {
        QJsonArray row{p.text};
        if (p.page > 0 || !p.section.isEmpty() || !p.sectionLabel.isEmpty())
            row.append(p.page);
        if (!p.section.isEmpty() || !p.sectionLabel.isEmpty()) {
            row.append(p.section);
            row.append(p.sectionLabel);
        }
        array.append(row);
    }
    return qCompress(QJsonDocument(array).toJson(QJsonDocument::Compact), 9);
}

QList<Paragraph> unpackParagraphs(const QByteArray &blob)
{
    QList<Paragraph> out;
    if (blob.isEmpty())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(qUncompress(blob)).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray row = v.toArray();
        Paragraph p;
        p.text = row.at(0).toString();
        p.page = row.at(1).toInt();
        p.section = row.at(2).toString();
        p.sectionLabel = row.at(3).toString();
        out.append(p);
    }
    return out;
}

qint64 searchKeyFor(int dateSort, qint64 id)
{
    if (dateSort <= 0)
        return 1 + (id & (firstDatedSearchKey / 2 - 1));
    const int year = dateSort / 10000;
    const int month = dateSort / 100 % 100;
    const int day = dateSort % 100;
    const QDate firstOfMonth(year, std::clamp(month, 1, 12), 1);
    qint64 slot = 0;
    if (firstOfMonth.isValid()) {
        static const qint64 epoch = QDate(1800, 1, 1).toJulianDay();
        const QDate date = firstOfMonth.addDays(std::clamp(day, 1, firstOfMonth.daysInMonth()) - 1);
        const int precision = month == 0 ? 0 : (day == 0 ? 1 : 2);
        slot = std::max<qint64>(0, date.toJulianDay() - epoch) * 4 + precision;
    }
    return firstDatedSearchKey + (slot << 6) + (id & 63);
}

} // namespace Vigil::Core::Storage
