#include "curatedhotlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Vigil::Core {

bool loadCuratedHotlines(const QString &path, QList<Hotline> *hotlines, QString *error)
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
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{4,14}$"));
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    const QJsonArray list = doc.object().value(QStringLiteral("hotlines")).toArray();
    QList<Hotline> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Hotline h;
        h.country = o.value(QStringLiteral("country")).toString();
        h.label = o.value(QStringLiteral("label")).toString();
        h.e164 = o.value(QStringLiteral("number")).toString();
        h.display = o.value(QStringLiteral("display")).toString();
        h.source = o.value(QStringLiteral("source")).toString();
        h.asOf = PartialDate::fromIso(o.value(QStringLiteral("as_of")).toString());
        QString problem;
        if (!alpha2.match(h.country).hasMatch())
            problem = QStringLiteral("country must be an ISO alpha-2 code");
        else if (!e164.match(h.e164).hasMatch())
            problem = QStringLiteral("number must be in E.164 form (+ and 5 to 15 digits)");
        else if (QString(h.display).remove(QRegularExpression(QStringLiteral("[^+\\d]"))) != h.e164)
            problem = QStringLiteral("display must show the same digits as number");
        else if (h.label.isEmpty())
            problem = QStringLiteral("label is missing");
        else if (h.source.isEmpty())
            problem = QStringLiteral("source is missing: never add a number without one");
        else if (!h.asOf.isValid())
            problem = QStringLiteral("as_of must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: hotline %2: %3").arg(path).arg(i + 1).arg(problem);
            return false;
        }
        result.append(h);
    }
    *hotlines = result;
    return true;
}

} // namespace Vigil::Core
