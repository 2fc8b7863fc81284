#include "listsandnotesfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace Vigil::Core {

namespace {

// Stable ids have 52 bits (PageParser::stableArticleId): exact as JSON numbers.
constexpr double maxArticleId = 4503599627370496.0; // 2^52

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads a file's fields, and keeps the first thing wrong with them as one
// sentence naming where it is ("lists[2].entries[0].article").
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("The file is not a valid export of lists and notes: %1 %2.").arg(where, what);
    }

    // Each object of the list o[key] (none when it is absent), with where it is,
    // until something is wrong.
    template<typename Read> void each(const QJsonObject &o, const QString &key, const QString &where, Read read)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isArray())
            fail(where + key, QStringLiteral("is not a list"));
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QString at = where + QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!items.at(i).isObject())
                fail(at, QStringLiteral("is not an object"));
            else
                read(items.at(i).toObject(), at + u'.');
        }
    }

    QString string(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(where + key,
                required && v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not text"));
            return {};
        }
        return v.toString();
    }

    qint64 articleId(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d >= maxArticleId || std::floor(d) != d) {
            fail(where + key, QStringLiteral("is not an article id (a whole number from 1 to 2^52)"));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    // A missing or unreadable time is no reason to refuse a file: it is "now".
    static QDateTime time(const QJsonObject &o, const QString &key)
    {
        const QDateTime t = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime::currentDateTimeUtc();
    }

private:
    QString m_error;
};

ListsAndNotes readData(const QJsonObject &root, Reader &r)
{
    ListsAndNotes data;
    r.each(root, QStringLiteral("articles"), {}, [&](const QJsonObject &a, const QString &where) {
        ArticleRecord record;
        record.id = r.articleId(a, QStringLiteral("id"), where);
        record.title = r.string(a, QStringLiteral("title"), where, false);
        record.date = r.string(a, QStringLiteral("date"), where, false);
        record.page = r.string(a, QStringLiteral("page"), where, false);
        data.articles.append(record);
    });
    r.each(root, QStringLiteral("lists"), {}, [&](const QJsonObject &l, const QString &where) {
        ListRecord list;
        list.name = r.string(l, QStringLiteral("name"), where, true).trimmed();
        const QJsonValue isDefault = l.value(QStringLiteral("default"));
        if (!isDefault.isUndefined() && !isDefault.isBool())
            r.fail(where + QStringLiteral("default"), QStringLiteral("is neither true nor false"));
        list.isDefault = isDefault.toBool(false);
        if (!r.failed() && !list.isDefault
            && (list.name.isEmpty() || list.name.size() > ListsAndNotesFile::maxNameLength))
            r.fail(where + QStringLiteral("name"),
                QStringLiteral("must have 1 to %1 characters").arg(ListsAndNotesFile::maxNameLength));
        r.each(l, QStringLiteral("entries"), where, [&](const QJsonObject &e, const QString &at) {
            list.entries.append(
                { r.articleId(e, QStringLiteral("article"), at), Reader::time(e, QStringLiteral("added")) });
        });
        data.lists.append(list);
    });
    r.each(root, QStringLiteral("hotlines"), {}, [&](const QJsonObject &h, const QString &where) {
        UserHotline hotline;
        hotline.country = r.string(h, QStringLiteral("country"), where, true);
        hotline.label = r.string(h, QStringLiteral("service"), where, true);
        hotline.number = r.string(h, QStringLiteral("number"), where, true);
        hotline.hours = r.string(h, QStringLiteral("hours"), where, false);
        hotline.languages = r.string(h, QStringLiteral("languages"), where, false);
        hotline.notes = r.string(h, QStringLiteral("notes"), where, false);
        hotline.source = r.string(h, QStringLiteral("source"), where, true);
        hotline.updated = Reader::time(h, QStringLiteral("updated"));
        // What My hotlines would refuse is refused with the file, before anything is written.
        static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
        if (!r.failed() && !alpha2.match(hotline.country).hasMatch())
            r.fail(where + QStringLiteral("country"), QStringLiteral("is not a country code (two capital letters)"));
        for (const QString *field : { &hotline.label, &hotline.number, &hotline.source }) {
            if (!r.failed() && field->trimmed().isEmpty())
                r.fail(where.chopped(1), QStringLiteral("lacks its service, number or source"));
        }
        for (const QString *field :
            { &hotline.label, &hotline.number, &hotline.hours, &hotline.languages, &hotline.notes, &hotline.source }) {
            if (!r.failed() && field->size() > UserHotline::maxFieldLength)
                r.fail(where.chopped(1),
                    QStringLiteral("has a field longer than %1 characters").arg(UserHotline::maxFieldLength));
        }
        data.hotlines.append(hotline);
    });
    r.each(root, QStringLiteral("notes"), {}, [&](const QJsonObject &n, const QString &where) {
        Note note;
        note.articleId = r.articleId(n, QStringLiteral("article"), where);
        note.text = r.string(n, QStringLiteral("text"), where, true);
        note.updated = Reader::time(n, QStringLiteral("updated"));
        if (!r.failed() && note.text.isEmpty())
            r.fail(where + QStringLiteral("text"), QStringLiteral("is empty"));
        data.notes.append(note);
    });
    return data;
}

} // namespace

