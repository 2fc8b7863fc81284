// The reader's own hotlines ("My hotlines"): kept in the user data store, never in
// the library, so that a new library does not take them away.
#include "sqlsupport.h"
#include "userdatasql.h"
#include "userdatastore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Vigil::Core {

using namespace Storage;

namespace Storage {

QString hotlineProblem(const UserHotline &h)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    if (!alpha2.match(h.country).hasMatch())
        return QStringLiteral("Choose the country the hotline is for.");
    if (h.label.trimmed().isEmpty())
        return QStringLiteral("Give the service's name.");
    if (h.number.trimmed().isEmpty())
        return QStringLiteral("Give the number.");
    if (h.source.trimmed().isEmpty())
        return QStringLiteral("Say where the number comes from, so that whoever reads it can check it.");
    for (const QString *field : { &h.label, &h.number, &h.hours, &h.languages, &h.notes, &h.source }) {
        if (field->size() > UserHotline::maxFieldLength)
            return QStringLiteral("A field is longer than %1 characters; shorten it.").arg(UserHotline::maxFieldLength);
    }
    return {};
}

QVariantList hotlineValues(const UserHotline &h)
{
    return { text(h.country), text(h.label.trimmed()), text(h.number.trimmed()), text(h.toHotline().e164),
        text(h.hours.trimmed()), text(h.languages.trimmed()), text(h.notes.trimmed()), text(h.source.trimmed()),
        nowUtc() };
}

} // namespace Storage

QList<UserHotline> UserDataStore::myHotlines(const QString &country) const
{
    QList<UserHotline> out;
    QSqlQuery q(db());
    const QString sql = QStringLiteral("SELECT id, country, label, number, hours, languages, notes, source, updated "
                                       "FROM my_hotlines %1 ORDER BY country, label COLLATE NOCASE, id")
                            .arg(country.isEmpty() ? QString() : QStringLiteral("WHERE country = ?"));
    if (!hasFile() || !runRead(q, sql, country.isEmpty() ? QVariantList {} : QVariantList { country }))
        return out;
    while (q.next()) {
        UserHotline h;
        h.id = q.value(0).toLongLong();
        h.country = q.value(1).toString();
        h.label = q.value(2).toString();
        h.number = q.value(3).toString();
        h.hours = q.value(4).toString();
        h.languages = q.value(5).toString();
        h.notes = q.value(6).toString();
        h.source = q.value(7).toString();
        h.updated = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out.append(h);
    }
    return out;
}

qint64 UserDataStore::addHotline(const UserHotline &hotline, QString *error)
{
    if (const QString problem = hotlineProblem(hotline); !problem.isEmpty()) {
        setError(error, problem);
        return 0;
    }
    if (!prepareWrite(error))
        return 0;
    QSqlQuery q(db());
    if (!prepare(q,
            QStringLiteral("INSERT INTO my_hotlines (country, label, number, e164, hours, languages, notes, "
                           "source, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return 0;
    for (const QVariant &v : hotlineValues(hotline))
        q.addBindValue(v);
    if (!execPrepared(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool UserDataStore::updateHotline(const UserHotline &hotline, QString *error)
{
    if (const QString problem = hotlineProblem(hotline); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    if (!hasFile()) {
        setError(error, QStringLiteral("That hotline is no longer there; add it again."));
        return false;
    }
    QVariantList bound = hotlineValues(hotline);
    bound << hotline.id;
    QSqlQuery q(db());
    if (!prepare(q,
            QStringLiteral("UPDATE my_hotlines SET country = ?, label = ?, number = ?, e164 = ?, hours = ?, "
                           "languages = ?, notes = ?, source = ?, updated = ? WHERE id = ?"),
            error))
        return false;
    for (const QVariant &v : std::as_const(bound))
        q.addBindValue(v);
    if (!execPrepared(q, error))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    setError(error, QStringLiteral("That hotline is no longer there; add it again."));
    return false;
}

bool UserDataStore::removeHotline(qint64 id, QString *error)
{
    if (!hasFile())
        return true; // no file, no hotline to remove
    return write(db(), QStringLiteral("DELETE FROM my_hotlines WHERE id = ?"), { id }, error);
}

} // namespace Vigil::Core
