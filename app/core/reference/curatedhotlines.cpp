#include "curatedhotlines.h"

#include "phonenumbers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Vigil::Core {

bool loadCuratedHotlines(const QString &path, QList<CuratedHotline> *hotlines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression developerText(
        QStringLiteral("\\.(txt|json|html?)\\b|\\blines?\\s+\\d"), QRegularExpression::CaseInsensitiveOption);
    const QJsonArray list = doc.object().value(QStringLiteral("hotlines")).toArray();
    QList<CuratedHotline> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Hotline h;
        h.country = o.value(QStringLiteral("country")).toString();
        h.label = o.value(QStringLiteral("label")).toString();
        h.e164 = o.value(QStringLiteral("number")).toString();
        // For readers: the page and section the number was checked against (its
        // title is read from the library on import), or "source" in words. What a
        // developer needs to check it again (file, lines, the text quoted) is
        // "evidence", which stays in this file.
        h.source = o.value(QStringLiteral("source")).toString();
        const QString page = o.value(QStringLiteral("page")).toString();
        const QString section = o.value(QStringLiteral("section")).toString();
        h.asOf = PartialDate::fromIso(o.value(QStringLiteral("as_of")).toString());
        const PhoneNumber number = PhoneNumbers::parse(h.e164, h.country);
        h.display = number.international;
        QString problem;
        if (!alpha2.match(h.country).hasMatch())
            problem = QStringLiteral("country must be an ISO alpha-2 code");
        else if (!number.isValid() || number.e164 != h.e164 || number.region != h.country)
            problem = QStringLiteral("number must be a valid number of the country, in E.164 form (+381113347817)");
        else if (h.label.isEmpty())
            problem = QStringLiteral("label is missing");
        else if (h.source.isEmpty() && page.isEmpty())
            problem = QStringLiteral("page (or source) is missing: never add a number without one");
        else if (developerText.match(h.source).hasMatch())
            problem = QStringLiteral("source is shown to readers: name the page in words, put files and lines "
                                     "in evidence");
        else if (!h.asOf.isValid())
            problem = QStringLiteral("as_of must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: hotline %2: %3").arg(path).arg(i + 1).arg(problem);
            return false;
        }
        result.append({ h, page, section });
    }
    *hotlines = result;
    return true;
}

} // namespace Vigil::Core
