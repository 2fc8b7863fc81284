// UserDataStore's side of "Export my lists and notes" and "Import lists and
// notes": the lists and notes as one value, and an import merged into the store
// without duplicates. The file itself is export/listsandnotesfile.h.
#include "export/listsandnotesfile.h"
#include "sqlsupport.h"
#include "userdatasql.h"
#include "userdatastore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Vigil::Core {

using namespace Storage;

namespace {

// What an import writes, worked out from the store's state before anything is
// written, so that the summary the reader confirms is what happens.
struct ImportPlan
{
    QStringList newLists; // to create, in the file's order
    struct Entry
    {
        qint64 listId = 0; // an existing list, or 0 for newLists[newList]
        int newList = -1;
        qint64 articleId = 0;
        QDateTime added;
    };
    QList<Entry> entries;
    QList<Note> notes; // to write, replacing the article's note
    QList<UserHotline> hotlines; // to add (id 0) or to change (the id of the reader's)
    UserDataStore::ImportCounts counts;
};

void planHotlines(const UserDataStore &store, const ListsAndNotes &data, ImportPlan *plan)
{
    QList<UserHotline> known = store.myHotlines(); // and those the plan adds, so a file's twice is once
    for (const UserHotline &imported : data.hotlines) {
        const auto same = std::find_if(
            known.begin(), known.end(), [&imported](const UserHotline &h) { return h.isSameService(imported); });
        if (same != known.end() && same->hasSameDetails(imported))
            continue;
        UserHotline h = imported;
        h.id = same != known.end() ? same->id : 0;
        if (same != known.end()) {
            *same = h;
            ++plan->counts.hotlinesChanged;
        } else {
            known.append(h);
            ++plan->counts.hotlinesAdded;
        }
        plan->hotlines.append(h);
    }
}

QString mergedNote(const QString &mine, const Note &imported)
{
    const QString when = imported.updated.isValid() ? imported.updated.toUTC().date().toString(Qt::ISODate)
                                                    : QStringLiteral("an unknown date");
    return mine + QStringLiteral("\n\n— Imported note, last changed %1 —\n").arg(when) + imported.text;
}

ImportPlan planFor(const UserDataStore &store, const ListsAndNotes &data)
{
    ImportPlan plan;
    QHash<QString, qint64> listByName; // lower-cased name -> id (existing) or -(index + 1) (new)
    for (const ReadingList &l : store.readingLists())
        listByName.insert(l.name.toLower(), l.id);
    QHash<qint64, QSet<qint64>> held; // list key -> articles
    for (const ListRecord &list : data.lists) {
        qint64 key = list.isDefault ? UserDataStore::defaultListId : listByName.value(list.name.toLower(), 0);
        if (key == 0) {
            plan.newLists.append(list.name);
            key = -plan.newLists.size();
            listByName.insert(list.name.toLower(), key);
            ++plan.counts.listsAdded;
        }
        if (!held.contains(key)) {
            const QList<qint64> ids = key > 0 ? store.listArticleIds(key) : QList<qint64> {};
            held.insert(key, QSet<qint64>(ids.cbegin(), ids.cend()));
        }
        QSet<qint64> &articles = held[key];
        for (const ListEntry &e : list.entries) {
            if (articles.contains(e.articleId))
                continue;
            articles.insert(e.articleId);
            plan.entries.append({ key > 0 ? key : 0, key > 0 ? -1 : int(-key - 1), e.articleId, e.added });
            ++plan.counts.entriesAdded;
        }
    }
    QHash<qint64, QString> notes;
    for (const Note &n : store.notes())
        notes.insert(n.articleId, n.text);
    for (const Note &imported : data.notes) {
        const QString mine = notes.value(imported.articleId);
        QString text;
        if (mine.isEmpty()) {
            text = imported.text;
            ++plan.counts.notesAdded;
        } else if (mine.contains(imported.text)) {
            ++plan.counts.notesSkipped;
            continue;
        } else {
            text = imported.text.contains(mine) ? imported.text : mergedNote(mine, imported);
            ++plan.counts.notesMerged;
        }
        notes.insert(imported.articleId, text);
        plan.notes.append(
            { imported.articleId, text, mine.isEmpty() ? imported.updated : QDateTime::currentDateTimeUtc() });
    }
    planHotlines(store, data, &plan);
    return plan;
}

} // namespace

ListsAndNotes UserDataStore::exportData() const
{
    ListsAndNotes data;
    for (const ReadingList &l : readingLists()) {
        ListRecord list;
        list.name = l.name;
        list.isDefault = l.isDefault;
        list.entries = listEntries(l.id);
        data.lists.append(list);
    }
    data.notes = notes();
    data.hotlines = myHotlines();
    return data;
}

UserDataStore::ImportCounts UserDataStore::planImport(const ListsAndNotes &data) const
{
    return planFor(*this, data).counts;
}

bool UserDataStore::importData(const ListsAndNotes &data, ImportCounts *done, QString *error)
{
    const ImportPlan plan = planFor(*this, data);
    if (done)
        *done = {};
    if (!plan.counts.changesSomething()) {
        if (done)
            *done = plan.counts;
        return true;
    }
    if (!prepareWrite(error))
        return false;
    QSqlDatabase d = db();
    Transaction transaction(d);
    if (!transaction.isActive()) {
        setError(error, QStringLiteral("Could not begin the import: %1").arg(transaction.beginError()));
        return false;
    }
    QList<qint64> newIds;
    for (const QString &name : plan.newLists) {
        QSqlQuery q(d);
        if (!run(q, QStringLiteral("INSERT INTO lists (name, created) VALUES (?, ?)"), { name, nowUtc() }, error))
            return false;
        newIds.append(q.lastInsertId().toLongLong());
    }
    for (const ImportPlan::Entry &e : plan.entries) {
        const qint64 listId = e.listId > 0 ? e.listId : newIds.at(e.newList);
        if (!write(d,
                QStringLiteral("INSERT OR IGNORE INTO list_entries (list_id, article_id, added) VALUES (?, ?, ?)"),
                { listId, e.articleId, e.added.toString(Qt::ISODateWithMs) }, error))
            return false;
    }
    for (const Note &n : plan.notes) {
        if (!write(d,
                QStringLiteral("INSERT INTO notes (article_id, text, updated) VALUES (?, ?, ?) ON CONFLICT "
                               "(article_id) DO UPDATE SET text = excluded.text, updated = excluded.updated"),
                { n.articleId, n.text, n.updated.toString(Qt::ISODateWithMs) }, error))
            return false;
    }
    for (const UserHotline &h : plan.hotlines) {
        // Added without an id, or changed where the reader's is: a file's
        // hotline two imports later is still the one hotline.
        if (const QString problem = hotlineProblem(h); !problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        QVariantList values = hotlineValues(h);
        const bool isNew = h.id == 0;
        if (!isNew)
            values << h.id;
        if (!write(d,
                isNew ? QStringLiteral("INSERT INTO my_hotlines (country, label, number, e164, hours, languages, "
                                       "notes, source, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      : QStringLiteral("UPDATE my_hotlines SET country = ?, label = ?, number = ?, e164 = ?, "
                                       "hours = ?, languages = ?, notes = ?, source = ?, updated = ? WHERE id = ?"),
                values, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (done)
        *done = plan.counts;
    return true;
}

} // namespace Vigil::Core
