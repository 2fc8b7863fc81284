#include "packplan.h"

#include "export/listsandnotesfile.h"
#include "storage/userdatastore.h"

#include <algorithm>
#include <optional>

namespace Vigil::Core::PackPlan {

namespace {

// A page's hotlines: the same country and service, as UserHotline::isSameService.
bool sameService(const Hotline &a, const Hotline &b)
{
    return a.country == b.country && a.label.trimmed().compare(b.label.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<UserHotline> findMine(const QList<UserHotline> &mine, const UserHotline &h)
{
    const auto found
        = std::find_if(mine.cbegin(), mine.cend(), [&h](const UserHotline &m) { return m.isSameService(h); });
    return found == mine.cend() ? std::nullopt : std::optional<UserHotline>(*found);
}

// What is compared of a page's hotline: the number as shown.
QString shown(const Hotline &h)
{
    return h.display.isEmpty() ? h.e164 : h.display;
}

} // namespace

QList<UserHotline> withOrigin(QList<UserHotline> incoming, const QString &from)
{
    if (from.isEmpty())
        return incoming;
    for (UserHotline &h : incoming)
        h.source = QStringLiteral("%1 (%2)").arg(h.source.trimmed(), from);
    return incoming;
}

QList<HotlineChange> myHotlineChanges(
    const QList<UserHotline> &incoming, const QList<UserHotline> &mine, const QString &from)
{
    QList<HotlineChange> changes;
    for (const UserHotline &h : withOrigin(incoming, from)) {
        HotlineChange c;
        c.country = h.country;
        c.service = h.label;
        c.newNumber = h.number.trimmed();
        c.where = QStringLiteral("My hotlines");
        if (const auto old = findMine(mine, h)) {
            c.oldNumber = old->number.trimmed();
            c.kind = old->hasSameDetails(h) ? HotlineChange::Kind::Unchanged : HotlineChange::Kind::Changed;
        }
        changes << c;
    }
    return changes;
}

QList<HotlineChange> pageHotlineChanges(
    const QString &pageTitle, const QList<Hotline> &before, const QList<Hotline> &after)
{
    QList<HotlineChange> changes;
    QList<bool> matched(before.size(), false);
    for (const Hotline &h : after) {
        HotlineChange c;
        c.country = h.country;
        c.service = h.label;
        c.newNumber = shown(h);
        c.where = pageTitle;
        for (int i = 0; i < before.size(); ++i) {
            if (!matched.at(i) && sameService(before.at(i), h)) {
                matched[i] = true;
                c.oldNumber = shown(before.at(i));
                c.kind = c.oldNumber == c.newNumber ? HotlineChange::Kind::Unchanged : HotlineChange::Kind::Changed;
                break;
            }
        }
        changes << c;
    }
    for (int i = 0; i < before.size(); ++i) {
        if (matched.at(i))
            continue;
        HotlineChange c;
        c.kind = HotlineChange::Kind::Removed;
        c.country = before.at(i).country;
        c.service = before.at(i).label;
        c.oldNumber = shown(before.at(i));
        c.where = pageTitle;
        changes << c;
    }
    return changes;
}

int count(const QList<HotlineChange> &changes, HotlineChange::Kind kind)
{
    return int(
        std::count_if(changes.cbegin(), changes.cend(), [kind](const HotlineChange &c) { return c.kind == kind; }));
}

bool applyMyHotlines(UserDataStore &store, const QList<UserHotline> &incoming, const QString &from, QString *error)
{
    // The import of a file of lists and notes: the same rule for "the same
    // hotline", and all of them in one transaction.
    ListsAndNotes data;
    data.hotlines = withOrigin(incoming, from);
    return store.importData(data, nullptr, error);
}

} // namespace Vigil::Core::PackPlan