bool ListsAndNotes::isEmpty() const
{
    const bool anyEntry = std::any_of(
        lists.cbegin(), lists.cend(), [](const ListRecord &l) { return !l.entries.isEmpty() || !l.isDefault; });
    return notes.isEmpty() && hotlines.isEmpty() && !anyEntry;
}

QList<qint64> ListsAndNotes::articleIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&](qint64 id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const ListRecord &l : lists) {
        for (const ListEntry &e : l.entries)
            add(e.articleId);
    }
    for (const Note &n : notes)
        add(n.articleId);
    return ids;
}

QString ListsAndNotesFile::formatName()
{
    return QStringLiteral("vigil-lists-and-notes");
}

QByteArray ListsAndNotesFile::toJson(const ListsAndNotes &data, const QDateTime &exported)
{
    QJsonArray articles;
    for (const ArticleRecord &a : data.articles) {
        articles.append(QJsonObject { { QStringLiteral("id"), double(a.id) }, { QStringLiteral("title"), a.title },
            { QStringLiteral("date"), a.date }, { QStringLiteral("page"), a.page } });
    }
    QJsonArray lists;
    for (const ListRecord &l : data.lists) {
        QJsonArray entries;
        for (const ListEntry &e : l.entries) {
            entries.append(QJsonObject {
                { QStringLiteral("article"), double(e.articleId) }, { QStringLiteral("added"), isoTime(e.added) } });
        }
        lists.append(QJsonObject { { QStringLiteral("name"), l.name }, { QStringLiteral("default"), l.isDefault },
            { QStringLiteral("entries"), entries } });
    }
    QJsonArray notes;
    for (const Note &n : data.notes) {
        notes.append(QJsonObject { { QStringLiteral("article"), double(n.articleId) },
            { QStringLiteral("text"), n.text }, { QStringLiteral("updated"), isoTime(n.updated) } });
    }
    QJsonArray hotlines;
    for (const UserHotline &h : data.hotlines) {
        hotlines.append(QJsonObject { { QStringLiteral("country"), h.country }, { QStringLiteral("service"), h.label },
            { QStringLiteral("number"), h.number }, { QStringLiteral("hours"), h.hours },
            { QStringLiteral("languages"), h.languages }, { QStringLiteral("notes"), h.notes },
            { QStringLiteral("source"), h.source }, { QStringLiteral("updated"), isoTime(h.updated) } });
    }
    const QJsonObject root { { QStringLiteral("format"), formatName() }, { QStringLiteral("version"), currentVersion },
        { QStringLiteral("exported"), isoTime(exported) }, { QStringLiteral("articles"), articles },
        { QStringLiteral("lists"), lists }, { QStringLiteral("notes"), notes },
        { QStringLiteral("hotlines"), hotlines } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ListsAndNotesFile::write(const QString &path, const ListsAndNotes &data, QString *error)
{
    QSaveFile file(path);
    const QByteArray json = toJson(data, QDateTime::currentDateTimeUtc());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("Could not write “%1”: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

ListsAndNotesFile::Result ListsAndNotesFile::read(const QString &path)
{
    Result result;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Could not open “%1”: %2.").arg(name, file.errorString());
        return result;
    }
    if (file.size() > maxFileSize) {
        result.error = QStringLiteral("“%1” is %2 MB, too large to be an export of lists and notes.")
                           .arg(name)
                           .arg(file.size() / (1024 * 1024));
        return result;
    }
    return parse(file.readAll());
}

ListsAndNotesFile::Result ListsAndNotesFile::parse(const QByteArray &json)
{
    Result result;
    if (json.trimmed().isEmpty()) {
        result.error = QStringLiteral("The file is empty.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("The file is damaged or cut short (%1 at byte %2); nothing was imported.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        result.error = QStringLiteral("This is not a file of lists and notes exported by Vigil.");
        return result;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    const int v = version.toInt(0);
    if (!version.isDouble() || version.toDouble() != v || v < 1) {
        result.error = QStringLiteral("The file gives no version of its format that Vigil knows.");
        return result;
    }
    if (v > currentVersion) {
        result.error = QStringLiteral("The file was written by a newer Vigil (format version %1; this one reads "
                                      "version %2): update Vigil to import it.")
                           .arg(v)
                           .arg(currentVersion);
        return result;
    }
    Reader reader;
    result.data = readData(root, reader);
    if (reader.failed()) {
        result.error = reader.error();
        result.data = {};
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Vigil::Core
