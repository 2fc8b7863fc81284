#include "sqlsupport.h"

#include "text/folding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace Vigil::Core::Storage {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    // Not logged: the caller reports the error, and a refused file is no bug of ours.
    setError(error, sqlError(query));
    return false;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    setError(error, sqlError(query));
    return false;
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    return prepare(query, sql, error) && execPrepared(query, error);
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!prepare(query, sql, error))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return execPrepared(query, error);
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    if (query.lastError().type() == QSqlError::NoError)
        return true;
    setError(error, sqlError(query));
    return false;
}

QString toJson(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString datesToJson(const QList<PartialDate> &dates)
{
    QStringList iso;
    iso.reserve(dates.size());
    for (const PartialDate &d : dates)
        iso.append(d.toIso());
    return toJson(iso);
}

QList<PartialDate> datesFromJson(const QString &json)
{
    QList<PartialDate> out;
    const QStringList iso = stringListFromJson(json);
    out.reserve(iso.size());
    for (const QString &s : iso)
        out.append(PartialDate::fromIso(s));
    return out;
}

QString linksToJson(const QList<EntryLink> &links)
{
    QJsonArray array;
    for (const EntryLink &link : links) {
        QStringList accessed;
        for (const PartialDate &d : link.accessed)
            accessed.append(d.toIso());
        QJsonObject o;
        o.insert(QStringLiteral("label"), link.label);
        o.insert(QStringLiteral("country"), link.country);
        o.insert(QStringLiteral("accessed"), QJsonArray::fromStringList(accessed));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<EntryLink> linksFromJson(const QString &json)
{
    QList<EntryLink> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        EntryLink link;
        link.label = o.value(QStringLiteral("label")).toString();
        link.country = o.value(QStringLiteral("country")).toString();
        const QJsonArray accessed = o.value(QStringLiteral("accessed")).toArray();
        for (const QJsonValue &d : accessed)
            link.accessed.append(PartialDate::fromIso(d.toString()));
        out.append(link);
    }
    return out;
}

QString searchText(const QString &value)
{
    return Text::fold(value);
}

QString searchBody(const QStringList &paragraphs)
{
    return searchText(paragraphs.join(u'\n'));
}

namespace {

struct ReferenceLink
{
    const char16_t *child;
    const char16_t *column;
    const char16_t *parent;
    const char16_t *parentColumn;
    const char16_t *what;
};

// Every foreign key into the reference tables. They are deferred so that
// writeReferenceData can replace the tables inside one transaction.
constexpr ReferenceLink referenceLinks[] = {
    { u"regions", u"parent_code", u"regions", u"code", u"region" },
    { u"countries", u"region_code", u"regions", u"code", u"region" },
    { u"page_countries", u"country_code", u"countries", u"code", u"country" },
    { u"profiles", u"country_code", u"countries", u"code", u"country" },
    { u"article_countries", u"country_code", u"countries", u"code", u"country" },
    { u"article_topics", u"topic_id", u"topics", u"id", u"topic" },
    { u"hotlines", u"country_code", u"countries", u"code", u"country" },
};

} // namespace

QString describeMissingReferences(const QSqlDatabase &db)
{
    QStringList missing;
    QStringList unread;
    QString reason;
    for (const ReferenceLink &link : referenceLinks) {
        const QString child = QString::fromUtf16(link.child);
        const QString sql = QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 "
                                           "NOT IN (SELECT %3 FROM %4) ORDER BY 1 LIMIT 10")
                                .arg(QString::fromUtf16(link.column), child, QString::fromUtf16(link.parentColumn),
                                    QString::fromUtf16(link.parent));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, sql, &reason)) {
            unread.append(child);
            continue;
        }
        while (q.next()) {
            missing.append(QStringLiteral("%1 “%2” (used in %3)")
                               .arg(QString::fromUtf16(link.what), q.value(0).toString(), child));
        }
        if (!readToEnd(q, &reason))
            unread.append(child);
    }
    QString out = missing.isEmpty()
        ? QStringLiteral("A row refers to another row that does not exist.")
        : QStringLiteral("The library would refer to codes missing from the reference data: %1. "
                         "Write the reference data first, or add the codes to the tables in data/.")
              .arg(missing.join(QStringLiteral(", ")));
    // A table that cannot be read may hold the missing codes, and is damage of its own.
    if (!unread.isEmpty()) {
        out += QStringLiteral(" Which codes are missing could not be read from %1 (SQLite: %2); the library may "
                              "be damaged: run “vigil-library check” on it.")
                   .arg(unread.join(QStringLiteral(", ")), reason);
    }
    return out;
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{
    if (!m_active)
        m_beginError = db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        setError(error, QStringLiteral("no transaction is open"));
        return false;
    }
    m_active = false; // committed, or rolled back by commitOrRollback
    return commitOrRollback(m_db, error);
}

bool commitOrRollback(QSqlDatabase &db, QString *error)
{
    if (db.commit())
        return true;
    const QSqlError e = db.lastError();
    // A failed COMMIT leaves the transaction open, so the missing rows can still be named.
    const bool foreignKey = e.databaseText().contains(QStringLiteral("FOREIGN KEY"));
    const QString reason = foreignKey ? describeMissingReferences(db) : e.text();
    db.rollback();
    setError(error, reason);
    return false;
}

} // namespace Vigil::Core::Storage
